"""Pass 2, runs: a heading such as "Related articles" takes the teaser lines under it along, and a
grid of teaser cards that goes on from there goes too."""
from __future__ import annotations

import re
from itertools import accumulate

from ..features import Line
from ..judge import Document, UNSURE
from ..labels import Label, Verdict
from .common import _DIGITS, _drop, _first_text, _next_line

# A list item marked with a dash or a bullet (not a number: numbered lists nest as "4.1").
_DASHED = re.compile(r"^[-*•·–—▪►✓✔]\s")
# A dated entry of a change log: "12 Mar 2024 - Prices updated", "- 2024-03-12: New section".
_DATED = re.compile(r"^[-–•*]?\s*(\d{1,2}(st|nd|rd|th|\.)?\s+\w{3,10}\.?,?\s+\d{4}|\w{3,10}\.?\s+\d{1,2}"
                    r"(st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})\s*[-–—:|]")


_BYLINE_OR_DATE = ("byline.", "date.")


_NUMBERED_ENTRIES = 2  # entries that open with their number: a numbered contents list
_KICKER_WORDS = 4  # a section's label between a headline and its byline: "Match report"
_TAG_WORDS = 4  # a tag is a few words


def _over_byline(lines: list[Line], verdicts: list[Verdict | None], j: int, first_text: int) -> bool:
    """The next line with text under line ``j`` is a byline or a date a rule dropped, or a
    short label no rule decided is, with the byline or date under it (a headline over its
    section's label, "Match report", over the byline), or the page's first line of text is,
    with the byline or date under it (a headline over its standfirst)."""
    passed = False  # (the short label or the standfirst passed)
    for k in range(j + 1, len(lines)):
        w = verdicts[k]
        if w is None:
            continue
        if w.firm and w.label is Label.DROP and w.rule_id.startswith(_BYLINE_OR_DATE):
            return True
        line = lines[k]
        if passed or not (k == first_text or (
                not w.firm and not line.terminal and 0 < line.words <= _KICKER_WORDS)):
            return False
        passed = True
    return False


# a contents entry's number ("1. ", "2.3 ", "iv. "): the section's heading comes back without it
_ENTRY_NUMBER = re.compile(r"^\s*(\d{1,2}(\.\d{1,2})*[.)]?|[ivx]{1,4}[.)])\s+")


def _entry_key(folded: str) -> str:
    """A contents entry or a heading as they are compared: case-folded, its number left out."""
    return _ENTRY_NUMBER.sub("", folded, count=1)


# what a section's heading may add after its contents entry: "Day 1" comes back as "Day 1: the
# old town", "材料" as "材料（2〜3人分）"
_ENTRY_TAIL = re.compile(r"\s*([:：(（\[]|[-–—|]\s)")


def _entry_heading(key: str, entry: str | None) -> bool:
    """``key`` (an ``_entry_key``) is the contents entry ``entry`` come back as its section's
    heading: the same, or the same with a subtitle or a note after it."""
    return entry is not None and (key == entry or (
        key.startswith(entry) and _ENTRY_TAIL.match(key, len(entry)) is not None))


def runs(doc: Document, verdicts: list[Verdict | None]) -> None:
    """Lines under a run-starting heading go until real prose resumes (or, for a run that
    starts above the first paragraph, until the breadcrumb trail or a title-shaped line over
    a byline or a date, or under a date: the headline under a menu item such as "About Me").
    Under a table of contents the list ends where its first entry comes back (perhaps with a
    subtitle: "Day 1: the old town"), and the entries met again
    further down are kept as the article's section headings (ctx.toc_heading); fewer than
    ``toc_min_entries`` lines before the prose are no contents list but the article's first
    lines (an extractor dropped the list), and stay."""
    cfg = doc.config
    lines = doc.lines
    listed: dict[str, tuple[int, str]] = {}  # contents entry -> (end of its list, its heading)
    prose_upto = None  # kept characters above each line, for teaser cards
    # the first line pass 1 kept as running text: a run that starts above it is in the menus
    first = _first_text(doc.nonblank, verdicts)
    first_text = doc.nonblank[first].index if first is not None else len(lines)
    i = 0
    while i < len(lines):
        v = verdicts[i]
        if v is None or not (v.label is Label.DROP and v.starts_run):
            i += 1
            continue
        heading = lines[i].text
        # A table of contents never opens with a paragraph: under one, a paragraph is the
        # article going on (the extractor dropped the list itself). Other lists may open with
        # a teaser or a bio ("About the author" + "NAME is a ...").
        toc = v.rule_id == "nav.toc"
        tags = v.rule_id == "link.tags"
        # (the name under a byline's label, "By" over "Randy Maniloff", is the byline)
        taken_id = "byline.author" if v.rule_id.startswith("byline.") else "related.list"
        # under a page region's name ("Footer", "Primary Sidebar") come links: any line pass 1
        # read as a sentence ends the run (a tutorial's "Footer" section goes on in prose)
        landmark = v.rule_id == "nav.landmark"
        if landmark or v.rule_id.startswith("related."):
            if prose_upto is None:  # (once: a page of many lists stays linear)
                prose_upto = list(accumulate(
                    (ln.chars if w is not None and w.label is Label.KEEP else 0
                     for ln, w in zip(lines, verdicts)), initial=0))
        if landmark and _inside_text(prose_upto, i, cfg):
            # a region's name between the article's paragraphs heads a section of it (a
            # tutorial's "Sidebar" over its bullet points): left to pass 2 like any short line
            verdicts[i] = UNSURE
            i += 1
            continue
        j = i + 1
        taken = 0
        bulleted = None  # whether the list's first item was a bullet: a list keeps its shape
        numbers = 0  # contents entries taken that open with their number ("1. ", "2.3 ")
        entries: set[str] = set()  # contents entries met again are the sections' headings
        first_entry = None  # and the first one met again is where the list has ended
        before: list[tuple[int, Verdict]] = []  # what the list took, as it was
        ended_by_prose = False
        dated = False  # (the line before was a date a rule dropped)
        while j < len(lines):
            line, w = lines[j], verdicts[j]
            if w is None:
                j += 1
                continue
            if w.firm and (w.label is Label.KEEP or w.starts_run):
                break
            if i < first_text and w.firm and w.rule_id == "nav.breadcrumb":
                break  # (a run in the menus ends at the breadcrumb trail over the article)
            if i < first_text and not w.firm and (
                    not line.terminal or line.text.rstrip().endswith("?")) and (
                    _over_byline(lines, verdicts, j, first_text) or dated):
                break  # (a run started in the menus stops at the headline over its byline,
                # or under the post's date: a blog's "Friday, 7 March 2025" over its title; a
                # headline may ask a question)
            dated = w.firm and w.label is Label.DROP and w.rule_id.startswith("date.")
            if toc and _entry_heading(_entry_key(doc.folded[j]), first_entry):
                break
            if tags and (w.firm or line.words > _TAG_WORDS):
                break  # (a post's tags stand together, each a few words: a share button or
                # the headline under them ends them)
            if v.rule_id.startswith("changelog.") and _DATED.match(line.text):
                if not w.firm:  # a change log runs as long as its dated entries do
                    verdicts[j] = _drop("changelog.entry", f"dated entry under {heading!r}")
                j += 1
                continue
            prose = _is_paragraph(line, w, cfg) or (landmark and w.label is Label.KEEP)
            if landmark and not prose and (_next_kept(verdicts, j) or line.bullet):
                break  # (the article's headline over its first paragraph; a list item,
                # "- contact details", is an article's list, not a link)
            # the first line goes along (a teaser's snippet, a bio) unless a paragraph follows
            # it: then the article goes on under a heading whose list the extractor dropped
            first = (not toc and not landmark and taken == 0 and line.chars <= cfg.run_first_max_chars
                     and not _paragraph_follows(lines, verdicts, j, cfg))
            if (prose and not first) or line.code or taken >= cfg.run_max_lines:
                ended_by_prose = prose
                break
            dashed = _DASHED.match(line.text) is not None
            numbered = toc and _ENTRY_NUMBER.match(line.text) is not None
            if toc and taken >= _NUMBERED_ENTRIES and taken == numbers and not numbered and not w.firm:
                break  # (a contents list numbered "1." to "5." ends at the first heading without)
            numbers += numbered
            if bulleted is None:
                bulleted = dashed
            elif bulleted and not dashed and not w.firm:
                break
            taken += 1
            entries.add(_entry_key(doc.folded[j]))
            first_entry = first_entry or _entry_key(doc.folded[j])
            if not w.firm:
                before.append((j, w))
                verdicts[j] = _drop(taken_id, f"listed under the heading {heading!r}")
            j += 1
        if toc and ended_by_prose and taken < cfg.toc_min_entries:
            # Fewer entries than any table of contents has, then the article: the extractor
            # dropped the list, and these are the article's first lines (a section heading).
            for k, w in before:
                verdicts[k] = w
            entries.clear()
        if v.rule_id.startswith("related.") and ended_by_prose and taken >= 2:
            j = _teaser_cards(doc, verdicts, j, heading, prose_upto)
        if landmark and taken == 0:
            if ended_by_prose:  # prose straight under it: a section of an article about layout
                verdicts[i] = Verdict(Label.KEEP, "ctx.heads_content", "a section heading: prose follows it")
            else:  # no link under it ("- contact details"): left to pass 2 like any short line
                verdicts[i] = UNSURE
        if toc:
            for entry in entries:
                listed.setdefault(entry, (j, heading))
        i = j
    if not listed:
        return
    # the contents entries met again further down are the article's section headings (the
    # repeats step may have taken one for the title's copy: the list's entry was near the top)
    for k, key in enumerate(doc.folded):
        entry = _entry_key(key)
        seen = listed.get(entry) or next(
            (where for e, where in listed.items() if _entry_heading(entry, e)), None)
        w = verdicts[k]
        if (w is not None and (not w.firm or w.rule_id == "title.repeated")
                and seen is not None and k >= seen[0]):
            verdicts[k] = Verdict(Label.KEEP, "ctx.toc_heading",
                                  f"a section heading listed under {seen[1]!r}")


def _is_paragraph(line: Line, verdict: Verdict, cfg) -> bool:
    """Kept by pass 1 and long enough to end a run: the article's running text. A Chinese or
    Japanese character weighs as much as the short test makes it (``short_chars`` against
    ``short_words_cjk`` words of ``cjk_chars_per_word``: 40 to 16, so 100 characters are 40
    CJK ones), and a Korean line is long as running prose is (``hangul_long_words``): a CJK
    paragraph of 50 characters is a long one."""
    if verdict.label is not Label.KEEP or line.truncated:
        return False
    if line.cjk:
        cjk_short = cfg.short_words_cjk * cfg.cjk_chars_per_word
        return line.chars * cfg.short_chars >= cfg.run_end_chars * cjk_short
    if line.hangul:
        return line.words >= cfg.hangul_long_words
    return line.chars >= cfg.run_end_chars


def _plain_paragraph(line: Line, verdict: Verdict, cfg) -> bool:
    """A paragraph that is not a list item or a title-cased teaser ("- TITLE by NAME ...")."""
    return _is_paragraph(line, verdict, cfg) and not line.bullet and not line.title_case


def _paragraph_follows(lines, verdicts, j: int, cfg) -> bool:
    """Line ``j`` and the next line with text after it are plain paragraphs (or the next one
    is a kept sentence of eight words or more, no list item or title-cased headline)."""
    if not _plain_paragraph(lines[j], verdicts[j], cfg):
        return False
    k = _next_line(verdicts, j)
    if k == len(lines):
        return False
    ln, v = lines[k], verdicts[k]
    return _plain_paragraph(ln, v, cfg) or (
        v.label is Label.KEEP and ln.terminal and not ln.bullet and not ln.title_case
        and ln.words >= 8)


def _share_above(prose_upto: list[int], k: int) -> float:
    """The share of the characters pass 1 kept that lie above line ``k`` (1 on a page with
    none)."""
    return prose_upto[k] / prose_upto[-1] if prose_upto[-1] else 1.0


def _inside_text(prose_upto: list[int], k: int, cfg) -> bool:
    """Line ``k`` lies inside the page's running text: more than the top fifth of the
    characters pass 1 kept lie above it, and more than the last fifth below
    (``grid_after_prose``: the share past which the tail begins)."""
    return 1 - cfg.grid_after_prose < _share_above(prose_upto, k) < cfg.grid_after_prose


_CARD_SHORT_CHARS = 100  # a card's kicker, headline, source line or byline is shorter


def _teaser_cards(doc: Document, verdicts: list[Verdict | None], j: int, heading: str,
                  prose_upto: list[int]) -> int:
    """A related list that prose ended at line ``j`` may be a grid of teaser cards: a teaser
    (kept by pass 1 as prose) then 2 to 5 short lines (the next card's kicker, headline,
    source), again and again. With ``teaser_min_cards`` cards alike in size, past most of the
    page's prose (``grid_after_prose``), the grid goes; the short lines before a line that is
    no teaser are left to pass 2 (an article's heading and byline, should it go on there).
    ``prose_upto[k]``: the characters of the lines pass 1 kept above line ``k``. Returns where
    the run ends."""
    cfg = doc.config
    lines, n = doc.lines, len(doc.lines)

    def teaser(k: int) -> bool:
        v = verdicts[k] if k < n else None
        return (v is not None and v.label is Label.KEEP and not v.firm
                and lines[k].chars <= cfg.teaser_max_chars)

    # as with a grid of cards, only past most of the page's prose: higher up, the same rhythm
    # is an article's steps ("Step 2" / "Wrap the branches" / a paragraph)
    if _share_above(prose_upto, j) < cfg.grid_after_prose:
        return j
    cards: list[tuple[int, list[int]]] = []
    k = j
    while teaser(k) and len(cards) < cfg.run_max_lines:  # (bounded: a grid, not a page)
        shorts: list[int] = []
        m = _next_line(verdicts, k)
        while (m < n and len(shorts) <= 5 and verdicts[m].label is not Label.KEEP
               and lines[m].chars < _CARD_SHORT_CHARS):
            shorts.append(m)
            m = _next_line(verdicts, m)
        if not 2 <= len(shorts) <= 5 or not (m >= n or teaser(m)):
            cards.append((k, []))  # the last teaser: what follows it is no card
            break
        cards.append((k, shorts))
        k = m
    sizes = [len(shorts) for _, shorts in cards if shorts]
    if len(cards) < cfg.teaser_min_cards or max(sizes) - min(sizes) > 1:
        return j
    # numbered in order ("Step 1", "Step 2", "3. Water well"): an article's steps, no cards
    numbers = [next((int(m.group()) for q in shorts if (m := _DIGITS.search(lines[q].text))), None)
               for _, shorts in cards if shorts]
    if None not in numbers and all(b == a + 1 for a, b in zip(numbers, numbers[1:])):
        return j
    for k, shorts in cards:
        for q in (k, *shorts):
            if not verdicts[q].firm:
                verdicts[q] = _drop("related.card", f"a teaser card under the heading {heading!r}")
    return max(q for k, shorts in cards for q in (k, *shorts)) + 1


def _next_kept(verdicts, j: int) -> bool:
    """The next line with text after line ``j`` is one pass 1 kept."""
    k = _next_line(verdicts, j)
    return k < len(verdicts) and verdicts[k].label is Label.KEEP
