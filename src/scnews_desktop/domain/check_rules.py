"""The check rules, as data: each has an id, a Chinese title and description, a severity and its
parameters (tolerances). Statistics offices work the same way: an edit check has an id and a severity,
and a figure that is genuine is kept with an explanation (上报说明). ``error`` means: fix the data, or
accept the finding with a reason; ``warning`` means: look at it.

Pure data and functions (no Qt, no SQL): storage runs the rules against the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

SEVERITIES = ("error", "warning")


@dataclass(frozen=True)
class Rule:
    id: str
    title: str
    description: str
    severity: str
    params: dict[str, Any] = field(default_factory=dict)


#: What each rule parameter is, in the words the checks window shows.
PARAM_TITLES = {
    "relative_tolerance": "相对误差",
    "tolerance_pp": "允许偏差（百分点）",
    "price_low_pct": "价格类增速下限（%）",
    "price_high_pct": "价格类增速上限（%）",
    "factor": "倍数",
    "provinces_in_china": "全国省级行政区数",
    "not_additive": "不可加总的指标名称含",
    "never_falls_unless": "累计数可以减少的指标名称含",
    "share_tolerance_pp": "比重允许偏差（百分点）",
    "real": "可比价增速范围（%）",
    "flow": "现价流量增速范围（%）",
    "stock": "存量增速范围（%）",
    "count": "个数增速范围（%）",
    "rate": "价格指数增速范围（%）",
}


#: Names of indicators whose regions' figures do not add up (a city's per-capita income may exceed the
#: province's): a figure is additive when its measure is a flow or a stock, its unit is not a rate, and
#: its name holds none of these.
_NOT_ADDITIVE = ("人均", "平均", "均价", "比重", "占比", "率", "指数", "价格", "单价", "密度", "排名")

#: Flows whose year-to-date total may fall from one month to the next (losses, balances, differences).
_MAY_FALL = ("利润", "净", "差额", "顺差", "逆差", "结余", "盈亏", "亏损", "收支")

RULES: dict[str, Rule] = {
    r.id: r
    for r in (
        Rule(
            "integrity",
            "数据库完整性",
            "SQLite 的完整性检查和外键检查发现的问题：文件损坏，或有记录引用了不存在的记录。",
            "error",
        ),
        Rule(
            "conflict",
            "数值冲突",
            "同一指标、地区和时期，不同来源报道的数值对不上。按原文的精度和限定比较："
            "“4.86万亿元”与“48598.8亿元”一致，“逾60亿元”与“62亿元”一致。",
            "error",
        ),
        Rule(
            "revision",
            "像是修订",
            "同一指标、地区和时期的两个数值不同，后发表的来源写明“最终核实”“修订”或出自统计年鉴："
            "这多半是修订而非冲突（初步核算与最终核实）。请在此“标为修订”并写明理由：两个数值都保留，"
            "数值冲突不再比较它们，图表和文稿核对用最新的，引用旧数值的文稿会被提示。",
            "warning",
        ),
        Rule(
            "duplicate",
            "重复记录",
            "同一来源中，同一指标、地区、时期和数值的记录出现了不止一次。",
            "warning",
        ),
        Rule(
            "parts_total",
            "分项与合计不符",
            "分项之和应等于合计（出口＋进口＝进出口；三次产业增加值之和＝地区生产总值），"
            "允许按各数值原文精度累计的舍入误差，另加相对误差。",
            "error",
            {"relative_tolerance": 0.002},
        ),
        Rule(
            "growth_levels",
            "增速与数值不符",
            "报道的同比增速与按两年数值算出的增速对不上。现价（名义）增速直接比较；可比价（实际）"
            "增速只在它隐含的价格变动超出常见范围时列出——多半是上年数值为普查修订前的数据或口径不同。",
            "warning",
            {"tolerance_pp": 2.0, "price_low_pct": -5.0, "price_high_pct": 10.0},
        ),
        Rule(
            "growth_implausible",
            "增速超出常见范围",
            "增速超出该类指标的常见范围：可比价增速在 −30%～+40% 之外，现价流量、存量在 −80%～+300% 之外，"
            "个数在 −90%～+1000% 之外，价格指数在 −20%～+50% 之外。",
            "warning",
            {
                "real": (-30.0, 40.0),
                "flow": (-80.0, 300.0),
                "stock": (-80.0, 300.0),
                "count": (-90.0, 1000.0),
                "rate": (-20.0, 50.0),
            },
        ),
        Rule(
            "magnitude",
            "数量级异常",
            "数值比同一序列（同一指标、地区和时期类型）前后的数值，或同级地区该指标的常见数值，"
            "大或小 100 倍以上：多半是单位写错（万元、亿元）。单纯的个数（个、家、项）不查：没有万、亿可写错。",
            "error",
            {"factor": 100.0},
        ),
        Rule(
            "quote_missing",
            "引文不在原文中",
            "记录的引文在来源文章的正文中找不到（或不在记录的位置）。",
            "error",
        ),
        Rule(
            "quote_value",
            "引文不含原文数值",
            "引文中找不到记录的原文数值（例如把别的句子当成了引文）。",
            "warning",
        ),
        Rule(
            "value_text",
            "数值与原文不符",
            "记录的数值与它的原文数值按指标单位换算的结果不一致。",
            "error",
        ),
        Rule(
            "future_period",
            "时期晚于发表日期",
            "流量或存量的时期结束于来源文章发表之后，却没有标为“预计”。",
            "warning",
        ),
        Rule(
            "sync_conflict",
            "同步冲突",
            "同一条记录在本机和集线库上（或两位编辑的工作副本上）都改过而改得不一样，或一边删除、另一边修改："
            "两个版本都保留，请选择“保留本机”或“采用集线库的”（也可逐个字段取舍），下次同步时执行。",
            "error",
        ),
        Rule(
            "rank_peers",
            "排名超出参与排名的地区数",
            "排名大于参与排名的同级地区数，例如全省 21 个市州中的第 25 位。",
            "error",
            {"provinces_in_china": 31},
        ),
        Rule(
            "region_part",
            "下级地区超过上级",
            "同一指标和时期，市（州）的数值大于全省的，或县（市、区）的数值大于所在市（州）的——下级是上级的一部分。"
            "按原文的精度和限定比较；只核对可加总的指标（流量、存量和个数，不含人均、平均、比重、比率和指数）。",
            "error",
            {"not_additive": _NOT_ADDITIVE},
        ),
        Rule(
            "region_sum",
            "下级地区之和与上级不符",
            "上级地区的各个下级（如全省 21 个市州）都已记录同一指标和时期的数值时，其和应等于上级的数值，"
            "允许按各数值原文精度累计的舍入误差，另加相对误差（各地统一核算后的衔接差异）。",
            "warning",
            {"relative_tolerance": 0.01, "not_additive": _NOT_ADDITIVE},
        ),
        Rule(
            "rank_values",
            "排名与已记录的数值不符",
            "排名（列全省第3位）与同级地区已记录的同一指标、时期的数值对不上：比它大的地区已多于排名前的名次，"
            "或比它小的地区已多于排名后的名次。引文写“增速”“增幅”的排名按增速比较。",
            "error",
        ),
        Rule(
            "cumulative_months",
            "累计数与当月数不符",
            "同一指标、地区和年份：1—5月的累计数小于1—4月的（累计数只增不减，利润、差额等除外）；"
            "写明的5月当月数与两个累计数之差对不上；或当月数与同月的累计数相同——多半把累计数记成了当月数。",
            "error",
            {"relative_tolerance": 0.002, "never_falls_unless": _MAY_FALL},
        ),
        Rule(
            "per_capita",
            "人均数与总量不符",
            "人均数乘以人口应接近总量（人均地区生产总值×常住人口≈地区生产总值）。"
            "人均数按年平均人口计算，年末人口会有小的差别，故只列出相差超过相对误差的。",
            "warning",
            {"relative_tolerance": 0.05},
        ),
        Rule(
            "shares",
            "比重与数值不符",
            "同一整体的各部分比重之和应为 100%（三次产业结构）；比重应等于部分除以整体"
            "（第一产业增加值÷地区生产总值），允许按原文精度的舍入误差另加允许偏差。",
            "warning",
            {"share_tolerance_pp": 0.2},
        ),
    )
}

#: Parts that sum to a total, per region and period (indicator names).
SUM_RULES: list[dict[str, Any]] = [
    {"total": "货物贸易进出口总值", "parts": ["货物贸易出口总值", "货物贸易进口总值"]},
    {"total": "地区生产总值", "parts": ["第一产业增加值", "第二产业增加值", "第三产业增加值"]},
]

#: A per-capita figure (元), the total it divides (亿元) and the population (万人) of the same region and
#: year: per_capita × population ≈ total.
PER_CAPITA_RULES: list[dict[str, str]] = [
    {"per_capita": "人均地区生产总值", "total": "地区生产总值", "population": "常住人口"},
]

#: Shares of one whole: the shares that sum to 100 %, and each share with the part and whole it divides.
SHARE_RULES: list[dict[str, Any]] = [
    {
        "whole": "地区生产总值",
        "shares": [
            ("第一产业增加值占地区生产总值比重", "第一产业增加值"),
            ("第二产业增加值占地区生产总值比重", "第二产业增加值"),
            ("第三产业增加值占地区生产总值比重", "第三产业增加值"),
        ],
        "complete": True,
    },
    {
        "whole": "一般公共预算支出",
        "shares": [("民生支出占一般公共预算支出比重", "民生支出")],
        "complete": False,
    },
]

GROWTH_TOLERANCE_PP = RULES["growth_levels"].params["tolerance_pp"]
IMPLIED_PRICE_BAND = (
    RULES["growth_levels"].params["price_low_pct"],
    RULES["growth_levels"].params["price_high_pct"],
)


@dataclass(frozen=True)
class RecordRef:
    """A record a finding names: by uid (stable across files), with its local id (to open it) and the
    version it had when checked (an acceptance holds while the versions do)."""

    table: str
    uid: str
    id: int | None = None
    version: int | None = None


@dataclass
class Finding:
    rule: str
    message: str  # Chinese, one line
    records: tuple[RecordRef, ...] = ()
    accepted: dict[str, Any] | None = None  # the acceptance (reason, editor, when) while it holds

    @property
    def severity(self) -> str:
        return RULES[self.rule].severity

    @property
    def key(self) -> str:
        """What identifies the finding across runs: its rule and the records it names."""
        return f"{self.rule}:" + ",".join(sorted(f"{r.table}/{r.uid}" for r in self.records))

    @property
    def open(self) -> bool:
        """An error that is neither fixed (it would not be found) nor accepted."""
        return self.severity == "error" and self.accepted is None

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message,
            "records": [{"table": r.table, "uid": r.uid} for r in self.records],
        }
        if self.accepted is not None:
            out["accepted"] = {k: self.accepted.get(k) for k in ("reason", "editor", "accepted_at")}
        return out


def implied_price_change(nominal_pct: float, real_pct: float) -> float | None:
    """The price change (percent) that turns real growth into nominal growth: (1+n)/(1+r) − 1."""
    if real_pct <= -100:
        return None
    return ((1 + nominal_pct / 100) / (1 + real_pct / 100) - 1) * 100


def computed_growth(current: float, previous: float) -> float | None:
    """Year-on-year growth in percent from two levels, or None when the base is zero or negative."""
    if previous is None or current is None or previous <= 0:
        return None
    return (current / previous - 1) * 100


def growth_band(measure: str, basis: str) -> tuple[float, float]:
    bands = RULES["growth_implausible"].params
    if basis == "real" and measure == "flow":
        return bands["real"]
    return bands.get(measure, bands["flow"])


def sum_tolerance(values_and_halves: list[tuple[float, float]], relative: float) -> float:
    """The difference allowed between a total and the sum of its parts: the rounding of every figure as
    written (their half-units add up), plus a relative share of the total."""
    rounding = sum(half for _v, half in values_and_halves)
    total = max((abs(v) for v, _h in values_and_halves), default=0.0)
    return rounding + relative * total


def sum_mismatch(total: float, parts: list[float], tolerance: float) -> Decimal | None:
    """The difference total − Σparts when it exceeds the tolerance, else None."""
    diff = Decimal(str(total)) - sum((Decimal(str(p)) for p in parts), Decimal(0))
    return diff if abs(diff) > Decimal(str(tolerance)) else None


def out_of_scale(value: float, others: list[float], factor: float) -> bool:
    """A value ``factor`` times (or more) above or below every one of its neighbours."""
    others = [o for o in others if o is not None and o > 0]
    if value is None or value <= 0 or not others:
        return False
    return all(value >= o * factor or value * factor <= o for o in others)


def additive(name: str, measure: str, unit: str) -> bool:
    """Whether the figures of a region's parts add up to the region's: flows, stocks and counts, not rates, averages, per-capita figures or indices."""
    markers = RULES["region_part"].params["not_additive"]
    return (
        measure in ("flow", "stock", "count")
        and unit not in ("%", "‰", "个百分点")
        and "/" not in unit
        and not any(m in name for m in markers)
    )


def may_fall(name: str) -> bool:
    """A year-to-date total that can shrink from one month to the next (a profit, a balance)."""
    return any(m in name for m in RULES["cumulative_months"].params["never_falls_unless"])


def rank_contradiction(rank: int, peers: int | None, above: int, below: int) -> str | None:
    """Why a rank cannot be right given how many known peers are surely above and below it (None if it
    can): rank R leaves R − 1 places above and (peers − R) below."""
    if above >= rank:
        return f"已记录的同级地区中已有 {above} 个比它大"
    if peers is not None and below > peers - rank:
        return f"已记录的同级地区中已有 {below} 个比它小，而参与排名的只有 {peers} 个"
    return None
