"""Build a deterministic synthetic database at scale for the benchmarks.

    python bench/make_big_db.py OUT.db [--observations 1000000] [--projects 50000] [--sources 100000]

Fast path (documented): the schema comes from the app's own migrations (``Store.open(create=True)``)
and the gazetteer from ``load_gazetteer``; rows are then written with ``executemany`` in one
transaction with the triggers (search queue, row counts) dropped; they are re-created from their
own SQL, the row counts set by sqlite-utils' ``reset_counts`` and the search index rebuilt with
``storage.search.rebuild`` — so the result has exactly
the schema of a database made by the app (a test compares them). No audit rows are written.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import uuid
from pathlib import Path

from scnews_desktop.storage import search
from scnews_desktop.storage.database import Store
from scnews_desktop.storage.default_data import load_gazetteer

STAMP = "2026-01-01T00:00:00Z"
SEED = 20210121

_SENTENCES = [
    "{year}年，{region}全年实现地区生产总值{v1}亿元，同比增长{p1}%。",
    "其中，第一产业增加值{v2}亿元，增长{p2}%；第二产业增加值{v3}亿元，增长{p3}%。",
    "{region}集中签约重大项目{n1}个，签约总金额{v4}亿元，涉及先进制造、现代服务业等领域。",
    "{company}{project}在{region}开工，计划总投资{v5}亿元，占地面积{n2}亩，建设周期{n3}个月。",
    "截至{year}年底，{region}规模以上工业企业达{n4}户，较上年新增{n5}户。",
    "据海关统计，{year}年{region}货物贸易进出口总值{v6}亿元，其中出口{v7}亿元，进口{v8}亿元。",
    "{region}全年招商引资到位市外资金{v9}亿元，增长{p4}%，新引进5亿元以上项目{n6}个。",
    "项目达产后预计可实现年销售收入{v10}亿元，带动就业{n7}人。",
    "“十四五”期间，{region}将围绕主导产业，加快建设一批重大项目，推动经济高质量发展。",
    "{month}月，{region}社会消费品零售总额{v11}亿元，同比增长{p5}%，增速位列全省第{n8}位。",
    "记者从{region}经济和信息化局获悉，当地{n9}家企业入选省级专精特新“小巨人”企业名单。",
    "{company}相关负责人表示，将进一步加大研发投入，力争明年产值突破{v12}亿元。",
]
_COMPANIES = [
    "五粮液集团",
    "泸州老窖",
    "东方电气",
    "长虹集团",
    "新希望",
    "通威股份",
    "川投集团",
    "蜀道集团",
    "宜宾天原",
    "攀钢集团",
    "京东方",
    "英特尔",
    "华为",
    "宁德时代",
    "比亚迪",
    "吉利汽车",
]
_PROJECTS = [
    "智能制造产业园",
    "新能源电池项目",
    "数据中心",
    "物流枢纽",
    "现代农业示范园",
    "精细化工基地",
    "文旅综合体",
    "锂电材料项目",
    "光伏组件基地",
    "食品加工园",
    "医药产业园",
    "汽车零部件基地",
]
_SECTORS = ["装备制造", "新能源", "数字经济", "现代物流", "农业", "化工", "文旅", "医药", "汽车", "食品饮料"]
_STATUSES = ["planned", "signed", "started", "under_construction", "in_operation", "completed"]
_QUALIFIERS = ["exact"] * 8 + ["over", "under", "approx"]


def _uid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def sentence_pool(rng: random.Random, regions: list[str], size: int = 20_000) -> list[str]:
    """Realistic sentences with varied regions, companies and figures; bodies are drawn from the pool."""
    return [_sentence(rng, regions) for _ in range(size)]


def body_text(
    rng: random.Random, regions: list[str], length: int = 1500, pool: list[str] | None = None
) -> str:
    parts: list[str] = []
    size = 0
    while size < length:
        sentence = rng.choice(pool) if pool else _sentence(rng, regions)
        parts.append(sentence)
        size += len(sentence)
    return "".join(parts)


def _sentence(rng: random.Random, regions: list[str]) -> str:
    template = rng.choice(_SENTENCES)
    return template.format(
        year=rng.randint(2000, 2025),
        month=rng.randint(1, 12),
        region=rng.choice(regions),
        company=rng.choice(_COMPANIES),
        project=rng.choice(_PROJECTS),
        **{f"v{i}": f"{rng.uniform(1, 9000):.2f}" for i in range(1, 13)},
        **{f"p{i}": f"{rng.uniform(-5, 30):.1f}" for i in range(1, 6)},
        **{f"n{i}": rng.randint(1, 3000) for i in range(1, 10)},
    )


def build(
    path: Path, n_obs: int, n_projects: int, n_sources: int, body_length: int = 1500, log=print
) -> dict[str, float]:
    if path.exists():
        raise SystemExit(f"{path} exists")
    rng = random.Random(SEED)
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    store = Store.open(path, create=True)
    load_gazetteer(store)
    db = store.db
    conn = db.conn
    regions = store.query("SELECT id, name FROM regions WHERE code LIKE '51%' ORDER BY id")
    region_ids = [r["id"] for r in regions]
    region_names = [r["name"] for r in regions]
    # every trigger (search queue, row counts) and index is dropped for the load and re-created from its
    # own SQL afterwards (building an index over stored rows beats a million random index inserts)
    triggers = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
    ).fetchall()
    indexes = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name"
    ).fetchall()
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -400000")
    with db.atomic():
        for name, _sql in triggers:
            db.execute(f'DROP TRIGGER "{name}"')
        for name, _sql in indexes:
            db.execute(f'DROP INDEX "{name}"')

        # indicators: 500, half yearly flows in 亿元, half monthly
        units = ["亿元", "万元", "户", "人", "个", "%", "万吨", "亿千瓦时"]
        indicators = [
            (
                i + 1,
                _uid(rng),
                f"合成指标{i + 1:03d}",
                units[i % len(units)],
                _SECTORS[i % 10],
                "flow" if i % 4 else "stock",
            )
            for i in range(500)
        ]
        conn.executemany(
            "INSERT INTO indicators (id, uid, name, unit, category, measure, created_at, updated_at) "
            f"VALUES (?, ?, ?, ?, ?, ?, '{STAMP}', '{STAMP}')",
            indicators,
        )

        pool = sentence_pool(rng, region_names)

        def sources():
            for i in range(1, n_sources + 1):
                day = f"{2000 + i % 26}-{1 + i % 12:02d}-{1 + i % 28:02d}"
                yield (
                    i,
                    _uid(rng),
                    f"{rng.choice(region_names)}{rng.choice(_PROJECTS)}建设提速（{i}）",
                    "四川经济日报",
                    day,
                    str(1 + i % 8),
                    f"记者 {rng.choice('李王张刘陈杨赵黄周吴')}{rng.choice('洋波华燕春明')}",
                    "四川经济日报讯",
                    body_text(rng, region_names, body_length, pool),
                )

        conn.executemany(
            "INSERT INTO sources (id, uid, title, publication, published_on, page, byline, dateline, "
            f"body, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '{STAMP}', '{STAMP}')",
            sources(),
        )
        timings["sources"] = time.perf_counter() - t0
        log(f"sources: {timings['sources']:.1f}s")

        pairs = [(ind, reg) for ind in range(1, 501) for reg in region_ids]
        per_pair = max(1, -(-n_obs // len(pairs)))

        def observations():
            n = 0
            for ind, reg in pairs:
                monthly = ind % 2 == 0
                for k in range(per_pair):
                    if n >= n_obs:
                        return
                    n += 1
                    if monthly:
                        year, month = 2000 + (k // 12) % 26, 1 + k % 12
                        start, end = f"{year}-{month:02d}-01", f"{year}-{month:02d}-28"
                        kind, label = "month", f"{year}年{month}月"
                    else:
                        year = 2025 - k % 26
                        start, end, kind, label = f"{year}-01-01", f"{year}-12-31", "year", f"{year}年"
                    value = round(rng.uniform(1, 10000), 2)
                    qualifier = rng.choice(_QUALIFIERS)
                    yoy = round(rng.uniform(-10, 30), 1) if n % 3 else None
                    yield (
                        n,
                        _uid(rng),
                        ind,
                        reg,
                        kind,
                        start,
                        end,
                        label,
                        value,
                        f"{value}",
                        qualifier,
                        yoy,
                        1 + n % n_sources,
                        f"{region_names[reg % len(region_names)]}指标{ind}为{value}",
                    )

        conn.executemany(
            "INSERT INTO observations (id, uid, indicator_id, region_id, period_kind, period_start, period_end, "
            "period_label, value, value_text, qualifier, yoy_pct, source_id, quote, created_at, updated_at) "
            f"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '{STAMP}', '{STAMP}')",
            observations(),
        )
        timings["observations"] = time.perf_counter() - t0
        log(f"observations: {timings['observations']:.1f}s")

        orgs = [
            (
                i,
                _uid(rng),
                f"{rng.choice(region_names)}{rng.choice(_COMPANIES)}分公司{i}",
                "enterprise",
                rng.choice(region_ids),
            )
            for i in range(1, 5001)
        ]
        conn.executemany(
            "INSERT INTO organizations (id, uid, name, kind, region_id, created_at, updated_at) "
            f"VALUES (?, ?, ?, ?, ?, '{STAMP}', '{STAMP}')",
            orgs,
        )
        projects, links, events = [], [], []
        for i in range(1, n_projects + 1):
            investment = round(rng.uniform(0.5, 200), 2)
            projects.append(
                (
                    i,
                    _uid(rng),
                    f"{rng.choice(_COMPANIES)}{rng.choice(_PROJECTS)}{i}",
                    rng.choice(region_ids),
                    rng.choice(_SECTORS),
                    rng.choice(_STATUSES),
                    investment,
                    f"{investment}亿元",
                    "exact",
                    rng.randint(10, 3000) * 100.0,
                    rng.randint(6, 48),
                    1 + i % n_sources,
                    f"项目计划总投资{investment}亿元",
                )
            )
            links.append((i, _uid(rng), i, 1 + i % 5000, "investor"))
            events.append(
                (i, _uid(rng), i, "signed", f"{2000 + i % 26}-{1 + i % 12:02d}-15", 1 + i % n_sources)
            )
        conn.executemany(
            "INSERT INTO projects (id, uid, name, region_id, sector, status, investment, investment_text, "
            "investment_qualifier, area_m2, duration_months, source_id, quote, created_at, updated_at) "
            f"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '{STAMP}', '{STAMP}')",
            projects,
        )
        conn.executemany(
            "INSERT INTO project_organizations (id, uid, project_id, organization_id, role, created_at, "
            f"updated_at) VALUES (?, ?, ?, ?, ?, '{STAMP}', '{STAMP}')",
            links,
        )
        conn.executemany(
            "INSERT INTO project_events (id, uid, project_id, kind, occurred_on, source_id, created_at, "
            f"updated_at) VALUES (?, ?, ?, ?, ?, ?, '{STAMP}', '{STAMP}')",
            events,
        )
        for _name, sql in indexes:
            db.execute(sql)
        timings["indexes"] = time.perf_counter() - t0
        log(f"indexes: {timings['indexes']:.1f}s")
        for _name, sql in triggers:
            db.execute(sql)
        db.reset_counts()  # sqlite-utils: the cached row counts from count(*)
        timings["rows"] = time.perf_counter() - t0
        log(f"all rows: {timings['rows']:.1f}s")
        search.rebuild(db, workers=2)
        timings["search index"] = time.perf_counter() - t0
        log(f"search index: {timings['search index']:.1f}s")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("ANALYZE")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    timings["total"] = time.perf_counter() - t0
    log(f"total: {timings['total']:.1f}s, {path.stat().st_size / 1e9:.2f} GB")
    return timings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("path", type=Path)
    parser.add_argument("--observations", type=int, default=1_000_000)
    parser.add_argument("--projects", type=int, default=50_000)
    parser.add_argument("--sources", type=int, default=100_000)
    parser.add_argument("--body-length", type=int, default=1500)
    args = parser.parse_args(argv)
    build(args.path, args.observations, args.projects, args.sources, args.body_length)
    return 0


if __name__ == "__main__":
    sys.exit(main())
