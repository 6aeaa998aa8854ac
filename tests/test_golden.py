"""Golden files: golden/<family>/<case>.in.txt is cleaned and compared with <case>.out.txt.

Expectations are curated by hand. Only `pytest --update-golden` (make golden) rewrites them.
"""
from __future__ import annotations

import difflib
from pathlib import Path

import pytest

import boilerstrip

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
CASES = sorted(GOLDEN.glob("*/*.in.txt"))


def _id(path: Path) -> str:
    return f"{path.parent.name}/{path.name[: -len('.in.txt')]}"


def test_there_are_golden_cases() -> None:
    assert len(CASES) >= 35, f"only {len(CASES)} golden cases under {GOLDEN}"


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_golden(case: Path, update_golden: bool) -> None:
    expected_path = case.with_name(case.name.replace(".in.txt", ".out.txt"))
    source = case.read_text(encoding="utf-8")
    got = boilerstrip.clean(source)
    if update_golden:
        expected_path.write_text(got, encoding="utf-8")
    expected = expected_path.read_text(encoding="utf-8")
    if got != expected:
        explained = boilerstrip.clean_and_explain(source)
        why = "\n".join(f"  L{r.line_number} {r.rule_id}: {r.text[:80]}" for r in explained.removed)
        diff = "".join(difflib.unified_diff(
            expected.splitlines(keepends=True), got.splitlines(keepends=True),
            fromfile=f"{_id(case)} expected", tofile=f"{_id(case)} got"))
        pytest.fail(f"output differs from the golden file:\n{diff}\nremoved lines:\n{why}",
                    pytrace=False)
    assert boilerstrip.clean(got) == got, "cleaning is not idempotent on this case"


LANGUAGE_CASES = sorted((GOLDEN / "languages").glob("*.in.txt"))


@pytest.mark.parametrize("case", LANGUAGE_CASES, ids=_id)
def test_language_cases_report_their_language(case: Path) -> None:
    expected = case.name.split("_", 1)[0]  # languages/<iso>_<what>.in.txt
    got = boilerstrip.clean_and_explain(case.read_text(encoding="utf-8")).language
    assert got == expected, f"{_id(case)}: detected {got!r}, expected {expected!r}"
