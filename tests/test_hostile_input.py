"""Hostile input (issue #7): what the command does with each kind of bad file.

tests/test_cli.py already covers a PNG, a permission error, an empty file, a missing file and
UTF-8-BOM / UTF-16-BOM / cp1252 / Latin-1 French; this file adds the rest.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from boilerstrip.cli import app
from boilerstrip.decode import decode

TEXTS = {
    "fr": ("Le café de la gare a rouvert ses portes après des travaux qui ont duré près de "
           "deux ans, et les habitués étaient nombreux à l'attendre dès l'aube.\n"),
    "de": ("Die Straße wurde am Montag für den Verkehr gesperrt, weil die Brücke über den "
           "Fluss repariert werden muss. Anwohner ärgern sich über die Umwege.\n"),
    "en": ("The council approved the new budget on Monday after a long debate about the "
           "state of the roads and the schools in the northern districts.\n"),
    "ru": ("Городской совет утвердил новый бюджет в понедельник после долгих споров о ремонте "
           "дорог и школ. Жители района ждали этого решения несколько лет.\n"),
    "ja": ("市議会は月曜日、道路と学校の修理をめぐる長い議論の末、新しい予算を承認した。"
           "住民はこの決定を何年も待っていた。\n"),
    "zh": ("市议会周一在就道路和学校维修问题进行长时间辩论后批准了新预算。"
           "居民们等待这个决定已经好几年了。\n"),
}

# (language, how the file is encoded, what the record's "encoding" field must say)
LEGACY = [
    ("fr", "cp1252", "cp1252"),
    ("fr", "latin-1", "cp1252"),   # latin-1 bytes are cp1252 bytes; charset-normalizer ties them
    ("de", "cp1252", "cp1252"),
    ("ru", "koi8-r", "koi8_r"),
    ("ru", "cp1251", "cp1251"),
    ("ja", "shift_jis", "cp932"),  # cp932 is Microsoft's superset of Shift-JIS
    ("zh", "gb18030", "gb18030"),
]
UNICODE = [
    (lang, enc) for lang in ("en", "fr", "ru", "ja")
    for enc in ("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be")
]


def run(args, input=None):
    return CliRunner().invoke(app, args, input=input)


@pytest.mark.parametrize("lang,encoding,reported", LEGACY, ids=[f"{l}-{e}" for l, e, _ in LEGACY])
def test_legacy_encodings_are_detected_and_reported(tmp_path: Path, lang, encoding, reported):
    f = tmp_path / "doc.txt"
    f.write_bytes(TEXTS[lang].encode(encoding))
    res = run(["clean", "--format", "json", str(f)])
    assert res.exit_code == 1, res.output  # decoded from a legacy encoding: written as UTF-8
    record = json.loads(res.stdout)
    assert record["encoding"] == reported
    assert record["text"] == TEXTS[lang]  # not one character lost or changed
    res = run(["clean", "--explain", str(f)])
    assert f"encoding {reported}," in res.stdout.splitlines()[0]


@pytest.mark.parametrize("lang,encoding", UNICODE, ids=[f"{l}-{e}" for l, e in UNICODE])
def test_utf16_and_utf32_with_and_without_bom(lang, encoding):
    """A BOM-less English or Russian UTF-16-LE file is valid 'UTF-8' full of NUL bytes: it
    used to be refused as binary."""
    data = TEXTS[lang].encode(encoding)
    decoded = decode(data, "doc.txt")
    assert decoded.text == TEXTS[lang]
    assert decoded.encoding.replace("_", "-").startswith(encoding[:6])
    assert decoded.bom == (encoding in ("utf-16", "utf-32"))


@pytest.mark.parametrize("data", [
    b"\x00" * 4096,
    b"SQLite format 3\x00" + bytes(200),
    bytes(range(256)) * 16,
    b"text before a NUL\x00 and after it, in an otherwise plain file\n",
], ids=["zeros", "sqlite-header", "all-bytes", "one-nul"])
def test_binary_and_nul_bytes_are_skipped_with_a_message(tmp_path: Path, data: bytes):
    f = tmp_path / "blob.txt"
    f.write_bytes(data)
    ok = tmp_path / "ok.txt"
    ok.write_text(TEXTS["en"])
    res = run(["clean", "--check", str(f), str(ok)])
    assert res.exit_code == 2
    assert "blob.txt" in res.stderr and "binary" in res.stderr and "skipped" in res.stderr
    assert "Traceback" not in res.output
    assert f.read_bytes() == data


def _explain_empty(tmp_path: Path, name: str, text: str) -> str:
    """Clean a file whose output is empty (exit 1, nothing printed); return --explain's output."""
    f = tmp_path / name
    f.write_text(text)
    res = run(["clean", str(f)])
    assert res.exit_code == 1 and res.stdout == ""
    return run(["clean", "--explain", str(f)]).stdout


def test_only_whitespace_gives_empty_output_and_explain_says_so(tmp_path: Path):
    out = _explain_empty(tmp_path, "blank.txt", " \n\t\n\u3000\n\n   ")
    assert "no text (empty or only white space), the output is empty" in out


def test_only_boilerplate_gives_empty_output_and_explain_says_why(tmp_path: Path):
    out = _explain_empty(tmp_path, "widgets.txt", "Share this article\nComments (0)\n- Advertisement -\n")
    head = out.splitlines()[0]
    assert "every line was boilerplate, the output is empty" in head
    assert "share.widget" in out and "comment.prompt" in out


# --- folders: depth, loops, special files --------------------------------------------------

ARTICLE = (Path(__file__).resolve().parents[1] / "examples" / "article.txt").read_text()


@pytest.fixture
def deep_tmp(tmp_path: Path):
    """A folder for trees deeper than shutil.rmtree can remove (it recurses): removed here
    with rm -rf, or pytest's clean-up of old tmp folders would fail on them later."""
    import subprocess

    top = tmp_path / "deep"
    top.mkdir()
    yield top
    subprocess.run(["rm", "-rf", str(top)], check=True, timeout=300)


def test_deeply_nested_folders_are_walked_without_recursion(deep_tmp: Path):
    """os.walk and the configuration search both recursed: 1,200 folders deep ended in a
    RecursionError traceback."""
    top = folder = deep_tmp
    for depth in range(1200):
        folder = folder / "d"
        if depth in (0, 600, 1199):
            folder.mkdir(parents=True)
            (folder / f"a{depth}.txt").write_text(ARTICLE)
    res = run(["clean", "--check", str(top)])
    assert res.exit_code == 1, res.output
    assert [ln.rsplit("/", 1)[-1].split()[0] for ln in res.stdout.splitlines()] == [
        "a0.txt", "a600.txt", "a1199.txt"]


def test_folder_beyond_path_max_is_reported_not_skipped(deep_tmp: Path):
    import os

    top = deep_tmp
    (top / "shallow.txt").write_text(ARTICLE)
    fd = os.open(top, os.O_RDONLY)
    try:  # build below the system's path limit with folder handles, as a crawler might
        for _ in range(2100):
            os.mkdir("dd", dir_fd=fd)
            nfd = os.open("dd", os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = nfd
        out = os.open("lost.txt", os.O_WRONLY | os.O_CREAT, dir_fd=fd)
        os.write(out, ARTICLE.encode())
        os.close(out)
    finally:
        os.close(fd)
    res = run(["clean", "--check", str(top)])
    assert res.exit_code == 2
    assert "shallow.txt" in res.stdout
    assert "folder cannot be read (File name too long); its files were skipped" in res.stderr
    assert "Traceback" not in res.output


def test_symlink_loop_is_not_followed_forever(tmp_path: Path):
    top = tmp_path / "top"
    (top / "sub").mkdir(parents=True)
    (top / "sub" / "a.txt").write_text(ARTICLE)
    (top / "sub" / "loop").symlink_to(top)          # a folder link back up the tree
    (top / "self.txt").symlink_to(top / "self.txt")  # a file link to itself
    res = run(["clean", "--check", str(top)])
    assert res.exit_code == 2, res.output
    assert res.stdout.count("would clean") == 1 and "sub/a.txt" in res.stdout
    assert "self.txt" in res.stderr and "symbolic links" in res.stderr


def test_fifo_in_a_folder_is_skipped_not_read_forever(tmp_path: Path):
    import os

    (tmp_path / "a.txt").write_text(ARTICLE)
    os.mkfifo(tmp_path / "pipe.txt")
    res = run(["clean", "--check", str(tmp_path)])  # reading the fifo would block for ever
    assert res.exit_code == 2
    assert "pipe.txt: not a regular file" in res.stderr and "a.txt" in res.stdout


# --- files that change under the run ------------------------------------------------------

def _vanish_after_discovery(monkeypatch, victim: str, error: OSError):
    from boilerstrip import files

    real = files.read

    def read(path, *a, **kw):
        if path.name == victim:
            raise files.InputError(f"{path}: cannot be read ({error.strerror})", str(path))
        return real(path, *a, **kw)

    monkeypatch.setattr(files, "read", read)


def test_file_deleted_during_the_run(tmp_path: Path, monkeypatch):
    """The file is listed, then deleted before it is read (a real unlink in between)."""
    from boilerstrip import files

    for n in ("a", "b", "c"):
        (tmp_path / f"{n}.txt").write_text(ARTICLE)
    real_discover = files.discover

    def discover(*args, **kw):
        for src in real_discover(*args, **kw):
            yield src
            if getattr(src, "path", None) is not None and src.path.name == "a.txt":
                (tmp_path / "b.txt").unlink()  # b.txt was listed; it goes before it is read

    monkeypatch.setattr(files, "discover", lambda *a, **kw: list(discover(*a, **kw)))
    out = tmp_path / "out"
    res = run(["clean", str(tmp_path), "--glob", "*.txt", "-o", str(out)])
    assert res.exit_code == 2
    assert "b.txt: cannot be read (No such file or directory)" in res.stderr
    assert sorted(p.name for p in out.iterdir()) == ["a.txt", "c.txt"]


def test_file_unreadable_during_the_run(tmp_path: Path, monkeypatch):
    import errno
    import os

    from boilerstrip import files

    for n in ("a", "b"):
        (tmp_path / f"{n}.txt").write_text(ARTICLE)
    victim = tmp_path / "a.txt"
    real_discover = files.discover

    def discover(*args, **kw):  # listed first, then its permissions go (chmod 000)
        found = list(real_discover(*args, **kw))
        victim.chmod(0)
        return found

    monkeypatch.setattr(files, "discover", discover)
    if os.geteuid() == 0:  # root reads through chmod 000: fail the read as it would fail
        real_read_bytes = Path.read_bytes

        def read_bytes(self):
            if self == victim:
                raise PermissionError(errno.EACCES, "Permission denied", str(self))
            return real_read_bytes(self)

        monkeypatch.setattr(Path, "read_bytes", read_bytes)
    try:
        res = run(["clean", "--in-place", str(tmp_path)])
    finally:
        victim.chmod(0o644)
    assert res.exit_code == 2
    assert "a.txt: cannot be read (permission denied)" in res.stderr
    assert victim.read_text() == ARTICLE
    assert (tmp_path / "b.txt").read_text() != ARTICLE  # the other file was cleaned


# --- writing: full disk, read-only output folder, closed or full stdout ----------------------

def _no_space(monkeypatch):
    """The disk fills up on the first write into the new file (ENOSPC), as on a full disk."""
    import contextlib
    import errno

    from boilerstrip import files

    real_writer = files.atomic_writer

    class Full:
        def __init__(self, f):
            self._f = f

        def write(self, data):
            raise OSError(errno.ENOSPC, "No space left on device")

    @contextlib.contextmanager
    def writer(path):
        with real_writer(path) as f:
            yield Full(f)

    monkeypatch.setattr(files, "atomic_writer", writer)


def test_full_disk_in_place_leaves_the_original_byte_identical(tmp_path: Path, monkeypatch):
    f = tmp_path / "a.txt"
    original = ARTICLE.replace("\n", "\r\n").encode("cp1252", errors="replace")
    f.write_bytes(original)
    other = tmp_path / "b.txt"
    other.write_text(ARTICLE)
    _no_space(monkeypatch)
    res = run(["clean", "--in-place", str(f), str(other)])
    assert res.exit_code == 2
    assert f"{f}: cannot write (No space left on device); the original is untouched" in res.stderr
    assert f"{other}: cannot write" in res.stderr  # every file is tried and reported
    assert f.read_bytes() == original and other.read_text() == ARTICLE
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt"]  # no temp files


def test_full_disk_in_output_dir(tmp_path: Path, monkeypatch):
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE)
    out = tmp_path / "out"
    _no_space(monkeypatch)
    res = run(["clean", str(f), "-o", str(out)])
    assert res.exit_code == 2 and "No space left on device" in res.stderr
    assert str(out / "a.txt") in res.stderr
    assert f.read_text() == ARTICLE and list(out.iterdir()) == []


def test_read_only_output_folder(tmp_path: Path, monkeypatch):
    import errno
    import os
    import tempfile

    f = tmp_path / "a.txt"
    f.write_text(ARTICLE)
    out = tmp_path / "out"
    out.mkdir()
    if os.geteuid() == 0:  # root writes through chmod: refuse as a read-only mount would
        def mkstemp(*a, dir=None, **kw):
            raise PermissionError(errno.EROFS, "Read-only file system", str(dir))
        monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
        reason = "Read-only file system"
    else:
        out.chmod(0o555)
        reason = "Permission denied"
    try:
        res = run(["clean", str(f), "-o", str(out)])
    finally:
        out.chmod(0o755)
    assert res.exit_code == 2, res.output
    assert f"{out / 'a.txt'}: cannot write ({reason}); the original is untouched" in res.stderr
    assert f.read_text() == ARTICLE and list(out.iterdir()) == []


def _command() -> str:
    import shutil
    import sys

    exe = shutil.which("boilerstrip", path=str(Path(sys.executable).parent))
    assert exe, "the console script 'boilerstrip' is not installed"
    return exe


def test_stdout_closed_early_ends_quietly(tmp_path: Path):
    import subprocess

    big = tmp_path / "big.txt"
    big.write_text(ARTICLE * 3000)  # far more than a pipe buffer
    proc = subprocess.run(f"'{_command()}' clean '{big}' | head -n 2; echo \"rc=${{PIPESTATUS[0]}}\"",
                          shell=True, executable="/bin/bash", capture_output=True, text=True,
                          timeout=300)
    assert "Traceback" not in proc.stderr and "BrokenPipe" not in proc.stderr, proc.stderr
    assert proc.stderr == ""
    assert proc.stdout.splitlines()[-1] == "rc=1"  # it changed the text: the usual code
    # --check | head -1 used to exit 0, "nothing would change", once head had gone
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(400):
        (folder / f"{n:03}.txt").write_text(ARTICLE)
    proc = subprocess.run(f"'{_command()}' clean --check '{folder}' | head -n 1; "
                          "echo \"rc=${PIPESTATUS[0]}\"", shell=True, executable="/bin/bash",
                          capture_output=True, text=True, timeout=300)
    assert proc.stdout.splitlines()[-1] == "rc=1", proc.stdout
    assert "Traceback" not in proc.stderr


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("args", [["clean"], ["clean", "--explain"], ["clean", "--diff"],
                                  ["clean", "--format", "json"]])
def test_stdout_on_a_full_disk_is_reported(tmp_path: Path, args):
    import subprocess

    f = tmp_path / "a.txt"
    f.write_text(ARTICLE)
    with open("/dev/full", "w") as full:
        proc = subprocess.run([_command(), *args, str(f)], stdout=full, stderr=subprocess.PIPE,
                              text=True, timeout=120)
    assert proc.returncode == 2, proc.stderr
    assert "No space left on device" in proc.stderr and "standard output" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert f.read_text() == ARTICLE


# --- line endings ----------------------------------------------------------------------------

BODY = ("The library reopened on Saturday after a two-year renovation that added a reading "
        "garden and a children's wing, and hundreds of people queued before the doors opened.")


@pytest.mark.parametrize("raw,expected", [
    (f"Share this article\r{BODY}\rComments (0)\r", f"{BODY}\n"),            # old Mac: lone CR
    (f"Share this article\r\n{BODY}\rComments (0)\n", f"{BODY}\r\n"),        # mixed, CRLF kept
    (f"Share this article\r\r\n{BODY}\n\rComments (0)", f"{BODY}\r\n"),       # CR CR LF, LF CR
], ids=["lone-cr", "mixed", "cr-cr-lf"])
def test_lone_and_mixed_cr_line_endings(tmp_path: Path, raw: str, expected: str):
    f = tmp_path / "a.txt"
    f.write_bytes(raw.encode())
    res = run(["clean", "--in-place", str(f)])
    assert res.exit_code == 1, res.output
    assert f.read_bytes() == expected.encode()
    res = run(["clean", "--in-place", str(f)])  # stable: the second run changes nothing
    assert res.exit_code == 0 and f.read_bytes() == expected.encode()
