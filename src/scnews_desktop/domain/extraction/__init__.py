"""Rule-based extraction of candidate facts from Chinese economic news (offline, no model), in stages:

- ``text``: the text as read (folded script, pinyin and inner spaces out, offsets kept), sentences, clauses;
- ``figures``: quantities, growths and ranks, and what is no fact;
- ``subject``: what a figure measures (its name);
- ``timing``: when (the period grammar is ``domain.periods``'s, shared with every form);
- ``places``: where;
- ``lists``: 分别 lists and figures said again;
- ``projects``: projects, their organisations and own figures;
- ``reader``: the walk over sentences that runs the stages; ``state`` what it keeps as it goes.

``extract(text, published, gazetteer)`` returns candidates with character offsets into ``text``. The editor
reviews every candidate; nothing here writes to the database. Where a new rule goes: docs/extraction.md.
"""

from .candidate import Candidate
from .reader import extract, extract_blocks
from .text import MAX_SENTENCE, fold, readable

__all__ = ["MAX_SENTENCE", "Candidate", "extract", "extract_blocks", "fold", "readable"]
