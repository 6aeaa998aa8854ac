"""Bounded cost (issue #7): time grows linearly with input size, no regular expression
backtracks catastrophically, and memory for one document is a small multiple of its size.

Ratios and per-search budgets, never absolute timings of a whole run: speed itself is
measured by `make bench`.
"""
from __future__ import annotations

import json
import pathlib
import subprocess
import sys
import time
import tracemalloc

import boilerstrip

ROOT = pathlib.Path(__file__).resolve().parents[1]
GOLDEN = sorted((ROOT / "golden").glob("*/*.in.txt"))

# A document built to exercise every stage at once: widgets, runs under headings, duplicated
# titles, templated links, bios, reader comments, unsure blocks, CJK, decorated lines.
ADVERSARIAL_UNIT = """Riverside library reopens after two-year renovation
Share this article
Riverside library reopens after two-year renovation
By JANE MILLER [jane.miller@example.com]
The Riverside public library reopened on Saturday after a two-year renovation that added a reading garden.
Related articles
Town council approves new cycling lanes
Average cost of rent in Springfield today
Average cost of rent in Shelbyville today
Average cost of rent in Capital City today
Average cost of rent in Ogdenville today
Jane Miller
Jane Miller is a staff writer who covers local government.
Home
News
Sport
Weather
- Related: the old lighthouse lamp
市议会周一在就道路和学校维修问题进行长时间辩论后批准了新预算。
a(b(c(d(e(f(g(h
Thanks for sharing, this was really helpful!
Great post, Anna. I loved the part about the garden.
Comments (0)
"""


def test_time_grows_linearly_with_copies_of_an_adversarial_document(clean_seconds):
    # numbered so that lines are not all memoised repeats of each other
    def doc(copies: int) -> str:
        return "".join(ADVERSARIAL_UNIT.replace("\n", f" {n}\n", 3) for n in range(copies))

    boilerstrip.clean(doc(5))  # warm up: rule catalogues, language profiles
    small, big = clean_seconds(doc(150)), clean_seconds(doc(600))
    assert big / small < 8, (small, big)  # linear is 4, quadratic 16


def test_time_grows_linearly_with_the_golden_inputs_concatenated(clean_seconds):
    corpus = "\n".join(p.read_text(encoding="utf-8") for p in GOLDEN)
    small, big = clean_seconds(corpus), clean_seconds(corpus * 4)
    assert big / small < 8, (small, big)


def test_time_grows_linearly_with_the_length_of_one_line(clean_seconds):
    unit = "The council said (f(x) & g) — “yes”… [1] a(b(c "
    line = unit * 2000
    small, big = clean_seconds(line), clean_seconds(line * 4)
    assert big / small < 8, (small, big)


# --- regular expressions -----------------------------------------------------------------

SCAN = r'''
import importlib, json, re, sys, time
from boilerstrip import catalogue

BUDGET, SIZE = float(sys.argv[1]), int(sys.argv[2])
patterns = []
# Bundled rules see normalised lines (white space folded) of at most max_chars characters
# in the pipeline; here they get 20 kB adversarial lines anyway, normalised as they would be.
for src in catalogue.available():
    for r in catalogue.load(src):
        patterns.append((f"rule {src}:{r.id}", r.regex, True))
# Module-level patterns run on lines of any length; metadata and context ones on normalised
# lines (and metadata only on removed byline and date lines, see MAX_CHARS below).
for mod in ("features", "catalogue", "context", "repair", "language", "pipeline", "metadata"):
    m = importlib.import_module("boilerstrip." + mod)
    for name, value in sorted(vars(m).items()):
        if isinstance(value, re.Pattern):
            patterns.append((f"{mod}.{name}", value, mod in ("metadata", "context")))


def units(pattern):
    """Runs of the characters a pattern repeats, pairs of them, and a few classics."""
    chars = sorted({c for c in pattern if c.isprintable()} | set("a A1.é字(-"))
    yield from chars
    for c in chars:
        yield c + " "
        yield c + "a"
    yield from ("a(b ", "(a)", "-- ", "http://", "@a.", "12:30 ", "1,0", "a\n")


MAX_CHARS = max(r.max_chars or 200 for s in catalogue.available() for r in catalogue.load(s))
report = {"searches": 0, "slow": []}
for name, rx, normalised in patterns:
    # metadata reads only lines that a byline or date rule removed: at most MAX_CHARS long
    size = min(SIZE, MAX_CHARS) if name.startswith("metadata.") else SIZE
    for unit in units(rx.pattern):
        text = (unit * (size // len(unit) + 1))[:size]
        if normalised:
            text = catalogue.normalise(text)
        print(name, repr(unit), file=sys.stderr, flush=True)  # the culprit, on a hang
        took = float("inf")
        for _ in range(3):  # over budget once may be the machine; three times is the pattern
            start = time.perf_counter()
            rx.search(text)
            took = min(took, time.perf_counter() - start)
            if took <= BUDGET:
                break
        report["searches"] += 1
        if took > BUDGET:
            report["slow"].append([name, unit, round(took, 3)])
print(json.dumps(report))
'''


def test_no_regular_expression_backtracks_catastrophically_on_20_kb_lines():
    """Every bundled rule and every module-level pattern, on 20 kB lines of the characters it
    repeats: each search must stay within 20 ms (measured: every one under 5 ms; the old
    quadratic code-line pattern took 56 ms here, and minutes on a 1 MB line). A child
    process with a timeout, so that a catastrophic pattern fails the test instead of hanging
    it; the last line on its stderr names the culprit."""
    proc = subprocess.run([sys.executable, "-c", SCAN, "0.02", "20000"], capture_output=True,
                          text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr[-2000:]
    report = json.loads(proc.stdout)
    assert report["searches"] > 5_000
    assert report["slow"] == []


# --- memory --------------------------------------------------------------------------------

def _peak_ratio(text: str) -> float:
    boilerstrip.clean(text[:1000])  # catalogues and caches loaded outside the measurement
    tracemalloc.start()
    try:
        boilerstrip.clean_and_explain(text)
        return tracemalloc.get_traced_memory()[1] / len(text.encode("utf-8"))
    finally:
        tracemalloc.stop()


def test_memory_for_a_10_mb_line_is_a_small_multiple_of_its_size():
    """Measured 13x (the text, its normalised and rendered copies, a few passes); splitting
    every word of the line used to take several times more."""
    sentence = "The council approved the new budget on Monday after a long debate. "
    text = (sentence * (10_000_000 // len(sentence) + 1))[:10_000_000]
    assert _peak_ratio(text) < 20


def test_memory_for_a_document_of_many_distinct_lines():
    """2 MB of distinct lines: per-line features, verdicts and memo tables. Measured ~18x."""
    lines = [ln for p in GOLDEN for ln in p.read_text(encoding="utf-8").split("\n")]
    out, size, n = [], 0, 0
    while size < 2_000_000:
        ln = lines[n % len(lines)]
        ln = f"{ln} {n}" if ln.strip() else ln
        out.append(ln)
        size += len(ln) + 1
        n += 1
    assert _peak_ratio("\n".join(out)) < 30
