"""Indicator names: when two spellings are one indicator."""

import pytest

from scnews_desktop.domain.vocabulary import near_name


@pytest.mark.parametrize(
    "a,b,same",
    [
        ("厅党组会次数", "厅党组会召开次数", True),  # a light verb left out
        ("园区就业人口", "园区内就业人口", True),
        ("实际投入工业产业扶贫资金", "工业产业扶贫实际投入资金", True),  # the same words in another order
        ("货物贸易出口总值", "货物贸易进出口总值", False),  # 进 makes another indicator
        ("工业增加值", "规模以上工业增加值", False),
        ("专项资金", "专项安排资金", False),  # too short to tell
        ("出口总额", "进口总额", False),
    ],
)
def test_names_written_two_ways(a, b, same):
    assert near_name(a, b) is same and near_name(b, a) is same
