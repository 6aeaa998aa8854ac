"""Labels and verdicts: what a filter may say about a line."""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Label(Enum):
    KEEP = "keep"  #: content
    DROP = "drop"  #: boilerplate
    UNSURE = "unsure"  #: settled in the second pass from the neighbours


@dataclass(frozen=True)
class Verdict:
    """A filter's decision on one line. Filters return a Verdict or None (abstain)."""

    label: Label
    rule_id: str
    reason: str
    #: True when the verdict came from an explicit rule (pass 2 never overturns those).
    firm: bool = False
    #: The line heads a run (e.g. a "Related articles" heading): short lines under it go too.
    starts_run: bool = False


@dataclass(frozen=True)
class Removal:
    """A dropped line, as reported by ``clean_and_explain``."""

    line_number: int  #: 1-based, in the repaired input
    text: str
    rule_id: str
    reason: str
