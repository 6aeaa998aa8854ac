"""Pass 2, steps on the text's own form: code blocks (a dropped line between lines kept as code),
tables written with " | " (rows no breadcrumb trail) and hard-wrapped paragraphs (judged as
the paragraph they form)."""
from __future__ import annotations

import re

from ..features import Line, analyse, code_syntax
from ..judge import UNSURE, Document, prose_filter, rule_filter
from ..labels import Label, Verdict
from ..stoplists import stoplist
from .common import _is_text

# Lines wrapped at one width differ by less than a long word: the shortest full line is at
# least this share of the longest.
_WRAP_EVEN = 0.75
# A line broken off mid-sentence: it ends in a letter, a digit, a comma or a hyphen.
_BROKEN_OFF = re.compile(r"[\w,\-–]$")


def _goes_on(line: Line, nxt: Line, min_chars: int) -> bool:
    """``nxt`` continues the sentence that ``line`` breaks off: a wrapped line."""
    return (line.chars >= min_chars and not nxt.blank and nxt.text[:1].islower()
            and _BROKEN_OFF.search(line.text) is not None)


def wrapped(doc: Document, verdicts: list[Verdict | None]) -> None:
    """Hard-wrapped paragraphs (text broken at a fixed width) are judged as the paragraph they
    form: line by line they look like short fragments, together they are running prose."""
    lines = doc.lines
    min_chars = doc.config.wrap_min_chars
    i, n = 0, len(lines)
    while i < n - 1:
        j = i
        while j < n - 1 and _goes_on(lines[j], lines[j + 1], min_chars):
            j += 1
        if j - i < 2:  # a paragraph wrapped over three lines at least
            i = j + 1
            continue
        block = lines[i:j + 1]
        widths = [ln.chars for ln in block[:-1]]  # the last line of a paragraph may be short
        if (min(widths) >= _WRAP_EVEN * max(widths)
                and any(verdicts[ln.index].label is Label.UNSURE for ln in block)):
            joined = analyse(i, " ".join(ln.text for ln in block), stoplist(doc.language),
                             doc.config.cjk_chars_per_word)
            # the paragraph is judged as a line would be: rules first (a wrapped newsletter
            # pitch goes as the one-line pitch would), then the prose filter
            ruled = rule_filter(joined, doc)
            if ruled is not None and ruled.label is Label.DROP:
                verdict = Verdict(Label.DROP, ruled.rule_id,
                                  f"{ruled.reason.rstrip('.')}, in a hard-wrapped paragraph", firm=True)
            elif prose_filter(joined, doc) is not None:
                verdict = Verdict(Label.KEEP, "prose.wrapped",
                                  "part of a hard-wrapped paragraph of prose")
            else:
                verdict = None
            for ln in block if verdict is not None else ():
                if verdicts[ln.index].label is Label.UNSURE:
                    verdicts[ln.index] = verdict
        i = j + 1


def code_blocks(doc: Document, verdicts: list[Verdict | None]) -> None:
    """A code block keeps its lines that read like widgets: an indented line that a rule
    dropped ("  tags: [Tag!]!", "  AUTHOR" in a schema) between two lines pass 1 kept as
    code is code too, in a block where some line is code by its syntax."""
    nonblank = doc.nonblank
    for k in range(1, len(nonblank) - 1):
        line = nonblank[k]
        v = verdicts[line.index]
        if not (v.firm and v.label is Label.DROP and line.raw[:1].isspace() and line.code):
            continue
        if (all(_is_code_line(nonblank[q], verdicts) for q in (k - 1, k + 1))
                and _block_has_syntax(nonblank, verdicts, k)):
            verdicts[line.index] = Verdict(Label.KEEP, "code.line",
                                           f"inside a code block (a rule read it as {v.rule_id})")


def _is_code_line(line: Line, verdicts) -> bool:
    """Pass 1 kept the line as code, or kept a line of code syntax as a sentence (a schema's
    "posts(first: Int): PostConnection!" reads like one)."""
    v = verdicts[line.index]
    return v.rule_id == "code.line" or (v.label is Label.KEEP and line.code
                                        and code_syntax(line.text))


_SYNTAX_REACH = 12  # lines of a code block looked at, each way, for a line of code syntax


def _block_has_syntax(nonblank, verdicts, k: int) -> bool:
    """Among the code lines around position ``k`` (up to ``_SYNTAX_REACH`` each way, as far
    as the block goes) one is code by its syntax ("type Post {", "}", "x = f(y)"), not by
    its indentation alone: a page indented throughout is no code block."""
    for step in (-1, 1):
        q = k + step
        while 0 <= q < len(nonblank) and abs(q - k) <= _SYNTAX_REACH:
            line = nonblank[q]
            if verdicts[line.index].rule_id != "code.line":
                break
            if code_syntax(line.text):
                return True
            q += step
    return False


_TABLE_ROWS = 3  # rows in a row with the same number of " | " cells: a table written as text
_TRAIL_RULES = ("nav.breadcrumb",)
_NUMBER_CELL = re.compile(r"(^|\| )[^|]*\d")  # a cell with a digit in it


def tables(doc: Document, verdicts: list[Verdict | None]) -> None:
    """A table written as text, one row per line with its cells parted by " | ", is not a
    breadcrumb trail ("port | integer | 8080", "Product | This week | Last week"): where
    three lines or more in a row have the same number of cells, and a cell holds a number or
    the rows stand between lines of text pass 1 kept, the rows a trail rule dropped are left
    undecided, for their neighbours to settle. Rows of link labels above the text or below
    it ("Privacy | Cookies | Terms | Sitemap") are a header's or a footer's."""
    nonblank = doc.nonblank
    cells = [ln.text.count(" | ") for ln in nonblank]
    texts = [k for k, ln in enumerate(nonblank) if _is_text(verdicts[ln.index])]
    k = 0
    while k < len(nonblank):
        j = k
        while j + 1 < len(nonblank) and cells[j + 1] == cells[k]:
            j += 1
        if (cells[k] and j - k + 1 >= _TABLE_ROWS
                and ((texts and texts[0] < k and j < texts[-1])
                     or any(_NUMBER_CELL.search(ln.text) for ln in nonblank[k:j + 1]))):
            for ln in nonblank[k:j + 1]:
                v = verdicts[ln.index]
                if v.label is Label.DROP and v.rule_id in _TRAIL_RULES:
                    verdicts[ln.index] = UNSURE
        k = j + 1
