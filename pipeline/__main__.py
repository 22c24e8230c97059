"""``python -m pipeline`` is the same as the ``kutipan`` command."""

from .cli import entry

if __name__ == "__main__":  # worker processes (spawned by Dask) import this module without running it
    entry()
