"""Typed exceptions. Each message says what went wrong and what to do about it."""
from __future__ import annotations


class BoilerstripError(Exception):
    """Base class of every error boilerstrip raises on purpose."""


class OptionError(BoilerstripError, ValueError):
    """An option or configuration value is not valid."""


class InputTypeError(BoilerstripError, TypeError):
    """The library was given something other than ``str``."""


class InputError(BoilerstripError):
    """An input cannot be read or decoded as text."""

    def __init__(self, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path


class BinaryInputError(InputError):
    """The input looks like a binary file, not text."""


class RuleError(BoilerstripError):
    """A rule catalogue is malformed (bad key, pattern that does not compile, ...)."""
