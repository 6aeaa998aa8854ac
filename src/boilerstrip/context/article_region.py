"""Pass 2, the article's region: kept lines outside the run(s) of lines that hold the article go."""
from __future__ import annotations

import difflib
import itertools
import re

from ..features import CJK_OR_HANGUL, Line
from ..judge import Document
from ..labels import Label, Verdict
from .common import (
    _BYLINE, _BYLINE_BOX, _BYLINE_REACH, _boxed, _drop_at, _first_text, _in_byline_box, _is_heading_like,
    _is_menu_like, _is_text, _kept
)
from .settling import _BUTTON_VERB, _FIELD, _ROW_PARTS, _kicker_row, _menu_row, _opens_section, _stems


_THREAD_IDS = ("forum.",)  # a forum post's details, between the posts of a thread


def _max_segment(lines, verdicts, cfg) -> tuple[float, int, int]:
    """The maximum-sum run of ``lines``: (its sum, first index, last index); (0, -1, -1) if none."""
    best = run = 0.0
    start = best_start = best_end = -1
    for line in lines:
        v = verdicts[line.index]
        if v is None:
            continue
        if v.label is Label.DROP:
            # (a forum post's details part the posts of one thread: they weigh nothing)
            weight = 0.0 if v.rule_id.startswith(_THREAD_IDS) else -cfg.region_drop_weight
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


def _inside(i: int, spans) -> bool:
    return any(s <= i <= e for s, e in spans)


def _gap(first: int, last: int, spans, dropped: list[int]) -> int:
    """Dropped lines between lines ``first``..``last`` and the nearest run of the article
    (``dropped[i]``: dropped lines before line ``i``)."""
    return min(dropped[s] - dropped[last + 1] if last < s else dropped[first] - dropped[e + 1]
               for s, e in spans)


_SECTION_GAP = 2  # dropped lines at most between the article and a section of its own


def _fields_row(line: Line) -> bool:
    """Two fields or more on one line, "Label: value" (settling's ``_FIELD``), parted by
    " · ", " | " or " • " (its ``_ROW_PARTS``): a how-to's or a recipe's facts row
    ("Difficulty: Easy · Time: 45 minutes · Cost: under £20"), which stays with the article
    within ``_SECTION_GAP`` dropped lines of it."""
    parts = [p.strip() for p in _ROW_PARTS.split(line.core)]
    return len(parts) >= 2 and all(_FIELD.match(p) for p in parts)


def _section_tails(doc: Document, verdicts, spans, dropped: list[int]) -> set[int]:
    """Lines of the runs of kept lines just outside the article's region, parted from it by
    at most ``_SECTION_GAP`` dropped lines (a share button, an ad marker), that open with one of
    the article's own section headings (a ``heading.section`` hint: a recipe's "Zutaten für
    4 Personen", "Key facts"). Short as they are, they do not outweigh the dropped line in
    the region. Runs of short fields without such a heading are left to the region: a
    product box, opening hours or a weather box are made of fields too."""
    out: set[int] = set()
    run: list = []

    def close():
        if run and _opens_section(run, doc):
            if _gap(run[0].index, run[-1].index, spans, dropped) <= _SECTION_GAP:
                out.update(ln.index for ln in run)
        run.clear()

    for line in doc.nonblank:
        v = verdicts[line.index]
        if (v is not None and v.label is Label.KEEP and not v.firm and not _is_text(v)
                and not _inside(line.index, spans)):
            run.append(line)
        else:
            close()
    close()
    return out


def _first_kept_over_byline(doc: Document, verdicts) -> tuple[int, int]:
    """The index of the page's first kept line when a byline box (a firm byline, date or
    share drop) stands in the few lines under it; -1 otherwise (the first item of a product
    list over an ad marker is no headline). A short first line kept as the title that shares
    no word with the next kept line is the site's name: the next one is looked at, and the
    site's name is returned second when it is (-1 otherwise)."""
    nonblank = doc.nonblank
    kept = (n for n, ln in enumerate(nonblank) if _kept(verdicts[ln.index]))
    first = next(kept, None)
    if first is None:
        return -1, -1
    line = site = nonblank[first]
    if verdicts[line.index].rule_id == "ctx.title":  # (the title kept already, or a site's name)
        second = next(kept, None)
        if second is None or not _site_name(line, verdicts, _stems(nonblank[second].text)):
            return -1, -1
        first, line = second, nonblank[second]
    if not _headline_shaped(line) or _BYLINE.match(line.text):
        return -1, -1  # (a date or a credit left over from the byline box is no headline)
    if not _boxed(nonblank[first + 1:first + 1 + _BYLINE_REACH], verdicts):
        return -1, -1
    return line.index, (site.index if site is not line else -1)


_SITE_NAME = Verdict(Label.DROP, "ctx.site_name", "the site's name, over the article's headline")


def _site_name(line: Line, verdicts, stems: set[str]) -> bool:
    """``line`` is a site's name kept as the page's title: five words or fewer, and none of
    the words ``stems`` holds (the headline's under it, the lead's)."""
    return (verdicts[line.index].rule_id == "ctx.title"
            and (line.words <= _SITE_NAME_WORDS or (line.cjk and line.chars <= _SITE_NAME_CJK_CHARS))
            and not _stems(line.text) & stems)


# a site's own tagline in its title bar: "Official Website", "Home", "Homepage"
_HOME_TAGLINE = re.compile(r"^\s*((the )?official (web ?)?site|home( ?page)?|welcome)\s*$", re.IGNORECASE)


def _name_bar(line: Line, verdicts, doc: Document, headline: Line, lead: set[str]) -> bool:
    """``line``, kept as the page's title, is its title bar with the site's name and a
    tagline, not the article's title: parts joined by " | " or " - ", the shortest a name's
    length (``_SITE_NAME_WORDS`` words or fewer), the headline under it not among them, and
    the other parts sharing no word with the first paragraph (one at most, with the name
    first and no word shared with the headline: "NAME – tagline") ("HomeFront News | Mortgage,
    Housing & Real Estate Market News" over "Mortgage rates fall ..."; "Composition
    techniques in Landscape | NAME Photography" is the article's title in the page's title
    bar, as its first paragraph has "composition" too)."""
    if verdicts[line.index].rule_id != "ctx.title":
        return False
    parts = _NAME_BAR_SEP.split(line.text.strip())
    if len(parts) < 2 or doc.folded[headline.index] in doc.folded[line.index]:
        return False
    if len(parts) == 2 and any(_HOME_TAGLINE.match(p) for p in parts):
        # ("NAME | Official Website": the name's own tagline says what the bar is)
        name = next(p for p in parts if not _HOME_TAGLINE.match(p))
        return len(name.split()) <= _SITE_NAME_WORDS
    name = min(parts, key=lambda p: len(p.split()))
    shared = _stems(" ".join(p for p in parts if p is not name)) & lead
    # (or, with the name first, "NAME – tagline", one word shared with the lead by chance,
    # "… di Bergamo e provincia" over a lead on a "strada provinciale", and none with the
    # headline: a page's title bar prints the article's title first, "TITLE | NAME")
    return len(name.split()) <= _SITE_NAME_WORDS and (
        not shared or (parts[0] is name and len(shared) <= 1
                       and not _stems(line.text) & _stems(headline.text)))


_RUN_IDS = ("related.", "nav.toc")  # a run's heading and the lines it took


def region(doc: Document, verdicts: list[Verdict | None]) -> None:
    """The article is the run of lines with the most text in it, counting dropped lines
    against (the maximum-sum segment, as in Pasternack & Roth's maximum subsequence
    segmentation); a run on either side with at least ``region_second_share`` of its weight is
    part of the article too (an article split by a wide widget). Outside: short kept lines
    (link lists, labels) go; so do paragraphs with ``region_far_lines`` or more dropped lines
    between them and the article (teasers, comments, company blurbs), not counting a list of
    related links the runs step took; a paragraph nearer (a lead above a share bar, a closing
    line below it, the article's last paragraphs below a related-links list), its standfirst
    over the byline box (``_standfirst``), firm keeps,
    the title (at the top, or the page's first kept line when it heads the content: a
    headline under a cookie banner, over a byline box) and a section of the article's own
    just outside it (``_section_tails``) stay.
    When a block printed twice was dropped near the article as a repeat and its first copy
    goes as outside, the article's copy comes back."""
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
                                      and not v.rule_id.startswith(_RUN_IDS + _THREAD_IDS)))

    def far_by(i: int) -> int:  # (dropped lines between line i and the article)
        return _gap(i, i, spans, dropped)

    def far(i: int) -> bool:
        return far_by(i) >= cfg.region_far_lines

    kept_sections = _section_tails(doc, verdicts, spans, dropped)
    # the first line kept on the page, over a byline box: a headline under a cookie banner
    first_kept, site = _first_kept_over_byline(doc, verdicts)
    if site >= 0:
        verdicts[site] = _SITE_NAME
    standfirst = _standfirst(doc, verdicts, spans[0][0])
    gone: set[str] = set()
    for line in lines:
        v = verdicts[line.index]
        if (v is None or v.label is not Label.KEEP or v.firm
                or _inside(line.index, spans) or line.index == standfirst
                or v.rule_id in ("ctx.title", "ctx.only_text")  # (the title; a page's only body)
                or (_is_text(v) and not far(line.index))
                or (v.rule_id == "ctx.heads_content"
                    and (line.index <= doc.edge_top or line.index == first_kept))
                or line.index in kept_sections
                or (_fields_row(line) and far_by(line.index) <= _SECTION_GAP)):
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


def _standfirst(doc: Document, verdicts: list[Verdict | None], start: int) -> int:
    """The index of the standfirst above the article's region: a sentence of
    ``_STANDFIRST_WORDS`` words or more, kept, right under the headline kept as text or as
    the title and right over the byline box ("Our planner answers readers' questions on tax
    and loans." between a question asked as the headline and "Written By NAME"); -1 if none."""
    nonblank = doc.nonblank
    for k in range(1, len(nonblank) - 1):
        line = nonblank[k]
        if line.index >= start:
            break
        v, above = verdicts[line.index], verdicts[nonblank[k - 1].index]
        if (v.label is Label.KEEP and not _is_text(v) and line.terminal
                and line.words >= _STANDFIRST_WORDS and above.label is Label.KEEP
                and (_is_text(above) or above.rule_id in ("ctx.title", "ctx.heads_content"))
                and _headline_shaped(nonblank[k - 1])
                and _boxed(nonblank[k + 1:k + 1 + _BYLINE_REACH], verdicts)):
            return line.index
    return -1


# what pass 2 drops a headline as when too many of those part it from the text: a line
# between widget lines, a menu's last item, a line in the zone before the content
# (and, above the first paragraph, a line settled as the zone after a title kept over it:
# a forum thread's title under the site's name, over the thread's details)
_CONTEXT_DROPS = ("ctx.between_boilerplate", "ctx.before_content", "nav.menu",
                  "ctx.outside_article", "ctx.after_content")
_HEADLINE_LOOK = 8  # lines looked up from the first paragraph
_TITLE_COPY_REACH = 40  # lines under the page's first one where its copy over the article stands
# a share button that names what it shares: "Share all sharing options for: TITLE", "Share
# this story"
_SHARE_BUTTON = re.compile(r"^\s*share (all|this|on|via|to|the (story|article|post))\b",
                           re.IGNORECASE)
_CRUMB_SEP = re.compile(r"\s[›>»/|]\s")  # a breadcrumb's "Forums › Solar › Batteries"
_STANDFIRST_WORDS = 6  # a standfirst under a kept headline is a sentence's length
_SITE_NAME_WORDS = 5  # a site's name on the first line, not the page's title
# in Chinese and Japanese, in characters: a long katakana word counts for several ("北陸ニュー
# スオンライン", 11 characters, is 6.9 words at 1.6 characters a word)
_SITE_NAME_CJK_CHARS = 12


_NUMBER_SHARE = 0.4  # of a line's words carrying digits: a date and time, a price list


def _headline_shaped(line: Line) -> bool:
    """A title: a few words at least, no sentence end (a question or an exclamation is one),
    no list marker, no row of links or fields, not mostly numbers ("Friday 6 June 2025,
    8pm"), no field with a reference number for its value ("Ref.: LU-24-0871")."""
    text = line.text
    return (_is_heading_like(line) and line.words >= 3 and not line.bullet
            and not text.endswith((".", ":", ",", ";", "…", "。", "：", "，", "；"))
            and not any(sep in text for sep in (" | ", " / ", " > ", " » ", " · ", " • "))
            and not _numbers(line) and _REFERENCE.search(text) is None
            and "  " not in line.raw.strip())  # (a row of buttons: "Jump to Recipe  Print Recipe")


# a field whose value is one token with a digit: a listing's reference, an order's number
# ("Rif. annuncio: LU-24-0871", "Order no.: 88123"), no headline ("Review: Title" is one)
_REFERENCE = re.compile(r"[:：]\s*(?=\S*\d)\S+$")


_NUMBER_RUN = re.compile(r"\d+(?:[.,:/]\d+)*")


def _numbers(line: Line) -> bool:
    """Mostly numbers: a date and time, a score line, a price list. (Chinese and Japanese
    have no spaces between words: there the numbers are counted against the line's words,
    so "クマ目撃、山里市で過去最多の128件　住宅地近くでも相次ぐ" is no date.)"""
    if line.cjk:
        return len(_NUMBER_RUN.findall(line.text)) >= _NUMBER_SHARE * line.words
    tokens = line.text.split()
    return sum(any(ch.isdigit() for ch in t) for t in tokens) >= _NUMBER_SHARE * len(tokens)


# two words; in Chinese and Japanese, two characters (1.6 characters count as a word: "榫卯")
_SHORT_HEAD_MIN = 1.25


def _between_items(nonblank: list[Line], verdicts, n: int) -> bool:
    """Line ``n`` stands between two menu-like lines dropped for their neighbours ("Council
    tax" / "Parking and roads" / "Planning"): an item of a menu printed one per line."""
    if n == 0 or n + 1 >= len(nonblank):
        return False
    return all(not verdicts[ln.index].firm and verdicts[ln.index].label is Label.DROP
               and _is_menu_like(ln) for ln in (nonblank[n - 1], nonblank[n + 1]))


def _short_headline(line: Line, lead: set[str]) -> bool:
    """A headline of two or three words ("Omas Apfelkuchen", "Pear Loaf Cake", "榫卯", "鷹見川",
    "초간단 참치김치찌개 만들기"), too short to be shaped like a title: no sentence end, no list
    marker, and a word the article's first paragraph repeats; a menu item or a kicker of two
    words shares none, and a kicker row's labels, "COUNTY CUP | FINAL", are no title."""
    return (_SHORT_HEAD_MIN <= line.words <= 3 and not line.bullet and not line.terminal and not line.truncated
            and not line.text.endswith(":") and not _numbers(line) and not _kicker_row(line)
            and bool(_stems(line.text) & lead))


def headline(doc: Document, verdicts: list[Verdict | None]) -> None:
    """The article's headline, dropped by pass 2 because a banner or menu above it and a
    byline block under it (author, role, date, share bar, photo credit: more widget lines than
    a neighbour is looked through) leave it between boilerplate, comes back: looking up from
    the article's first paragraph past such firm drops (and a byline no rule took, a comment
    counter, lines kept only as headings, lines dropped by their neighbours that are not
    shaped like a title: a name, a star rating), the first line pass 2 dropped by its
    neighbours, when shaped like a title and no menu row, no headline was kept on the way and
    no line above it was kept (a page's title kept at the top is its headline already). With
    no byline line passed, a line that shares a word with the first paragraph is the headline
    as well (a recipe's, an episode's, a product's name under a menu), unless it is a button,
    an address, or a menu item under a sibling of about its length that shares its words;
    a short first line kept as the title that shares no word with either is the site's name,
    and goes (``ctx.site_name``). A "Book now" button is looked past, and the title-shaped
    line over the one brought back, sharing a word with it or the lead, is the title over its
    standfirst: it comes back too; so does a standfirst between a headline kept right over it
    and the byline box under it. A line that repeats a heading kept on the way up (a docs
    sidebar's link to the page itself) is no headline, nor one that shares no word with the
    lead over a title kept as a heading (a site's name over its menu). A first line kept as
    the page's title that a line dropped in the page's bottom part prints again ("© 2024
    «Name»") is the site's name too (``_named_in_footer``). The walk looks at up
    to ``_HEADLINE_LOOK`` lines, the byline box's firm drops aside (a share bar of many
    buttons takes no room), and passes a share button that prints the title ("Share all
    sharing options for: TITLE"). A title bar long enough to be kept as a paragraph, the
    first text of the page, whose headline part stands again further down, is no lead: the
    walk starts from the text under that copy."""
    nonblank = doc.nonblank
    first = _first_text(nonblank, verdicts)
    if first is None:
        return
    if first == 0:
        # (the page's title bar kept as a paragraph, a long title printed again over the
        # byline box further down, alone or with the site's name: the walk starts from the
        # text under that copy)
        bar = {doc.folded[nonblank[0].index]} | {
            p.strip().casefold() for p in _TITLE_SEP.split(nonblank[0].text)}
        copy = next((k for k in range(1, min(len(nonblank), _TITLE_COPY_REACH))
                     if doc.folded[nonblank[k].index].strip() in bar
                     and nonblank[k].words >= _STANDFIRST_WORDS), None)
        if copy is not None:
            first = next((k for k in range(copy + 1, len(nonblank))
                          if _is_text(verdicts[nonblank[k].index])), 0)
    lead = _stems(nonblank[first].text)
    # (a site's name that the footer prints again goes first: the walk up to the headline
    # stops at a line kept above it, and the name may share a word with the headline)
    top = next((ln for ln in nonblank[:first] if _kept(verdicts[ln.index])), None)
    if top is not None and _named_in_footer(doc, verdicts, top):
        verdicts[top.index] = _FOOTER_NAME
    # (the author's name over the date line first: the walk up passes it as the byline box,
    # and a title right over it is no menu's item with more of the menu under it)
    _bare_byline(doc, verdicts, first)
    _headline(doc, verdicts, nonblank, first, lead)
    kept = [ln for ln in nonblank[:first + 1] if _kept(verdicts[ln.index])]
    if (len(kept) >= 3 and _headline_shaped(kept[1]) and not any(ch.isdigit() for ch in kept[0].text)
            and (_site_name(kept[0], verdicts, lead | _stems(kept[1].text))
                 or _name_bar(kept[0], verdicts, doc, kept[1], lead))):
        # (the page's name over a headline kept, and then the lead: it shares no word, and
        # has no number, which a title has: "Top 39 ... in 2025"; or its title bar with the
        # name and a tagline)
        verdicts[kept[0].index] = _SITE_NAME
    _page_title(doc, verdicts, first)


_FOOTER_FROM = 0.6  # of the page's lines: its bottom part, where the footer names the site again
_FOOTER_NAME_CHARS = (4, 40)
_FOOTER_NAME_WORDS = 3  # a first line this short (or a CJK one of a site's name's length) is
# named by the footer's blurb even inside a related list: a line this long
_BLURB_WORDS = 10
_BLURB_CJK_CHARS = 24
# what quotes the headline near the bottom of a page: a related list, a comment heading ("12
# comments on HEADLINE"), a share line, the title printed again
_QUOTES_HEADLINE = ("related.", "comment.", "share.", "title.", "repeat.", "link.")
_FOOTER_NAME = Verdict(Label.DROP, "ctx.site_name", "the site's name: its footer prints it again")
_COPYRIGHT = ("legal.copyright", "legal.rights")  # the footer's line that names the site


def _named_in_footer(doc: Document, verdicts: list[Verdict | None], line: Line) -> bool:
    """The page's first line, kept as its title over the article, is the site's name when a
    line dropped in the page's bottom part prints it again ("© 2024 «Северная Правда». 16+",
    "Urząd Gminy Stare Pole, ul. Polna 1") and is no line that quotes a headline (a related
    list's, a comment heading, a share line). A related list's line counts when the first
    line is short, a name's length (``_FOOTER_NAME_WORDS``), and the list's line is long,
    ``_BLURB_WORDS`` words or more (``_BLURB_CJK_CHARS`` characters in Chinese or Japanese):
    the footer's blurb, "NAME is a magazine registered in …", or its publisher's field,
    which a comment counter's run may take along; a headline a list quotes is shorter. A
    title bar ("NAME | tagline") is the site's when the footer's copyright line prints its
    first part, a name of two words or more."""
    name = doc.folded[line.index]
    if verdicts[line.index].rule_id != "ctx.title":
        return False
    start = int(len(doc.lines) * _FOOTER_FROM)
    below = [ln for ln in doc.nonblank if ln.index >= max(start, line.index + 1)]
    # (a title bar, "NAME | tagline", "NAME – tagline": its first part, a name of two words or
    # more, named by the footer's copyright line, "© 2025 NAME")
    parts = _TITLE_SEP.split(line.text.strip())
    part = parts[0].casefold()
    if (len(parts) > 1 and _FOOTER_NAME_CHARS[0] <= len(part) <= _FOOTER_NAME_CHARS[1]
            and len(part.split()) >= 2
            and any(part in doc.folded[ln.index] and verdicts[ln.index].label is Label.DROP
                    and verdicts[ln.index].rule_id.startswith(_COPYRIGHT) for ln in below)):
        return True
    if not _FOOTER_NAME_CHARS[0] <= len(name) <= _FOOTER_NAME_CHARS[1]:
        return False
    short = line.words <= _FOOTER_NAME_WORDS or (line.cjk and line.chars <= _SITE_NAME_CJK_CHARS)

    def names(ln: Line) -> bool:
        v, folded = verdicts[ln.index], doc.folded[ln.index]
        if name not in folded or v.label is not Label.DROP:
            return False
        if not v.rule_id.startswith(_QUOTES_HEADLINE):
            return True
        return (short and v.rule_id.startswith("related.")
                and (ln.words >= _BLURB_WORDS or (ln.cjk and ln.chars >= _BLURB_CJK_CHARS)))

    return any(names(ln) for ln in below)


_BYLINE_NAME_WORDS = (2, 3)  # a person's name: given name and surname, maybe a middle one
_DATE_BYLINE_REACH = 6  # lines under the first paragraph, at most, where the byline box stands


def _person_name(line: Line) -> bool:
    """Two or three capitalised words, no digit, no sentence end: "Eva Jansen", "Анна
    Корелина" (any script with capitals)."""
    return (line.chars <= 40 and not line.terminal and not line.bullet
            and _name_words(line.text.split()))


def _bare_byline(doc: Document, verdicts: list[Verdict | None], first: int) -> None:
    """A person's name on its own line, right over the date line of the byline box (a firm
    ``date.`` drop) near the article's first paragraph, is the byline, and goes: "Eva Jansen"
    over "12 jun 2024 om 06:00"; so are the name over its role over the date line ("Staff
    Engineer, Platform"), and the name and role on one line ("NAME, Associate Solicitor")
    right over or under it; so are a name and role right under the first paragraph (no date
    needed: an extractor's output). The box stands under the headline or the first paragraph
    (a standfirst), no further down than ``_DATE_BYLINE_REACH`` lines under it. (``ending``'s
    ``_NAME`` is the ASCII name shape of an author box's heading.)"""
    nonblank = doc.nonblank
    for k in range(min(len(nonblank) - 1, first + _DATE_BYLINE_REACH)):
        line, under = nonblank[k], verdicts[nonblank[k + 1].index]
        v = verdicts[line.index]
        if v is None or v.firm:
            continue
        if _dated(under) and (_person_name(line) or _named_role(line)):
            verdicts[line.index] = _drop_at("byline.author", "a name over the date line {}: the "
                                            "byline", nonblank[k + 1].index)
        elif (_person_name(line) and k + 2 < len(nonblank) and _dated(verdicts[nonblank[k + 2].index])
              and not under.firm and _role(nonblank[k + 1])):
            # (the name over its role over the date line: "NAME" / "Staff Engineer, Platform")
            for m in (k, k + 1):
                verdicts[nonblank[m].index] = _drop_at(
                    "byline.author", "a name and role over the date line {}: the byline",
                    nonblank[k + 2].index)
        elif k and _named_role(line) and _dated(verdicts[nonblank[k - 1].index]):
            # (the name and role under the date line: "Employment Law | 6 May 2025" over
            # "NAME, Associate Solicitor")
            verdicts[line.index] = _drop_at("byline.author", "a name and role under the date line "
                                            "{}: the byline", nonblank[k - 1].index)
        elif k == first + 1 and _named_role(line):
            # (the name and role right under the first paragraph, the standfirst, with no date
            # line: an extractor kept the byline between the standfirst and the text)
            verdicts[line.index] = _drop_at("byline.author", "a name and role right under the "
                                            "first paragraph {}: the byline", nonblank[first].index)


_ROLE_WORDS = 5


def _dated(v: Verdict | None) -> bool:
    """A firm drop by a date rule: the byline box's date line."""
    return v is not None and v.firm and v.label is Label.DROP and v.rule_id.startswith("date.")


def _role(line: Line) -> bool:
    """A person's role or title under their name: a few capitalised words, no digit, no
    sentence end ("Staff Engineer, Platform", "Senior Reporter")."""
    return (0 < line.words <= _ROLE_WORDS and line.title_case and not line.terminal
            and not line.bullet and not any(ch.isdigit() for ch in line.text))


def _named_role(line: Line) -> bool:
    """A person's name and role on one line, parted by a comma: "NAME, Associate Solicitor"."""
    name, sep, role = line.text.partition(", ")
    words, role_words = name.split(), role.split()
    return (bool(sep) and not line.terminal and not line.bullet and _name_words(words)
            and 0 < len(role_words) <= _ROLE_WORDS and not any(ch.isdigit() for ch in role)
            and all(w[:1].isupper() for w in role_words if len(w) > 3))


def _name_words(words: list[str]) -> bool:
    """Two or three capitalised words of letters: a person's name."""
    return (_BYLINE_NAME_WORDS[0] <= len(words) <= _BYLINE_NAME_WORDS[1]
            and all(w[:1].isupper() and w[1:2].islower() and w.replace("-", "").replace("'", "").isalpha()
                    for w in words))


# what parts a page's title from the site's name and section: "HEADLINE | Site", "HEADLINE -
# Site", "Section | HEADLINE – Site"
_TITLE_SEP = re.compile(r"\s(?:\||-|–|—|::|·)\s")
# (a site's name and its tagline in Chinese or Japanese are parted by a full-width bar, no
# spaces: "中台灣新聞網｜在地即時新聞"; as a title's separator it would take a recipe site's
# name for the headline)
_NAME_BAR_SEP = re.compile(_TITLE_SEP.pattern + "|｜")
_TITLE_WORDS = 3  # the headline in a page's title is a title's length
_TITLE_CJK_CHARS = 8  # (in Chinese, Japanese or Korean, counted in characters)


def _page_title(doc: Document, verdicts: list[Verdict | None], first: int) -> None:
    """The page's first line, kept, that prints the headline with the site's name or section
    ("HEADLINE | Site", "Section | HEADLINE - Site": the page's title bar) goes when the
    headline itself stands further down, above the article's first paragraph (the copy
    nearest to it: a menu may list the page too), kept, or dropped for its neighbours only,
    as the title bar kept at the top seemed the headline: then it comes back. The article has
    its headline once, where it stands. The title bar's other parts are a name's length
    (``_SITE_NAME_WORDS`` words or fewer)."""
    nonblank = doc.nonblank
    if len(nonblank) < 2 or not _kept(verdicts[nonblank[0].index]):
        return
    parts = _TITLE_SEP.split(nonblank[0].text.strip())
    if len(parts) < 2:
        return
    heads = set()  # (the parts that can be the headline, as compared)
    for n, part in enumerate(parts):
        others = parts[:n] + parts[n + 1:]
        if ((len(part.split()) >= _TITLE_WORDS or len(CJK_OR_HANGUL.findall(part)) >= _TITLE_CJK_CHARS)
                and all(len(o.split()) <= _SITE_NAME_WORDS for o in others)):
            heads.add(part.casefold())  # (the line's text has its white space folded)
    if not heads:
        return
    # (the copy nearest the article's first paragraph: a menu may list the page too)
    line = next((ln for ln in reversed(nonblank[1:first]) if doc.folded[ln.index] in heads), None)
    if line is None:
        # (or the headline reworded a little, kept right over the first paragraph or its
        # byline box: "Can a heat pump really heat a house through a Yukon winter?")
        line = _reworded(doc, verdicts, nonblank, first, heads)
    if line is None:
        return
    v = verdicts[line.index]
    if not _kept(v):
        if v.rule_id not in _CONTEXT_DROPS:
            return
        # (the headline over the article, left out for the title bar kept at the top)
        verdicts[line.index] = Verdict(Label.KEEP, "ctx.headline",
                                       "the article's headline, printed in the page's title too")
    verdicts[nonblank[0].index] = _drop_at(
        "title.repeated", "the page's title with the site's name: line {} prints the headline",
        line.index)


_DECK_LINES = 2  # lines of a standfirst over its last, between the headline and the byline


def _deck(nonblank: list[Line], verdicts, doc: Document, headline: Line, n: int) -> list[Line]:
    """The lines between ``headline``, kept, and line ``n`` when they and it make the
    standfirst: up to ``_DECK_LINES`` lines dropped for their neighbours, each a title's
    shape and a sentence's length, no menu row; [] otherwise."""
    k = nonblank.index(headline)
    deck = list(nonblank[k + 1:n])
    if not 0 < len(deck) <= _DECK_LINES:
        return []
    for ln in deck:
        if (verdicts[ln.index].rule_id not in _CONTEXT_DROPS or not _headline_shaped(ln)
                or ln.words < _STANDFIRST_WORDS or _menu_row(ln, doc)):
            return []
    return deck


_REWORDED_STEMS = 2  # words a reworded headline shares with the title bar's, at least
_REWORDED_SHARE = 0.5  # of the words of each, at least
_REWORDED_OPENING = 5  # or the same first words, as many as this
_REWORDED_LOOK = 2  # lines looked at over the first paragraph, past the byline box's firm drops
_SHORTENED_WORDS = 5  # or the words of the shorter of the two, in the same order: this many
_SHORTENED_SHARE = 0.8  # at least, and this share of the shorter's words


def _reworded(doc: Document, verdicts, nonblank: list[Line], first: int, heads: set[str]):
    """The headline over the first paragraph (past its byline box's firm drops: one of the two
    lines there, kept or dropped for its neighbours only) that rewords the title bar's headline
    part: two words shared or more, and half the words of each ("NEWS 9 | Water main break
    closes Market Street" over "Water main break keeps Market Street closed"), or the same first
    five words ('"I wanted prints you could hang": an interview with NAME' over '"I wanted
    prints you could hang": NAME on linocut'), or nearly all the words of the shorter of the
    two in order, five or more (a title bar that prints the headline's half after its colon,
    or the headline with a kicker before it: "What's on at your library this half-term" over
    "Dinosaurs, coding and a disco: what's on at your library this half-term"); None
    otherwise. A salutation kept as a heading ("Dear Parents and Carers,") may stand between."""
    above = (ln for ln in reversed(nonblank[1:first]) if not verdicts[ln.index].firm)
    for line in itertools.islice(above, _REWORDED_LOOK):
        if not (_kept(verdicts[line.index]) or verdicts[line.index].rule_id in _CONTEXT_DROPS):
            return None
        if ((not _headline_shaped(line) and not line.text.endswith(("?", "!")))
                or _SHARE_BUTTON.match(line.text)):
            continue
        words = _stems(line.text)
        folded = doc.folded[line.index].split()
        opening = folded[:_REWORDED_OPENING]
        for head in heads:
            bar = _stems(head)
            shared = words & bar
            if (len(shared) >= _REWORDED_STEMS
                    and len(shared) >= _REWORDED_SHARE * max(len(words), len(bar))):
                return line
            if len(opening) == _REWORDED_OPENING and head.split()[:_REWORDED_OPENING] == opening:
                return line  # (the same opening, another ending: a quote, then who said it)
            if _shortened(folded, head.split()):
                return line
    return None


_PUNCT = ".,:;!?\"'“”‘’()[]«»"  # (stripped from the words compared)


def _shortened(one: list[str], other: list[str]) -> bool:
    """The words ``one`` and ``other`` (folded, split at white space; punctuation is
    stripped from each) share, in the same order, are ``_SHORTENED_WORDS`` or more and
    ``_SHORTENED_SHARE`` of the shorter's words at least: one is the other with a kicker or
    a date added, or a word or two changed."""
    one, other = ([w.strip(_PUNCT) for w in ws] for ws in (one, other))
    blocks = difflib.SequenceMatcher(None, one, other, autojunk=False).get_matching_blocks()
    same = sum(b.size for b in blocks)
    return same >= _SHORTENED_WORDS and same >= _SHORTENED_SHARE * min(len(one), len(other))


_MENU_LOOK = 6  # menu items looked at over a line
_OUTGROWN = 2  # a headline has twice the words of the menu's longest item over it, or more


def _outgrows_menu(nonblank: list[Line], verdicts, n: int) -> bool:
    """Line ``n``, settled as the last item of a menu, is far longer than the items over it:
    ``_STANDFIRST_WORDS`` words or more, and ``_OUTGROWN`` times the longest of the menu's
    items right over it ("Les billets de TER augmenteront en moyenne de 6 % au 1er janvier"
    under "Culture", "Sport", "Économie › Transports"). A line right over it that outgrows them
    too is the headline's other line (a title over its standfirst, both taken by the menu),
    not an item."""
    items = []
    for k in range(n - 1, max(-1, n - 1 - _MENU_LOOK), -1):
        if verdicts[nonblank[k].index].rule_id != "nav.menu":
            break
        if k == n - 1 and nonblank[k].words >= _STANDFIRST_WORDS:
            continue
        items.append(nonblank[k].words)
    line = nonblank[n]
    return bool(items) and line.words >= max(_STANDFIRST_WORDS, _OUTGROWN * max(items))


def _headline(doc: Document, verdicts, nonblank: list[Line], first: int, lead: set[str]) -> None:
    byline = False  # (a line of the byline block passed: what is above it is the headline)
    titled = False
    headings: set[str] = set()  # (the lines kept as headings on the way: no headline twice)
    lead_boxed = _boxed(nonblank[first + 1:first + 1 + _BYLINE_REACH], verdicts)
    looked = 0  # (lines looked at on the way up, a byline box's firm drops aside: a share
    for n in range(first - 1, -1, -1):  # bar of many buttons takes no room)
        line = nonblank[n]
        v = verdicts[line.index]
        if not (v.firm and _in_byline_box(line, v)):
            looked += 1
            if looked > _HEADLINE_LOOK:
                return
        if v.label is Label.KEEP:
            if _headline_shaped(line):
                if v.rule_id != "ctx.heads_content":
                    return  # (a headline kept already)
                titled = True  # (a title kept as a heading: a two-word line over it is a menu's)
                headings.add(doc.folded[line.index])
            continue  # (a deck, a section heading, a widget kept as a heading above the lead)
        if _in_byline_box(line, v):
            # (an ad marker, a credit, a "Book now" button, a rating is passed; a byline counts)
            # (a forum post's details are its byline)
            passed = byline
            byline = byline or _in_byline_box(line, v, _BYLINE_BOX + ("forum.",))
            if byline and not passed:
                # (a heading kept under the byline box is the article's label, "Behind the
                # Scenes", not a title with a site's name over it)
                titled = False
            continue
        if v.rule_id not in _CONTEXT_DROPS:
            return
        if not (_headline_shaped(line) or _short_headline(line, lead)) or _SHARE_BUTTON.match(line.text):
            continue  # (a line of the box no rule knew: a name, a rating, a standfirst, a
            # share button that prints the title)
        if doc.folded[line.index] in headings:
            return  # (a sidebar's link to the page, over the page's own heading kept below)
        words = _stems(line.text)
        shared = bool(words & lead)
        # (right over the lead, or over it with only the box's widget lines between, a star
        # rating, a credit: the title over a lead whose byline box is under it)
        over_lead = lead_boxed and all(_in_byline_box(nonblank[m], verdicts[nonblank[m].index])
                                       for m in range(n + 1, first))
        # with no byline box passed, the words it shares with the lead make the headline, when
        # it is no button, no address, and no item of a menu whose item over it, about as
        # long, shares its words too ("Retrieve a shipment" over "Cancel a shipment"; a
        # breadcrumb's "Driving licences" is shorter)
        over = nonblank[n - 1] if n else None
        over_words = _stems(over.text) if over is not None else set()
        sibling = (over is not None and not verdicts[over.index].firm  # (a breadcrumb's trail
                   and over.words * 2 >= line.words and bool(over_words & words))  # is none)
        short = not _headline_shaped(line)  # (two words: under a title kept, a menu's item)
        if titled and not shared:
            return  # (over a title kept as a heading, a line with none of the lead's words)
        if titled and _between_items(nonblank, verdicts, n):
            return  # (over a title kept as a heading, a menu's item: "Parking and roads")
        # (right over a lead that has the byline box under it: the title over its standfirst)
        if not (byline or over_lead) and ((titled and short) or not shared or sibling
                           or _BUTTON_VERB.match(line.text) or line.text.count(",") > 1):
            return
        above = [ln for ln in nonblank[:n] if _kept(verdicts[ln.index])]
        deck = _deck(nonblank, verdicts, doc, above[-1], n) if byline and above else []
        if ((byline or (shared and len(above) == 1)) and above and (above[-1] is over or deck)
                and _headline_shaped(above[-1]) and line.words >= _STANDFIRST_WORDS
                and not _menu_row(line, doc)):
            # (the headline kept right over it, the byline box under it: the standfirst; or,
            # with the headline the only line kept above, words shared with the lead: a
            # page already cleaned once, its byline box gone; a standfirst of two or three
            # lines, a Korean story's subheads, comes back whole)
            for ln in deck + [line]:
                verdicts[ln.index] = Verdict(Label.KEEP, "ctx.headline",
                                             "the article's standfirst, under its headline")
            return
        # (a site's name kept as the first line, sharing no word with the headline or the
        # lead, is no headline kept already)
        # (so is, with a byline passed or the byline box under the lead right below, one that
        # shares no word with the headline either)
        # (and, over a lead with its byline box under it, a name's length above the page's
        # breadcrumb trail is the site's chrome even when it shares a word with the title: a
        # university's news page about its own research)
        site = len(above) == 1 and (shared or byline or over_lead) and (
            _site_name(above[0], verdicts, lead | words)
            or _name_bar(above[0], verdicts, doc, line, lead)
            or (over_lead and _site_name(above[0], verdicts, set())
                and any(verdicts[ln.index].firm and verdicts[ln.index].rule_id == "nav.breadcrumb"
                        for ln in nonblank[:n] if ln.index > above[0].index)))
        # (a title-cased headline right over its byline looks like a row of menu items)
        boxed = byline and _in_byline_box(nonblank[n + 1], verdicts[nonblank[n + 1].index], _BYLINE_BOX)
        # (or, two lines over a lead with its byline box under it, one that outgrows the menu:
        # the line passed between is the headline's venue or rating, which the menu took too)
        last_item = (verdicts[nonblank[n + 1].index].rule_id != "nav.menu"
                     or (n == first - 2 and lead_boxed and _outgrows_menu(nonblank, verdicts, n)))
        if ((boxed or not _menu_row(line, doc)) and (not above or site)
                and (v.rule_id != "nav.menu" or (last_item and (shared or (
                    (over_lead or boxed)
                    and _outgrows_menu(nonblank, verdicts, n)))))):
            # (a menu's last item shares a word with the lead, as ``_heads_menu_gap`` asks; an
            # item with more of the menu under it is the menu's)
            verdicts[line.index] = Verdict(Label.KEEP, "ctx.headline",
                                           "the article's headline, above its byline block")
            if (over is not None and verdicts[over.index].rule_id in _CONTEXT_DROPS
                    and _headline_shaped(over) and not _menu_row(over, doc)
                    and not _CRUMB_SEP.search(over.text)
                    and over_words & (lead | words)):
                # (that was the standfirst: the title over it shares its words or the lead's)
                verdicts[over.index] = Verdict(Label.KEEP, "ctx.headline",
                                               "the article's headline, over its standfirst")
            if site:
                verdicts[above[0].index] = _SITE_NAME
        return
