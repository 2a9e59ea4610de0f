"""What the extraction tests share: the gazetteer of a file made with the default data (built once)."""

import pytest

from scnews_desktop.domain.regions import standalone_gazetteer
from scnews_desktop.storage.default_data import default_zones


@pytest.fixture(scope="session")
def gaz():
    return standalone_gazetteer(default_zones())
