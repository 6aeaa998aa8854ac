"""Labels and verdicts: what a filter may say about a line."""
from __future__ import annotations

from dataclasses import dataclass, replace
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
    #: The lines the reason names (0-based), and the reason as a template of their 1-based
    #: numbers ("repeats line {}"): a later cleaning pass numbers the lines of its own input.
    refs: tuple[int, ...] = ()
    template: str = ""

    def renumbered(self, origin: list[int]) -> Verdict:
        """This verdict with the lines it names moved to ``origin[i]`` (the input's numbering)."""
        if not self.refs:
            return self
        refs = tuple(origin[i] for i in self.refs)
        return replace(self, refs=refs, reason=self.template.format(*(i + 1 for i in refs)))


@dataclass(frozen=True)
class Removal:
    """A dropped line, as reported by ``clean_and_explain``."""

    line_number: int  #: 1-based, in the repaired input
    text: str  #: the line, white space folded
    rule_id: str
    reason: str
