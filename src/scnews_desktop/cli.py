"""Console entry ``scnews``: init, check, backup (import/export/merge/extract arrive with their issues).

Expected problems print one Chinese line on stderr and exit non-zero; nothing is written on bad input.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from . import __version__
from .domain.errors import ValidationError
from .storage.database import RECORD_TABLES, Store
from .storage.errors import StorageError

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class CliError(Exception):
    """An expected problem: its message is printed as one line."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"scnews: 参数错误：{message}", file=sys.stderr)
        raise SystemExit(EXIT_ERROR)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="scnews", description="经济新闻事实库的命令行工具")
    parser.add_argument("--version", action="version", version=f"scnews {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    p = sub.add_parser("init", help="新建数据库（含行政区划与默认数据）")
    p.add_argument("path", type=Path)
    p.add_argument("--empty", action="store_true", help="只含行政区划，不含默认数据")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("check", help="检查数据库的完整性与数据规则")
    p.add_argument("--db", type=Path, required=True)
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("backup", help="备份数据库（运行中也可安全备份）")
    p.add_argument("--db", type=Path, required=True)
    p.add_argument("-o", "--output", type=Path, help="备份文件路径（默认在数据库旁）")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("stats", help="列出各表的记录数")
    p.add_argument("--db", type=Path, required=True)
    p.set_defaults(func=cmd_stats)
    return parser


def init_database(path: Path, *, empty: bool = False) -> dict[str, int]:
    """Build the database next to ``path`` and move it into place only when complete."""
    from .storage.default_data import create_database

    if path.exists():
        raise CliError(f"“{path}”已存在，为避免覆盖未作任何修改")
    if not path.parent.exists():
        raise CliError(f"文件夹“{path.parent}”不存在")
    part = path.with_name(path.name + ".part")
    for leftover in (part, Path(f"{part}-wal"), Path(f"{part}-shm")):
        leftover.unlink(missing_ok=True)
    try:
        store = create_database(part, empty=empty)
        try:
            counts = {t: int(store.scalar(f"SELECT count(*) FROM {t}")) for t in RECORD_TABLES}
            store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            store.close()
        os.replace(part, path)
    except OSError as exc:
        raise CliError(f"无法写入“{path}”：{exc.strerror}") from None
    finally:
        for leftover in (part, Path(f"{part}-wal"), Path(f"{part}-shm")):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
    return counts


def cmd_init(args: argparse.Namespace) -> int:
    counts = init_database(args.path, empty=args.empty)
    summary = "，".join(f"{t} {n}" for t, n in counts.items())
    print(f"已创建 {args.path}：{summary}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from .storage.checks import run_checks

    with Store.open(args.db, readonly=True) as store:
        findings = run_checks(store)
    if not findings:
        print(f"检查通过：{args.db} 没有发现问题")
        return EXIT_OK
    for finding in findings:
        print(f"[{finding.kind}] {finding.message}")
    print(f"共发现 {len(findings)} 个问题")
    return EXIT_FINDINGS


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


def cmd_stats(args: argparse.Namespace) -> int:
    with Store.open(args.db, readonly=True) as store:
        for table in RECORD_TABLES:
            print(f"{table}\t{store.scalar(f'SELECT count(*) FROM {table}')}")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except (CliError, StorageError, ValidationError) as exc:
        message = getattr(exc, "message", None) or str(exc)
        print(f"scnews: {message}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("scnews: 已取消", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
