from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from boilerstrip import __version__
from boilerstrip.cli import app

SEEDS = Path(__file__).resolve().parents[1] / "golden" / "seeds"
DIRTY = (
    "Share this article\n"
    "The library reopened on Saturday after a two-year renovation that added a reading garden "
    "and a children's wing, and hundreds of people queued before the doors opened.\n"
    "Comments (0)\n"
)
CLEAN = ("The library reopened on Saturday after a two-year renovation that added a reading "
         "garden and a children's wing, and hundreds of people queued before the doors opened.\n")


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def invoke(runner: CliRunner, args, input=None):
    return runner.invoke(app, args, input=input)


def test_version(runner) -> None:
    res = invoke(runner, ["--version"])
    assert res.exit_code == 0 and __version__ in res.output


def test_help_has_examples(runner) -> None:
    res = invoke(runner, ["clean", "--help"])
    assert res.exit_code == 0
    assert "--output-dir" in res.output and "Examples" in res.output


def test_stdin_to_stdout(runner) -> None:
    res = invoke(runner, ["clean"], input=DIRTY)
    assert res.exit_code == 1, res.output
    assert res.stdout == CLEAN
    res = invoke(runner, ["clean", "-"], input=CLEAN)
    assert res.exit_code == 0 and res.stdout == CLEAN


def test_file_to_stdout(runner, tmp_path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(DIRTY)
    res = invoke(runner, ["clean", str(f)])
    assert res.exit_code == 1 and res.stdout == CLEAN
    assert f.read_text() == DIRTY  # nothing written


def test_folder_output_dir_mirrors_tree(runner, tmp_path) -> None:
    src = tmp_path / "in"
    (src / "sub" / "deep").mkdir(parents=True)
    (src / "a.txt").write_text(DIRTY)
    (src / "sub" / "b.txt").write_text(CLEAN)
    (src / "sub" / "deep" / "c.txt").write_text(DIRTY)
    (src / "sub" / "ignored.md").write_text(DIRTY)
    out = tmp_path / "out"
    res = invoke(runner, ["clean", str(src), "--output-dir", str(out)])
    assert res.exit_code == 1, res.output
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert written == ["a.txt", "sub/b.txt", "sub/deep/c.txt"]
    assert all((out / w).read_text() == CLEAN for w in written)
    res = invoke(runner, ["clean", str(src), "--glob", "*.md", "--output-dir", str(tmp_path / "md")])
    assert (tmp_path / "md" / "sub" / "ignored.md").read_text() == CLEAN


def test_check_writes_nothing_and_sets_exit_code(runner, tmp_path) -> None:
    dirty, clean = tmp_path / "dirty.txt", tmp_path / "clean.txt"
    dirty.write_text(DIRTY)
    clean.write_text(CLEAN)
    res = invoke(runner, ["clean", "--check", str(dirty), str(clean)])
    assert res.exit_code == 1
    assert "dirty.txt" in res.stdout and "clean.txt" not in res.stdout
    assert dirty.read_text() == DIRTY
    res = invoke(runner, ["clean", "--check", str(clean)])
    assert res.exit_code == 0


def test_diff(runner, tmp_path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(DIRTY)
    res = invoke(runner, ["clean", "--diff", str(f)])
    assert res.exit_code == 1
    assert "-Share this article" in res.stdout and "-Comments (0)" in res.stdout
    assert f.read_text() == DIRTY


def test_in_place(runner, tmp_path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(DIRTY)
    os.chmod(f, 0o640)
    res = invoke(runner, ["clean", "--in-place", str(f)])
    assert res.exit_code == 1
    assert f.read_text() == CLEAN
    assert (f.stat().st_mode & 0o777) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]  # no temporary file left
    mtime = f.stat().st_mtime_ns
    res = invoke(runner, ["clean", "--in-place", str(f)])
    assert res.exit_code == 0 and f.stat().st_mtime_ns == mtime  # unchanged: not rewritten


def test_explain_names_rule_ids(runner) -> None:
    res = invoke(runner, ["clean", "--explain"], input=DIRTY)
    assert "share.widget" in res.stdout and "comment.prompt" in res.stdout
    assert "language en" in res.stdout


def test_several_files_to_stdout_is_a_usage_error(runner, tmp_path) -> None:
    for n in "ab":
        (tmp_path / f"{n}.txt").write_text(DIRTY)
    res = invoke(runner, ["clean", str(tmp_path)])
    assert res.exit_code == 2 and "--output-dir" in res.output


def test_encodings_are_detected_and_written_as_utf8(runner, tmp_path) -> None:
    text = ("Le café de la gare a rouvert ses portes après des travaux qui ont duré près de deux "
            "ans, et les habitués étaient nombreux à l'attendre dès l'aube devant l'entrée.\n")
    cases = {
        "u8bom.txt": b"\xef\xbb\xbf" + text.encode("utf-8"),
        "u16.txt": text.encode("utf-16"),
        "cp1252.txt": ("“" + text.strip() + "” – déjà vu.\n").encode("cp1252"),
        "latin1.txt": text.encode("latin-1"),
    }
    for name, data in cases.items():
        (tmp_path / "in").mkdir(exist_ok=True)
        (tmp_path / "in" / name).write_bytes(data)
    res = invoke(runner, ["clean", str(tmp_path / "in"), "--output-dir", str(tmp_path / "out")])
    assert res.exit_code in (0, 1), res.output
    for name in cases:
        out = (tmp_path / "out" / name).read_bytes()
        assert not out.startswith(b"\xef\xbb\xbf")
        decoded = out.decode("utf-8")
        assert "café de la gare" in decoded, (name, decoded)
    assert "“" in (tmp_path / "out" / "cp1252.txt").read_text(encoding="utf-8")


def test_bad_inputs_are_reported_and_others_processed(runner, tmp_path, monkeypatch) -> None:
    good = tmp_path / "good.txt"
    good.write_text(DIRTY)
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00" + bytes(range(256)))
    unreadable = tmp_path / "secret.txt"
    unreadable.write_text(DIRTY)
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    missing = tmp_path / "missing.txt"
    real_read_bytes = Path.read_bytes

    def fake_read_bytes(self: Path) -> bytes:
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied")
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", fake_read_bytes)
    out = tmp_path / "out"
    res = invoke(runner, ["clean", str(good), str(binary), str(unreadable), str(empty),
                          str(missing), "--output-dir", str(out)])
    assert res.exit_code == 2
    err = res.stderr
    assert "image.txt" in err and "binary" in err
    assert "secret.txt" in err and "permission denied" in err
    assert "missing.txt" in err and "no such file" in err
    assert "Traceback" not in res.output + err
    assert (out / "good.txt").read_text() == CLEAN
    assert (out / "empty.txt").read_text() == ""


def test_in_place_and_output_dir_conflict(runner, tmp_path) -> None:
    res = invoke(runner, ["clean", "--in-place", "--output-dir", str(tmp_path), str(tmp_path)])
    assert res.exit_code == 2


def test_installed_command_runs(tmp_path) -> None:
    exe = shutil.which("boilerstrip", path=str(Path(sys.executable).parent)) or shutil.which("boilerstrip")
    assert exe, "the console script 'boilerstrip' is not installed"
    f = tmp_path / "a.txt"
    f.write_text(DIRTY)
    proc = subprocess.run([exe, "clean", str(f)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1, proc.stderr
    assert proc.stdout == CLEAN
    proc = subprocess.run([sys.executable, "-m", "boilerstrip", "clean", "--check", str(f)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1 and "a.txt" in proc.stdout
    proc = subprocess.run([exe, "clean", str(tmp_path / "nope.txt")], capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 2 and "nope.txt" in proc.stderr and "Traceback" not in proc.stderr


PAGE = """<!DOCTYPE html>
<html><head><title>Harbour crane collapses during storm</title></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Harbour crane collapses during storm</h1>
<p>A container crane at the northern harbour collapsed on Sunday night as gusts of more than
120 kilometres an hour swept the coast, the port authority said on Monday morning.</p>
<p>Share this story</p>
<p>Nobody was working on the quay at the time, and the authority said the damage to ships
berthed nearby was limited to scratched paint and a broken railing on one of them.</p>
<p>Engineers will inspect the remaining cranes before operations resume on Wednesday, and the
port expects the first container ships to be unloaded again by the end of the week.</p>
</article><footer>&copy; 2024 Example Port News. All rights reserved.</footer></body></html>
"""


def test_html_page_is_extracted_then_cleaned(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    res = CliRunner().invoke(app, ["clean", str(page)])
    assert "collapsed on Sunday night" in res.output and "<p>" not in res.output
    assert "Share this story" not in res.output and "All rights reserved" not in res.output
    # the same page on stdin, detected from its content
    res = CliRunner().invoke(app, ["clean"], input=PAGE)
    assert "collapsed on Sunday night" in res.output and "<p>" not in res.output
    # --input text forces the markup to be treated as text
    res = CliRunner().invoke(app, ["clean", "--input", "text", str(page)])
    assert "<p>" in res.output


def test_html_output_dir_renames_and_in_place_writes_a_text_twin(tmp_path: Path) -> None:
    src = tmp_path / "src"
    (src / "site").mkdir(parents=True)
    (src / "site" / "page.html").write_text(PAGE, encoding="utf-8")
    (src / "site" / "old.htm").write_text(PAGE, encoding="utf-8")
    (src / "note.txt").write_text("A short note that stays as it is.\n", encoding="utf-8")
    out = tmp_path / "out"
    res = CliRunner().invoke(app, ["clean", str(src), "--output-dir", str(out)])
    assert res.exit_code in (0, 1), res.output
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*")
                  if p.is_file()) == ["note.txt", "site/old.txt", "site/page.txt"]
    page = src / "site" / "page.html"
    assert CliRunner().invoke(app, ["clean", "--in-place", str(page)]).exit_code == 1
    twin = src / "site" / "page.txt"
    assert twin.read_text(encoding="utf-8") == (out / "site" / "page.txt").read_text(
        encoding="utf-8")
    assert page.read_text(encoding="utf-8") == PAGE  # the page itself is never rewritten
    assert CliRunner().invoke(app, ["clean", "--in-place", str(page), str(twin)]).exit_code == 0
    assert CliRunner().invoke(app, ["clean", "--check", str(page)]).exit_code == 0
    twin.unlink()
    res = CliRunner().invoke(app, ["clean", "--check", str(page)])
    assert res.exit_code == 1 and "would write" in res.output and not twin.exists()
