"""Fuzzing (issue #7): hypothesis properties and a mutation fuzzer over the golden inputs.

`make test` runs a few examples of each (BOILERSTRIP_FUZZ_EXAMPLES, default 60);
`make fuzz` runs 10,000 per property and 10,000 mutants. Properties: no crash,
idempotence (clean(clean(x)) == clean(x)), output lines are a subsequence of the repaired
input's lines, and determinism (the same text, fresh caches, the same output and verdicts).
A crasher found here becomes a plain test in tests/test_regressions.py.
"""
from __future__ import annotations

import os
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import boilerstrip
from boilerstrip import firstchar, pipeline, repair
from boilerstrip.decode import decode
from boilerstrip.errors import BinaryInputError, InputError

pytestmark = pytest.mark.fuzz

EXAMPLES = int(os.environ.get("BOILERSTRIP_FUZZ_EXAMPLES", "60"))
ROOT = Path(__file__).resolve().parents[2]
GOLDEN = sorted((ROOT / "golden").glob("**/*.in.txt"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, database=None,
                    suppress_health_check=list(HealthCheck))

# --- inputs ------------------------------------------------------------------------------

_LINES = [ln for p in GOLDEN for ln in p.read_text(encoding="utf-8").split("\n")]
_WORDS = sorted({w for ln in _LINES for w in ln.split()})[:4000]
HOSTILE_CHARS = "\x00\r\n\t\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\ufeff\ufffd\u200b\u00a0&;<>()[]…»"

golden_line = st.sampled_from(_LINES)
word_line = st.lists(st.sampled_from(_WORDS), max_size=25).map(" ".join)
hostile_line = st.text(alphabet=st.one_of(st.sampled_from(HOSTILE_CHARS),
                                          st.characters(blacklist_categories=("Cs",))),
                       max_size=80)
line = st.one_of(golden_line, golden_line, word_line, hostile_line)
sep = st.sampled_from(["\n", "\n", "\n", "\r\n", "\r", "\n\n"])


@st.composite
def documents(draw) -> str:
    lines = draw(st.lists(line, max_size=40))
    out = []
    for ln in lines:
        out.append(ln)
        out.append(draw(sep))
    return "".join(out)


def is_subsequence(out: str, text: str) -> bool:
    source = iter(ln for ln in pipeline.split_lines(repair.repair(text)) if ln.strip())
    return all(any(o == s for s in source) for o in out.split("\n") if o.strip())


def check(text: str) -> str:
    """No crash, idempotent, a subsequence: the three properties every input must keep."""
    once = boilerstrip.clean(text)
    assert boilerstrip.clean(once) == once, "not idempotent"
    assert is_subsequence(once, text), "an output line is not an input line, in order"
    return once


# --- hypothesis properties ---------------------------------------------------------------

@SETTINGS
@given(documents())
def test_no_crash(text: str) -> None:
    boilerstrip.clean_and_explain(text)


@SETTINGS
@given(documents())
def test_idempotent(text: str) -> None:
    once = boilerstrip.clean(text)
    assert boilerstrip.clean(once) == once


@SETTINGS
@given(documents())
def test_output_is_a_subsequence_of_the_repaired_input(text: str) -> None:
    assert is_subsequence(boilerstrip.clean(text), text)


@SETTINGS
@given(documents())
def test_deterministic_with_fresh_caches(text: str) -> None:
    first = boilerstrip.clean_and_explain(text)
    firstchar.sieve.cache_clear()  # the per-rule-tuple sieve, rebuilt from scratch
    second = boilerstrip.clean_and_explain(text)
    assert (first.text, first.language, first.removed) == (second.text, second.language,
                                                           second.removed)


# --- mutation fuzzer over the golden inputs ------------------------------------------------

def _mutate(rng: random.Random, text: str) -> str | bytes:
    lines = text.split("\n")
    for _ in range(rng.randint(1, 4)):
        op = rng.choice(["delete", "duplicate", "swap", "unicode", "truncate", "nul", "cr",
                         "encoding", "join", "splice"])
        k = rng.randrange(len(lines)) if lines else 0
        if op == "delete" and lines:
            del lines[k]
        elif op == "duplicate" and lines:
            lines.insert(k, lines[k])
        elif op == "swap" and len(lines) > 1:
            j = rng.randrange(len(lines))
            lines[k], lines[j] = lines[j], lines[k]
        elif op == "unicode" and lines:
            pos = rng.randint(0, len(lines[k]))
            junk = "".join(chr(rng.choice([rng.randint(1, 0x7f), rng.randint(0x80, 0x2fff),
                                           rng.randint(0x3000, 0xd7ff),
                                           rng.randint(0xe000, 0x10ffff)]))
                           for _ in range(rng.randint(1, 8)))
            lines[k] = lines[k][:pos] + junk + lines[k][pos:]
        elif op == "truncate":
            joined = "\n".join(lines)
            lines = joined[: rng.randint(0, len(joined))].split("\n")
        elif op == "nul" and lines:
            lines[k] = lines[k][: len(lines[k]) // 2] + "\x00" + lines[k][len(lines[k]) // 2:]
        elif op == "cr" and lines:
            lines[k] = lines[k] + rng.choice(["\r", "\r\r", " \r x"])
        elif op == "join" and len(lines) > 1:
            lines[k: k + 2] = [" ".join(lines[k: k + 2])]
        elif op == "splice":
            lines[k:k] = rng.sample(_LINES, rng.randint(1, 5))
        elif op == "encoding":  # the bytes of another encoding, read back through detection
            enc = rng.choice(["cp1252", "latin-1", "utf-16", "utf-16-le", "utf-32-be",
                              "koi8-r", "shift_jis", "gb18030", "utf-8-sig"])
            return "\n".join(lines).encode(enc, errors="replace")
    return "\n".join(lines)


def _mutants(count: int, seed: int):
    rng = random.Random(seed)
    sources = [p.read_text(encoding="utf-8") for p in GOLDEN]
    for n in range(count):
        yield n, _mutate(rng, rng.choice(sources))


def test_mutation_fuzzer_over_golden_inputs() -> None:
    seed = int(os.environ.get("BOILERSTRIP_FUZZ_SEED", "7"))
    failures = []
    skipped = 0
    for n, mutant in _mutants(EXAMPLES, seed):
        if isinstance(mutant, bytes):
            try:
                mutant = decode(mutant, f"mutant-{n}").text
            except BinaryInputError:
                skipped += 1  # refused as binary with a message: the documented outcome
                continue
            except InputError:
                skipped += 1
                continue
        try:
            check(mutant)
        except Exception as exc:  # collect them all, report the first few
            failures.append((n, repr(exc)[:200], mutant[:300]))
    print(f"mutation fuzzer: {EXAMPLES} mutants (seed {seed}), {skipped} refused as binary, "
          f"{len(failures)} failing")
    assert not failures, failures[:5]
