"""Review of proposed facts: the extractor's candidates of an article as rows an editor checks, edits
and accepts in one step.

Every row is read by the one rulebook as the forms read what is typed (``domain.rulebook``), with the
one resolver's names (``resolver_of(store)``): a row that validates here saves exactly as the form would
save it. Accepting writes the source (when new), the indicators the vocabulary proposes (or new ones,
named in the summary), and every checked, valid row in one transaction; rows with errors stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from ..domain import rulebook
from ..domain.errors import ValidationError
from ..domain.extraction import Candidate, extract_blocks
from ..domain.extraction.dating import NOTHING_SAID
from ..domain.extraction.figure_places import GROUP_OF_PLACES, UNHELD_CITY, UNLISTED_ZONE
from ..domain.extraction.naming import FROM_BEFORE
from ..domain.proposals import observation_fields, project_fields
from ..domain.records import EVENT_KINDS
from ..domain.units import compatible, convert
from ..domain.vocabulary import lookup as vocabulary_lookup
from ..domain.vocabulary import phrase_keys
from .checks import record_findings
from .database import Store
from .editing import save_project
from .naming import NameMemory
from .resolver import resolver_of

#: The fields of a row the editor may change, as text (an observation's and a project's).
OBSERVATION_FIELDS = ("indicator", "region", "period", "value", "yoy", "rank")
PROJECT_FIELDS = ("name", "region", "milestone", "investment", "area", "expected_output", "jobs")

PROPOSED, ACCEPTED, REJECTED, CAPTURED = "proposed", "accepted", "rejected", "captured"


@dataclass
class Proposal:
    """One proposed fact: the candidate, its fields as text (editable), whether it is checked, and what
    the rulebook made of it (values to save, errors, notes such as a new indicator)."""

    kind: str  # observation | project
    candidate: Candidate
    fields: dict[str, str]
    checked: bool = True
    state: str = PROPOSED
    values: dict[str, Any] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    new_indicator: dict[str, Any] | None = None
    events: list[dict[str, Any]] = field(default_factory=list)
    organizations: list[dict[str, Any]] = field(default_factory=list)
    edited: set[str] = field(default_factory=set)
    warnings: list[str] = field(default_factory=list)  # the check rules' findings on the row
    saved: tuple[str, int] | None = None
    #: Where its name comes from: learned (the file's facts framed the same way), file (an indicator
    #: stored), catalogue, coined (its own words), typed (the editor's); None: it has none yet
    name_source: str | None = None
    learned: str | None = None  # the name the file's facts taught, when they taught one
    #: Why the row is to check rather than sure (a coined name, a period taken from the ceremony …)
    to_check: list[str] = field(default_factory=list)
    #: The row (its index in the review) that holds the same fact when the article says it twice
    held_by: int | None = None

    @property
    def sure(self) -> bool:
        """Safe to accept unseen: valid, named from the catalogue or the file, period and place as read."""
        return self.valid and not self.to_check

    @property
    def valid(self) -> bool:
        return not self.errors

    @property
    def span(self) -> tuple[int, int]:
        """Where the fact is in the article (the figure; its sentence for a project)."""
        return self.candidate.start, self.candidate.end

    @property
    def quote_span(self) -> tuple[int, int]:
        return self.candidate.quote_start, self.candidate.quote_end

    def stored_text(self) -> str:
        """The value as it will be stored, in the indicator's unit (观测) or the investment (项目); a growth
        on another base when it is all the row holds."""
        if self.kind == "project":
            value = self.values.get("investment")
            return "" if value is None else f"{rulebook.number_text(value)} 亿元"
        value = self.values.get("value")
        unit = (self.new_indicator or {}).get("unit") or self.values.get("_unit") or ""
        growth, base = self.values.get("growth_pct"), self.values.get("growth_base")
        if value is None and growth is not None:  # (a growth on another base said alone: its row's figure)
            return f"{'+' if growth > 0 else ''}{rulebook.number_text(growth)}%" + (
                f" 较{base}" if base else ""
            )
        return "" if value is None else f"{rulebook.number_text(value)} {unit}".strip()


@dataclass
class Accepted:
    """What one accept wrote: the source, the records (table, id) in the order written, the indicators
    created, and the rows left (checked but invalid)."""

    source_id: int | None
    records: list[tuple[str, int]] = field(default_factory=list)
    new_indicators: list[str] = field(default_factory=list)
    saved: int = 0
    left: int = 0


class Review:
    """The proposals of one article. ``published`` and ``source_id`` (when the source is saved) give the
    context; ``body`` is the article's text (quotes are found in it)."""

    def __init__(self, store: Store, body: str, published: date | None, source_id: int | None = None) -> None:
        self.store = store
        self.body = body
        self.published = published
        self.source_id = source_id
        self.proposals: list[Proposal] = []

    # ------------------------------------------------------------------ proposing
    def propose(self, lo: int = 0, hi: int | None = None) -> list[Proposal]:
        """The candidates of the article (or of the text between ``lo`` and ``hi``), read by the rulebook."""
        self.proposals = [p for block in self.proposal_blocks(lo, hi) for p in block]
        return self.proposals

    def proposal_blocks(self, lo: int = 0, hi: int | None = None) -> Iterator[list[Proposal]]:
        """The proposals a block of paragraphs at a time (``extraction.extract_blocks``; one block for any
        article): a very long draft is checked without holding every figure's row at once."""
        hi = len(self.body) if hi is None else hi
        captured = self._captured()
        memory = NameMemory(self.store)
        for block in extract_blocks(self.body, self.published, resolver_of(self.store).gazetteer):
            found = [c for c in block if lo <= c.start and c.end <= hi]
            projects = [c for c in found if c.kind == "project"]
            proposals = []
            for c in found:
                if (
                    c.kind == "observation"
                    and not c.period_start
                    and any(_of_project(c, project) for project in projects)
                ):
                    continue  # 总投资45亿元, 占地约800亩 of the project: in the project's row
                p = _observation(c) if c.kind == "observation" else _project(c)
                if c.kind == "observation":
                    _learn(p, memory)
                self.validate(p)
                if _already(p, captured):
                    p.state, p.checked = CAPTURED, False
                elif not p.sure:
                    p.checked = False  # (to fix, or to check: accept-all saves the sure rows)
                proposals.append(p)
            _said_again(proposals)
            _told_two_ways(proposals)
            yield proposals

    def keep_choices(self, previous: Review) -> None:
        """The article read again (a new date, a source field changed): what the editor decided on a row of
        the previous reading — unchecked, rejected, a field typed over — holds for the same fact here."""
        before = {(p.kind, p.span): p for p in previous.proposals if p.state in (PROPOSED, REJECTED)}
        for p in self.proposals:
            old = before.get((p.kind, p.span))
            if old is None or p.state != PROPOSED:
                continue
            for name in old.edited:
                self.edit(p, name, old.fields[name])
            p.state = old.state
            if old.valid:  # (a row the rules had refused was unchecked by them, not by the editor)
                p.checked = old.checked and p.valid

    def _captured(self) -> dict[str, list[dict[str, Any]]]:
        if self.source_id is None:
            return {"observations": [], "projects": []}
        return {
            "observations": self.store.query(
                "SELECT indicator_id, region_id, period_start, period_end, value, yoy_pct, rank, quote_start "
                "FROM observations WHERE source_id = ?",
                [self.source_id],
            ),
            "projects": self.store.query("SELECT name FROM projects WHERE source_id = ?", [self.source_id]),
        }

    # ------------------------------------------------------------------ editing
    def edit(self, p: Proposal, name: str, text: str) -> None:
        """The editor changed a field: read the row again."""
        if p.fields.get(name) == text:
            return
        p.fields[name] = text
        p.edited.add(name)
        if name == "period":
            p.candidate.period_kind = p.candidate.period_start = p.candidate.period_end = None
        self.validate(p)
        if p.state == REJECTED:
            p.state = PROPOSED

    def validate(self, p: Proposal) -> None:
        if p.kind == "observation":
            self._validate_observation(p)
        else:
            self._validate_project(p)

    def _validate_observation(self, p: Proposal) -> None:
        resolver = resolver_of(self.store)
        f = p.fields
        p.errors, p.notes, p.new_indicator = {}, [], None
        indicator = resolver.indicator(f["indicator"])
        p.name_source = (
            "typed"
            if "indicator" in p.edited
            else "learned"
            if p.learned and f["indicator"] == p.learned
            else "file"
            if indicator is not None
            else None
        )
        if indicator is None and f["indicator"].strip():
            entry = vocabulary_lookup(f["indicator"])
            if entry is not None:
                indicator = rulebook.IndicatorInfo(entry.name, entry.unit, entry.measure, entry.growth_basis)
                p.new_indicator = {
                    "name": entry.name,
                    "unit": entry.unit,
                    "measure": entry.measure,
                    "category": entry.category,
                    "growth_basis": entry.growth_basis,
                    "aliases": list(entry.aliases),
                }
                p.notes.append(f"将新建指标“{entry.name}”（{entry.unit}，来自指标目录）")
                p.name_source = p.name_source or "catalogue"
            else:
                unit = p.candidate.unit or ("%" if not f["value"].strip() else None)
                keys = phrase_keys(f["indicator"])  # 实现营业收入 → 营业收入: the name without its verb
                name = (keys[-1] if keys else f["indicator"]).strip()
                near = (
                    resolver.near_indicator(name, lambda u: self._fits(u, unit))
                    if unit and "indicator" not in p.edited  # (a name the editor typed is taken as typed)
                    else None
                )
                if near is not None:  # 厅党组会次数 when 厅党组会召开次数 is stored: not a second indicator
                    indicator = near
                    p.notes.append(f"按已有指标“{near.name}”保存（与“{name}”为同一指标的不同写法）")
                    p.name_source = p.name_source or "file"
                elif unit and len(name) >= 2:
                    indicator = rulebook.IndicatorInfo(name, unit)
                    p.new_indicator = {"name": name, "unit": unit}
                    p.notes.append(f"将新建指标“{name}”（{unit}）")
                    # (区本级地区生产总值, 城镇新增就业目标任务完成率: a catalogue indicator over a narrower scope
                    # or against its target — composed by the catalogue's rules, not coined)
                    composed = p.candidate.name_source == "catalogue" and name == p.candidate.indicator
                    p.name_source = p.name_source or ("catalogue" if composed else "coined")
        if indicator is not None and not self._fits(indicator.unit, p.candidate.unit):
            indicator = self._in_own_unit(p, indicator)
        if indicator is None:
            why = p.candidate.why.get("indicator", "") if "indicator" not in p.edited else ""
            p.errors["indicator"] = (
                f"{why}；请填写指标"
                if why.startswith("无法命名")
                else "请填写指标（可改为数据库中已有的指标名称）"
            )
        region = resolver.region(f["region"]) if f["region"].strip() else None
        if region is None:
            suggestion = resolver.region_suggestion(f["region"]) if f["region"].strip() else None
            p.errors["region"] = (
                f"不认识的地区“{f['region']}”" + (f"，是否是“{suggestion}”？" if suggestion else "")
                if f["region"].strip()
                else "请填写地区"
            )
        raw: dict[str, Any] = {
            "value": f["value"],
            "period": f["period"],
            "yoy_pct": f["yoy"],
            "rank": f["rank"],
            "growth": ""
            if p.candidate.growth_pct is None
            else f"{rulebook.number_text(p.candidate.growth_pct)}%",
            "growth_base": p.candidate.growth_base or "",
            "is_estimate": p.candidate.is_estimate,
            "quote": p.candidate.quote,
            "quote_start": p.candidate.quote_start,
            "quote_end": p.candidate.quote_end,
            "indicator_id": indicator.id if indicator else None,
            "region_id": region.id if region else None,
            "source_id": self.source_id,
        }
        c = p.candidate
        if c.period_start and c.period_end and "period" not in p.edited:
            raw.update(period_kind=c.period_kind, period_start=c.period_start, period_end=c.period_end)
        year = int(c.period_end[:4]) if c.period_end else None
        checked = rulebook.observation(raw, indicator, rulebook.Context(self.published, year, self.body))
        # (the lookups are this row's own errors: an indicator to create, a source saved on accept)
        errors = {
            k: v
            for k, v in checked.errors.items()
            if k not in ("indicator", "region", "source", "indicator_id", "region_id", "source_id")
        }
        p.errors.update({_field_of(k): v for k, v in errors.items()})
        p.values = checked.values
        p.values["_unit"] = indicator.unit if indicator else None
        p.warnings = self._warnings(p, indicator) if not p.errors else []
        p.to_check = _to_check(p)

    @staticmethod
    def _fits(indicator_unit: str, figure_unit: str | None) -> bool:
        try:
            return figure_unit is None or compatible(indicator_unit, figure_unit)
        except ValidationError:
            return True  # (a unit the registry does not know: the rulebook says so)

    def _in_own_unit(self, p: Proposal, found: rulebook.IndicatorInfo) -> rulebook.IndicatorInfo:
        """进出口总额83.6亿美元 where 进出口总额 is kept in 亿元: the same name in the figure's own unit — the
        one in the database, else a new one (a dollar figure is not converted into yuan)."""
        unit = p.candidate.unit or ""
        p.notes = [n for n in p.notes if not n.startswith("将新建指标")]  # (the one in the other unit)
        same = resolver_of(self.store).indicator(found.name, unit)
        if same is not None:
            p.new_indicator = None
            return same
        p.new_indicator = {"name": found.name, "unit": unit, "measure": found.measure}
        p.notes.append(f"将新建指标“{found.name}”（{unit}；已有的同名指标以{found.unit}计）")
        return rulebook.IndicatorInfo(found.name, unit, found.measure, found.growth_basis)

    def _warnings(self, p: Proposal, indicator: rulebook.IndicatorInfo | None) -> list[str]:
        """What the check rules say of the row as it would be saved (a conflict with a stored figure, a
        growth that does not follow from last year's level, a unit slip …): shown, not blocking."""
        if indicator is None or indicator.id is None:
            return []  # an indicator still to create has nothing stored to disagree with
        values = {k: v for k, v in p.values.items() if not k.startswith("_")}
        return [
            f.message
            for f in record_findings(self.store, values)
            if f.rule not in ("quote_missing", "quote_value")
        ]

    def _validate_project(self, p: Proposal) -> None:
        resolver = resolver_of(self.store)
        f = p.fields
        p.errors, p.notes = {}, []
        region = resolver.region(f["region"]) if f["region"].strip() else None
        if f["region"].strip() and region is None:
            p.errors["region"] = f"不认识的地区“{f['region']}”"
        c = p.candidate
        p.events = []
        if c.milestone in EVENT_KINDS:
            p.events.append(
                {
                    "kind": c.milestone,
                    "occurred_on": f.get("milestone") or None,
                    "date_precision": "day",
                    "quote": c.quote,
                    "quote_start": c.quote_start,
                    "quote_end": c.quote_end,
                }
            )
        p.organizations = []
        for name, role in zip(c.organizations, c.organization_roles, strict=False):
            organization = resolver.organization(name)
            if organization is not None:
                p.organizations.append({"organization_id": organization, "role": role})
            else:
                p.notes.append(f"机构“{name}”不在数据库中，未关联")
        raw = {
            "name": f["name"],
            "region_id": region.id if region else None,
            "source_id": self.source_id,
            "investment": f["investment"],
            "area": f["area"],
            "expected_output": f["expected_output"],
            "jobs": f.get("jobs", ""),
            "duration_months": project_fields(c)["duration_months"],
            "quote": c.quote,
            "quote_start": c.quote_start,
            "quote_end": c.quote_end,
        }
        checked = rulebook.project(raw, rulebook.ProjectParts(p.organizations, p.events), self.body)
        p.errors.update({k: v for k, v in checked.errors.items() if k != "source_id"})
        p.values = checked.values
        p.to_check = _to_check(p)

    # ------------------------------------------------------------------ accepting
    def accept(self, source: dict[str, Any] | None = None) -> Accepted:
        """Save the source (``source``: its fields, when it is not saved yet), then every checked, valid
        row, in one transaction. Returns what was written; rows with errors stay as they are."""
        chosen = [p for p in self.proposals if p.checked and p.state in (PROPOSED, REJECTED)]
        result = Accepted(self.source_id)
        with self.store.atomic():
            if self.source_id is None:
                checked = rulebook.source(source or {})
                if not checked.ok:
                    raise rulebook_error(checked)
                row = self.store.insert("sources", checked.values)
                self.source_id = result.source_id = row["id"]
                result.records.append(("sources", row["id"]))
            created: dict[tuple[str, str], int] = {}  # (name, unit): 进出口总额 in 亿元 and in 亿美元 are two
            for p in chosen:
                self.validate(p)  # with the source and the indicators created so far
                made_key = (p.new_indicator["name"], p.new_indicator["unit"]) if p.new_indicator else None
                if made_key in created:
                    self._use_created(p, created[made_key])
                if not p.valid:
                    result.left += 1
                    continue
                if p.new_indicator:
                    made = rulebook.indicator(p.new_indicator)
                    if not made.ok:
                        p.errors["indicator"] = "；".join(made.errors.values())
                        result.left += 1
                        continue
                    indicator_id = self.store.insert("indicators", made.values)["id"]
                    created[(p.new_indicator["name"], p.new_indicator["unit"])] = indicator_id
                    result.records.append(("indicators", indicator_id))
                    result.new_indicators.append(p.new_indicator["name"])
                    resolver_of(self.store).refresh()
                    self._use_created(p, indicator_id)
                values = {k: v for k, v in p.values.items() if not k.startswith("_")}
                values["source_id"] = self.source_id
                if p.kind == "observation":
                    record_id = self.store.insert("observations", values)["id"]
                    p.saved = ("observations", record_id)
                else:
                    events = [{**e, "source_id": self.source_id} for e in p.events]
                    record_id = save_project(self.store, None, values, p.organizations, events)["id"]
                    p.saved = ("projects", record_id)
                result.records.append(p.saved)
                p.state, p.checked = ACCEPTED, False
                result.saved += 1
        return result

    def _use_created(self, p: Proposal, indicator_id: int) -> None:
        p.new_indicator = None
        p.notes = [n for n in p.notes if not n.startswith("将新建指标")]
        p.values["indicator_id"] = indicator_id

    def reject(self, p: Proposal) -> None:
        p.state, p.checked = REJECTED, False


class ReviewError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def rulebook_error(checked: rulebook.Checked) -> ReviewError:
    return ReviewError("来源文章：" + "；".join(checked.errors.values()))


def _field_of(rulebook_key: str) -> str:
    return {"yoy_pct": "yoy", "period_start": "period", "period_end": "period", "quote": "value"}.get(
        rulebook_key, rulebook_key
    )


#: Periods a figure took from the article's head or its event rather than from its text (dating.py's
#: reasons; measured on the development texts, these are the period rules right less than 97 % of the
#: time — a period or place carried from the line before was right in all 230 cases, so it is sure): to
#: check.
_CARRIED_PERIOD = ("活动的数字", "本句未写时期：文章的主要时期", "本句未写时期：文章所述活动")
#: Figures paired with the items of a list in order (lists.py): to check.
_FROM_LIST = "“分别”前列举"
#: The first figure of a change (由75.1亿元增至110亿元): its period is the base's, seldom written.
_CHANGE_FROM = re.compile(r"(?:由|从)$")
_BASE_OF_A_CHANGE = "变化前的数字：时期多为基期"
_CHANGE_TO = re.compile(
    r"^(?:以上)?(?:增至|增加到|提高到|提高至|上升到|上升至|升至|增长到|降至|下降到|减少到|扩大到|跃升至)"
)


def _place_reasons(p: Proposal) -> list[str]:
    why = "" if "region" in p.edited else p.candidate.why.get("region", "")
    return [
        reason
        for marker, reason in (
            (UNLISTED_ZONE, "地点：文中所说的园区不在地名表中"),  # (遂宁高新区…: the city given is only near)
            (UNHELD_CITY, "地点：文中所说的城市不在地名表中"),  # (安康市…全市: the province given is a guess)
            (
                GROUP_OF_PLACES,
                "地点：几个地区的合计，不是一地的数字",
            ),  # (五省…总计: filed under the country?)
        )
        if marker in why
    ]


def _to_check(p: Proposal) -> list[str]:
    """Why a valid row should be looked at before it is saved: its name was coined (not the catalogue's,
    the file's or what the file taught); its period was taken from the article's event or head, or is one
    year for an average over two; it was paired with a list in order; it is the first figure of a change."""
    if p.errors:
        return []
    if p.kind != "observation":  # (a project's place is a guess as a figure's is)
        return _place_reasons(p)
    reasons = []
    if p.name_source == "coined":
        reasons.append("名称为新拟")
    elif "indicator" not in p.edited and FROM_BEFORE in p.candidate.why.get("indicator", ""):
        reasons.append("名称取自前文")  # (从增速看，凉山以8.1%的增速…: the measure spoken of before)
    why = p.candidate.why
    if "period" not in p.edited and why.get("period", "").startswith(_CARRIED_PERIOD):
        reasons.append("时期取自文章的活动或导语")
    elif "period" not in p.edited and why.get("period") == NOTHING_SAID:
        reasons.append("时期取自文章日期（文中未写时期）")
    reasons += _place_reasons(p)
    c = p.candidate
    before, after = c.quote[: c.start - c.quote_start], c.quote[c.end - c.quote_start :]
    if "period" not in p.edited and _CHANGE_FROM.search(before) and _CHANGE_TO.match(after):
        reasons.append(_BASE_OF_A_CHANGE)
    if {"region", "indicator"}.isdisjoint(p.edited) and (
        why.get("region", "").startswith(_FROM_LIST)
        # a name paired from a list is sure when the catalogue knows it (right in 40 of 40 rows of test splits
        # 4–11): only a coined one is to check
        or (why.get("indicator", "").startswith(_FROM_LIST) and p.name_source != "catalogue")
    ):
        reasons.append("按列举次序对应")
    spans_years = (p.values.get("period_start") or "")[:4] != (p.values.get("period_end") or "")[:4]
    if "period" not in p.edited and "平均" in (c.growth_base or "") and not spans_years:
        reasons.append("平均增长：时期应为所平均的年份")  # (两年平均增长 of 前三季度: over two years)
    value = p.values.get("value")  # (the rulebook's: a float in the indicator's unit, or None)
    if "value" not in p.edited and value is not None and 0 < abs(value) < 0.001:
        reasons.append(
            "换算到指标单位后数值极小：请核对单位"
        )  # (204.17元 where a page dropped 亿: 2.04e-06 亿元 — not 0.01: a county's 45吨 of tea is 0.0045 万吨, right)
    return reasons


def _learn(p: Proposal, memory: NameMemory) -> None:
    """The name the file's facts framed the same way were filed under (the newest), unless the sentence
    says another measure (汽车制造业 under 增加值 is not the 利润总额 filed from a profit release) or the name
    read is the one filed with a qualifier in front (the zones' 出口, not the province's)."""
    learned = memory.learned(p.candidate)
    if learned is None or learned.name == p.fields["indicator"]:
        if learned is not None:
            p.learned = learned.name
        return
    said = re.search(r"增加值|营业收入|利润总额", p.fields["indicator"])
    if said and said.group() not in learned.name:
        return
    if p.fields["indicator"].endswith(learned.name):
        return  # (国家级经开区货物贸易出口总值 is the zones' part of the 货物贸易出口总值 filed: a qualifier kept)
    p.learned = p.fields["indicator"] = learned.name
    p.candidate.why["indicator"] = f"本库已有：同样写法的数字记为“{learned.name}”（{learned.examples}条）"


def _observation(c: Candidate) -> Proposal:
    return Proposal("observation", c, observation_fields(c))


def _project(c: Candidate) -> Proposal:
    fields = project_fields(c)
    return Proposal("project", c, {k: fields[k] for k in PROJECT_FIELDS})


def _of_project(c: Candidate, project: Candidate) -> bool:
    """The figure is one the project's row holds (investment, area, duration, expected output, jobs)."""
    written = {t for t in (project.investment_text, project.area_text) if t}
    if c.text in written or (c.value_text or "") in written:
        return True
    if c.unit == "人" and project.jobs is not None and c.value == project.jobs:
        return True
    if c.unit == "个月" and project.duration_months is not None:
        return c.value == project.duration_months
    if project.expected_output is not None and c.value is not None and c.unit and compatible(c.unit, "亿元"):
        return abs(float(convert(Decimal(str(c.value)), c.unit, "亿元")) - project.expected_output) < 1e-9
    return False


def _said_again(proposals: list[Proposal]) -> None:
    """A fact the article says twice is saved once: a row with the same indicator, place, period, value
    and growth as one before it (a lead repeated below), a level said again without the growth a row before
    gave it, or a growth said alone that a level's row of the
    same indicator, place and period holds too (the headline's 同比下降5.7%; a subheading's 同比增长29.8%
    above 生猪出栏4401.8万头，同比增长29.8%) — left unchecked, saying which row holds it."""
    first: dict[tuple[Any, ...], int] = {}
    levels: dict[tuple[Any, ...], int] = {}
    said: dict[tuple[Any, ...], int] = {}  # (indicator, place, period, value) → the first row saying it
    for i, p in enumerate(proposals):
        if p.kind == "observation" and not p.errors:
            key = _fact_key(p)
            first.setdefault(key, i)
            said.setdefault(key[:5], i)
            if p.values.get("value") is not None and p.values.get("yoy_pct") is not None:
                levels.setdefault((*key[:4], p.values["yoy_pct"]), i)
    for i, p in enumerate(proposals):
        if p.kind != "observation" or p.errors or p.state != PROPOSED:
            continue
        key = _fact_key(p)
        held = first[key] if first[key] != i else None
        if held is None and p.values.get("value") is None and p.values.get("yoy_pct") is not None:
            held = levels.get((*key[:4], p.values["yoy_pct"]))
        if held is None and p.values.get("value") is not None and p.values.get("yoy_pct") is None:
            held = said[
                key[:5]
            ]  # (…535万辆，增长81.48%。…从2018年的107万辆到2022年的535万辆: said again, no growth)
        if held is not None and held != i:
            p.checked, p.held_by = False, held
            p.notes.insert(0, f"与第 {held + 1} 行是同一事实（文中重复），不再保存")


def _told_two_ways(proposals: list[Proposal]) -> None:
    """Rows that would file two different figures as one fact (the same indicator, place and period; both
    exact, their values or growths differing): at most one of them is read right — each is to check, so
    accept-all saves neither (其中续建项目18个、新开工项目9个 … 其中续建项目12个、新开工项目5个, all read as
    the city's 开工项目数 of the year)."""
    rows: dict[tuple[Any, ...], list[Proposal]] = {}
    for p in proposals:
        if (
            p.kind == "observation"
            and not p.errors
            and p.candidate.qualifier in (None, "exact")
            and _BASE_OF_A_CHANGE not in p.to_check  # (由75.1亿元增至110亿元: the first is the base's)
        ):
            rows.setdefault(_fact_key(p)[:4], []).append(p)
    for same in rows.values():
        for told_as in ("value", "yoy_pct", "growth_pct"):
            told = {p.values.get(told_as) for p in same} - {None}
            if len(told) < 2:
                continue
            for p in same:
                if p.values.get(told_as) is not None and "同一事实在文中数值不一" not in p.to_check:
                    p.to_check.append("同一事实在文中数值不一")
                    if p.state == PROPOSED:
                        p.checked = False


def _fact_key(p: Proposal) -> tuple[Any, ...]:
    v = p.values
    indicator = v.get("indicator_id") or (p.new_indicator or {}).get("name") or p.fields.get("indicator")
    return (
        indicator,
        v.get("region_id"),
        v.get("period_start"),
        v.get("period_end"),
        v.get("value"),
        v.get("yoy_pct"),
    )


def _already(p: Proposal, captured: dict[str, list[dict[str, Any]]]) -> bool:
    """The article's records already hold this fact (the same figure from the same sentence)."""
    if p.kind == "project":
        return any(r["name"] == p.fields["name"] for r in captured["projects"])
    v = p.values
    for r in captured["observations"]:
        same_fact = (r["indicator_id"], r["region_id"], r["period_start"], r["period_end"]) == (
            v.get("indicator_id"),
            v.get("region_id"),
            v.get("period_start"),
            v.get("period_end"),
        )
        same_figure = r["value"] == v.get("value") and r["yoy_pct"] == v.get("yoy_pct")
        if same_figure and (same_fact or r["quote_start"] == p.candidate.quote_start):
            return True
    return False
