"""Big inputs (issue #7) through the installed command: they finish, and nothing is lost.

Generated on the fly in a tmp folder. Timings on the 2-core CI box (measured once, not
asserted: speed is measured by `make bench`): 100 MB without a newline ~15 s,
1,000,000 lines ~30 s, ten 1 MB lines ~2 s.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SENTENCE = ("The council approved the new budget on Monday after a long debate about the roads "
            "and the schools of the northern districts. ")
#: generous: a run that needs this long is a pathology to profile, not a slow machine
TIMEOUT = 600


def command() -> str:
    exe = shutil.which("boilerstrip", path=str(Path(sys.executable).parent))
    assert exe, "the console script 'boilerstrip' is not installed"
    return exe


def clean(path: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([command(), "clean", *args, str(path)], capture_output=True,
                          timeout=TIMEOUT)


@pytest.mark.slow
def test_100_mb_without_a_newline(tmp_path: Path):
    """Used to be quadratic in the code-line feature on some lines (see test_regressions);
    this text runs every per-line feature over one 100 MB line."""
    size = 100 * 1024 * 1024
    f = tmp_path / "one-line.txt"
    unit = SENTENCE + "f(x) & Co. "  # a call, an ampersand (the repair stage looks at it)
    with open(f, "w", encoding="utf-8") as out:
        block = unit * (1024 * 1024 // len(unit))
        written = 0
        while written < size:
            out.write(block[: size - written])
            written += len(block[: size - written])
    proc = clean(f)
    assert proc.returncode in (0, 1), proc.stderr
    assert proc.stderr == b""
    expected = f.read_bytes().rstrip() + b"\n"  # one long line of prose: kept, as it was
    assert proc.stdout == expected


@pytest.mark.slow
def test_a_million_lines(tmp_path: Path):
    """1,000,000 lines made of the golden inputs' lines (so the rules have work to do)."""
    lines = [ln for p in sorted((ROOT / "golden").glob("*/*.in.txt"))
             for ln in p.read_text(encoding="utf-8").split("\n")]
    f = tmp_path / "million.txt"
    f.write_text("\n".join(lines[i % len(lines)] for i in range(1_000_000)) + "\n",
                 encoding="utf-8")
    proc = clean(f, "--format", "json")
    assert proc.returncode == 1, proc.stderr[-2000:]
    import json

    record = json.loads(proc.stdout)
    kept = [ln for ln in record["text"].split("\n") if ln]
    assert len(kept) + len(record["removed"]) <= 1_000_000
    assert len(kept) > 1000 and len(record["removed"]) > 1000
    # every kept line is an input line, in order
    source = iter(ln.rstrip() for ln in f.read_text(encoding="utf-8").split("\n"))
    assert all(any(k == s for s in source) for k in kept)


@pytest.mark.slow
def test_lines_of_one_megabyte(tmp_path: Path):
    prose = [f"Part {n}: " + (SENTENCE * (1_000_000 // len(SENTENCE) + 1))[:1_000_000].rstrip()
             for n in range(4)]
    hostile = "a(" * 500_000  # took minutes: a quadratic regular expression (test_regressions)
    f = tmp_path / "wide.txt"
    f.write_text("\n".join(["Share this article", prose[0], hostile, prose[1], "- Advertisement -",
                            prose[2], hostile + " ", prose[3], "Comments (0)"]) + "\n")
    proc = clean(f, "--explain")
    assert proc.returncode == 1, proc.stderr
    assert b"share.widget" in proc.stdout and b"ad.marker" in proc.stdout
    assert b"comment.prompt" in proc.stdout
    proc = clean(f)
    out = proc.stdout.decode().split("\n")
    assert [ln for ln in out if ln.startswith("Part ")] == prose
