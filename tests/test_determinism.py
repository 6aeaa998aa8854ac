"""Determinism (issue #7): the same input gives byte-identical output across runs, processes
and Python hash seeds (set iteration order changes with the seed; nothing may depend on it).
The --jobs driver's determinism is tested with it."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _command() -> str:
    exe = shutil.which("boilerstrip", path=str(Path(sys.executable).parent))
    assert exe, "the console script 'boilerstrip' is not installed"
    return exe


def _run(seed: str, args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    return subprocess.run([_command(), "clean", *args], capture_output=True, env=env, cwd=cwd,
                          timeout=600)


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_byte_identical_across_hash_seeds(tmp_path: Path):
    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "golden", corpus, ignore=shutil.ignore_patterns("*.out.txt", "_src",
                                                                          "*.md"))
    results = {}
    for seed in ("0", "4242"):
        out = tmp_path / f"out-{seed}"
        files = _run(seed, [str(corpus.name), "--output-dir", str(out), "--quiet"], tmp_path)
        assert files.returncode == 1, files.stderr[-2000:]
        explain = _run(seed, [str(corpus.name), "--check", "--explain"], tmp_path)
        records = _run(seed, [str(corpus.name), "--format", "jsonl"], tmp_path)
        assert records.returncode == 1, records.stderr[-2000:]
        results[seed] = (_tree(out), explain.stdout, explain.returncode, records.stdout)
    (tree_a, explain_a, rc_a, jsonl_a), (tree_b, explain_b, rc_b, jsonl_b) = results.values()
    assert len(tree_a) > 50
    assert tree_a.keys() == tree_b.keys()
    assert [k for k in tree_a if tree_a[k] != tree_b[k]] == []
    assert explain_a == explain_b and rc_a == rc_b
    assert jsonl_a == jsonl_b
