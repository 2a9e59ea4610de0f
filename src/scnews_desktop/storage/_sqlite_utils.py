"""Import sqlite-utils without numpy.

sqlite-utils imports numpy when it is installed (only to accept numpy values in inserts, which we never
pass). numpy is here for pyqtgraph, and importing it costs about 0.1 s, a third of a bare window's
start-up. So while sqlite-utils loads, numpy is made unavailable; afterwards it imports normally
(charts load it lazily).
"""

from __future__ import annotations

import sys

if "numpy" in sys.modules:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations
else:
    sys.modules["numpy"] = None  # type: ignore[assignment]  # makes `import numpy` raise ImportError
    try:
        from sqlite_utils import Database
        from sqlite_utils.migrations import Migrations
    finally:
        del sys.modules["numpy"]

__all__ = ["Database", "Migrations"]
