"""Throughput of boilerstrip on the dev slice's text tasks, in MB of input per second.

    python benchmarks/speed.py [--data ../shared/bench-dev] [--tasks t1,t2]

In-process (``boilerstrip.clean`` on every document, one core, after a warm-up that loads the
language profiles), then the installed command on a whole folder (start-up included), as the
benchmark's runner measures it.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import boilerstrip


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[1] / ".." / "shared" / "bench-dev")
    ap.add_argument("--tasks", default="t1,t2")
    args = ap.parse_args()
    exe = shutil.which("boilerstrip", path=str(Path(sys.executable).parent)) or "boilerstrip"
    boilerstrip.clean("Warm-up: load the language profiles before the clock starts.")
    print("| task | docs | MB | in-process s | in-process MB/s | command s | command MB/s |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for task in args.tasks.split(","):
        folder = args.data / task
        paths = sorted(folder.glob("*.txt"))
        if not paths:
            print(f"no {folder}/*.txt", file=sys.stderr)
            return 2
        texts = [p.read_text(encoding="utf-8") for p in paths]
        mb = sum(p.stat().st_size for p in paths) / 1e6
        t0 = time.perf_counter()
        for text in texts:
            boilerstrip.clean(text)
        inproc = time.perf_counter() - t0
        with tempfile.TemporaryDirectory() as out:
            t0 = time.perf_counter()
            subprocess.run([exe, "clean", str(folder), "--output-dir", out, "--quiet"],
                           check=False)
            command = time.perf_counter() - t0
        print(f"| {task} | {len(paths)} | {mb:.1f} | {inproc:.1f} | {mb / inproc:.2f} "
              f"| {command:.1f} | {mb / command:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
