"""Typed errors for problems of the environment or the data, each with a Chinese message for the user."""

from __future__ import annotations


class StorageError(Exception):
    """Base: ``message`` is Chinese, one line, shown to the user as is."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class MissingFile(StorageError):
    pass


class NotADatabase(StorageError):
    pass


class ForeignDatabase(StorageError):
    pass


class NewerSchema(StorageError):
    pass


class DatabaseLocked(StorageError):
    pass


class ReadOnlyDatabase(StorageError):
    pass


class DiskFull(StorageError):
    pass


class NotFound(StorageError):
    pass


class ConflictError(StorageError):
    """The record was changed by someone else since it was loaded (its ``version`` moved on)."""

    def __init__(self, message: str, current: dict | None = None) -> None:
        super().__init__(message)
        self.current = current


class ConstraintError(StorageError):
    """A write broke a rule of the schema (a CHECK, a foreign key, a unique key)."""


class InUseError(StorageError):
    """A record cannot be deleted because others refer to it."""


class AlreadyExists(StorageError):
    """A file that a new database would overwrite."""


class ForeignWal(StorageError):
    """The write-ahead log beside a database does not fit it (a backup copied over a file that a crash
    had left with unsaved changes): opening it writable would fold the log in and ruin both."""
