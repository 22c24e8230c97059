"""``python -m pipeline`` is the same as the ``kutipan`` command."""

import sys

from .cli import main

sys.exit(main())
