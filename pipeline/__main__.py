"""``python -m pipeline`` is the same as the ``kutipan`` command."""

import sys

from .cli import main

if __name__ == "__main__":  # worker processes (spawned by Dask) import this module without running it
    sys.exit(main())
