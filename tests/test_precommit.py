"""The real tools: `pre-commit try-repo` against this checkout, and a SIGKILL mid-run.

pre-commit builds the hook's own virtualenv (pip install of this checkout), so the first test
here takes a minute or two; PRE_COMMIT_HOME is shared by the tests of one session.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import boilerstrip

ROOT = Path(__file__).resolve().parents[1]
PRE_COMMIT = shutil.which("pre-commit", path=str(Path(sys.executable).parent)) or shutil.which(
    "pre-commit")

DIRTY = (
    "Library extends opening hours during exams\n"
    "Share this article\n"
    "The university library will stay open until midnight during the exam period, starting on "
    "the first Monday of June, the head librarian announced on Tuesday.\n"
    "Extra study desks have been placed in the foyer and in two seminar rooms on the ground "
    "floor, and the cafe will sell coffee until eleven in the evening.\n"
    "Follow us on Twitter and Facebook\n"
)
FIXED = DIRTY.replace("Share this article\n", "").replace("Follow us on Twitter and Facebook\n", "")

pytestmark = pytest.mark.skipif(PRE_COMMIT is None, reason="pre-commit is a test dependency: "
                                "pip install -e '.[test]'")


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


@pytest.fixture(scope="session")
def pc_home(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("pre-commit-home")


def _try(repo: Path, home: Path, hook: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "PRE_COMMIT_COLOR": "never"}
    return subprocess.run([PRE_COMMIT, "try-repo", str(ROOT), hook, "--all-files", "--color",
                           "never"], cwd=repo, env=env, capture_output=True, text=True,
                          timeout=900)


def test_manifest_validates() -> None:
    res = subprocess.run([PRE_COMMIT, "validate-manifest", str(ROOT / ".pre-commit-hooks.yaml")],
                         capture_output=True, text=True)
    assert res.returncode == 0, res.stdout + res.stderr


def test_hooks_in_a_scratch_repository(tmp_path: Path, pc_home: Path) -> None:
    repo = tmp_path / "corpus"
    repo.mkdir()
    _git(repo, "init", "-q")
    _git(repo, "config", "user.email", "test@example.org")
    _git(repo, "config", "user.name", "test")
    (repo / "boilerstrip.toml").write_text(
        'exclude = ["raw/*"]\n\n[[keep]]\nid = "keep.house_motto"\n'
        'pattern = "^follow us on twitter and facebook$"\n', encoding="utf-8")
    (repo / "news").mkdir()
    (repo / "raw").mkdir()
    dirty = repo / "news" / "dirty.txt"
    clean = repo / "news" / "clean.txt"
    excluded = repo / "raw" / "page.txt"
    code = repo / "script.py"
    dirty.write_text(DIRTY, encoding="utf-8")
    clean.write_text(FIXED, encoding="utf-8")
    excluded.write_text(DIRTY, encoding="utf-8")
    code.write_text("# Share this article\nprint('Follow us')\n", encoding="utf-8")
    page = repo / "news" / "page.html"
    page.write_text("<!DOCTYPE html><html><body><article><h1>Library extends opening hours"
                    "</h1>" + "".join(f"<p>{ln}</p>" for ln in DIRTY.splitlines()[1:])
                    + "</article></body></html>", encoding="utf-8")
    _git(repo, "add", "-A")
    past = time.time() - 3600
    os.utime(clean, (past, past))

    first = _try(repo, pc_home, "boilerstrip")
    assert first.returncode == 1, first.stdout + first.stderr
    assert "files were modified by this hook" in first.stdout
    # fixed, with the keep rule protecting the house motto
    assert dirty.read_text(encoding="utf-8") == DIRTY.replace("Share this article\n", "")
    assert clean.stat().st_mtime == pytest.approx(past, abs=1)  # already clean: untouched
    assert excluded.read_text(encoding="utf-8") == DIRTY  # excluded by configuration
    assert code.read_text(encoding="utf-8").startswith("# Share this article")  # not text
    twin = repo / "news" / "page.txt"  # HTML: the page stays, its cleaned text lands beside it
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert "until midnight" in twin.read_text(encoding="utf-8")
    assert "Share this article" not in twin.read_text(encoding="utf-8")

    _git(repo, "add", "-A")
    second = _try(repo, pc_home, "boilerstrip")
    assert second.returncode == 0, second.stdout + second.stderr  # idempotent

    (repo / "news" / "new.txt").write_text(DIRTY, encoding="utf-8")
    _git(repo, "add", "-A")
    check = _try(repo, pc_home, "boilerstrip-check")
    assert check.returncode == 1, check.stdout + check.stderr
    assert "share.widget" in check.stdout and "Share this article" in check.stdout
    assert (repo / "news" / "new.txt").read_text(encoding="utf-8") == DIRTY  # wrote nothing


def test_sigkill_during_in_place_run_loses_nothing(tmp_path: Path) -> None:
    exe = shutil.which("boilerstrip", path=str(Path(sys.executable).parent))
    assert exe, "the boilerstrip command is not installed next to this Python"
    body = "\n".join(
        f"Paragraph {i}: the council met again on Monday to discuss the budget for the "
        f"harbour, the schools and the new bus lines, and members argued until late." if i % 7
        else "Share this article" for i in range(600)) + "\n"
    originals = {}
    for n in range(120):
        text = f"Council meeting report number {n}\n" + body
        path = tmp_path / f"doc{n:03}.txt"
        path.write_text(text, encoding="utf-8")
        originals[path] = text
    cleaned = {p: boilerstrip.clean(t) for p, t in originals.items()}
    proc = subprocess.Popen([exe, "clean", "--in-place", "--quiet", str(tmp_path)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:  # kill once some, but not all, files are rewritten
        done = sum(1 for p in originals if p.read_text(encoding="utf-8") != originals[p])
        if done >= 3 or proc.poll() is not None:
            break
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    states = {"old": 0, "new": 0}
    for path, old in originals.items():
        now = path.read_text(encoding="utf-8")
        assert now in (old, cleaned[path]), f"{path.name} holds neither its old nor its new text"
        states["old" if now == old else "new"] += 1
    assert states["new"] >= 1 and states["old"] >= 1, states  # the kill really came mid-run
