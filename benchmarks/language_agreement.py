"""How often boilerstrip's language (stopword fast path, else langdetect on a body sample)
agrees with langdetect run on the document's full text.

    python benchmarks/language_agreement.py [--data ../shared/bench-dev] [--tasks t1,t2]

Prints the share of documents that agree, how many the fast path decided, and each
disagreement, so that a change to the detector can be shown to be safe (target: >= 99%).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from boilerstrip import language
from boilerstrip.config import Config
from boilerstrip.pipeline import split_lines


def full_text_langdetect(text: str, min_letters: int) -> str:
    """The reference: langdetect, seeded, on every line of the document."""
    if sum(ch.isalpha() for ch in text) < min_letters:
        return language.UNDETERMINED
    from langdetect.lang_detect_exception import LangDetectException

    detector = language._factory().create()
    detector.append(text)
    try:
        code = detector.detect()
    except LangDetectException:
        return language.UNDETERMINED
    return language._CODE_MAP.get(code, code)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[1] / ".." / "shared" / "bench-dev")
    ap.add_argument("--tasks", default="t1,t2")
    args = ap.parse_args()
    cfg = Config()
    total = agree = fast = 0
    for task in args.tasks.split(","):
        paths = sorted((args.data / task).glob("*.txt"))
        if not paths:
            print(f"no {args.data / task}/*.txt", file=sys.stderr)
            return 2
        for path in paths:
            text = path.read_text(encoding="utf-8")
            lines = split_lines(text)
            sample = language.body_sample(lines, cfg.detect_max_chars)
            ours = language.detect(sample, cfg.detect_min_letters)
            fast += language.by_stopwords(sample) is not None
            ref = full_text_langdetect("\n".join(lines), cfg.detect_min_letters)
            total += 1
            if ours == ref:
                agree += 1
            else:
                print(f"  {task}/{path.name}: boilerstrip {ours}, langdetect on the full text {ref}")
    print(f"language agreement with langdetect on the full text: {agree}/{total} documents "
          f"({agree / total:.1%}); decided by the stopword fast path: {fast} ({fast / total:.0%})")
    return 0 if agree / total >= 0.99 else 1


if __name__ == "__main__":
    sys.exit(main())
