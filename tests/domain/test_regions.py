import pytest

from scnews_desktop.domain.errors import ValidationError
from scnews_desktop.domain.regions import load_divisions, standalone_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return standalone_gazetteer()


def test_sichuan_counts():
    divisions = load_divisions()
    sichuan = [d for d in divisions if (d.code or "").startswith("51")]
    assert len([d for d in sichuan if d.level == "prefecture"]) == 21
    assert len([d for d in sichuan if d.level == "county"]) == 183
    assert len([d for d in divisions if d.level == "province"]) == 34


@pytest.mark.parametrize(
    ("text", "code", "parent"),
    [
        ("叙州区", "511504", "宜宾市"),
        ("甘孜州", "513300", "四川省"),
        ("甘孜藏族自治州", "513300", "四川省"),
        ("开江县", "511723", "达州市"),
        ("阆中市", "511381", "南充市"),
        ("道孚县", "513326", "甘孜州"),
        ("九寨沟县", "513225", "阿坝州"),
        ("宜宾市叙州区", "511504", "宜宾市"),
        ("阿坝州", "513200", "四川省"),
        ("凉山州", "513400", "四川省"),
        ("内江", "511000", "四川省"),
    ],
)
def test_resolve(gazetteer, text, code, parent):
    region = gazetteer.resolve(text)
    assert region.code == code
    assert gazetteer.ancestors(region)[0].name == parent


def test_ambiguous_and_unknown_names(gazetteer):
    with pytest.raises(ValidationError, match="不止一个"):
        gazetteer.resolve("市中区")
    assert gazetteer.resolve("乐山市中区").code == "511102"
    with pytest.raises(ValidationError, match="找不到"):
        gazetteer.resolve("不存在县")


def test_city_includes_its_counties(gazetteer):
    yibin = gazetteer.resolve("宜宾市")
    inside = gazetteer.descendants(yibin.id)
    assert gazetteer.resolve("叙州区").id in inside
    assert gazetteer.resolve("内江市").id not in inside
    assert len(inside) == 1 + 10  # 宜宾市 and its 10 county-level units
