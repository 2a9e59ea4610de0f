"""Console entry ``scnews``: init, check, backup, restore, import, export, merge, extract, verify, stats.

Expected problems print one Chinese line on stderr and exit non-zero; nothing is written on bad input.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import threading
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from . import __version__
from .arguments import ChineseParser
from .domain.errors import ValidationError
from .storage.database import RECORD_TABLES, Store
from .storage.default_data import init_database
from .storage.errors import StorageError

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class CliError(Exception):
    """An expected problem: its message is printed as one line."""


def build_parser() -> argparse.ArgumentParser:
    parser = ChineseParser(prog="scnews", description="经济新闻事实库的命令行工具")
    parser.add_argument(
        "--version", action="version", version=f"scnews {__version__}", help="显示版本号并退出"
    )
    sub = parser.add_subparsers(
        dest="command",
        required=True,
        parser_class=ChineseParser,
        title="命令",
        metavar="命令",
        help="要执行的命令（scnews 命令 -h 查看其用法）",
    )

    p = sub.add_parser("init", help="新建数据库（含行政区划与默认数据）")
    p.add_argument("path", type=Path, help="新数据库文件的路径（已存在时不覆盖）")
    p.add_argument("--empty", action="store_true", help="只含行政区划，不含默认数据")
    p.add_argument("--from-hub", metavar="URL", help="从集线库（PostgreSQL 地址）新建工作副本")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("hub", help="团队集线库（PostgreSQL）")
    p.add_argument("action", choices=["init"], help="init：在此 PostgreSQL 数据库中建立集线库的表和角色")
    p.add_argument("url", help="PostgreSQL 地址，如 postgresql://编辑@服务器/scnews（密码放在 ~/.pgpass）")
    p.set_defaults(func=cmd_hub)

    p = sub.add_parser("sync", help="与集线库同步：上传本机的修改，下载同事的修改，列出冲突")
    p.add_argument("--db", type=Path, required=True, help="数据库文件（工作副本）")
    p.add_argument("--hub", required=True, metavar="URL", help="集线库的 PostgreSQL 地址")
    p.add_argument("--editor", help="记入修改记录的编辑姓名（默认取设置中的姓名或系统用户名）")
    p.set_defaults(func=cmd_sync)

    p = sub.add_parser("check", help="按核对规则检查数据库（有未处理的错误时退出码为 1）")
    p.add_argument("--db", type=Path, required=True, help="数据库文件")
    p.add_argument("--json", action="store_true", help="输出 JSON 数组（rule, severity, message, records）")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("backup", help="备份数据库（运行中也可安全备份）")
    p.add_argument("--db", type=Path, required=True, help="数据库文件")
    p.add_argument("-o", "--output", type=Path, help="备份文件路径（默认在数据库旁）")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help="用备份恢复数据库（原文件及其日志移到一旁保存）")
    p.add_argument("backup", type=Path, help="备份文件")
    p.add_argument("--db", type=Path, required=True, help="要恢复的数据库")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("import", help="导入 CSV/XLSX 数据（先检查，全部有效才写入）")
    p.add_argument("file", type=Path, help="CSV 或 XLSX 文件")
    p.add_argument("--db", type=Path, required=True, help="数据库文件")
    p.add_argument("--dry-run", action="store_true", help="只检查并报告，不写入")
    p.add_argument("--create-missing", action="store_true", help="新建文件中出现而库中没有的指标和来源")
    p.add_argument("--skip-invalid", action="store_true", help="有问题的行跳过，其余导入")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", help="导出数据为 CSV/XLSX/JSON")
    p.add_argument("--db", type=Path, required=True, help="数据库文件")
    p.add_argument(
        "--table",
        default="observations",
        choices=["observations", "projects", "sources", "indicators", "regions", "organizations"],
        help="要导出的表（默认 observations：指标数据）",
    )
    p.add_argument("--format", default="csv", choices=["csv", "xlsx", "json"], help="文件格式（默认 csv）")
    p.add_argument(
        "--encoding",
        default="utf-8-sig",
        choices=["utf-8-sig", "utf-8", "gb18030"],
        help="CSV 的编码（默认 utf-8-sig，Excel 可直接打开）",
    )
    p.add_argument("-o", "--output", type=Path, required=True, help="输出文件")
    p.add_argument("--overwrite", action="store_true", help="输出文件已存在时替换它（否则拒绝）")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("merge", help="合并同事的数据库（按 uid）")
    p.add_argument("other", type=Path, help="同事的数据库文件")
    p.add_argument("--db", type=Path, required=True, help="数据库文件")
    p.add_argument(
        "--prefer", choices=["newer", "ours"], default="newer", help="冲突时采用较新的修改或本机版本"
    )
    p.add_argument("--dry-run", action="store_true", help="只报告将合并的内容，不写入")
    p.set_defaults(func=cmd_merge)

    p = sub.add_parser("extract", help="从文章文本中提取候选事实")
    p.add_argument("file", type=Path, help="文章文本文件（UTF-8 或 GB18030）")
    p.add_argument("--date", help="发表日期 YYYY-MM-DD（用于推算“今年”“去年”等）")
    p.add_argument("--db", type=Path, help="用此数据库的地区（含园区）；默认只用行政区划")
    p.add_argument("--json", action="store_true", help="输出 JSON 数组")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser(
        "verify", help="核对稿件：稿件中的每个数字与库中已记录的事实比对（有不符时退出码为 1）"
    )
    p.add_argument("file", type=Path, help="稿件文本文件")
    p.add_argument("--db", type=Path, required=True, help="数据库文件")
    p.add_argument("--date", help="稿件日期 YYYY-MM-DD（用于推算“今年”“去年”等；默认取稿件开头的日期或今天）")
    p.add_argument(
        "--json",
        action="store_true",
        help="输出 JSON 数组（start, end, text, status, indicator, region, period_label, value, unit, records）",
    )
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("stats", help="列出各表的记录数")
    p.add_argument("--db", type=Path, required=True, help="数据库文件")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("catalogue", help="列出指标目录（内置与本编辑部的扩展文件），检查扩展文件")
    p.add_argument(
        "--file", type=Path, help="编辑部的扩展目录文件（CSV，列同内置目录）；默认为数据文件夹中的"
    )
    p.set_defaults(func=cmd_catalogue)
    return parser


def cmd_hub(args: argparse.Namespace) -> int:
    from .storage.sync import init_hub, safe_url

    hub_id = init_hub(args.url)
    print(f"集线库已就绪：{safe_url(args.url)}（编号 {hub_id}）")
    return EXIT_OK


def _hub_sync(store: Store, url: str, fresh: bool = False) -> Any:
    """A sync that Ctrl+C ends at once, even while the hub does not answer (``storage.hub_watch``: the
    connection is shut, not a cancel request sent that a stopped hub never reads)."""
    import signal

    from .storage.hub_watch import HubWatch
    from .storage.sync import SyncCancelled, sync

    watch = HubWatch(url)
    here = threading.current_thread() is threading.main_thread()

    def interrupted(*_: object) -> None:
        watch.cancel()
        if not watch.connected:  # (still connecting: psycopg ends that on KeyboardInterrupt)
            raise KeyboardInterrupt

    previous = signal.signal(signal.SIGINT, interrupted) if here else None
    try:
        return sync(store, url, fresh=fresh, watch=watch)
    except SyncCancelled:
        raise KeyboardInterrupt from None  # (said as every cancelled command says it)
    finally:
        if here:
            signal.signal(signal.SIGINT, previous)


def cmd_sync(args: argparse.Namespace) -> int:
    if not args.db.exists():
        raise CliError(f"找不到数据库文件“{args.db}”")
    with Store.open(args.db, editor=args.editor or _editor_name()) as store:
        report = _hub_sync(store, args.hub)
    for line in report.lines():
        print(line)
    return EXIT_OK


def _editor_name() -> str:
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # (no user name in this environment)
        return "命令行"


def cmd_init(args: argparse.Namespace) -> int:
    if args.from_hub:
        init_database(args.path, empty=True)
        try:
            with Store.open(args.path, editor=_editor_name()) as store:
                report = _hub_sync(store, args.from_hub, fresh=True)
        except BaseException:
            for leftover in (
                args.path,
                args.path.with_name(args.path.name + "-wal"),
                args.path.with_name(args.path.name + "-shm"),
            ):
                leftover.unlink(missing_ok=True)  # nothing half-made is left behind
            raise
        print(f"已从集线库新建工作副本 {args.path}：下载 {report.total_pulled:,} 条记录")
        return EXIT_OK
    counts = init_database(args.path, empty=args.empty)
    summary = "，".join(f"{t} {n}" for t, n in counts.items())
    print(f"已创建 {args.path}：{summary}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    import json

    from .domain.check_rules import RULES
    from .storage.checks import open_errors, run_checks

    with Store.open(args.db, readonly=True) as store:
        findings = run_checks(store)
    unresolved = open_errors(findings)
    if args.json:
        print(json.dumps([f.as_json() for f in findings], ensure_ascii=False, indent=1))
        return EXIT_FINDINGS if unresolved else EXIT_OK
    if not findings:
        print(f"检查通过：{args.db} 没有发现问题")
        return EXIT_OK
    for severity, label in (("error", "错误"), ("warning", "警告")):
        for finding in (f for f in findings if f.severity == severity):
            status = f"（已接受：{finding.accepted.get('reason')}）" if finding.accepted else ""
            print(f"[{label}·{RULES[finding.rule].title}] {finding.message}{status}")
    errors = sum(1 for f in findings if f.severity == "error")
    print(
        f"共 {len(findings)} 条：错误 {errors} 条（未处理 {len(unresolved)} 条），警告 {len(findings) - errors} 条"
    )
    return EXIT_FINDINGS if unresolved else EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    output = args.output
    if output is None:
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        output = args.db.with_name(f"{args.db.stem}.backup-{stamp}.db")
    if output.exists():
        raise CliError(f"“{output}”已存在，未覆盖")
    with Store.open(args.db, readonly=True) as store:
        store.backup_to(output)
    print(f"已备份到 {output}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from .storage.database import restore_backup

    if not args.backup.exists():
        raise CliError(f"找不到备份文件“{args.backup}”")
    aside = restore_backup(args.backup, args.db)
    print(f"已用 {args.backup} 恢复 {args.db}")
    if aside is not None:
        print(f"原来的文件（连同日志）已移到 {aside}")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from .storage.exchange import TableFile, check_file, import_file

    if not args.file.exists():
        raise CliError(f"找不到文件“{args.file}”")
    table = TableFile(args.file)
    with Store.open(args.db, readonly=args.dry_run, editor="命令行导入") as store:
        plan = check_file(store, table, create_missing=args.create_missing)
        print(
            f"{args.file}（{table.encoding}）：{plan.total:,} 行，有效 {plan.valid:,} 行，"
            f"重复 {len(plan.duplicates):,} 行，问题 {len(plan.problems):,} 个"
        )
        if plan.new_indicators:
            print("将新建指标：" + "、".join(f"{n}（{u}）" for n, u in plan.new_indicators))
        if plan.new_sources:
            print("将新建来源：" + "、".join(t for t, _d in list(plan.new_sources)[:50]))
        if plan.new_zones:
            print("将新建园区/片区：" + "、".join(plan.new_zones))
        for line in plan.report():
            print(line)
        if args.dry_run:
            print("检查完毕（--dry-run），未写入任何数据")
            return EXIT_FINDINGS if plan.problems else EXIT_OK
        if any("一并新建" in p for p in plan.report()):
            print("提示：加 --create-missing 一并新建库中还没有的指标、来源和园区", file=sys.stderr)
        if plan.problems and not args.skip_invalid:
            print("有问题，未写入任何数据（修正后重试，或用 --skip-invalid 只导入有效行）", file=sys.stderr)
            return EXIT_FINDINGS
        written = import_file(store, table, plan, skip_invalid=args.skip_invalid)
    print(f"已导入 {written:,} 行")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from .storage.exchange import export_stream, write_export

    if args.output.is_file() and not args.overwrite:
        raise CliError(f"“{args.output}”已存在：如要替换，请加 --overwrite")
    with Store.open(args.db, readonly=True) as store:
        fields, rows = export_stream(store, args.table)
        n = write_export(args.output, fields, rows, args.format, args.encoding)
    print(f"已导出 {n:,} 行到 {args.output}")
    return EXIT_OK


def cmd_merge(args: argparse.Namespace) -> int:
    from .storage.merge import merge

    with Store.open(args.db, editor="合并") as store:
        report = merge(store, args.other, prefer=args.prefer, dry_run=args.dry_run)
    for line in report.lines():
        print(line)
    if args.dry_run:
        print("试运行（--dry-run），未写入任何数据")
    return EXIT_OK


def _read_text(path: Path) -> str:
    from .domain.text_files import decode_text

    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CliError(f"无法读取“{path}”：{exc.strerror}") from None
    return decode_text(raw)[0]


def _date_argument(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CliError(f"日期“{text}”应为 YYYY-MM-DD") from None


def cmd_verify(args: argparse.Namespace) -> int:

    from .domain.extraction.head import source_details
    from .storage.verify import CONFLICT, STATUSES, describe, verify_blocks

    text = _read_text(args.file)
    published = _date_argument(args.date)
    if published is None:
        head = source_details(text).get("published_on")
        published = date.fromisoformat(head) if head else date.today()
    names = {"match": "相符", "conflict": "不符", "new": "未记录", "unread": "无法核对"}
    counts = dict.fromkeys(STATUSES, 0)
    with Store.open(args.db, readonly=True) as store, _JsonList(args.json) as listing:
        for figures in verify_blocks(store, text, published):  # (written out a block at a time)
            for f in figures:
                counts[f.status] += 1
                if args.json:
                    listing.write(f.as_json())
                    continue
                print(f"{names[f.status]}\t{describe(f)}")
                for note in f.notes:
                    print(f"\t· {note}")
    if not args.json:
        print(
            f"共 {sum(counts.values())} 个数字：相符 {counts['match']}，不符 {counts['conflict']}，"
            f"未记录 {counts['new']}，无法核对 {counts['unread']}（稿件日期 {published.isoformat()}）"
        )
    return EXIT_FINDINGS if counts[CONFLICT] else EXIT_OK


class _JsonList:
    """A JSON array written an item at a time (as ``json.dumps(items, indent=1)`` would write it), so
    that a long listing is never held whole; nothing is written unless ``on``."""

    def __init__(self, on: bool) -> None:
        self.on, self.count = on, 0

    def __enter__(self) -> _JsonList:
        return self

    def write(self, item: Any) -> None:
        import json

        body = json.dumps(item, ensure_ascii=False, indent=1).replace("\n", "\n ")
        sys.stdout.write(("[\n " if not self.count else ",\n ") + body)
        self.count += 1

    def __exit__(self, kind: object, *_rest: object) -> None:
        if self.on and kind is None:
            print("\n]" if self.count else "[]")


def cmd_extract(args: argparse.Namespace) -> int:

    from .domain.extraction import extract_blocks
    from .domain.regions import standalone_gazetteer
    from .storage.default_data import default_zones
    from .storage.resolver import resolver_of

    text = _read_text(args.file)
    published = _date_argument(args.date)
    from .domain import proposals, rulebook

    store = Store.open(args.db, readonly=True) if args.db else None
    try:
        gazetteer = resolver_of(store).gazetteer if store else standalone_gazetteer(default_zones())

        def indicator_of(phrase: str | None) -> rulebook.IndicatorInfo | None:
            found = resolver_of(store).indicator(phrase) if store else None
            return found or proposals.vocabulary_indicator(phrase)

        with _JsonList(args.json) as listing:
            for block in extract_blocks(text, published, gazetteer):  # (written out a block at a time)
                for c in block:
                    item = proposals.as_json(c, indicator_of(c.indicator), published)
                    if args.json:
                        listing.write(item)
                        continue
                    print(
                        f"{item['start']}-{item['end']}\t{item['kind']}\t{item['text']}\t"
                        f"{item.get('indicator') or item.get('name') or ''}\t{item.get('region') or ''}\t"
                        f"{item.get('period_label') or ''}"
                    )
    finally:
        if store is not None:
            store.close()
    return EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
    with Store.open(args.db, readonly=True) as store:
        for table in RECORD_TABLES:
            print(f"{table}\t{store.scalar(f'SELECT count(*) FROM {table}')}")
    return EXIT_OK


def cmd_catalogue(args: argparse.Namespace) -> int:
    """The catalogue by category, and the rows of the newsroom's file that were left out (exit 1)."""
    from .domain import vocabulary

    if args.file is not None:
        if not args.file.is_file():
            raise CliError(f"找不到目录文件“{args.file}”")
        os.environ["SCNEWS_CATALOGUE"] = str(args.file)
        vocabulary.catalogue.cache_clear()
    catalogue = vocabulary.catalogue()
    counts: dict[str, int] = {}
    for entry in catalogue.entries:
        counts[entry.category] = counts.get(entry.category, 0) + 1
    for category, count in counts.items():
        print(f"{category}\t{count}")
    extension = os.environ.get("SCNEWS_CATALOGUE")
    where = f"{extension}{'' if Path(extension).is_file() else '（尚无此文件）'}" if extension else "无"
    print(f"共 {len(catalogue.entries)} 个指标；本编辑部的扩展文件：{where}")
    for problem in catalogue.problems:
        print(problem, file=sys.stderr)
    return EXIT_FINDINGS if catalogue.problems else EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    _default_catalogue()
    try:
        return int(args.func(args))
    except (CliError, StorageError, ValidationError) as exc:
        message = getattr(exc, "message", None) or str(exc)
        print(f"scnews: {message}", file=sys.stderr)
        return EXIT_ERROR
    except sqlite3.Error as exc:  # a page damaged inside the file, found while reading it: one line
        from .storage.database import translate_sqlite_error

        where = getattr(args, "db", None)
        problem = translate_sqlite_error(exc, where)
        hint = "：请用 scnews restore 从备份恢复" if "损坏" in problem.message else ""
        print(f"scnews: {problem.message}{hint}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:  # output piped into `head` and closed early (an OSError: caught first)
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the flush at exit
        return EXIT_OK
    except OSError as exc:  # a folder that cannot be written, a file that vanished: one line
        where = f"“{exc.filename}”：" if getattr(exc, "filename", None) else ""
        print(f"scnews: 文件操作失败：{where}{exc.strerror or exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print(
            "scnews: 已取消（未写入任何修改）" if args.func is cmd_sync else "scnews: 已取消", file=sys.stderr
        )
        return 130


def _default_catalogue() -> None:
    """The newsroom's catalogue file is the one in the app's data folder unless the environment says."""
    from .app import catalogue_path

    os.environ.setdefault("SCNEWS_CATALOGUE", str(catalogue_path()))


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
