"""Pass 2: what the steps share: verdict tests, line shapes, the drops a step may see past."""
from __future__ import annotations

import re

from ..features import Line
from ..labels import Label, Verdict


def _is_text(v: Verdict) -> bool:
    """Kept by pass 1 as running prose or code: the article's own text."""
    return v.label is Label.KEEP and v.rule_id.startswith(("prose.", "code."))


def _first_text(nonblank, verdicts) -> int | None:
    """The position in ``nonblank`` of the first line kept as the article's own text (prose or
    code), or None."""
    return next((n for n, ln in enumerate(nonblank) if _is_text(verdicts[ln.index])), None)


def _drop(rule_id: str, reason: str) -> Verdict:
    return Verdict(Label.DROP, rule_id, reason, firm=True)


def _drop_at(rule_id: str, template: str, *refs: int) -> Verdict:
    """A drop whose reason names lines (0-based ``refs``) by number: "repeats line {}"."""
    return Verdict(Label.DROP, rule_id, template.format(*(i + 1 for i in refs)), firm=True,
                   refs=refs, template=template)


def _kept(v: Verdict | None) -> bool:
    return v is not None and v.label is Label.KEEP


def _unsure(v: Verdict | None) -> bool:
    return v is not None and not v.firm and v.label is not Label.DROP


def _next_line(verdicts, j: int) -> int:
    """The index of the next line with text after line ``j`` (``len(verdicts)``: none)."""
    k = j + 1
    while k < len(verdicts) and verdicts[k] is None:
        k += 1
    return k


def _is_sentence(line: Line) -> bool:
    return line.terminal and line.words >= 4 and not line.truncated


def _is_menu_like(line: Line, listed: bool = False) -> bool:
    """A menu or link item: a few words, no sentence end, capitalised like a label (a list
    item in sentence case, "Damage to items", is content). ``listed``: a list item may be one
    too (a list of links, "- Careers")."""
    text = line.text
    return (line.words <= 4 and not line.terminal and not line.code and (listed or not line.bullet)
            and (line.title_case or (line.words < 2 and line.chars <= 20))
            and not any(ch.isdigit() or ch in "|:$%" for ch in text))


def _is_menu_block(block: list[Line], min_lines: int, share: float) -> bool:
    if len(block) < min_lines:
        return False
    return sum(_is_menu_like(ln) for ln in block) >= share * len(block)


def _is_heading_like(line: Line) -> bool:
    # long enough to be a title: 15 characters, or 4 words (a CJK headline is short in characters)
    return (line.chars >= 15 or line.words >= 4) and not line.bullet and not line.truncated


_DIGITS = re.compile(r"\d+")
# a byline no rule took ("By Jo Reyes · June 2", "Interview by Jo Reyes"): no headline
_BYLINE = re.compile(r"^(\w+ ){0,2}by:? (?-i:[A-Z])", re.IGNORECASE)
# firm drops that stand between a headline and its article's first paragraph: bylines and
# their credits, dates, share bars, photo credits, affiliate notes, ad markers, a breadcrumb,
# a "Book now" button, a rating, the reporter's e-mail address, a press release's "Contact:
# Press Office", a wiki's source line ("From the free encyclopedia"), a player's "Listen"
# button, a "·" alone between a reading time and a date
_UNDER_HEADLINE = ("byline.", "date.", "share.", "media.", "legal.affiliate", "legal.disclaimer",
                   "ad.", "follow.", "comment.counter", "comment.prompt", "nav.breadcrumb",
                   "link.tags", "promo.cta", "rating.", "contact.email", "contact.press", "forum.",
                   "nav.symbol", "link.readmore", "link.source")
_BYLINE_REACH = 4  # lines under a headline (or its standfirst) that hold its byline box
# the box's own lines: a byline, a date, a share bar (an ad marker or a photo credit may
# stand under a product's name as well)
_BYLINE_BOX = ("byline.", "date.", "share.")


def _in_byline_box(line: Line, v: Verdict, ids: tuple[str, ...] = _UNDER_HEADLINE) -> bool:
    """A line of the box under a headline: a firm drop of rules ``ids``, or a byline no rule
    took."""
    return (v.firm and v.label is Label.DROP and v.rule_id.startswith(ids)) or bool(
        _BYLINE.match(line.text))


def _boxed(lines: list[Line], verdicts) -> bool:
    """One of ``lines`` is a byline, a date or a share line: a byline box stands there."""
    return any(_in_byline_box(ln, verdicts[ln.index], _BYLINE_BOX) for ln in lines)


def _looked_through(v: Verdict) -> bool:
    """A firm rule drop that does not head a run: a widget line that pass 2 looks past when it
    asks what lies beyond it (a share bar, a date, an ad marker, a photo credit)."""
    return v.label is Label.DROP and v.firm and not v.starts_run
