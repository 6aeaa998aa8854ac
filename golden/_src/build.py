"""Write golden/<family>/<case>.in.txt and .out.txt from the hand-judged sources in this folder.

Each source line starts with '+ ' (content, kept) or '- ' (boilerplate, removed); an empty line
is a blank line in the input. The .out.txt is the kept lines, normalised as boilerstrip
normalises (trailing spaces removed, blank runs collapsed, no leading or trailing blank line).
Run: python golden/_src/build.py  (then read `git diff golden/` before committing).
"""
from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent


def normalise(lines: list[str]) -> str:
    out: list[str] = []
    for line in lines:
        line = line.rstrip()
        if not line.strip():
            if out and out[-1] != "":
                out.append("")
            continue
        out.append(line)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n" if out else ""


def main() -> None:
    for src in sorted(HERE.glob("cases_*.txt")):
        name, inp, kept = None, [], []
        for raw in src.read_text(encoding="utf-8").split("\n") + ["=== END"]:
            if raw.startswith("#"):
                continue
            if raw.startswith("=== "):
                if name:
                    path = HERE.parent / name
                    path.parent.mkdir(parents=True, exist_ok=True)
                    Path(f"{path}.in.txt").write_text("\n".join(inp) + "\n", encoding="utf-8")
                    Path(f"{path}.out.txt").write_text(normalise(kept), encoding="utf-8")
                name, inp, kept = raw[4:].strip(), [], []
                continue
            if not raw.strip():
                inp.append("")
                kept.append("")
                continue
            mark, text = raw[:2], raw[2:]
            if mark not in ("+ ", "- "):
                raise SystemExit(f"{src.name}: line must start with '+ ' or '- ': {raw!r}")
            inp.append(text)
            if mark == "+ ":
                kept.append(text)


if __name__ == "__main__":
    main()
