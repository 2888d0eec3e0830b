"""Errors a user can cause. Their message is already translated and fit to show as is."""

from __future__ import annotations


class UserError(Exception):
    """Bad input, a bad file, a missing record: shown to the user, changes nothing."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class NotFoundError(UserError):
    pass


class ValidationError(UserError):
    """Bad input; ``fields`` names the fields at fault (the window moves the focus there)."""

    def __init__(self, message: str, fields: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.fields = fields


class StorageError(UserError):
    pass
