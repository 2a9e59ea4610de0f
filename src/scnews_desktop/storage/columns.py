"""The columns of exports and imports: each field's Chinese header and the names accepted for it, and
a field's label in any message (``field_label``). No other module of storage is needed here."""

from __future__ import annotations

#: Observation fields in export order: (field, Chinese header, English aliases accepted on import)
OBSERVATION_COLUMNS: list[tuple[str, str, tuple[str, ...]]] = [
    ("indicator", "指标", ("indicator", "指标名称")),
    ("unit", "单位", ("unit",)),
    ("region", "地区", ("region", "地区名称", "行政区")),
    ("region_code", "地区代码", ("region_code", "区划代码", "code")),
    ("region_parent", "上级地区", ("region_parent", "parent_region")),
    ("period", "时期", ("period", "period_label", "时间")),
    ("year", "年份", ("year", "年度")),  # (import only: the year of a period written without one, 1—11月)
    ("period_kind", "时期类型", ("period_kind",)),
    ("period_start", "开始日期", ("period_start", "开始")),
    ("period_end", "结束日期", ("period_end", "结束")),
    ("value", "数值", ("value", "数据")),
    ("value_text", "原文数值", ("value_text", "原文")),
    ("qualifier", "限定", ("qualifier",)),
    ("is_estimate", "预计", ("is_estimate", "estimate")),
    ("yoy_pct", "同比增长", ("yoy", "yoy_pct", "同比", "同比增长(%)", "增速")),
    ("growth_pct", "其他增长", ("growth_pct",)),
    ("growth_base", "增长基期", ("growth_base",)),
    ("rank", "排名", ("rank", "位次")),
    ("rank_scope", "排名范围", ("rank_scope",)),
    ("source_title", "来源", ("source_title", "source", "来源标题", "文章")),
    ("source_date", "发表日期", ("source_date", "published_on", "日期")),
    ("source_url", "链接", ("source_url", "url")),
    ("quote", "引文", ("quote", "原句")),
    ("note", "备注", ("note",)),
    ("supersedes", "修订的记录", ("supersedes", "修订了")),
    ("revision_reason", "修订理由", ("revision_reason",)),
    ("uid", "记录标识", ("uid", "记录标识uid")),
]

HEADERS = {f: h for f, h, _a in OBSERVATION_COLUMNS} | {
    "name": "名称",
    "sector": "行业",
    "status": "状态",
    "investment": "投资额（亿元）",
    "investment_text": "投资额原文",
    "investment_qualifier": "投资额限定",
    "area_m2": "占地面积（平方米）",
    "area_text": "面积原文",
    "duration_months": "建设周期（月）",
    "expected_output": "预期年产值（亿元）",
    "expected_output_text": "产值原文",
    "jobs": "带动就业",
    "organizations": "机构",
    "milestones": "节点",
    "title": "标题",
    "publication": "媒体",
    "published_on": "发表日期",
    "page": "版次",
    "byline": "作者",
    "dateline": "电头",
    "url": "链接",
    "body": "正文",
    "category": "类别",
    "measure": "类型",
    "description": "说明",
    "code": "区划代码",
    "full_name": "全称",
    "level": "级别",
    "parent": "上级",
    "aliases": "别名",
    "kind": "类型",
}


def field_label(name: str) -> str:
    """A column's name as the Chinese headers of exports and imports call it (指标 for indicator_id)."""
    base = name.removesuffix("_id")
    return HEADERS.get(name) or HEADERS.get(base) or {"source": "来源"}.get(base, name)
