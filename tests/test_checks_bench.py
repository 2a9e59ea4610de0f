"""The seeded-error bench of the checks, as a pass/fail test: its targets (no error and at most 2 %
warned on clean data; at least 95 % of the seeded errors found by their own rule; at least 5 of each
kind), and docs/checks.md printing the table the bench gives and every rule of RULES."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import checks_seeded  # noqa: E402

from scnews_desktop.domain.check_rules import RULES  # noqa: E402


def test_the_seeded_bench_meets_its_targets_and_the_docs_print_its_table():
    result = checks_seeded.run()
    assert checks_seeded.shortfalls(result) == []
    assert result["rules"] <= set(RULES)  # each kind is meant for a rule that exists
    page = (ROOT / "docs" / "checks.md").read_text(encoding="utf-8")
    printed = [line for line in page.splitlines() if line.startswith("|")]
    start = printed.index(result["table"][0])
    assert printed[start : start + len(result["table"])] == result["table"]
    for rule in result["rules"]:
        assert f"`{rule}`" in page


def test_the_shortfalls_name_a_missed_target():
    result = {
        "clean_errors": 1,
        "clean_warned": 0.05,
        "found_by_own_rule": 0.9,
        "per_kind": {"unit slip": (3, 3, 3)},
    }
    missed = checks_seeded.shortfalls(result)
    assert len(missed) == 4 and any("unit slip" in line for line in missed)
