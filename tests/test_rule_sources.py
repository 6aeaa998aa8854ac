"""No rule's example or counterexample copies a page: the brief forbids rules that copy a
sentence from the seeds or the benchmark's dev slice, and an example written while reading a
misjudged line tends to follow it word for word. A run of eight words shared with any seed
or dev-slice text counts as a copy."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from boilerstrip import catalogue

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"
RUN = 8
# Wording fixed by a regulation, which every page that prints it shares word for word.
FIXED_WORDING = {"*These statements have not been evaluated by the Food and Drug Administration.",
                 "These statements have not been evaluated by the U.S. Food and Drug Administration, "
                 "the label says, and that is true."}


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _page_runs() -> set[tuple[str, ...]]:
    files = [*SHARED.glob("seeds/*.txt"), *SHARED.glob("bench-dev/t1/*.txt"),
             *SHARED.glob("bench-dev/t2/*.txt")]
    runs: set[tuple[str, ...]] = set()
    for path in files:
        words = _words(path.read_text(encoding="utf-8", errors="replace"))
        runs.update(tuple(words[i:i + RUN]) for i in range(len(words) - RUN + 1))
    return runs


@pytest.mark.skipif(not (SHARED / "bench-dev" / "t1").is_dir(),
                    reason="the benchmark's dev slice is not next to the repository")
def test_no_rule_text_copies_a_page() -> None:
    runs = _page_runs()
    copies = []
    for source in catalogue.available():
        for rule in catalogue.load(source):
            for text in (*rule.examples, *rule.counterexamples):
                if text in FIXED_WORDING:
                    continue
                words = _words(text)
                if any(tuple(words[i:i + RUN]) in runs for i in range(len(words) - RUN + 1)):
                    copies.append(f"{source}:{rule.id}: {text!r}")
    assert not copies, "rule texts that follow a page for eight words:\n" + "\n".join(copies)
