"""Clean the benchmark's development slice, score it, and report the misjudged lines.

    python benchmarks/devslice.py [--data ../shared/bench-dev] [--tasks t1,t2] [--out DIR]

Writes OUT/<task>/<id>.txt, prints score.py's table (with --by-dataset), and writes
OUT/report.md: for each task, which rule ids dropped content lines and which verdicts kept
boilerplate lines (counts), then the worst documents with each misjudged line. A rule change
can be judged in a couple of minutes with it.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import boilerstrip
from boilerstrip.labels import Label


def load_scorer(data: Path):
    spec = importlib.util.spec_from_file_location("bench_score", data / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[1] / ".." / "shared" / "bench-dev")
    ap.add_argument("--tasks", default="t1,t2")
    ap.add_argument("--out", type=Path, default=Path("bench-runs/dev/boilerstrip"))
    ap.add_argument("--worst", type=int, default=25, help="documents listed per task in the report")
    ap.add_argument("--json", type=Path, help="also write score.py's metrics JSON here")
    args = ap.parse_args()
    data = args.data.resolve()
    if not (data / "score.py").exists():
        print(f"no benchmark at {data} (expected score.py there)", file=sys.stderr)
        return 2
    score = load_scorer(data)
    rows = score.load_manifest(data, "dev")
    scorer = score.Scorer(data, rows)
    tasks = args.tasks.split(",")
    report = ["# Dev-slice failure report", ""]
    for task in tasks:
        outdir = args.out / task
        outdir.mkdir(parents=True, exist_ok=True)
        dropped_by, kept_by = Counter(), Counter()
        docs = []
        for r in rows:
            text = (data / task / f"{r['id']}.txt").read_text(encoding="utf-8")
            res = boilerstrip.clean_and_explain(text)
            (outdir / f"{r['id']}.txt").write_text(res.text, encoding="utf-8")
            labels = scorer.labels(task, r)
            flags = score.line_kept_flags(labels, res.text)
            bad = []
            for n, ((toks, lab), kept, verdict) in enumerate(zip(labels, flags, res.verdicts)):
                if lab not in ("content", "boilerplate") or verdict is None:
                    continue
                if lab == "content" and not kept:
                    dropped_by[verdict.rule_id] += 1
                    bad.append(("CONTENT DROPPED", n + 1, verdict.rule_id, res.lines[n]))
                elif lab == "boilerplate" and kept:
                    kept_by[verdict.rule_id] += 1
                    bad.append(("boilerplate kept", n + 1, verdict.rule_id, res.lines[n]))
            n_content = sum(1 for b in bad if b[0] == "CONTENT DROPPED")
            docs.append((n_content * 3 + len(bad), r["id"], res.language, bad))
        report += [f"## {task}", "", "Content lines dropped, by rule id:", ""]
        report += [f"- `{k}`: {v}" for k, v in dropped_by.most_common()] + [""]
        report += ["Boilerplate lines kept, by verdict:", ""]
        report += [f"- `{k}`: {v}" for k, v in kept_by.most_common()] + [""]
        docs.sort(reverse=True)
        for _, doc_id, lang, bad in docs[: args.worst]:
            report += [f"### {task}/{doc_id} ({lang})", ""]
            for kind, n, rid, line in bad[:40]:
                report.append(f"- {kind} L{n} `{rid}`: {line[:160]}")
            report.append("")
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "report.md").write_text("\n".join(report) + "\n", encoding="utf-8")
    cmd = [sys.executable, str(data / "score.py"), "--data", str(data), "--pred", str(args.out),
           "--tasks", args.tasks, "--by-dataset"]
    if args.json:
        cmd += ["--json", str(args.json)]
    rc = subprocess.call(cmd)
    print(f"report of misjudged lines: {args.out / 'report.md'}")
    return rc


if __name__ == "__main__":
    sys.exit(main())
