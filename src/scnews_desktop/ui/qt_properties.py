"""Enum-typed Qt settings and shortcuts by name, for the widgets of the first frame.

Naming any value of the ``Qt`` namespace in Python (``Qt.AlignmentFlag.AlignCenter``, or receiving one
from Qt, such as the orientation argument of ``headerData``) makes PySide6 build the whole namespace: 93
Python enum classes with 1,195 members (its cost: docs/performance.md, start-up). The widgets
on screen at start-up therefore set such values through Qt's property system, by their C++ names, and the
code that runs later (a click, a menu) imports ``Qt`` where it needs it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


def set_enum(target: QObject, prop: str, value: str) -> None:
    """``target.setProperty(prop, value)`` for an enum or flags property given by name, e.g.
    ``set_enum(label, "alignment", "AlignCenter")``. Qt converts the name; a wrong name raises."""
    if not target.setProperty(prop, value):
        raise ValueError(f"{type(target).__name__}.{prop} cannot be set to {value!r}")
