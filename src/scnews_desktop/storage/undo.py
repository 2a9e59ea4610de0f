"""Undoable writes, without Qt (as Anki keeps undo in its library): each operation is applied once with
``apply()``, taken back with ``revert()`` and applied again with ``apply()`` — each step one transaction.
What an operation keeps to take itself back (the record before an edit, the snapshot of a deleted
record and its parts) is kept here, so the Qt undo stack (``ui/undoable_writer.py``) only wraps them.

A step that can no longer be taken (the record was changed or deleted meanwhile by another window or
editor) raises ``StorageError`` and writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import editing
from .database import TABLE_LABELS, Store


class Operation:
    """One undoable write. ``label`` names it in the Edit menu (撤销新建观测值)."""

    label = ""
    row: dict[str, Any]  # the record as the last apply or revert left it

    def __init__(self, store: Store) -> None:
        self.store = store
        self.row = {}

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


class Create(Operation):
    def __init__(self, store: Store, table: str, values: dict[str, Any]) -> None:
        super().__init__(store)
        self.label = f"新建{TABLE_LABELS[table]}"
        self.table, self.values = table, values
        self.snap: dict[str, Any] | None = None  # once undone: the record as it was (same id and uid)

    def apply(self) -> None:
        self.row = (
            editing.restore(self.store, self.snap)
            if self.snap
            else self.store.insert(self.table, self.values)
        )

    def revert(self) -> None:
        self.snap = editing.delete_with_parts(self.store, self.table, self.row["id"])


class Update(Operation):
    def __init__(
        self, store: Store, table: str, record_id: int, values: dict[str, Any], version: int
    ) -> None:
        super().__init__(store)
        self.label = f"修改{TABLE_LABELS[table]}"
        self.table, self.record_id, self.after, self.version = table, record_id, values, version
        self.before: dict[str, Any] = {}

    def apply(self) -> None:
        current = self.store.get(self.table, self.record_id)
        if not self.before:
            self.before = {k: current[k] for k in self.after}
            version = self.version  # the version the form loaded: a stale one is a conflict
        else:
            version = current["version"]
        self.row = self.store.update(self.table, self.record_id, self.after, version)

    def revert(self) -> None:
        current = self.store.get(self.table, self.record_id)
        self.row = self.store.update(self.table, self.record_id, self.before, current["version"])


class Delete(Operation):
    def __init__(self, store: Store, table: str, record_id: int, version: int | None) -> None:
        super().__init__(store)
        self.label = f"删除{TABLE_LABELS[table]}"
        self.table, self.record_id, self.version = table, record_id, version
        self.snap: dict[str, Any] | None = None

    def apply(self) -> None:
        self.snap = editing.delete_with_parts(self.store, self.table, self.record_id, self.version)
        self.version = None  # (a redo deletes the record as it is then)

    def revert(self) -> None:
        assert self.snap is not None
        self.row = editing.restore(self.store, self.snap)


class Batch(Operation):
    """Many records written together: ``write`` runs in one transaction and returns the (table, id) of
    what it created, in order. Undo deletes them, redo puts them back as they were."""

    def __init__(self, store: Store, label: str, write: Callable[[], list[tuple[str, int]]]) -> None:
        super().__init__(store)
        self.label = label
        self.write = write
        self.created: list[tuple[str, int]] = []
        self.snaps: list[dict[str, Any]] = []

    def apply(self) -> None:
        if self.snaps:  # redo: the records as they were, in the order they were written
            with self.store.atomic():
                for snap in reversed(self.snaps):
                    editing.restore(self.store, snap)
            self.snaps = []
        else:
            self.created = self.write()

    def revert(self) -> None:
        with self.store.atomic():
            self.snaps = [
                editing.delete_with_parts(self.store, table, record_id)
                for table, record_id in reversed(self.created)
            ]


class SaveProject(Operation):
    """A project with its organisation links and milestones, created or edited as one step; undoing an
    edit puts back the project and its parts as they were."""

    def __init__(
        self,
        store: Store,
        project_id: int | None,
        values: dict[str, Any],
        organizations: list[dict[str, Any]],
        events: list[dict[str, Any]],
        version: int | None,
    ) -> None:
        super().__init__(store)
        self.label = "保存项目" if project_id else "新建项目"
        self.record_id, self.values, self.orgs, self.events, self.version = (
            project_id,
            values,
            organizations,
            events,
            version,
        )
        self.before: dict[str, Any] | None = None  # an edit: the project and its parts before it
        self.snap: dict[str, Any] | None = None  # a creation undone: the project as it was
        self.created_id: int | None = None

    def apply(self) -> None:
        if self.record_id is not None and self.before is None:
            self.before = editing.snapshot(self.store, "projects", self.record_id)
        if self.record_id is None and self.snap is not None:
            self.row = editing.restore(self.store, self.snap)
        else:
            version = self.version
            if version is None and self.record_id is not None:
                version = self.store.get("projects", self.record_id)["version"]
            self.row = editing.save_project(
                self.store, self.record_id, self.values, self.orgs, self.events, version
            )
            self.version = None
        self.created_id = self.row["id"]

    def revert(self) -> None:
        if self.record_id is None:
            assert self.created_id is not None
            self.snap = editing.delete_with_parts(self.store, "projects", self.created_id)
            return
        assert self.before is not None
        values = editing.editable(self.before["row"])
        orgs = [
            {"organization_id": c["organization_id"], "role": c["role"]}
            for t, c in self.before["children"]
            if t == "project_organizations"
        ]
        events = [editing.editable(c) for t, c in self.before["children"] if t == "project_events"]
        for e in events:
            e.pop("project_id", None)
        current = self.store.get("projects", self.record_id)
        self.row = editing.save_project(self.store, self.record_id, values, orgs, events, current["version"])
