"""Assemble output text: kept lines in order, blank runs collapsed, one final newline."""
from __future__ import annotations

from typing import Iterable


def join(lines: Iterable[str]) -> str:
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
