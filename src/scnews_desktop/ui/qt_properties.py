"""Enum-typed Qt settings and shortcuts by name, for the widgets of the first frame.

Naming any value of the ``Qt`` namespace in Python (``Qt.AlignmentFlag.AlignCenter``, or receiving one
from Qt, such as the orientation argument of ``headerData``) makes PySide6 build the whole namespace: 93
Python enum classes with 1,195 members (its cost: docs/performance.md, start-up). The widgets
on screen at start-up therefore set such values through Qt's property system, by their C++ names, and the
code that runs later (a click, a menu) imports ``Qt`` where it needs it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QKeySequence


def set_enum(target: QObject, prop: str, value: str) -> None:
    """``target.setProperty(prop, value)`` for an enum or flags property given by name, e.g.
    ``set_enum(label, "alignment", "AlignCenter")``. Qt converts the name; a wrong name raises."""
    if not target.setProperty(prop, value):
        raise ValueError(f"{type(target).__name__}.{prop} cannot be set to {value!r}")


def set_shortcuts(action: QAction, *keys: str | QKeySequence.StandardKey) -> None:
    """The shortcuts of ``action``: portable text such as ``"Ctrl+Shift+Z"``, or a standard key with all of
    the platform's bindings for it. (``setShortcut(QKeySequence("Esc"))`` would make PySide6 weigh the
    ``Qt.Key`` overloads of both calls, which builds the Qt namespace.)"""
    from PySide6.QtGui import QKeySequence  # (its class is built on first use: not before the first frame)

    sequences: list[QKeySequence] = []
    for key in keys:
        if isinstance(key, str):
            sequences.append(QKeySequence.fromString(key))
        else:
            sequences.extend(QKeySequence.keyBindings(key))
    action.setShortcuts(sequences)
