"""Pass 2, steps on repetition: a duplicated title or line, a highlights box, a block printed
twice; links made from one template; a grid of cards below the article."""
from __future__ import annotations

import re
from bisect import bisect_right

from ..features import Line
from ..judge import Document
from ..labels import Label, Verdict
from .common import _drop, _drop_at, _first_text, _kept, _unsure

_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")  # a row of a table written with pipes
# A statement ends with a full stop (a headline may end with "?" or "!", rarely with "."); a
# highlight quoting the article is a whole sentence of several words.
_STATEMENT = re.compile(r"[.。]['\"’”“‘»«)]*$")
_HIGHLIGHT_WORDS = 6
_QUOTED = re.compile(r"^\s*[\"“„«‘'»「『]")  # a quotation's opening mark
_CRUMB_WORDS = 4  # a menu's or a breadcrumb's item is a few words


def repeats(doc: Document, verdicts: list[Verdict | None]) -> None:
    """A duplicated title, or a line repeated right after itself (a name printed twice).
    One line repeated further apart is no evidence (recipes, tables of contents and tables
    repeat), but a block of long lines printed again in order is (``_repeated_blocks``)."""
    nonblank, folded = doc.nonblank, doc.folded
    top = [k for k, ln in enumerate(nonblank) if ln.index <= doc.edge_top and ln.chars >= 12]
    window = doc.config.repeat_window
    seen: dict[str, int] = {}  # each line's first copy, as its position in ``nonblank``
    first = _first_text(nonblank, verdicts)
    first_text = nonblank[first].index if first is not None else -1
    copies: dict[str, list[int]] | None = None  # each text's positions, built when first needed
    for k, line in enumerate(nonblank):
        v = verdicts[line.index]
        if line.chars < 12 or (v is not None and v.firm):
            continue
        key = folded[line.index]
        earlier = next((e for e in nonblank[max(0, k - window):k] if folded[e.index] == key), None)
        if earlier is not None:
            crumb = nonblank[k - 2] if k >= 2 and nonblank[k - 1] is earlier else None
            if (line.index < first_text and _unsure(verdicts[earlier.index]) and crumb is not None
                    and len(crumb.text.split()) <= _CRUMB_WORDS and not crumb.terminal):
                # above the text, under a menu's or a breadcrumb's short items, the first copy
                # goes and the second is left to its neighbours: of a breadcrumb's last item
                # over the page's heading, the heading is the one next to the text
                verdicts[earlier.index] = _drop_at("repeat.line", "printed again on line {}", line.index)
            else:
                verdicts[line.index] = _drop_at("repeat.line", "repeats line {}", earlier.index)
            continue
        t = next((t for t in top if t < k and folded[nonblank[t].index] == key), None)
        first = seen.setdefault(key, k)
        if (t is None and 0 < first < k and _STATEMENT.search(line.text)
                and verdicts[nonblank[first - 1].index].rule_id == "repeat.highlight"):
            t = first  # (the next sentence of a highlights box, below the top zone)
        if t is None or _TABLE_ROW.match(line.text):  # (a header row, each table)
            continue
        title = nonblank[t]
        label = nonblank[t - 1] if t > 0 else None  # the line over the top copy
        above = verdicts[label.index] if label is not None else None
        boxed = above is not None and (  # under a highlights label, or the box's sentence above
            _box_sentence(label, verdicts)
            or (_unsure(above) and doc.hinted(label, "highlight") is not None))
        if (_STATEMENT.search(line.text) and line.words >= _HIGHLIGHT_WORDS
                and _unsure(verdicts[title.index]) and (boxed or not _QUOTED.match(line.text))):
            # A sentence of the article printed near the top (a highlights box, with or without
            # its label "Highlights"): the top copy goes, the article's own further down stays.
            # (Without the label, a quotation near the top is the article's opening, and the
            # copy further down the pull quote, which goes as the title's repeat below.)
            verdicts[title.index] = _drop_at("repeat.highlight",
                                             "a sentence the article prints again on line {}", line.index)
            if boxed and above.rule_id != "repeat.highlight":
                verdicts[label.index] = _drop_at("repeat.highlight",
                                                 "the label of the quote on line {}", title.index)
        else:
            if copies is None:
                copies = {}
                for q, ln in enumerate(nonblank):
                    copies.setdefault(folded[ln.index], []).append(q)
            if not _toc_entry(nonblank, folded, t, k, verdicts, copies):  # (a section heading
                # listed in a table of contents near the top stays)
                verdicts[line.index] = _drop_at("title.repeated",
                                                "repeats the title on line {}", title.index)
    _repeated_blocks(doc, verdicts)


_TOC_LOOK = 8  # entries of a contents list looked at around the one repeated


def _toc_entry(nonblank, folded, t: int, k: int, verdicts, copies) -> bool:
    """The top copy (``nonblank[t]``) of line ``nonblank[k]`` is an entry of a table of
    contents: it is one of three lines or more in a row that are all printed again further
    down, each apart from the others (a menu printed again in the footer comes back as a
    block) and not every other line (a strip of headlines comes back over its teasers), and
    the later copy stands between kept lines, as a section heading does. It
    repeats an entry, not the title. ``copies`` maps each text to its positions."""
    if not all(0 < q < len(nonblank) and _kept(verdicts[nonblank[q].index]) for q in (k - 1, k + 1)):
        return False

    def later(q: int) -> int | None:  # the next copy of line q further down
        if not 0 <= q < k or nonblank[q].chars < 12:
            return None
        spots = copies[folded[nonblank[q].index]]
        n = bisect_right(spots, q)
        return spots[n] if n < len(spots) else None

    run = [later(t)]
    for step in (-1, 1):  # (a few entries either side tell a contents list)
        q = t + step
        while len(run) < _TOC_LOOK and (p := later(q)) is not None:
            run.append(p)
            q += step
    spots = sorted(run)
    gaps = [b - a for a, b in zip(spots, spots[1:])]
    # (every other line, a headline over its teaser: a grid of the top strip's stories)
    return len(run) >= 3 and min(gaps) >= 2 and max(gaps) >= 3


def _box_sentence(line: Line, verdicts) -> bool:
    """``line`` is a sentence of a highlights box, already dropped as one."""
    return (verdicts[line.index].rule_id == "repeat.highlight"
            and _STATEMENT.search(line.text) is not None)


def _repeated_blocks(doc: Document, verdicts: list[Verdict | None]) -> None:
    """A block of consecutive full lines printed again further down (a promotion inserted twice,
    the article's text repeated under a teaser) goes from its second copy on. One repeated line
    proves nothing (a chorus, a table's row); several in the same order do."""
    size, min_chars = doc.config.repeat_block_lines, doc.config.repeat_block_chars
    nonblank, folded = doc.nonblank, doc.folded
    first: dict[tuple[str, ...], int] = {}
    streak = 0  # long lines in a row, ending at line ``end``
    for end, line in enumerate(nonblank):
        streak = streak + 1 if line.chars >= min_chars else 0
        if streak < size:
            continue
        k = end - size + 1
        block = nonblank[k:end + 1]
        key = tuple(folded[ln.index] for ln in block)
        start = first.setdefault(key, k)
        if start + size > k:
            continue
        for ln in block:
            if not (verdicts[ln.index] is not None and verdicts[ln.index].firm):
                verdicts[ln.index] = _drop_at("repeat.block", "repeats lines {}-{}", nonblank[start].index,
                                              nonblank[start + size - 1].index)


def templated(doc: Document, verdicts: list[Verdict | None]) -> None:
    """Links made from one template ("Average cost of X in CITY" for many cities): a run of
    lines that share their first words and are not sentences."""
    cfg = doc.config
    nonblank = doc.nonblank

    def head(line: Line) -> str | None:
        words = line.text.split(None, cfg.template_words)  # not every word of a 100 MB line
        if (line.terminal or line.bullet or line.code or len(words) <= cfg.template_words
                or line.chars < cfg.short_chars // 2
                or any(ch in line.text for ch in "|:")):  # tables, list items, "label: value"
            return None
        return " ".join(words[: cfg.template_words]).casefold()

    k = 0
    while k < len(nonblank):
        key = head(nonblank[k])
        j = k + 1
        while key is not None and j < len(nonblank) and head(nonblank[j]) == key:
            j += 1
        if key is not None and j - k >= cfg.template_min_lines:
            for ln in nonblank[k:j]:
                v = verdicts[ln.index]
                if not (v is not None and v.firm):
                    verdicts[ln.index] = _drop("nav.templated", "one of many links made from one template")
        k = max(j, k + 1)


_MAX_GRIDS = 100  # no page has more grids of cards; a text that seems to is not one


def grids(doc: Document, verdicts: list[Verdict | None]) -> None:
    """A grid of cards below the article (teasers, products, events): the same short label
    ("Read more", an author's name, "Book now", a price tag) recurs at a steady interval of a
    few lines. The cards go, their prose lines aside, when the grid lies in the last part of
    the text (past most of its prose) and is not itself prose."""
    cfg = doc.config
    nonblank = doc.nonblank
    prose = [(k, ln.chars) for k, ln in enumerate(nonblank)
             if verdicts[ln.index].label is Label.KEEP and verdicts[ln.index].rule_id.startswith("prose.")]
    total = sum(c for _, c in prose)
    if not total:
        return
    seen = 0
    tail = len(nonblank)
    for k, c in prose:  # where the last fifth of the prose begins
        seen += c
        if seen >= total * cfg.grid_after_prose:
            tail = k
            break
    where: dict[str, list[int]] = {}
    for k in range(tail, len(nonblank)):
        ln = nonblank[k]
        if ln.chars <= cfg.grid_label_chars and not (ln.terminal and ln.words >= 6):
            where.setdefault(doc.folded[ln.index], []).append(k)
    article = None  # the text of the prose lines, lower-cased, built when first needed
    checked = 0
    for key, ks in where.items():
        if len(ks) < cfg.grid_min_cards:
            continue
        gaps = [b - a for a, b in zip(ks, ks[1:])]
        if min(gaps) < 2 or max(gaps) > cfg.grid_max_period or max(gaps) - min(gaps) > 1:
            continue
        span = nonblank[ks[0]:min(len(nonblank), ks[-1] + max(gaps))]
        chars = sum(ln.chars for ln in span) or 1
        sentences = sum(ln.chars for ln in span if ln.terminal and ln.words >= 6)
        if sentences > chars * cfg.grid_max_sentence_share:
            continue
        checked += 1
        if checked > _MAX_GRIDS:  # bounded cost: each check reads the article once
            break
        if article is None:
            article = "\n".join(nonblank[k].text for k, _ in prose).casefold()
        if key in article:
            continue  # a label the article talks about: the columns of a table, not a card
        label = span[0].text if len(span[0].text) <= 40 else span[0].text[:40] + "…"
        for ln in span:
            v = verdicts[ln.index]
            if v.firm or v.label is Label.KEEP:
                continue  # prose (teasers) and rule decisions stay as they are
            verdicts[ln.index] = _drop(
                "nav.grid", f"part of a grid of cards ({label!r} recurs every {max(gaps)} lines)")
