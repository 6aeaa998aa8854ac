"""Properties on arbitrary text: no crash, idempotence, output lines come from the input."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import boilerstrip
from boilerstrip import repair
from boilerstrip.pipeline import split_lines

WORDS = ["Share", "post:", "Related", "articles", "the", "council", "said", "on", "Monday",
         "Comments", "(0)", "Advertisement", "-", "By", "JOHN", "SMITH", "Read", "more", "der",
         "und", "la", "le", "댓글", "広告", "©", "2024", "." , "It", "was", "a", "long", "day",
         "for", "everyone", "in", "town", "because", "of", "rain"]
line = st.lists(st.sampled_from(WORDS), min_size=0, max_size=30).map(" ".join)
documents = st.one_of(
    st.lists(line, min_size=0, max_size=25).map("\n".join),
    st.text(max_size=400),
)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(documents)
def test_no_crash_and_idempotent(text: str) -> None:
    once = boilerstrip.clean(text)
    assert boilerstrip.clean(once) == once


@SETTINGS
@given(documents)
def test_output_lines_are_a_subsequence_of_repaired_input(text: str) -> None:
    out = boilerstrip.clean(text)
    source = [ln for ln in split_lines(repair.repair(text)) if ln.strip()]
    it = iter(source)
    for ln in (x for x in out.split("\n") if x.strip()):
        assert any(ln == s for s in it), f"output line not in input order: {ln!r}"


@SETTINGS
@given(st.text(max_size=300))
def test_deterministic(text: str) -> None:
    assert boilerstrip.clean(text) == boilerstrip.clean(text)


def test_idempotent_on_the_bundled_sample_and_seeds() -> None:
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    for path in [root / "examples" / "article.txt", *sorted((root / "golden").glob("*/*.in.txt"))]:
        once = boilerstrip.clean(path.read_text(encoding="utf-8"))
        assert boilerstrip.clean(once) == once, path
