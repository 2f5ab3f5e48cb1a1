"""Errors a user can act on.

Every error here carries a one-line message meant for the person at the
keyboard. The CLI prints it (no traceback) and exits with ``exit_code``.
"""

from __future__ import annotations

__all__ = [
    "DefenceGraphError",
    "InputError",
    "QuerySyntaxError",
    "UnknownEntityError",
]


class DefenceGraphError(Exception):
    """Base class of errors with a message fit to show a user.

    Attributes
    ----------
    exit_code : int
        The process exit status the CLI uses for this error.
    """

    exit_code: int = 1


class InputError(DefenceGraphError):
    """An input file or argument cannot be read or understood."""

    exit_code = 2


class QuerySyntaxError(InputError):
    """A SPARQL query does not parse; the message gives line and column."""


class UnknownEntityError(InputError):
    """A name does not match any entity; the message lists close matches."""
