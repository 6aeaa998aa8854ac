"""Does cleaning a JSONL corpus keep memory flat? Peak RSS and MB/s of the installed command.

Builds a JSONL file of the given size in a temporary folder by repeating real scraped texts
as records (the dev slice's T2 texts, and the seed scrapes when present), runs

    boilerstrip clean big.jsonl --field text --output-dir OUT

as a subprocess, samples its resident memory while it runs, and reports the peak RSS
(``getrusage(RUSAGE_CHILDREN).ru_maxrss``) and the throughput. A small corpus is run first as
the baseline: when streaming works, the big run's peak is close to the small one's.

    python benchmarks/jsonl_memory.py                 # 1 GB (the cleaner runs ~0.6 MB/s: ~30 min)
    python benchmarks/jsonl_memory.py --size 200MB    # a few minutes
"""
from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_UNITS = {"": 1, "B": 1, "KB": 10**3, "MB": 10**6, "GB": 10**9}


def parse_size(text: str) -> int:
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([KMG]?B?)\s*", text.upper())
    if not m:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (try 200MB or 1GB)")
    return int(float(m.group(1)) * _UNITS[m.group(2) if m.group(2) != "K" else "KB"])


def source_texts(data: Path, seeds: Path | None) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((data / "t2").glob("*.txt"))]
    if seeds is not None and seeds.is_dir():
        texts += [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))]
    texts = [t for t in texts if t.strip()]
    if not texts:
        sys.exit(f"no texts found under {data / 't2'} (pass --data PATH to the bench-dev folder)")
    return texts


def write_corpus(path: Path, size: int, texts: list[str]) -> int:
    """Records {"id", "url", "text"} cycling through ``texts`` until ``size`` bytes."""
    written = n = 0
    with path.open("wb") as f:
        while written < size:
            line = json.dumps({"id": n, "url": f"https://example.org/a/{n}",
                               "text": texts[n % len(texts)]}, ensure_ascii=False)
            data = line.encode("utf-8") + b"\n"
            f.write(data)
            written += len(data)
            n += 1
    return n


def _rss_kb(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def run(command: list[str], every: float) -> tuple[float, int, list[tuple[float, int]]]:
    """(seconds, return code, [(t, rss_kb)]) of one run, sampling RSS every ``every`` s."""
    samples: list[tuple[float, int]] = []
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    done = threading.Event()

    def sample() -> None:
        while not done.wait(every):
            rss = _rss_kb(proc.pid)
            if rss is not None:
                samples.append((time.perf_counter() - start, rss))

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    rc = proc.wait()
    done.set()
    thread.join()
    return time.perf_counter() - start, rc, samples


def measure(size: int, texts: list[str], tmp: Path, label: str, every: float) -> dict:
    corpus = tmp / f"{label}.jsonl"
    records = write_corpus(corpus, size, texts)
    out = tmp / f"{label}-out"
    command = [sys.executable, "-m", "boilerstrip", "clean", str(corpus), "--field", "text",
               "--output-dir", str(out), "--quiet"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    seconds, rc, samples = run(command, every)
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if rc not in (0, 1):
        sys.exit(f"{' '.join(command)} exited with {rc}")
    out_lines = sum(1 for _ in (out / corpus.name).open("rb"))
    if out_lines != records:
        sys.exit(f"{label}: {records} records in, {out_lines} out")
    mb = corpus.stat().st_size / 1e6
    corpus.unlink()
    shutil.rmtree(out)
    sampled = max((kb for _, kb in samples), default=0)
    return {"label": label, "mb": mb, "records": records, "seconds": seconds,
            "mb_per_s": mb / seconds, "peak_rss_mb": peak_kb / 1024,
            "peak_is_own": peak_kb > before, "max_sampled_rss_mb": sampled / 1024,
            "samples": samples}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", type=parse_size, default=parse_size("1GB"),
                    help="size of the big corpus (default 1GB; e.g. 200MB)")
    ap.add_argument("--baseline", type=parse_size, default=parse_size("2MB"),
                    help="size of the small corpus run first (default 2MB)")
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "bench-dev",
                    help="the bench-dev folder (its t2/ texts are the records)")
    ap.add_argument("--seeds", type=Path, default=ROOT.parent / "shared" / "seeds")
    ap.add_argument("--tmp", type=Path, default=None, help="work folder (default: a temp dir)")
    ap.add_argument("--every", type=float, default=2.0, help="RSS sampling interval, seconds")
    ap.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = ap.parse_args()

    texts = source_texts(args.data, args.seeds)
    tmp = Path(tempfile.mkdtemp(prefix="boilerstrip-mem-", dir=args.tmp))
    try:
        rows = []
        for label, size in (("baseline", args.baseline), ("big", args.size)):
            print(f"{label}: writing {size / 1e6:.0f} MB of records to {tmp} ...", flush=True)
            row = measure(size, texts, tmp, label, args.every)
            rows.append(row)
            print(f"{label}: {row['mb']:.1f} MB, {row['records']} records, "
                  f"{row['seconds']:.1f} s, {row['mb_per_s']:.2f} MB/s, "
                  f"peak RSS {row['peak_rss_mb']:.1f} MB (ru_maxrss"
                  f"{'' if row['peak_is_own'] else ', not above the earlier run'}; "
                  + (f"highest sample {row['max_sampled_rss_mb']:.1f} MB)" if row["samples"]
                     else "ended before the first sample)"), flush=True)
        big = rows[-1]["samples"]
        if big:
            picks = [big[min(len(big) - 1, int(len(big) * q))] for q in (0.1, 0.25, 0.5, 0.75, 0.99)]
            print("big run, RSS while running: " + ", ".join(
                f"{t:.0f}s {rss / 1024:.0f} MB" for t, rss in picks))
        growth = rows[-1]["peak_rss_mb"] - rows[0]["peak_rss_mb"]
        print(f"peak RSS grew by {growth:+.1f} MB from {rows[0]['mb']:.0f} MB to "
              f"{rows[-1]['mb']:.0f} MB of input")
        if args.json:
            args.json.write_text(json.dumps(
                [{k: v for k, v in r.items() if k != "samples"} | {
                    "rss_samples_mb": [[round(t, 1), round(kb / 1024, 1)] for t, kb in r["samples"]]}
                 for r in rows], indent=2))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
