"""Every change the user makes goes through the Editor: one undoable command per create, edit or
delete (a project with its parts is one command), each written in one transaction."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..storage import editing
from ..storage.database import TABLE_LABELS, Store
from ..storage.errors import StorageError


class Editor(QObject):
    """``failed(message)`` when undo/redo could not be applied. (What a write changed, storage says:
    ``Store.subscribe``.)"""

    failed = Signal(str)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self.before_write: Callable[[], object] | None = None  # e.g. ask for the editor's name once

    # ------------------------------------------------------------ operations
    def _run(self, command: _Command) -> _Command:
        """Apply the change (errors reach the caller: nothing was written), then make it undoable."""
        if self.before_write is not None:
            self.before_write()
        command.do()
        self.undo_stack.push(command)  # QUndoStack calls redo(), which skips the change already made
        return command

    def create(self, table: str, values: dict[str, Any]) -> dict[str, Any]:
        return self._run(_Create(self, table, values)).row

    def update(
        self, table: str, record_id: int, values: dict[str, Any], expected_version: int
    ) -> dict[str, Any]:
        return self._run(_Update(self, table, record_id, values, expected_version)).row

    def delete(self, table: str, record_id: int, expected_version: int | None = None) -> None:
        self._run(_Delete(self, table, record_id, expected_version))

    def save_project(
        self,
        project_id: int | None,
        values: dict[str, Any],
        organizations: list[dict[str, Any]],
        events: list[dict[str, Any]],
        expected_version: int | None = None,
    ) -> dict[str, Any]:
        return self._run(_SaveProject(self, project_id, values, organizations, events, expected_version)).row

    def batch(self, text: str, write: Callable[[], list[tuple[str, int]]]) -> list[tuple[str, int]]:
        """Many records written together (``write`` runs in one transaction and returns the (table, id)
        of what it created, in order) as one undoable step: undo deletes them, redo restores them."""
        command = _Batch(self, text, write)
        self._run(command)
        return command.created


class _Command(QUndoCommand):
    """``do`` is applied by the Editor before the push; later redos and undos report errors by signal
    (an exception cannot cross Qt's call into ``redo``)."""

    row: dict[str, Any]

    def __init__(self, editor: Editor, text: str) -> None:
        super().__init__(text)
        self.editor = editor
        self.store = editor.store
        self.first = True
        self.row = {}

    def redo(self) -> None:
        if self.first:
            self.first = False
            return
        self._guarded(self.do)

    def undo(self) -> None:
        self._guarded(self.undo_)

    def _guarded(self, fn) -> None:
        try:
            fn()
        except StorageError as exc:
            self.editor.failed.emit(exc.message)

    def do(self) -> None:
        raise NotImplementedError

    def undo_(self) -> None:
        raise NotImplementedError


class _Create(_Command):
    def __init__(self, editor: Editor, table: str, values: dict[str, Any]) -> None:
        super().__init__(editor, f"新建{TABLE_LABELS[table]}")
        self.table, self.values = table, values
        self.snap: dict[str, Any] | None = None

    def do(self) -> None:
        self.row = (
            editing.restore(self.store, self.snap)
            if self.snap
            else self.store.insert(self.table, self.values)
        )

    def undo_(self) -> None:
        self.snap = editing.delete_with_parts(self.store, self.table, self.row["id"])


class _Update(_Command):
    def __init__(
        self, editor: Editor, table: str, record_id: int, values: dict[str, Any], version: int
    ) -> None:
        super().__init__(editor, f"修改{TABLE_LABELS[table]}")
        self.table, self.record_id, self.after, self.version = table, record_id, values, version
        self.before: dict[str, Any] = {}

    def do(self) -> None:
        current = self.store.get(self.table, self.record_id)
        if not self.before:
            self.before = {k: current[k] for k in self.after}
            version = self.version  # the version the form loaded: a stale one is a conflict
        else:
            version = current["version"]
        self.row = self.store.update(self.table, self.record_id, self.after, version)

    def undo_(self) -> None:
        current = self.store.get(self.table, self.record_id)
        self.row = self.store.update(self.table, self.record_id, self.before, current["version"])


class _Delete(_Command):
    def __init__(self, editor: Editor, table: str, record_id: int, version: int | None) -> None:
        super().__init__(editor, f"删除{TABLE_LABELS[table]}")
        self.table, self.record_id, self.version = table, record_id, version
        self.snap: dict[str, Any] | None = None

    def do(self) -> None:
        self.snap = editing.delete_with_parts(self.store, self.table, self.record_id, self.version)
        self.version = None

    def undo_(self) -> None:
        assert self.snap is not None
        editing.restore(self.store, self.snap)


class _Batch(_Command):
    def __init__(self, editor: Editor, text: str, write: Callable[[], list[tuple[str, int]]]) -> None:
        super().__init__(editor, text)
        self.write = write
        self.created: list[tuple[str, int]] = []
        self.snaps: list[dict[str, Any]] = []

    def do(self) -> None:
        if self.snaps:  # redo: the records as they were, in the order they were written
            with self.store.atomic():
                for snap in reversed(self.snaps):
                    editing.restore(self.store, snap)
            self.snaps = []
        else:
            self.created = self.write()

    def undo_(self) -> None:
        with self.store.atomic():
            self.snaps = [
                editing.delete_with_parts(self.store, table, record_id)
                for table, record_id in reversed(self.created)
            ]


class _SaveProject(_Command):
    def __init__(
        self,
        editor: Editor,
        project_id: int | None,
        values: dict[str, Any],
        organizations: list[dict[str, Any]],
        events: list[dict[str, Any]],
        version: int | None,
    ) -> None:
        super().__init__(editor, "保存项目" if project_id else "新建项目")
        self.record_id, self.values, self.orgs, self.events, self.version = (
            project_id,
            values,
            organizations,
            events,
            version,
        )
        self.before: dict[str, Any] | None = None
        self.snap: dict[str, Any] | None = None
        self.created_id: int | None = None

    def do(self) -> None:
        if self.record_id is not None and self.before is None:
            self.before = editing.snapshot(self.store, "projects", self.record_id)
        if self.record_id is None and self.snap is not None:
            self.row = editing.restore(self.store, self.snap)
        else:
            version = (
                self.version
                if self.version is not None
                else (
                    self.store.get("projects", self.record_id)["version"]
                    if self.record_id is not None
                    else None
                )
            )
            self.row = editing.save_project(
                self.store, self.record_id, self.values, self.orgs, self.events, version
            )
            self.version = None
        self.created_id = self.row["id"]

    def undo_(self) -> None:
        if self.record_id is None:
            assert self.created_id is not None
            self.snap = editing.delete_with_parts(self.store, "projects", self.created_id)
        else:
            assert self.before is not None
            row = self.before["row"]
            values = editing.editable(row)
            orgs = [
                {"organization_id": c["organization_id"], "role": c["role"]}
                for t, c in self.before["children"]
                if t == "project_organizations"
            ]
            events = [editing.editable(c) for t, c in self.before["children"] if t == "project_events"]
            for e in events:
                e.pop("project_id", None)
            current = self.store.get("projects", self.record_id)
            editing.save_project(self.store, self.record_id, values, orgs, events, current["version"])
