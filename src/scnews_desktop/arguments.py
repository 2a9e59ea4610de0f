"""Command lines in Chinese: argparse's own words (usage, options, its error messages) are English, and
both ``scnews`` and ``scnews-desktop`` speak to Chinese editors. A parser class, its help layout, and
argparse's error messages read into Chinese by their templates (each kept whole when it is not one)."""

from __future__ import annotations

import argparse
import re
import sys
from typing import NoReturn

#: argparse's error messages (Lib/argparse.py, as ``_()`` formats them) and what they say in Chinese.
_ERRORS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.S), chinese)
    for pattern, chinese in (
        (r"^argument (?P<arg>.+?): (?P<rest>.+)$", "参数 {arg}：{rest}"),
        (r"^the following arguments are required: (?P<args>.+)$", "缺少必需的参数：{args}"),
        (r"^one of the arguments (?P<args>.+) is required$", "须给出以下参数之一：{args}"),
        (r"^unrecognized arguments: (?P<args>.+)$", "无法识别的参数：{args}"),
        (
            r"^invalid choice: (?P<value>.+) \(choose from (?P<choices>.+)\)$",
            "无效的选择 {value}（可选：{choices}）",
        ),
        (r"^invalid (?P<type>\w+) value: (?P<value>.+)$", "无效的值 {value}"),
        (r"^expected one argument$", "需要一个值"),
        (r"^expected at least one argument$", "至少需要一个值"),
        (r"^expected at most one argument$", "至多一个值"),
        (r"^expected (?P<n>\d+) arguments?$", "需要 {n} 个值"),
        (r"^not allowed with argument (?P<other>.+)$", "不能与参数 {other} 同时使用"),
        (r"^ignored explicit argument (?P<value>.+)$", "多余的值 {value}"),
        (
            r"^ambiguous option: (?P<option>.+) could match (?P<matches>.+)$",
            "选项 {option} 不明确，可能是：{matches}",
        ),
        (r"^can't open '(?P<file>.+?)': \[Errno 2\] .*$", "无法打开“{file}”：文件不存在"),
        (r"^can't open '(?P<file>.+?)': \[Errno 13\] .*$", "无法打开“{file}”：没有权限"),
        (r"^can't open '(?P<file>.+?)': (?P<why>.+)$", "无法打开“{file}”：{why}"),
    )
)


def chinese_error(message: str) -> str:
    """argparse's error message in Chinese (an unknown one as it is)."""
    for pattern, chinese in _ERRORS:
        m = pattern.match(message)
        if m:
            parts = {k: chinese_error(v) if k == "rest" else v for k, v in m.groupdict().items()}
            return chinese.format(**parts)
    return message


class ChineseHelp(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        super().add_usage(usage, actions, groups, prefix="用法：" if prefix is None else prefix)


class ChineseParser(argparse.ArgumentParser):
    """argparse in Chinese: 用法, 位置参数, 选项, -h's help and the error messages."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", ChineseHelp)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = "位置参数"
        self._optionals.title = "选项"
        self.add_argument("-h", "--help", action="help", help="显示此帮助并退出")

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        print(f"{self.prog}：参数错误：{chinese_error(message)}", file=sys.stderr)
        raise SystemExit(2)
