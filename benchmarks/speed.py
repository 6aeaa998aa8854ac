"""Throughput of boilerstrip beside the benchmark's anchors, measured in the same run.

    python benchmarks/speed.py [--data ../shared/bench-dev] [--repeat 3] [--scale 1,10,100]

For each task of the dev slice (T1 and T2: plain text; T3: HTML), every system cleans every
document in this one process, one core, after a warm-up; the figure is the median of --repeat
runs, in MB of input per second, and the ratio is boilerstrip's speed over the anchor's (above
1.0 = faster). The anchors are the benchmark's own (run_baselines.py in the data folder): C4
line rules through datatrove, jusText and trafilatura on the lines, trafilatura on the HTML.

Then: the installed command on one small file, cold (a fresh process: what a pre-commit hook
pays), and a scaling run on 1, 10 and 100 MB built from the T2 documents, to show that time
grows linearly with input. Last, the installed command on the whole T1 folder with
``--output-dir``, ``--jobs 1`` against ``--jobs N`` (N = --jobs, default all cores): median
wall time of --repeat runs each, the speed-up, and whether the two output trees are identical.
"""
from __future__ import annotations

import argparse
import gzip
import importlib.util
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import boilerstrip


def load_runner(data: Path):
    spec = importlib.util.spec_from_file_location("bench_runner", data / "run_baselines.py")
    mod = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(data))
    spec.loader.exec_module(mod)
    return mod


def read_task(data: Path, task: str) -> list[str]:
    if task == "t3":
        return [gzip.decompress(p.read_bytes()).decode("utf-8") for p in sorted((data / "t3").glob("*.html.gz"))]
    return [p.read_text(encoding="utf-8") for p in sorted((data / task).glob("*.txt"))]


def timed(fn, docs: list[str], repeat: int) -> float:
    """Median seconds of ``repeat`` runs of ``fn`` over every document."""
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for d in docs:
            fn(d)
        runs.append(time.perf_counter() - t0)
    return statistics.median(runs)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[1] / ".." / "shared" / "bench-dev")
    ap.add_argument("--repeat", type=int, default=3, help="runs per system; the median counts")
    ap.add_argument("--scale", default="1,10,100", help="MB sizes of the scaling run ('' to skip)")
    ap.add_argument("--jobs", type=int, default=None,
                    help="worker processes of the parallel run on the T1 folder (default: all cores)")
    args = ap.parse_args()
    data = args.data.resolve()
    if not (data / "run_baselines.py").exists():
        print(f"no benchmark at {data} (expected run_baselines.py there)", file=sys.stderr)
        return 2
    runner = load_runner(data)
    anchors = {"t1": ["c4", "justext_lines", "trafilatura_lines"],
               "t2": ["c4", "justext_lines", "trafilatura_lines"],
               "t3": ["trafilatura"]}
    # T3: the command's text output (no metadata search: only the title is needed); JSON
    # output, which carries authors and dates, pays trafilatura's metadata search on top.
    ours = {"t1": boilerstrip.clean, "t2": boilerstrip.clean,
            "t3": lambda html: boilerstrip.clean_html(html, metadata=False)}
    boilerstrip.clean("Warm-up: the catalogues and stoplists load before the clock starts.")
    boilerstrip.clean_html("<html><body><p>Warm-up text for the extractor, long enough.</p></body></html>")
    print(f"median of {args.repeat} runs, one process, one core\n")
    print("| task | MB | docs | system | s | MB/s | docs/s | boilerstrip speed / system speed |")
    print("|---|---:|---:|---|---:|---:|---:|---:|")
    for task in ("t1", "t2", "t3"):
        docs = read_task(data, task)
        mb = sum(len(d.encode("utf-8")) for d in docs) / 1e6
        ours_s = timed(ours[task], docs, args.repeat)
        print(f"| {task} | {mb:.1f} | {len(docs)} | boilerstrip | {ours_s:.2f} | {mb / ours_s:.2f} "
              f"| {len(docs) / ours_s:.0f} | |")
        for name in anchors[task]:
            runner.warm_up(name)
            fn = runner.SYSTEMS[name][0]
            s = timed(fn, docs, args.repeat)
            label = f"{name} ({runner.version_of(name)})"
            print(f"| {task} | {mb:.1f} | {len(docs)} | {label} | {s:.2f} | {mb / s:.2f} "
                  f"| {len(docs) / s:.0f} | {s / ours_s:.2f}x |")
        sys.stdout.flush()

    exe = shutil.which("boilerstrip", path=str(Path(sys.executable).parent)) or "boilerstrip"
    with tempfile.TemporaryDirectory() as tmp:
        small = Path(tmp) / "small.txt"
        small.write_text(read_task(data, "t2")[0], encoding="utf-8")
        walls = []
        for _ in range(max(3, args.repeat)):
            t0 = time.perf_counter()
            subprocess.run([exe, "clean", "--check", str(small)], capture_output=True, check=False)
            walls.append(time.perf_counter() - t0)
        print(f"\nstart-up: `boilerstrip clean --check` on one small file ({small.stat().st_size} bytes), "
              f"cold process: median {statistics.median(walls):.2f} s (target < 0.4 s)")

        sizes = [float(x) for x in args.scale.split(",") if x.strip()]
        if sizes:
            t2 = read_task(data, "t2")
            print("\n| input MB | s | MB/s |\n|---:|---:|---:|")
            for size in sizes:
                docs, total, k = [], 0, 0
                while total < size * 1e6:
                    d = t2[k % len(t2)]
                    docs.append(d)
                    total += len(d.encode("utf-8"))
                    k += 1
                t0 = time.perf_counter()
                for d in docs:
                    boilerstrip.clean(d)
                s = time.perf_counter() - t0
                print(f"| {total / 1e6:.0f} | {s:.1f} | {total / 1e6 / s:.2f} |")
                sys.stdout.flush()

        jobs_section(exe, data / "t1", Path(tmp), args.repeat, args.jobs)
    return 0


def jobs_section(exe: str, folder: Path, tmp: Path, repeat: int, jobs: int | None) -> None:
    """Serial against parallel wall time of the installed command on a whole folder."""
    import os

    jobs = jobs or len(os.sched_getaffinity(0))
    walls: dict[int, list[float]] = {1: [], jobs: []}
    for k in range(max(1, repeat)):
        for n in walls:  # alternate, so a load change on the machine hits both alike
            out = tmp / f"jobs-{n}"
            shutil.rmtree(out, ignore_errors=True)
            t0 = time.perf_counter()
            subprocess.run([exe, "clean", str(folder), "--output-dir", str(out), "--jobs", str(n),
                            "--quiet"], capture_output=True, check=False)
            walls[n].append(time.perf_counter() - t0)
    serial, para = statistics.median(walls[1]), statistics.median(walls[jobs])
    def tree(root: Path) -> dict[str, bytes]:
        return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}

    same = tree(tmp / "jobs-1") == tree(tmp / f"jobs-{jobs}")
    files = sum(1 for _ in folder.glob("*.txt"))
    print(f"\n`boilerstrip clean {folder.name}/ --output-dir` ({files} files), median of "
          f"{max(1, repeat)} runs: --jobs 1 {serial:.2f} s, --jobs {jobs} {para:.2f} s, "
          f"speed-up {serial / para:.2f}x; outputs {'identical' if same else 'DIFFER'}")


if __name__ == "__main__":
    sys.exit(main())
