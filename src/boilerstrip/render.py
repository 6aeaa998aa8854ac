"""Assemble output text: kept lines in order, blank runs collapsed, one final newline."""
from __future__ import annotations

from typing import Iterable


def join_indexed(lines: Iterable[tuple[int, str]]) -> tuple[str, list[int]]:
    """Join ``(origin, line)`` pairs; also return each output line's origin index."""
    out: list[str] = []
    origin: list[int] = []
    for i, line in lines:
        line = line.rstrip()
        if not line.strip():
            if out and out[-1] != "":
                out.append("")
                origin.append(i)
            continue
        out.append(line)
        origin.append(i)
    while out and out[-1] == "":
        out.pop()
        origin.pop()
    return ("\n".join(out) + "\n" if out else ""), origin
