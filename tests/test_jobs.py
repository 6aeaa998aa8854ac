"""``clean --jobs N``: the parallel path prints and writes exactly what ``--jobs 1`` does.

The command runs as the installed console script in a subprocess, as users run it (worker
processes, real stdout/stderr). Speed is measured in benchmarks/speed.py, not here.
"""
from __future__ import annotations

import concurrent.futures
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from boilerstrip import parallel
from boilerstrip.config import Config
from boilerstrip.perfile import Job, Options

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "golden"
EXE = shutil.which("boilerstrip", path=str(Path(sys.executable).parent)) or "boilerstrip"
DIRTY = (
    "Share this article\n"
    "The library reopened on Saturday after a two-year renovation that added a reading garden "
    "and a children's wing, and hundreds of people queued before the doors opened.\n"
    "Comments (0)\n"
)


def make_corpus(root: Path) -> Path:
    """A folder of more than 30 files: some change, some are already clean, and the awkward
    ones (binary, cp1252, empty, CRLF, BOM, HTML, a subfolder) are spread among them."""
    root.mkdir(parents=True)
    cases = sorted(GOLDEN.glob("*/*.in.txt"))
    assert len(cases) >= 30
    for i, case in enumerate(cases[:24]):  # these change
        (root / f"{i:02d}-{case.name}").write_bytes(case.read_bytes())
    for i, case in enumerate(cases[24:36]):  # already clean: the expected outputs
        out = case.with_name(case.name.replace(".in.txt", ".out.txt"))
        (root / f"{i:02d}-clean-{out.name}").write_bytes(out.read_bytes())
    (root / "05-binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (root / "07-cp1252.txt").write_bytes(
        DIRTY.replace("library", "caf\u00e9 \u201clibrary\u201d").encode("cp1252"))
    (root / "09-empty.txt").write_bytes(b"")
    (root / "11-crlf.txt").write_bytes(DIRTY.replace("\n", "\r\n").encode("utf-8"))
    (root / "13-bom.txt").write_bytes(b"\xef\xbb\xbf" + DIRTY.encode("utf-8"))
    (root / "15-page.html").write_text(
        "<!doctype html><html><head><title>Reading garden opens</title></head><body>"
        "<nav>Home | News</nav><article><p>" + DIRTY.splitlines()[1] + "</p>"
        "<p>Share this article</p></article></body></html>", encoding="utf-8")
    sub = root / "sub"
    sub.mkdir()
    for i, case in enumerate(cases[36:44]):
        (sub / case.name).write_bytes(case.read_bytes())
    return root


def run(args, env=None, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([EXE, "clean", *map(str, args)], capture_output=True, timeout=300,
                          env=env, cwd=cwd)


def tree(root: Path) -> dict:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file()}


def same_run(a: subprocess.CompletedProcess, b: subprocess.CompletedProcess) -> None:
    assert (a.returncode, a.stderr.decode(), a.stdout.decode()) == \
        (b.returncode, b.stderr.decode(), b.stdout.decode())


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return make_corpus(tmp_path_factory.mktemp("jobs") / "corpus")


def test_output_dir_same_files_and_messages(corpus, tmp_path) -> None:
    serial = run([corpus, "--output-dir", tmp_path / "o1", "--jobs", "1"])
    para = run([corpus, "--output-dir", tmp_path / "o2", "--jobs", "2"])
    same_run(serial, para)
    assert serial.returncode == 2  # the binary file
    assert b"05-binary.txt" in serial.stderr and b"Traceback" not in serial.stderr
    out = tree(tmp_path / "o1")
    assert out == tree(tmp_path / "o2")
    assert len(out) > 30 and out["09-empty.txt"] == b"" and "15-page.txt" in out
    assert "caf\u00e9 \u201clibrary\u201d" in out["07-cp1252.txt"].decode("utf-8")


def test_in_place_same_files_and_messages(corpus, tmp_path) -> None:
    a, b = tmp_path / "run-one", tmp_path / "run-two"
    shutil.copytree(corpus, a)
    shutil.copytree(corpus, b)
    # the paths differ only in the folder name: run both from their parent with relative paths
    serial = run(["run-one", "--in-place", "--jobs", "1"], cwd=tmp_path)
    para = run(["run-two", "--in-place", "--jobs", "2"], cwd=tmp_path)
    assert serial.returncode == para.returncode == 2
    assert serial.stdout == para.stdout
    assert serial.stderr.replace(b"run-one/", b"run-two/") == para.stderr
    assert tree(a) == tree(b)
    assert tree(a) != tree(corpus)  # something was cleaned
    assert (a / "15-page.txt").exists()  # the HTML page's text twin


@pytest.mark.parametrize("flags", [
    ["--check"], ["--diff"], ["--explain"], ["--check", "--diff"], ["--check", "--explain"],
    ["--format", "jsonl"],
], ids=lambda f: " ".join(f))
def test_listings_same(corpus, flags) -> None:
    serial = run([corpus, *flags, "--jobs", "1"])
    para = run([corpus, *flags, "--jobs", "2"])
    same_run(serial, para)
    assert serial.stdout  # there is a listing to compare


def test_same_output_whatever_the_hash_seed(corpus, tmp_path) -> None:
    results = []
    for seed in ("1", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        out = tmp_path / f"o{seed}"
        proc = run([corpus, "--output-dir", out, "--jobs", "2"], env=env)
        diff = run([corpus, "--diff", "--jobs", "2"], env=env)
        results.append((proc.returncode, proc.stderr, diff.stdout, tree(out)))
    assert results[0] == results[1]


BUGGY_SITE = '''
import os
if os.environ.get("BOILERSTRIP_TEST_BUG"):
    import boilerstrip.pipeline as pipeline
    _run = pipeline.run

    def run(text, config):
        if "TRIGGER-BUG" in text:
            raise RuntimeError("boom")
        return _run(text, config)

    pipeline.run = run
'''


def test_internal_error_in_a_worker_is_reported_like_serial(corpus, tmp_path) -> None:
    """A bug while cleaning one file: the same message naming it, exit 123, and the files
    before it written, in both modes. (sitecustomize patches the pipeline in every process,
    worker processes included, whatever the start method.)"""
    src = tmp_path / "in"
    shutil.copytree(corpus, src)
    (src / "12-buggy.txt").write_text("TRIGGER-BUG\n" + DIRTY, encoding="utf-8")
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(BUGGY_SITE, encoding="utf-8")
    env = dict(os.environ, BOILERSTRIP_TEST_BUG="1",
               PYTHONPATH=os.pathsep.join([str(site), os.environ.get("PYTHONPATH", "")]))
    serial = run([src, "--output-dir", tmp_path / "o1", "--jobs", "1"], env=env)
    para = run([src, "--output-dir", tmp_path / "o2", "--jobs", "2"], env=env)
    same_run(serial, para)
    assert serial.returncode == 123
    assert b"internal error while cleaning" in serial.stderr and b"12-buggy.txt" in serial.stderr
    assert b"Traceback" not in serial.stderr
    assert tree(tmp_path / "o1") == tree(tmp_path / "o2")
    assert "13-bom.txt" not in tree(tmp_path / "o1")  # the run stopped at the bug


def test_an_output_that_is_another_input_is_read_in_order(corpus, tmp_path) -> None:
    """--in-place writes an HTML page's text to its twin NAME.txt, which is also an input,
    listed right after the page: it must be read after that write, as the serial run does.
    (Read ahead by a worker, it would still hold its old text.)"""
    results = []
    for jobs in ("1", "2"):
        src = tmp_path / f"in{jobs}"
        shutil.copytree(corpus, src)
        (src / "15-page.txt").write_text("Follow us on Twitter\n" + DIRTY, encoding="utf-8")
        proc = run([".", "--in-place", "--jobs", jobs], cwd=src)
        results.append((proc.returncode, proc.stdout, proc.stderr, tree(src)))
    assert results[0] == results[1]
    assert b"Follow us" not in results[0][3]["15-page.txt"]


def test_may_run_apart() -> None:
    opts = Options("auto", None, True, False, False, False, False, "text")
    a, b = Path("/c/a.txt"), Path("/c/b.txt")
    assert parallel.may_run_apart([(a, Path("a.txt")), (b, Path("b.txt"))], opts)
    assert not parallel.may_run_apart([(a, Path("a.txt")), (a, Path("a.txt"))], opts)
    page = Path("/c/a.html")  # its --in-place twin is /c/a.txt, another input
    assert not parallel.may_run_apart([(page, Path("a.html")), (a, Path("a.txt"))], opts)
    out = Options("auto", Path("/c/out"), False, False, False, False, False, "text")
    assert parallel.may_run_apart([(page, Path("a.html")), (a, Path("a.txt"))], out)
    inside = Path("/c/out/a.txt")
    assert not parallel.may_run_apart([(a, Path("a.txt")), (inside, Path("out/a.txt"))], out)
    check = Options("auto", None, False, True, False, False, False, "text")
    assert parallel.may_run_apart([(a, Path("a.txt")), (a, Path("a.txt"))], check)


def test_pool_outcomes_equal_serial_ones(corpus, monkeypatch) -> None:
    """The pool is really used for a folder, and hands back what the serial path computes,
    in order."""
    created = []

    class Recording(concurrent.futures.ProcessPoolExecutor):
        def __init__(self, *args, **kwargs) -> None:
            created.append(kwargs.get("max_workers"))
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", Recording)
    files = sorted(p for p in corpus.rglob("*") if p.is_file())
    jobs = [Job(p, p.relative_to(corpus), 0) for p in files]
    opts = Options("auto", None, False, True, True, True, False, "text")
    configs = (Config(),)
    serial = list(parallel.serial(jobs, configs, opts))
    with parallel.outcomes(jobs, configs, opts, 2) as outcomes:
        para = list(outcomes)
    assert created == [2]
    assert para == serial
    assert any(o.messages and o.messages[0][0] == "err" for o in para)  # the binary file
    with parallel.outcomes(jobs[:3], configs, opts, 2) as outcomes:
        few = list(outcomes)
    assert created == [2] and few == serial[:3]  # a few files: no pool


def _children(pid: int) -> set[int]:
    kids = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                kids.add(int(entry.name))
    return kids


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
def test_workers_leave_when_the_parent_is_killed(tmp_path) -> None:
    """SIGKILL gives the parent no chance to stop its workers: they must notice and end
    instead of waiting for work forever."""
    src = tmp_path / "in"
    src.mkdir()
    body = "\n".join(f"Paragraph {i}: the council met again on Monday to discuss the budget "
                     "for the harbour, the schools and the new bus lines." for i in range(400))
    for n in range(60):
        (src / f"doc{n:02}.txt").write_text(f"Report {n}\nShare this article\n{body}\n")
    out = tmp_path / "out"
    proc = subprocess.Popen([EXE, "clean", str(src), "--output-dir", str(out), "--jobs", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: set[int] = set()
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        workers = _children(proc.pid)
        if len(workers) >= 2 and out.exists():
            break
        time.sleep(0.01)
    assert proc.poll() is None and len(workers) >= 2, "the run ended before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 60  # a liveness bound, not a speed figure
    while time.monotonic() < deadline and any(Path(f"/proc/{w}").exists() for w in workers):
        time.sleep(0.05)
    alive = [w for w in workers if Path(f"/proc/{w}").exists()]
    for w in alive:  # do not leave them behind, whatever the outcome
        os.kill(w, signal.SIGKILL)
    assert not alive, f"worker processes {alive} outlived their parent"
