"""Pass 2: settle lines from their neighbours, and handle runs of boilerplate.

Steps, in order (each only decides; none edits text):
0. wrapped: lines of a hard-wrapped paragraph are judged together, as the paragraph;
1. repeats: a line that repeats an earlier one (a duplicated title, a menu shown twice), a
   block of long lines printed twice (the later copy);
2. templated, grids, runs: many links made from one template; a grid of cards (one short
   label recurring every few lines) below the article; a heading such as "Related articles"
   takes the teaser lines under it along;
3. endmatter: a references heading in the bottom half takes the citations under it along;
4. tail / comments: a comment-section line, or two reader comments close together, near the
   bottom end the article;
5. bios: a name line repeated, or followed by "NAME is a ... writer" bio, goes as a block;
6. unsure blocks: settled from the nearest decided lines above and below (on a page with no
   running text, the largest group of blocks that is not a menu is the body);
7. region: kept lines outside the run(s) of lines that hold the article go.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from .features import Line, analyse, code_syntax
from .judge import UNSURE, Document, prose_filter, rule_filter
from .labels import Label, Verdict
from .stoplists import stoplist

_NAME = re.compile(r"^(?:[A-Z][\w'’.-]*\s){1,3}[A-Z][\w'’.-]*$")
_BIO_VERBS = re.compile(r"^(is|was|has|covers|writes|joined|serves|works|holds|studied)\b")
# A list item marked with a dash or a bullet (not a number: numbered lists nest as "4.1").
_DASHED = re.compile(r"^[-*•·–—▪►✓✔]\s")
# A dated entry of a change log: "12 Mar 2024 - Prices updated", "- 2024-03-12: New section".
_DATED = re.compile(r"^[-–•*]?\s*(\d{1,2}(st|nd|rd|th|\.)?\s+\w{3,10}\.?,?\s+\d{4}|\w{3,10}\.?\s+\d{1,2}"
                    r"(st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})\s*[-–—:|]")


def _is_text(v: Verdict) -> bool:
    """Kept by pass 1 as running prose or code: the article's own text."""
    return v.label is Label.KEEP and v.rule_id.startswith(("prose.", "code."))


def _drop(rule_id: str, reason: str) -> Verdict:
    return Verdict(Label.DROP, rule_id, reason, firm=True)


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


_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")  # a row of a table written with pipes
# A statement ends with a full stop (a headline may end with "?" or "!", rarely with "."); a
# highlight quoting the article is a whole sentence of several words.
_STATEMENT = re.compile(r"[.。]['\"’”“‘»«)]*$")
_HIGHLIGHT_WORDS = 6


def repeats(doc: Document, verdicts: list[Verdict | None]) -> None:
    """A duplicated title, or a line repeated right after itself (a name printed twice).
    One line repeated further apart is no evidence (recipes, tables of contents and tables
    repeat), but a block of long lines printed again in order is (``_repeated_blocks``)."""
    nonblank, folded = doc.nonblank, doc.folded
    top = [k for k, ln in enumerate(nonblank) if ln.index <= doc.edge_top and ln.chars >= 12]
    window = doc.config.repeat_window
    seen: dict[str, int] = {}  # each line's first copy, as its position in ``nonblank``
    copies: dict[str, list[int]] | None = None  # each text's positions, built when first needed
    for k, line in enumerate(nonblank):
        v = verdicts[line.index]
        if line.chars < 12 or (v is not None and v.firm):
            continue
        key = folded[line.index]
        earlier = next((e for e in nonblank[max(0, k - window):k] if folded[e.index] == key), None)
        if earlier is not None:
            verdicts[line.index] = _drop("repeat.line", f"repeats line {earlier.index + 1}")
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
        if (_STATEMENT.search(line.text) and line.words >= _HIGHLIGHT_WORDS and boxed
                and _unsure(verdicts[title.index])):
            # A highlights box ("Highlights" over a sentence of the article): the box goes, and
            # the article's own copy further down stays.
            verdicts[title.index] = _drop("repeat.highlight",
                                          f"a sentence the article prints again on line {line.index + 1}")
            if above.rule_id != "repeat.highlight":
                verdicts[label.index] = _drop("repeat.highlight",
                                              f"the label of the quote on line {title.index + 1}")
        else:
            if copies is None:
                copies = {}
                for q, ln in enumerate(nonblank):
                    copies.setdefault(folded[ln.index], []).append(q)
            if not _toc_entry(nonblank, folded, t, k, verdicts, copies):  # (a section heading
                # listed in a table of contents near the top stays)
                verdicts[line.index] = _drop("title.repeated",
                                             f"repeats the title on line {title.index + 1}")
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


def _kept(v: Verdict | None) -> bool:
    return v is not None and v.label is Label.KEEP


def _box_sentence(line: Line, verdicts) -> bool:
    """``line`` is a sentence of a highlights box, already dropped as one."""
    return (verdicts[line.index].rule_id == "repeat.highlight"
            and _STATEMENT.search(line.text) is not None)


def _unsure(v: Verdict | None) -> bool:
    return v is not None and not v.firm and v.label is not Label.DROP


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
                verdicts[ln.index] = _drop("repeat.block", f"repeats lines {nonblank[start].index + 1}"
                                           f"-{nonblank[start + size - 1].index + 1}")


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


def runs(doc: Document, verdicts: list[Verdict | None]) -> None:
    """Lines under a run-starting heading go until real prose resumes. Under a table of
    contents the list ends where its first entry comes back, and the entries met again
    further down are kept as the article's section headings (ctx.toc_heading); fewer than
    ``toc_min_entries`` lines before the prose are no contents list but the article's first
    lines (an extractor dropped the list), and stay."""
    cfg = doc.config
    lines = doc.lines
    listed: dict[str, tuple[int, str]] = {}  # contents entry -> (end of its list, its heading)
    prose_upto = None  # kept characters above each line, for teaser cards
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
        entries: set[str] = set()  # contents entries met again are the sections' headings
        first_entry = None  # and the first one met again is where the list has ended
        before: list[tuple[int, Verdict]] = []  # what the list took, as it was
        ended_by_prose = False
        while j < len(lines):
            line, w = lines[j], verdicts[j]
            if w is None:
                j += 1
                continue
            if w.firm and (w.label is Label.KEEP or w.starts_run):
                break
            if toc and doc.folded[j] == first_entry:
                break
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
            if bulleted is None:
                bulleted = dashed
            elif bulleted and not dashed and not w.firm:
                break
            taken += 1
            entries.add(doc.folded[j])
            first_entry = first_entry or doc.folded[j]
            if not w.firm:
                before.append((j, w))
                verdicts[j] = _drop("related.list", f"listed under the heading {heading!r}")
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
    # the contents entries met again further down are the article's section headings
    for k, key in enumerate(doc.folded):
        w, seen = verdicts[k], listed.get(key)
        if w is not None and not w.firm and seen is not None and k >= seen[0]:
            verdicts[k] = Verdict(Label.KEEP, "ctx.toc_heading",
                                  f"a section heading listed under {seen[1]!r}")


def _is_paragraph(line: Line, verdict: Verdict, cfg) -> bool:
    """Kept by pass 1 and long enough to end a run: the article's running text."""
    return verdict.label is Label.KEEP and line.chars >= cfg.run_end_chars and not line.truncated


def _plain_paragraph(line: Line, verdict: Verdict, cfg) -> bool:
    """A paragraph that is not a list item or a title-cased teaser ("- TITLE by NAME ...")."""
    return _is_paragraph(line, verdict, cfg) and not line.bullet and not line.title_case


def _next_line(verdicts, j: int) -> int:
    """The index of the next line with text after line ``j`` (``len(verdicts)``: none)."""
    k = j + 1
    while k < len(verdicts) and verdicts[k] is None:
        k += 1
    return k


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


def _drop_rest(lines: list[Line], verdicts: list[Verdict | None], verdict: Verdict) -> None:
    """Drop ``lines`` (the end of a document) unless a rule decided them: a firm drop keeps its
    own id, a keep rule protects its line."""
    for line in lines:
        if not verdicts[line.index].firm:
            verdicts[line.index] = verdict


def tail(doc: Document, verdicts: list[Verdict | None]) -> None:
    """A comment-section line (prompt, counter, form, "NAME says") in the bottom part ends
    the article: whatever follows (teasers, comments, promotions) goes, protected lines aside.
    Not when several times more running text follows it than precedes it: then the page
    printed its comment widget above the article (a long comment thread is not that long)."""
    nonblank = doc.nonblank
    start = int(len(nonblank) * doc.config.tail_from)
    prose: list[int] | None = None
    for k in range(start, len(nonblank)):
        v = verdicts[nonblank[k].index]
        if v.label is Label.DROP and v.firm and v.rule_id.startswith("comment."):
            if prose is None:  # running-text characters before each line (computed once)
                prose = [0]
                for ln in nonblank:
                    prose.append(prose[-1] + (ln.chars if verdicts[ln.index].label is Label.KEEP else 0))
            if prose[-1] - prose[k + 1] > doc.config.tail_article_ratio * prose[k]:
                continue  # far more running text below than above: the article comes after it
            _drop_rest(nonblank[k + 1:], verdicts, _drop(
                "tail.after_end", f"below {nonblank[k].text!r}, which ends the article"))
            return


# What a reference or footnote carries and running prose does not: a link, a year in
# brackets or before a semicolon (journal style), "Retrieved from", "et al.", a DOI, a
# volume(issue), a back-arrow.
_CITATION = re.compile(r"https?://|www\.|\bdoi\b|\bet al\b|\b(retrieved|accessed)\b|↩|\[\d{1,3}\]"
                       r"|\((19|20)\d\d[a-z]?\)|\b(19|20)\d\d[a-z]?;|\b\d{1,4} ?\(\d{1,4}\) ?:", re.I)


# A numbered note: "1. ", "2) ", "[3] ", "^4 ", "¹", "* ".
_FOOTNOTE = re.compile(r"^\s*(\d{1,3}[.)]\s|\[\d{1,3}\]|\^?\d{1,3}\s|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\*+\s?\w)")


def _prose(line: Line, verdict: Verdict) -> bool:
    """Running text (kept as prose by pass 1, or a sentence of any length), not a list item,
    with no citation marks."""
    return (not line.bullet and _CITATION.search(line.text) is None
            and ((verdict.label is Label.KEEP and verdict.rule_id.startswith("prose."))
                 or _is_sentence(line)))


def _resumes(lines, verdicts, j: int) -> bool:
    """The article goes on at line ``j``: it and the next line with text are running text
    that does not read as citations."""
    count = 0
    for k in range(j, len(lines)):
        if verdicts[k] is None:
            continue
        if not _prose(lines[k], verdicts[k]):
            return False
        count += 1
        if count == 2:
            return True
    return False


def endmatter(doc: Document, verdicts: list[Verdict | None]) -> None:
    """A references heading in the bottom half of a document ("References", "Footnotes",
    "Works cited") opens the end matter: the lines under it go with it, to the end of the
    document or until the article goes on (two lines of running text without citation marks)
    or code begins. Fewer than ``refs_min_entries`` lines, none numbered or with a citation
    mark, are no list and stay. Only the first such heading counts. Above the bottom half a
    heading is left alone (a "Sources" box inside the article)."""
    cfg = doc.config
    nonblank = doc.nonblank
    lines = doc.lines
    for k in range(int(len(nonblank) * cfg.endmatter_from), len(nonblank)):
        v = verdicts[nonblank[k].index]
        if not (v.label is Label.DROP and v.firm and v.rule_id.startswith("refs.")):
            continue
        heading = nonblank[k].text
        taken = []
        for j in range(nonblank[k].index + 1, len(lines)):
            w = verdicts[j]
            if w is None or (w.firm and w.label is Label.DROP):
                continue
            if w.firm or lines[j].code or _resumes(lines, verdicts, j):
                break
            taken.append(j)
        if len(taken) < cfg.refs_min_entries and not any(
                _FOOTNOTE.match(lines[j].text) or _CITATION.search(lines[j].text)
                for j in taken):
            return  # a line or two, neither numbered nor cited: no list, the article's end
        for j in taken:
            verdicts[j] = _drop("refs.entry", f"listed under the heading {heading!r}")
        return


def comments(doc: Document, verdicts: list[Verdict | None]) -> None:
    """Reader comments: two comment-like lines close together ("Thanks for sharing!", "Great
    post, Anna.") in the bottom part of a document open its comment section, which runs to
    the end. One such line alone proves nothing: articles quote thanks and praise too."""
    cfg = doc.config
    if not doc.hints:
        return
    nonblank = doc.nonblank
    start = int(len(nonblank) * cfg.comments_from)
    hits = [k for k in range(start, len(nonblank)) if doc.hinted(nonblank[k], "comments")]
    # The section runs to the end with no long gap between comment-like lines: a thread, not
    # a few exclamations inside the article (and cutting it cannot make an earlier cut look
    # right on the next pass).
    span = cfg.comments_span
    if len(hits) < 2 or len(nonblank) - 1 - hits[-1] > 3 * span:
        return
    chain = [hits[-1]]  # built backwards, then turned round (insert(0) was quadratic)
    for a in reversed(hits[:-1]):
        if chain[-1] - a > 3 * span:
            break
        chain.append(a)
    chain.reverse()
    # The opener is a real remark (a few words), with another comment-like line soon after.
    first = next((a for a, b in zip(chain, chain[1:])
                  if b - a <= span and len(nonblank[a].text.split()) >= 4), None)
    if first is None:
        return
    # An answer addressed by name ("Thanks, Maria!") answers the comment just above it.
    hint = doc.hinted(nonblank[first], "comments")
    if (hint is not None and hint.id == "comment.answer" and first > start
            and not verdicts[nonblank[first - 1].index].firm and _is_sentence(nonblank[first - 1])):
        first -= 1
    _drop_rest(nonblank[first:], verdicts, _drop(
        "comment.thread", f"reader comments, from {nonblank[first].text[:60]!r} on"))


def bios(doc: Document, verdicts: list[Verdict | None]) -> None:
    """A name on its own line, repeated or followed by its bio ("NAME is a writer ...").

    "NAME / NAME is a ..." pairs for two or more names in one document are a list of entries
    (products, places, brands: "Apache Spark / Apache Spark is an engine ..."), not an author
    box."""
    nonblank = doc.nonblank
    repeated, headed = [], []
    for k, line in enumerate(nonblank[:-1]):
        if line.chars > 40 or not _NAME.match(line.text):
            continue
        nxt = nonblank[k + 1]
        if verdicts[line.index] is not None and verdicts[line.index].firm:
            continue
        rest = nxt.text[len(line.text):].lstrip() if nxt.text.startswith(line.text) else None
        if rest is None:
            continue
        if rest == "":  # the name repeated: the bio (if any) follows the second copy
            repeated.append(line)
        elif _BIO_VERBS.match(rest):
            headed.append((line, nxt))
    for line in repeated:
        verdicts[line.index] = _drop("bio.author", "author name repeated before a bio")
    if len({line.text for line, _ in headed}) > 1:
        return
    for line, nxt in headed:  # one name (an author box may be printed twice)
        verdicts[line.index] = _drop("bio.author", "author name heading a bio")
        if not (verdicts[nxt.index] and verdicts[nxt.index].firm):
            verdicts[nxt.index] = _drop("bio.author", f"bio of {line.text}")


def _is_sentence(line: Line) -> bool:
    return line.terminal and line.words >= 4 and not line.truncated


def _is_menu_like(line: Line) -> bool:
    """A menu or link item: a few words, no sentence end, capitalised like a label (a list
    item in sentence case, "Damage to items", is content)."""
    text = line.text
    return (line.words <= 4 and not line.terminal and not line.code and not line.bullet
            and (line.title_case or (line.words < 2 and line.chars <= 20))
            and not any(ch.isdigit() or ch in "|:$%" for ch in text))


def _is_menu_block(block: list[Line], min_lines: int, share: float) -> bool:
    if len(block) < min_lines:
        return False
    return sum(_is_menu_like(ln) for ln in block) >= share * len(block)


def _is_heading_like(line: Line) -> bool:
    # long enough to be a title: 15 characters, or 4 words (a CJK headline is short in characters)
    return (line.chars >= 15 or line.words >= 4) and not line.bullet and not line.truncated


_NUMBERED_HEADING = re.compile(r"^\d{1,2}(\.\d{1,2})*\.?\s+\w")


_ITEM = re.compile(r"^(\S+(?: \S+)?)[:–—-]\s")
_DIGITS = re.compile(r"\d+")


def _item_shape(line: Line) -> str | None:
    """The shape of a list item that starts with a label ("3a etapa: ...", "Step 4: ..."): its
    label with digits made 0. Lines of one shape in a row are one list."""
    m = _ITEM.match(line.text)
    if m is None or not any(ch.isdigit() for ch in m.group(1)):
        return None
    return _DIGITS.sub("0", m.group(1).casefold())


def _heads_section(line: Line) -> bool:
    """A heading just above content: title-like, or a numbered section heading ("1. Scope")."""
    return _is_heading_like(line) or (
        line.bullet and not line.terminal and not line.truncated and line.words <= 8
        and bool(_NUMBERED_HEADING.match(line.text.strip())))


def _under_menu(block: list[Line], n: int, above: Label | None) -> bool:
    """Line ``n`` of ``block`` stands under menu items: the two lines over it are menu-like
    and so is a third, or a dropped line (a menu's "Home") heads the block. A headline of two
    short title-cased lines ("Sourdough Basics" / "Winter Edition") is no menu."""
    if n < 2 or not (_is_menu_like(block[n - 1]) and _is_menu_like(block[n - 2])):
        return False
    return (n >= 3 and _is_menu_like(block[n - 3])) or (n == 2 and above is Label.DROP)


def _is_section_label(line: Line, doc: Document) -> bool:
    """One of the article's own short section headings ("Introduction", "Key takeaways",
    "Ingredients": a ``heading.section`` hint). Just above content it stays however short;
    what stands above it is another matter (a section starts there)."""
    return not line.bullet and doc.hinted(line, "heading") is not None


def _looked_through(v: Verdict) -> bool:
    """A firm rule drop that does not head a run: a widget line that pass 2 looks past when it
    asks what lies beyond it (a share bar, a date, an ad marker, a photo credit)."""
    return v.label is Label.DROP and v.firm and not v.starts_run


def _neighbour(doc: Document, verdicts, idx: list[int], k: int, step: int) -> Label | None:
    """Label of the nearest decided line from position ``k`` in direction ``step``, looking
    through a few firm rule drops (a share bar or a date between a title and its article); a
    run of drops of one rule (a gallery's photo credits, a row of buy buttons) counts once."""
    skipped = 0
    last = None  # the rule of the last line looked through: a run of one rule counts once
    while 0 <= k < len(idx):
        v = verdicts[idx[k]]
        if _looked_through(v) and (skipped < doc.config.see_through or v.rule_id == last):
            skipped += v.rule_id != last
            last = v.rule_id
            k += step
            continue
        return v.label
    return Label.DROP if skipped else None


_CUT_WORDS = 12  # a paragraph, not a teaser's line or a "Read more..." link
# a sentence ends inside the line: a paragraph cut off, not a one-sentence teaser
_KICKER = re.compile(r"^[A-Z][A-Z'’ -]{2,24}:\s")  # "EXCLUSIVE: ...": a teaser's label
_SENTENCE_INSIDE = re.compile(r"\w[.!?][\"'’”)]* +[\"'‘“(]*[A-Z0-9]")


def settle(doc: Document, verdicts: list[Verdict | None]) -> None:
    """Unsure lines take their label from the nearest decided lines above and below."""
    idx = [ln.index for ln in doc.nonblank]
    total = sum(doc.lines[i].chars for i in idx) or 1
    prose = sum(doc.lines[i].chars for i in idx if verdicts[i].label is Label.KEEP)
    dense = prose / total >= doc.config.dense_prose
    # the last line that pass 1 kept as prose or code: past it lies the page's tail
    last_text = max((i for i in idx if _is_text(verdicts[i])), default=-1)
    sole = _sole_block(doc, verdicts, idx) if last_text < 0 else set()
    for start, k in _unsure_blocks(verdicts, idx):
        block = [doc.lines[i] for i in idx[start:k]]
        if start in sole:
            for ln in block:
                verdicts[ln.index] = Verdict(Label.KEEP, "ctx.only_text",
                                             "the body of a page with no running prose")
            continue
        above = _neighbour(doc, verdicts, idx, start - 1, -1)
        below = _neighbour(doc, verdicts, idx, k, +1)
        if above is Label.KEEP:
            more = _continues_pattern(doc, verdicts, idx, start, k)
            for ln in block[:more]:
                verdicts[ln.index] = Verdict(Label.KEEP, "ctx.continues_list",
                                             "goes on with the pattern of the content lines above")
            block, start = block[more:], start + more
            if not block:
                continue
        if (above is Label.KEEP and k - start == 1 and k < len(idx) and block[0].truncated
                and block[0].words >= _CUT_WORDS and _SENTENCE_INSIDE.search(block[0].text)
                and not _KICKER.match(block[0].text)
                and verdicts[idx[k]].rule_id == "promo.paywall"):
            # the article's last paragraph, cut off where the paywall starts
            verdicts[block[0].index] = Verdict(Label.KEEP, "ctx.paywall_cut",
                                               "the article's paragraph the paywall cuts off")
            continue
        # past the last paragraph, and running into a widget (dropped, or undecided with a
        # long stretch of page still below it)
        in_tail = block[0].index > last_text and (
            below is Label.DROP or (below is Label.UNSURE and len(idx) - k >= doc.config.tail_rest_lines))
        for line, label, rid, why in _settle_block(block, above, below, dense, start == 0, in_tail,
                                                   doc):
            verdicts[line.index] = Verdict(label, rid, why)


_PERIODS = range(2, 7)  # lines per item of a list whose items have several lines
_HEAD_WORDS = 4  # an item's numbered heading: "Day 2", "Week 3", "Meal 4"


def _shape(line: Line) -> str:
    """What the lines of a list that repeat their layout share: a "Label: value" line its
    label, any other line its text, with digits made 0 ("Meal 2" is "Meal 1")."""
    text = line.text.casefold()
    label = text.split(":", 1)[0] if ":" in text[:40] else text
    return _DIGITS.sub("0", label)


def _next_number(head: Line, above: Line) -> bool:
    """``head`` is the next numbered item heading after ``above``: short, the same words, and
    its one number one more ("Day 3" under "Day 2", "Meal 2" under "Meal 1")."""
    if head.words > _HEAD_WORDS or above.words > _HEAD_WORDS:
        return False
    a, b = _DIGITS.findall(head.text), _DIGITS.findall(above.text)
    return (len(a) == len(b) == 1 and int(a[0]) == int(b[0]) + 1
            and ":" not in head.text.split(a[0], 1)[0]  # ("Bedrooms: 4" is a field)
            and any(ch.isalpha() for ch in head.text)  # ("2" under "1": a ranking)
            and _shape(head) == _shape(above))


def _continues_pattern(doc: Document, verdicts, idx: list[int], start: int, end: int) -> int:
    """How many of the undecided lines ``idx[start:end]``, below content, go on with a
    numbered list of the article's whose items repeat the layout of the item above, line for
    line ("Day 2" / "Distance: 17 km" / ... / "Stay: ..." under "Day 1" / "Distance: 14 km" /
    ... / "Stay: ..."). Each item has the P lines of the one above (P = 2 to 6, the P lines
    above the block kept); its first line is a short heading that numbers on from the one P
    lines up, and half its other lines, one at least, match the line P lines up (the text
    with digits made 0, or a "Label:"). The rest of the item the block starts inside comes
    along; an item the block ends inside must match line for line. A site's cards that number
    on ("Episode 12" / title / "29 min" under the article's "Episode 11" / title / "38 min" /
    paragraph) lack the article's own lines, and cards that only share its labels ("Salary:",
    "Location:") do not number on."""
    lines = doc.lines
    if end - start < 2 or not any(  # (no numbered heading where a first item could start)
            lines[i].words <= _HEAD_WORDS and any(ch.isdigit() for ch in lines[i].text)
            for i in idx[start:start + _PERIODS[-1]]):
        return 0
    best = 0
    for p in _PERIODS:
        if start < p or not all(
                verdicts[i].label is Label.KEEP for i in idx[start - p:start]):
            continue
        first = next((n for n in range(start, min(end, start + p))
                      if _next_number(lines[idx[n]], lines[idx[n - p]])), None)
        if first is None:
            continue
        shapes = [_shape(lines[i]) for i in idx[start - p:end]]  # shapes[j]: idx[start - p + j]
        n = first
        while n is not None and n < end and _next_number(lines[idx[n]], lines[idx[n - p]]):
            rest = range(n + 1 - start + p, min(end, n + p) - start + p)  # the item's other lines
            hits = sum(shapes[j] == shapes[j - p] for j in rest)
            if (hits < len(rest) if n + p > end else (hits * 2 < len(rest) or not hits)):
                break
            n = min(end, n + p)
        if n > first:
            best = max(best, n - start)
    return best


def _unsure_blocks(verdicts, idx: list[int]):
    """(start, end) in ``idx`` of each run of undecided lines, in order. A caller may settle
    the run it was given before asking for the next."""
    k = 0
    while k < len(idx):
        if verdicts[idx[k]].label is not Label.UNSURE:
            k += 1
            continue
        start = k
        while k < len(idx) and verdicts[idx[k]].label is Label.UNSURE:
            k += 1
        yield start, k


def _sole_block(doc: Document, verdicts, idx: list[int]) -> set[int]:
    """On a page where pass 1 kept no line as running text (results tables, listings written
    in fragments), the undecided blocks that make the page's body: the group of blocks with
    the most text, blocks of two lines or more parted only by one firm drop or a run of one
    rule's (an ad marker, a repeated header row) counting as one, when it holds at least
    ``sole_block_chars`` and is not a menu. Returned as the blocks' starts in ``idx``; none on
    an error page (a ``nav.notfound`` hint near the top: "404 Not Found"), whose lists are the
    site's, not a body."""
    cfg = doc.config
    top = (ln for ln in doc.nonblank if ln.index <= doc.edge_top)
    if any((h := doc.hinted(ln, "nav")) is not None and h.id == "nav.notfound" for ln in top):
        return set()  # (an error page's title near the top: "404 Not Found")
    groups: list[list] = []  # [block starts, undecided lines, lines of the last block]
    end = 0
    for start, k in _unsure_blocks(verdicts, idx):
        block = [doc.lines[i] for i in idx[start:k]]
        gap = {(v.rule_id, _looked_through(v)) for v in (verdicts[i] for i in idx[end:start])}
        # one firm drop, or a run of one rule's, parts two pieces of one body; a single line
        # between drops is a teaser or a heading (a listing's "headline / byline" pairs)
        if (groups and len(gap) == 1 and next(iter(gap))[1] and k - start >= 2
                and groups[-1][2] >= 2):
            groups[-1][0].append(start)
            groups[-1][1].extend(block)
            groups[-1][2] = k - start
        else:
            groups.append([[start], block, k - start])
        end = k
    best: set[int] = set()
    best_chars = cfg.sole_block_chars - 1
    for starts, block, _ in groups:
        chars = sum(ln.chars for ln in block)
        if chars > best_chars and not _is_menu_block(block, cfg.menu_min_lines, cfg.menu_share):
            best, best_chars = set(starts), chars
    return best


def _settle_block(block: list[Line], above: Label | None, below: Label | None, dense: bool,
                  at_top: bool, in_tail: bool, doc: Document):
    cfg = doc.config
    keep, drop = Label.KEEP, Label.DROP
    inside = above is keep and below is keep
    min_lines = cfg.menu_min_lines + (2 if inside else 0)  # lists inside an article are common
    if (above is keep or below is keep) and _is_menu_block(block, min_lines, cfg.menu_share):
        for ln in block:
            yield ln, drop, "nav.menu", "part of a block of short menu-like lines"
        return
    if above is keep and below is keep:
        for ln in block:
            yield ln, keep, "ctx.between_content", "between content lines"
        return
    if above is None and below is None:
        for ln in block:
            yield ln, keep, "ctx.all_unsure", "nothing in the document reads as boilerplate"
        return
    if dense and above is keep and not in_tail:
        # Mostly article already (an extractor's output): what touches content is content.
        for ln in block:
            yield ln, keep, "ctx.near_content", "next to content in a document of mostly prose"
        return
    if below is keep:  # the lines just above content: a title, a heading, a lead
        kept = 0
        heading_zone = True
        shape = None  # the shape of a list of items just above the content, once one starts
        closed = False  # a section's own heading ("Introduction") is the top of the zone
        for n, ln in reversed(list(enumerate(block))):
            item = _item_shape(ln)
            listed = heading_zone and item is not None and item == shape
            # (under menu items, "Overview" is the next tab of the menu)
            section = (heading_zone and not closed and not listed and _is_section_label(ln, doc)
                       and not _under_menu(block, n, above))
            heading_zone = heading_zone and not closed and (
                listed or section or (kept < 3 and _heads_section(ln)))
            shape = item if heading_zone else None
            if heading_zone:
                kept += 0 if listed else 1  # (a list counts once: its heading may stand above it)
                closed = section
                yield ln, keep, "ctx.heads_content", "heading or title just above the content"
            elif at_top and n == 0 and _is_heading_like(ln) and not ln.terminal:
                yield ln, keep, "ctx.title", "first line of the document, shaped like a title"
            else:
                yield ln, drop, "ctx.before_content", "short line in the zone before the content"
        return
    if above is keep:  # the lines just below content: closing sentences stay, widgets go
        # At the very end of a document (nothing decided below: an extractor's output), a
        # list or table that goes on from the content is content; above a widget, only
        # closing sentences are.
        last = below is None
        closing = True
        for ln in block:
            closing = closing and (_is_sentence(ln) or (last and not _is_menu_like(ln)))
            if closing:
                yield ln, keep, "ctx.ends_content", "closing sentence of the content"
            else:
                yield ln, drop, "ctx.after_content", "short line in the zone after the content"
        return
    for n, ln in enumerate(block):
        if at_top and n == 0 and _is_heading_like(ln) and not ln.terminal:
            yield ln, keep, "ctx.title", "first line of the document, shaped like a title"
        else:
            yield ln, drop, "ctx.between_boilerplate", "between boilerplate lines"


def _max_segment(lines, verdicts, cfg) -> tuple[float, int, int]:
    """The maximum-sum run of ``lines``: (its sum, first index, last index); (0, -1, -1) if none."""
    best = run = 0.0
    start = best_start = best_end = -1
    for line in lines:
        v = verdicts[line.index]
        if v is None:
            continue
        if v.label is Label.DROP:
            weight = -cfg.region_drop_weight
        elif _is_text(v):
            weight = float(line.chars)
        else:
            weight = cfg.region_short_share * line.chars
        if run <= 0:
            run, start = weight, line.index
        else:
            run += weight
        if run > best:
            best, best_start, best_end = run, start, line.index
    return best, best_start, best_end


_RUN_IDS = ("related.", "nav.toc")  # a run's heading and the lines it took


def region(doc: Document, verdicts: list[Verdict | None]) -> None:
    """The article is the run of lines with the most text in it, counting dropped lines
    against (the maximum-sum segment, as in Pasternack & Roth's maximum subsequence
    segmentation); a run on either side with at least ``region_second_share`` of its weight is
    part of the article too (an article split by a wide widget). Outside: short kept lines
    (link lists, labels) go; so do paragraphs with ``region_far_lines`` or more dropped lines
    between them and the article (teasers, comments, company blurbs), not counting a list of
    related links the runs step took; a paragraph nearer (a lead above a share bar, a closing
    line below it, the article's last paragraphs below a related-links list), firm keeps and
    the title stay. When a block printed twice was dropped near the article as a repeat and
    its first copy goes as outside, the article's copy comes back."""
    cfg = doc.config
    lines = doc.lines
    best, best_start, best_end = _max_segment(lines, verdicts, cfg)
    if best_start < 0:
        return
    spans = [(best_start, best_end)]
    for side in (lines[:best_start], lines[best_end + 1:]):
        score, start, end = _max_segment(side, verdicts, cfg)
        if start >= 0 and score >= cfg.region_second_share * best:
            spans.append((start, end))
    # dropped[i]: dropped non-blank lines before line i (how far a line lies from the article).
    # A list the runs step took ("Related articles" and its links) does not count: the runs
    # step ended it where prose resumes, which is the article going on below the widget.
    dropped = [0]
    for line in lines:
        v = verdicts[line.index]
        dropped.append(dropped[-1] + (v is not None and v.label is Label.DROP
                                      and not v.rule_id.startswith(_RUN_IDS)))

    def far(i: int) -> bool:
        gaps = [dropped[s] - dropped[i + 1] if i < s else dropped[i] - dropped[e + 1]
                for s, e in spans]
        return min(gaps) >= cfg.region_far_lines

    gone: set[str] = set()
    for line in lines:
        v = verdicts[line.index]
        if (v is None or v.label is not Label.KEEP or v.firm
                or any(s <= line.index <= e for s, e in spans)
                or v.rule_id in ("ctx.title", "ctx.only_text")  # (the title; a page's only body)
                or (_is_text(v) and not far(line.index))
                or (v.rule_id == "ctx.heads_content" and line.index <= doc.edge_top)):
            continue  # (a headline at the top stays even when a byline box parts it from the text)
        verdicts[line.index] = Verdict(Label.DROP, "ctx.outside_article",
                                       "outside the run of lines that holds the article")
        gone.add(doc.folded[line.index])
    for line in lines if gone else ():
        v = verdicts[line.index]
        if (v is not None and v.rule_id == "repeat.block" and doc.folded[line.index] in gone
                and not far(line.index)):
            verdicts[line.index] = Verdict(Label.KEEP, "ctx.article_copy",
                                           "the article's copy of a block also printed far from it")


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


STEPS = (code_blocks, wrapped, repeats, templated, grids, runs, endmatter, tail, comments, bios,
         settle, region)


def revise(doc: Document, verdicts: list[Verdict | None]) -> list[Verdict | None]:
    """Pass 2 over pass 1's verdicts (a copy is revised and returned)."""
    out = list(verdicts)
    for step in STEPS:
        step(doc, out)
    return out
