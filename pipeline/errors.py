"""Errors a user can fix, each with the exit code the command line returns for it.

Raised anywhere in the pipeline, caught once in :mod:`pipeline.cli`, which
prints the one-line message (a traceback only with ``--debug``). Exit codes
are documented in the README.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_NOTHING_READ = 1
EXIT_USAGE = 2
EXIT_OUTPUT = 3
EXIT_STATE = 4
EXIT_INTERNAL = 5
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141


class UserError(Exception):
    """A problem with what the user asked for; the message says what to do."""

    exit_code = EXIT_USAGE


class OutputError(UserError):
    """The output folder cannot be written (permissions, disk full, I/O error)."""

    exit_code = EXIT_OUTPUT


class StateError(UserError):
    """The state file cannot be used (damaged, not writable, other schema, in use)."""

    exit_code = EXIT_STATE
