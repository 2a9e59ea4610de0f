"""The file teaches the capture: a fact stored with its quote — by a correction in the review, or by an
import — names the next figure framed the same way; a frame that says too little teaches nothing."""

import json
from datetime import date
from pathlib import Path

import pytest

from scnews_desktop.domain.extraction.naming import context_key
from scnews_desktop.domain.extraction.places import Places
from scnews_desktop.storage.database import Store
from scnews_desktop.storage.exchange import apply_import, plan_observation_import
from scnews_desktop.storage.resolver import resolver_of
from scnews_desktop.storage.review import Review

CORPUS = Path(__file__).resolve().parents[2] / "bench" / "corpus"


@pytest.fixture
def store(default_db):
    with Store.open(default_db) as s:
        s.editor = "测试编辑"
        yield s


def _release(name):
    meta = json.loads((CORPUS / f"{name}.json").read_text(encoding="utf-8"))
    return (CORPUS / f"{name}.txt").read_text(encoding="utf-8"), meta


def _gold_of(proposal, facts):
    a, b = proposal.span
    return next((g for g in facts if g["start"] < b and a < g["start"] + len(g["text"])), None)


def _name(gold):
    return gold["indicator"]["name"] if isinstance(gold["indicator"], dict) else gold["indicator"]


#: The newsroom's own names for two of the release's figures (the bureau's wording is longer): what the
#: editor files them under, which no catalogue gives — the next release can only have them from the file.
HOUSE_NAMES = {
    "国有控股企业利润总额": "国有控股工业企业利润总额",
    "利润总额增长的工业大类行业数": "利润总额增长的行业数",
    "规模以上工业企业营业成本": "规上工业企业营业成本",
}


def test_the_next_release_of_a_series_comes_out_named_as_the_last_one_was_filed(store):
    """A month's profit release captured with its names corrected to the gold (two of them to the newsroom's
    own names); the other month's figures the first taught are then proposed under the names filed — the
    house names too, which only the file can teach."""
    text, meta = _release("profit-02")
    review = Review(store, text, date.fromisoformat(meta["published"]))
    filed = set()
    for p in review.propose():
        gold = _gold_of(p, meta["facts"]) if p.kind == "observation" else None
        if gold is None:
            p.checked = False
            continue
        name = HOUSE_NAMES.get(_name(gold), _name(gold))
        if p.fields["indicator"] != name:
            review.edit(p, "indicator", name)  # the editor's correction
        p.checked = p.valid
        filed.add(_name(gold))
    review.accept({"title": "1-2月工业企业利润", "body": text, "published_on": meta["published"]})

    text, meta = _release("profit-01")
    proposals = [p for p in Review(store, text, date.fromisoformat(meta["published"])).propose()]
    taught = [g for g in meta["facts"] if _name(g) in filed]
    named = []
    for gold in taught:
        p = next((p for p in proposals if p.kind == "observation" and _gold_of(p, [gold])), None)
        named.append(p is not None and p.fields["indicator"] == HOUSE_NAMES.get(_name(gold), _name(gold)))
    assert len(taught) >= 15
    assert sum(named) / len(taught) >= 0.9, (sum(named), len(taught))
    house = [p for p in proposals if p.fields.get("indicator") in HOUSE_NAMES.values()]
    assert house and all(
        p.candidate.why["indicator"].startswith("本库已有") for p in house
    )  # (taught, not read)


def test_an_imported_fact_with_its_quote_names_the_figure_framed_the_same_way(store):
    quote = "1—10月，全省41个工业大类行业中有15个行业利润总额实现增长。"
    header = ["指标", "单位", "地区", "时期", "原文数值", "来源", "发表日期", "引文"]
    row = [
        "利润总额增长的大类行业个数",
        "个",
        "四川",
        "2023年1-10月",
        "15个",
        "十月工业利润",
        "2023-11-27",
        quote,
    ]
    plan = plan_observation_import(store, header, [row], create_missing=True)
    assert not plan.problems, plan.problems
    apply_import(store, plan)

    text = "1—11月，全省41个工业大类行业中有17个行业利润总额实现增长。"
    proposal = next(p for p in Review(store, text, date(2023, 12, 27)).propose() if p.kind == "observation")
    assert proposal.fields["indicator"] == "利润总额增长的大类行业个数"
    assert proposal.name_source == "learned" and proposal.sure and proposal.checked


def test_a_learned_name_does_not_override_a_measure_the_sentence_says(store):
    filed = "分行业看，汽车制造业利润增长10.8%。"
    review = Review(store, filed, date(2024, 3, 27))
    p = next(p for p in review.propose() if p.kind == "observation")
    review.edit(p, "indicator", "汽车制造业利润总额")
    p.checked = True
    review.accept({"title": "利润", "body": filed, "published_on": "2024-03-27"})

    text = "分行业看，汽车制造业增加值增长10.8%。"
    p = next(p for p in Review(store, text, date(2024, 4, 20)).propose() if p.kind == "observation")
    assert p.fields["indicator"] != "汽车制造业利润总额" and p.name_source != "learned"


def test_a_frame_of_a_verb_and_a_figure_alone_teaches_nothing(store):
    places = Places(resolver_of(store).gazetteer)
    quote = "增长5.2%。"
    assert context_key(quote, quote.index("5.2"), quote.index("%") + 1) is None
    same = "1—10月，全省41个工业大类行业中有15个行业利润总额实现增长。"
    other = "2023年1—11月，成都市41个工业大类行业中有17个行业利润总额实现增长。"
    assert context_key(same, same.index("15个"), same.index("15个") + 3, places) == context_key(
        other, other.index("17个"), other.index("17个") + 3, places
    )  # (the period, the place and the figures are not the frame)


def test_a_learned_name_does_not_drop_the_qualifier_of_the_name_read(store):
    """The file filed 其中出口… under the province's 货物贸易出口总值; the zones' 出口 said in the same frame
    keeps whose it is."""
    filed = "前三季度，全省实现进出口总额7000亿元，其中出口4500亿元。"
    review = Review(store, filed, date(2023, 10, 20))
    for p in review.propose():
        p.checked = p.valid
    review.accept({"title": "外贸", "body": filed, "published_on": "2023-10-20"})

    text = "前三季度，全省10个国家级经济技术开发区实现进出口总额979.7亿元，其中出口684.4亿元。"
    p = next(
        p for p in Review(store, text, date(2023, 10, 30)).propose() if p.candidate.text.startswith("684.4")
    )
    assert p.fields["indicator"] == "国家级经开区货物贸易出口总值" and not p.sure
