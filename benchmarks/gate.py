"""Regression gate: score the dev slice with the installed CLI and compare with pinned floors.

    python benchmarks/gate.py                          # check; exit 1 if a figure fell below its floor
    python benchmarks/gate.py --update                 # raise floors to today's figures (never lowers)
    python benchmarks/gate.py --update --allow-lower   # also lower floors (say why in the commit)

Floors live in benchmarks/floors.json. The outputs are made the way a user makes them:
`boilerstrip clean <task folder> --output-dir OUT/<task>`, then the benchmark's own score.py.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
FLOORS = HERE / "floors.json"
METRICS = ("keep", "remove", "F1")  # content lines kept, boilerplate lines removed, token F1
TOLERANCE = 0.0005  # figures are printed to 3 decimals; rounding is not a regression


def measure(data: Path, tasks: list[str]) -> dict:
    exe = shutil.which("boilerstrip", path=str(Path(sys.executable).parent)) or "boilerstrip"
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        for task in tasks:
            rc = subprocess.call([exe, "clean", str(data / task), "--output-dir", str(out / task), "-q"])
            if rc not in (0, 1):
                sys.exit(f"boilerstrip clean {data / task} failed with exit code {rc}")
        metrics = out / "metrics.json"
        subprocess.check_call([sys.executable, str(data / "score.py"), "--data", str(data),
                               "--pred", str(out), "--tasks", ",".join(tasks), "--by-dataset",
                               "--json", str(metrics)])
        scores = json.loads(metrics.read_text())
    return {f"{task}/{group}": {m: round(agg[m], 4) for m in METRICS}
            for task, groups in scores.items() for group, agg in groups.items()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=HERE.parent / ".." / "shared" / "bench-dev")
    ap.add_argument("--tasks", default="t1,t2")
    ap.add_argument("--update", action="store_true", help="raise the floors to today's figures")
    ap.add_argument("--allow-lower", action="store_true", help="with --update: also lower floors")
    args = ap.parse_args()
    if args.allow_lower and not args.update:
        ap.error("--allow-lower goes with --update")
    data = args.data.resolve()
    if not (data / "score.py").exists():
        print(f"gate: no benchmark at {data}; nothing to check")
        return 0
    now = measure(data, args.tasks.split(","))
    floors = json.loads(FLOORS.read_text()) if FLOORS.exists() else {}
    failures, rows = [], []
    for key, figures in sorted(now.items()):
        for m, value in figures.items():
            floor = floors.get(key, {}).get(m)
            ok = floor is None or value + TOLERANCE >= floor
            rows.append(f"  {key:<12} {m:<7} {value:.4f}  floor {'-' if floor is None else f'{floor:.4f}'}"
                        f"  {'ok' if ok else 'BELOW FLOOR'}")
            if not ok:
                failures.append(f"{key} {m}: {value:.4f} < floor {floor:.4f}")
    print("\n".join(rows))
    if args.update:
        new = {}
        for key, figures in now.items():
            new[key] = {}
            for m, value in figures.items():
                old = floors.get(key, {}).get(m)
                new[key][m] = value if (old is None or value >= old or args.allow_lower) else old
        FLOORS.write_text(json.dumps(new, indent=2, sort_keys=True) + "\n")
        lowered = [f for f in failures] if args.allow_lower else []
        print(f"gate: floors written to {FLOORS}" + (f" (lowered: {'; '.join(lowered)})" if lowered else ""))
        if failures and not args.allow_lower:
            print("gate: some figures are below their floors; they were kept. "
                  "Lowering a floor takes --update --allow-lower.", file=sys.stderr)
            return 1
        return 0
    if failures:
        print("gate: FAILED\n  " + "\n  ".join(failures), file=sys.stderr)
        return 1
    print("gate: all figures at or above their floors")
    return 0


if __name__ == "__main__":
    sys.exit(main())
