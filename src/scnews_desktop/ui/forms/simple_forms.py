"""Forms for sources, indicators, organisations and non-administrative zones."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication

from ...domain import rulebook
from ...domain.rulebook import FormResult
from ...domain.vocabulary import default_growth_basis
from ...qtmodels.display import ENUMS
from .base import RecordForm
from .fields import LookupCombo
from .lookups import region_items, region_resolver, resolver_of


def _enum_options(kind: str) -> list[tuple[str, str]]:
    return [(QCoreApplication.translate("Values", str(text)), value) for value, text in ENUMS[kind].items()]


class SourceForm(RecordForm):
    table = "sources"
    form_name = "sourceForm"

    def build(self) -> None:
        self.add_line("title", self.tr("Title"))
        self.add_line("published_on", self.tr("Published"), "2021-01-21")
        self.add_line("publication", self.tr("Publication"), "四川经济日报")
        self.add_line("page", self.tr("Page"))
        self.add_line("byline", self.tr("Byline"), "记者 ……")
        self.add_line("dateline", self.tr("Dateline"), "四川经济日报讯")
        self.add_line("url", self.tr("Link"), "https://")
        self.add_text("body", self.tr("Text"), self.tr("Paste the article here"), 160)
        self.add_text("note", self.tr("Note"))

    def check(self, raw: dict[str, Any]) -> FormResult:
        return rulebook.source(raw)

    def blank(self) -> dict[str, Any]:
        return {"publication": "四川经济日报"}

    def prefill(self, text: str) -> None:
        self.set_raw({"title": text})


class IndicatorForm(RecordForm):
    table = "indicators"
    form_name = "indicatorForm"

    def build(self) -> None:
        self.add_line("name", self.tr("Name"), "货物贸易进出口总值")
        self.add_line("unit", self.tr("Unit"), "亿元")
        self.add_line("category", self.tr("Category"), "外贸")
        self.add_choice("measure", self.tr("Measure"), _enum_options("measure"))
        self.add_choice("growth_basis", self.tr("Growth basis"), _enum_options("basis"))
        self.add_line("aliases", self.tr("Aliases"), self.tr("separated by 、, e.g. GDP、生产总值"))
        self.add_text("description", self.tr("Description"))

    def check(self, raw: dict[str, Any]) -> FormResult:
        return rulebook.indicator(raw)

    def raw_from_record(self, row: dict[str, Any]) -> dict[str, Any]:
        raw = super().raw_from_record(row)
        raw["aliases"] = "、".join(json.loads(row.get("aliases") or "[]"))
        return raw

    def blank(self) -> dict[str, Any]:
        return {"measure": "flow", "growth_basis": "nominal"}

    def prefill(self, text: str) -> None:
        """A name typed in another form (or proposed from an article): the vocabulary's unit, measure,
        growth basis and aliases come with it when it knows the indicator."""
        entry = resolver_of(self.store).indicator_proposal(text)
        if entry is None:
            self.set_raw({"name": text.split("（")[0].strip(), "growth_basis": default_growth_basis(text)})
            return
        self.set_raw(
            {
                "name": entry.name,
                "unit": entry.unit,
                "category": entry.category,
                "measure": entry.measure,
                "growth_basis": entry.growth_basis,
                "aliases": "、".join(entry.aliases),
                "description": entry.description,
            }
        )


class OrganizationForm(RecordForm):
    table = "organizations"
    form_name = "organizationForm"

    def build(self) -> None:
        self.add_line("name", self.tr("Name"))
        self.add_choice("kind", self.tr("Kind"), _enum_options("kind"))
        self.region = self.add_lookup(
            "region_id",
            self.tr("Region"),
            LookupCombo("region_id", self, region_resolver(self.store), allow_new=False),
        )
        self.region.set_items(region_items(self.store))
        self.add_line("aliases", self.tr("Aliases"), self.tr("separated by 、"))
        self.add_text("note", self.tr("Note"))

    def check(self, raw: dict[str, Any]) -> FormResult:
        return rulebook.organization(raw)

    def prefill(self, text: str) -> None:
        self.set_raw({"name": text})

    def raw_from_record(self, row: dict[str, Any]) -> dict[str, Any]:
        raw = super().raw_from_record(row)
        raw["aliases"] = "、".join(json.loads(row.get("aliases") or "[]"))
        return raw

    def blank(self) -> dict[str, Any]:
        return {"kind": "enterprise"}


class RegionForm(RecordForm):
    """A region of our own: parks, new areas (三江新区), groupings such as 88个贫困县 (level zone). The
    administrative divisions come from GB/T 2260 and are not made here."""

    table = "regions"
    form_name = "zoneForm"

    def build(self) -> None:
        self.add_line("name", self.tr("Name"), "三江新区")
        self.add_line("full_name", self.tr("Full name"), "宜宾三江新区")
        self.parent_region = self.add_lookup(
            "parent_id",
            self.tr("Located in"),
            LookupCombo("parent_id", self, region_resolver(self.store), allow_new=False),
        )
        self.parent_region.set_items(region_items(self.store))
        self.add_line("aliases", self.tr("Aliases"), self.tr("separated by 、"))
        self.add_text("note", self.tr("Note"))

    def check(self, raw: dict[str, Any]) -> FormResult:
        return rulebook.zone(raw)

    def prefill(self, text: str) -> None:
        self.set_raw({"name": text.split("（")[0].strip()})

    def raw_from_record(self, row: dict[str, Any]) -> dict[str, Any]:
        raw = super().raw_from_record(row)
        raw["aliases"] = "、".join(json.loads(row.get("aliases") or "[]"))
        return raw
