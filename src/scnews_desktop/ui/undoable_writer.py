"""Every change the user makes goes through the window's UndoableWriter: one undoable step per create,
edit or delete (a project with its parts is one step), each written in one transaction. The steps
themselves are storage operations (``storage/undo.py``); here they are put on Qt's undo stack, which the
Edit menu's 撤销/重做 drive."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..storage import undo
from ..storage.database import Store
from ..storage.errors import StorageError


class UndoableWriter(QObject):
    """``failed(message)`` when undo/redo could not be applied. (What a write changed, storage says:
    ``Store.subscribe``.) Not to be confused with ``store.editor``, the name of the person editing."""

    failed = Signal(str)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self.before_write: Callable[[], object] | None = None  # e.g. ask for the editor's name once

    def _run(self, operation: undo.Operation) -> undo.Operation:
        """Apply the change (errors reach the caller: nothing was written), then make it undoable."""
        if self.before_write is not None:
            self.before_write()
        operation.apply()
        self.undo_stack.push(_Step(self, operation))  # QUndoStack calls redo(): the step skips it once
        return operation

    def create(self, table: str, values: dict[str, Any]) -> dict[str, Any]:
        return self._run(undo.Create(self.store, table, values)).row

    def update(
        self, table: str, record_id: int, values: dict[str, Any], expected_version: int
    ) -> dict[str, Any]:
        return self._run(undo.Update(self.store, table, record_id, values, expected_version)).row

    def delete(self, table: str, record_id: int, expected_version: int | None = None) -> None:
        self._run(undo.Delete(self.store, table, record_id, expected_version))

    def save_project(
        self,
        project_id: int | None,
        values: dict[str, Any],
        organizations: list[dict[str, Any]],
        events: list[dict[str, Any]],
        expected_version: int | None = None,
    ) -> dict[str, Any]:
        operation = undo.SaveProject(self.store, project_id, values, organizations, events, expected_version)
        return self._run(operation).row

    def batch(self, text: str, write: Callable[[], list[tuple[str, int]]]) -> list[tuple[str, int]]:
        """Many records written together (``write`` runs in one transaction and returns the (table, id)
        of what it created, in order) as one undoable step: undo deletes them, redo restores them."""
        operation = undo.Batch(self.store, text, write)
        self._run(operation)
        return operation.created


class _Step(QUndoCommand):
    """An operation on Qt's undo stack. It was applied before the push; later redos and undos report
    errors by signal (an exception cannot cross Qt's call into ``redo``)."""

    def __init__(self, writer: UndoableWriter, operation: undo.Operation) -> None:
        super().__init__(operation.label)
        self.writer, self.operation = writer, operation
        self.first = True

    def redo(self) -> None:
        if self.first:
            self.first = False
            return
        self._guarded(self.operation.apply)

    def undo(self) -> None:
        self._guarded(self.operation.revert)

    def _guarded(self, step: Callable[[], None]) -> None:
        try:
            step()
        except StorageError as exc:
            self.writer.failed.emit(exc.message)
