"""Pass 2, the end of the page: references under their heading, a comment section and reader
comments, author bios, a box of widgets under the article's last text."""
from __future__ import annotations

import re
from itertools import takewhile

from ..features import Line
from ..judge import Document
from ..labels import Label, Verdict
from .common import _drop, _drop_at, _first_text, _is_sentence, _kept, _looked_through
from .settling import _SIGNATURE_LINES, _fact_shaped, _hinted, _is_section_label

_NAME = re.compile(r"^(?:[A-Z][\w'’.-]*\s){1,3}[A-Z][\w'’.-]*$")
# the name that ends a byline ("By Ray Castellano", "di Marco Sereni", "Text: Eva Holm")
_NAME_TAIL = re.compile(r"(?:^|\s)((?:[A-Z][\w'’.-]*\s){1,2}[A-Z][\w'’.-]*)$")
_BYLINE_CHARS = 40
# a byline no rule took: the author's name and the date, parted ("May 14, 2025 | Jo Reyes")
_BYLINE_PARTS = re.compile(r"\s[|·•—–]\s")
_EN_BIO_VERBS = "is|was|has|covers|writes|joined|serves|works|holds|studied"
_BIO_VERBS = re.compile(rf"^({_EN_BIO_VERBS})\b")
# what follows an author's name in a bio, in the catalogues' languages ("NAME es periodista")
_ANY_BIO_VERB = re.compile(
    rf"^({_EN_BIO_VERBS}|ist|war|schreibt|arbeitet|"
    r"est|a|écrit|travaille|es|fue|escribe|trabaja|è|ha|scrive|lavora|é|foi|escreve|trabalha|"
    r"schrijft|werkt|jest|pisze|pracuje|—|–|является|пишет|работает|leitet)\s")


def _forum_page(nonblank, verdicts) -> bool:
    """A forum's or a Q&A page's post details (``forum.meta``) are on the page."""
    return any(verdicts[ln.index].rule_id == "forum.meta" for ln in nonblank)


_DETAIL_WORDS = 5  # a post's detail line: a name, a date, a vote count, a row of buttons
_THREAD_POSTS = 2  # lines of post details below the first post's text, at least, on a thread
_SETTLED = ("ctx.between_content", "ctx.near_content", "ctx.heads_content", "ctx.ends_content",
            "ctx.past_widget")


# a post's own numbered section heading: "五、针对题主的情况", "（三）费用", "3) Costs"
_ENUMERATED = re.compile(r"^\s*([一二三四五六七八九十]+[、.．]|[（(]([一二三四五六七八九十]+|\d{1,2})[）)]"
                         r"|\d{1,2}[、．)])")


def post_details(doc: Document, verdicts: list[Verdict | None]) -> None:
    """On a forum's or a Q&A page (post details that ``forum.meta`` knows, twice or more below
    the first post's text), the short lines kept between the posts only for their neighbours
    are the other details of each post: the poster's name, a date, a vote count, a row of
    buttons ("share  improve  follow"). Each is no sentence, five words or fewer, and stands
    below the first post's text; a post's own short lines end as sentences ("Thanks, that
    worked!") or are numbered as its sections are ("五、针对题主的情况"). On a board that
    prints each post's details over it, the first post's short lines down to the second
    post's details are its own (a how-to's list items). Post details
    only below the place where ``tail`` ended the article are its readers' comments, and make
    no thread of the article above."""
    nonblank = doc.nonblank
    first = _first_text(nonblank, verdicts)
    if first is None:
        return
    # (a thread: post details under two posts at least; one counter line, "Views 15,230 ·
    # Saves 842", makes no forum of a blog; nor do the details of readers' comments under the
    # place where ``tail`` ended the article: "Like (14)" under a newsletter's comments)
    end = next((n for n in range(first + 1, len(nonblank))
                if verdicts[nonblank[n].index].rule_id == "tail.after_end"), len(nonblank))
    metas = [n for n in range(first + 1, end)
             if verdicts[nonblank[n].index].rule_id == "forum.meta"]
    if len(metas) < _THREAD_POSTS:
        return
    # (on a board that prints each post's details over it, "Posted by NAME » DATE" over the
    # first post, the first post runs down to the next details: its short lines, list items
    # and headings, are its text)
    headed = any(verdicts[ln.index].rule_id == "forum.meta" for ln in nonblank[:first])
    for line in nonblank[(metas[0] if headed else first) + 1:]:
        v = verdicts[line.index]
        if (v.label is Label.KEEP and v.rule_id in _SETTLED and not line.terminal
                and line.words <= _DETAIL_WORDS and not line.bullet and not line.code
                and not _ENUMERATED.match(line.text)):
            verdicts[line.index] = _drop("forum.details", "a forum post's details, between the posts")


def _kept_before(nonblank: list[Line], verdicts) -> list[int]:
    """Characters of the lines kept so far before each line of ``nonblank`` (one more entry
    than lines: the last is the whole text's)."""
    before = [0]
    for ln in nonblank:
        before.append(before[-1] + (ln.chars if verdicts[ln.index].label is Label.KEEP else 0))
    return before


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
    printed its comment widget above the article; unless a thread of comments runs below it
    (``_thread_below``: a long thread under a short article), which ends the article from 30%
    of the lines on, text above it, at the thread's first comment-section line.
    Nor, on a forum's page (post details that ``forum.meta`` knows), when the line is a button
    printed under an earlier post too, above the bottom part: each post has one."""
    nonblank = doc.nonblank
    start = int(len(nonblank) * doc.config.tail_from)
    prose: list[int] | None = None
    seen: dict[str, int] = {}  # each text's first position (built when first needed)
    forum = None  # (a forum's page: its post details are on it; asked when first needed)
    for k in range(int(len(nonblank) * _THREAD_FROM), len(nonblank)):
        if _comment_mark(verdicts[nonblank[k].index]):
            if prose is None:  # running-text characters before each line (computed once)
                prose = _kept_before(nonblank, verdicts)
                for n, ln in enumerate(nonblank):
                    seen.setdefault(doc.folded[ln.index], n)
                forum = _forum_page(nonblank, verdicts)
            # (above the bottom part, only where a thread of comments starts: a long thread
            # under a short article)
            thread = None if forum else _thread_below(nonblank, verdicts, k)
            if k < start and not (thread and prose[k]):
                continue
            if prose[-1] - prose[k + 1] > doc.config.tail_article_ratio * prose[k] and not thread:
                continue  # far more running text below than above: the article comes after it
            earlier = seen[doc.folded[nonblank[k].index]]
            if forum and earlier < start and prose[k] > prose[earlier + 1]:
                continue  # a button under each post of a thread ("Reply"), above text already
            if thread:
                k = _thread_start(nonblank, verdicts, k)
            _drop_rest(nonblank[k + 1:], verdicts, _drop(
                "tail.after_end", f"below {nonblank[k].text!r}, which ends the article"))
            return


def _thread_start(nonblank: list[Line], verdicts, k: int) -> int:
    """The first comment-section line of the thread that line ``k`` is in: up from ``k``, each
    such line with at most ``_THREAD_LEAD`` + 1 other lines (a comment, its date) under it
    before the next."""
    while True:
        up = next((j for j in range(k - 1, max(-1, k - _THREAD_LEAD - 3), -1)
                   if _comment_mark(verdicts[nonblank[j].index])), None)
        if up is None:
            return k
        k = up


# Widgets that close an article: an author box, share and follow buttons, a newsletter box,
# the site's menus and legal links, a byline or date line printed under the text.
_END_WIDGETS = ("bio.", "share.", "follow.", "newsletter.", "nav.", "date.", "byline.", "legal.")
_END_WIDGETS_FORUM = tuple(w for w in _END_WIDGETS if w != "date.")  # (a post's date heads a post)
_END_BOX_REACH = 3  # lines under the widget line where another widget line makes it a box
_END_BOX_REST = 0.15  # of the running text above it, at most, below a closing box
_SHARE_BAR = ("share.", "follow.")  # a share or follow bar: a label and its buttons
_SHARE_BAR_REST = 0.5  # of the running text above it, at most, below a closing share bar


def end_box(doc: Document, verdicts: list[Verdict | None]) -> None:
    """A box of widget lines in the bottom part (a line of ``_END_WIDGETS`` with another firm
    drop in the three lines under it: "Share this article" / "Facebook", "About the author" /
    "View all posts") closes the article when the text kept below it is at most 15% of the
    text kept above (once the undecided lines are settled): what follows is the page's tail (a
    company's pitch, a product grid, the author's other links), not the article going on,
    which would bring more text than that. A share or follow bar, its label and two buttons
    or more with nothing else ("Share this episode" / "Facebook" / "Email"), closes it with up
    to half the text above below it, as a tags line does, when no long paragraph follows (the
    article going on): the page's teasers and pitches with their one-sentence blurbs follow
    it. Protected lines aside, as in ``tail``. A name and its bio alone (one rule's two
    drops) make no box: they may be an entry of a list; nor does, on a forum's page, a post's
    date line with its buttons: it heads the next post."""
    nonblank = doc.nonblank
    start = int(len(nonblank) * doc.config.tail_from)
    prose = _kept_before(nonblank, verdicts)
    # (the last long paragraph's position, once: a share bar above it has the article going on)
    last_long = max((k for k, ln in enumerate(nonblank) if verdicts[ln.index].rule_id == "prose.long"),
                    default=-1)
    # (on a forum's page a post's date line heads the next post, not the page's tail)
    widgets = _END_WIDGETS_FORUM if _forum_page(nonblank, verdicts) else _END_WIDGETS
    for k in range(start, len(nonblank)):
        v = verdicts[nonblank[k].index]
        if not (v.label is Label.DROP and v.firm and v.rule_id.startswith(widgets)):
            continue
        under = nonblank[k + 1:k + 1 + _END_BOX_REACH]
        box = [verdicts[ln.index].rule_id for ln in under if _looked_through(verdicts[ln.index])]
        bar = (v.rule_id.startswith(_SHARE_BAR) and len(box) >= 2 and last_long < k
               and all(rid.startswith(_SHARE_BAR) for rid in box))
        if prose[-1] - prose[k + 1] > (_SHARE_BAR_REST if bar else _END_BOX_REST) * prose[k]:
            continue
        if len(box) < 2 and not any(rid != v.rule_id for rid in box):
            continue  # (a name and its bio alone: maybe an entry of a list, "NAME is a ...")
        _drop_rest(nonblank[k + 1:], verdicts, _drop(
            "tail.after_end", f"below {nonblank[k].text!r}, a widget box that closes the article"))
        return


_TAGS_FROM = 0.3  # of the lines, where a tags line may close the article
_TAGS_REST = 0.5  # of the running text above it, at most, below a tags line that closes it


def tags_end(doc: Document, verdicts: list[Verdict | None]) -> None:
    """A line of the article's tags ("Tags: …", a firm ``link.tags`` drop) below the first
    30% of the lines closes the article when the text kept below it is at most half the
    text kept above (once the undecided lines are settled): a page prints its tags under
    the article's last paragraph, and what follows (an author box, a company's pitch, a list
    of teasers with their blurbs, a club's fixtures) is the page's, however much of it reads
    as sentences. So does a letter's signature: its valediction kept ("Yours faithfully,"),
    the signer's name and role under it, then a line a rule drops (a "Download this letter"
    button): the school's other letters and its address below are the page's. Not when one
    of the article's own section headings stands below (a recipe card printed under the
    post's tags, "Ingredients"), nor when the lines kept right under the tags are mostly
    facts (fields, quantities, terms with their definitions: a glossary; under a signature,
    the school's address and telephone are the page's); protected lines aside,
    as in ``tail``. (Tags printed over the article, under its headline, have more text
    below them.)"""
    nonblank = doc.nonblank
    prose = None
    for k in range(int(len(nonblank) * _TAGS_FROM), len(nonblank)):
        v = verdicts[nonblank[k].index]
        if v.label is Label.DROP and v.firm and v.rule_id == "link.tags":
            tags, what = True, "the article's tags"
        elif _signed(doc, nonblank, verdicts, k):
            tags, what = False, "the letter's signature"
        else:
            continue
        prose = _kept_before(nonblank, verdicts) if prose is None else prose
        if prose[-1] - prose[k + 1] > _TAGS_REST * prose[k]:
            continue
        rest = nonblank[k + 1:]
        under = list(takewhile(lambda ln: _kept(verdicts[ln.index]), rest))  # (kept right under)
        if any(_is_section_label(ln, doc) for ln in rest) or (
                tags and under and _fact_shaped(under, doc)):
            return  # (the article's own section below its tags: a recipe card, a glossary)
        _drop_rest(rest, verdicts, _drop(
            "tail.after_end", f"below {nonblank[k].text!r}, {what}, which close it"))
        return


def _signed(doc: Document, nonblank: list[Line], verdicts, k: int) -> bool:
    """Line ``k`` is a firm drop right under a letter's signature: its valediction kept, and
    at most ``_SIGNATURE_LINES`` kept lines between (the signer's name and role), as settling
    keeps them."""
    v = verdicts[nonblank[k].index]
    if not (v.label is Label.DROP and v.firm):
        return False
    for j in range(k - 1, max(-1, k - 2 - _SIGNATURE_LINES), -1):
        if not _kept(verdicts[nonblank[j].index]):
            return False
        if _hinted(doc, nonblank[j], "letter.valediction"):
            return True
    return False


_THREAD_MARKS = 3  # comment-section lines below, at least, in a thread of comments
_THREAD_LEAD = 2  # lines of text, at most, before the next comment's line (NAME's comment)
_THREAD_FROM = 0.3  # of the lines, where a thread of comments may start (a short article's)


def _comment_mark(v: Verdict) -> bool:
    return v.label is Label.DROP and v.firm and v.rule_id.startswith("comment.")


def _thread_below(nonblank: list[Line], verdicts, k: int) -> bool:
    """Below line ``k`` runs a thread of comments, not an article: a comment-section line
    ("NAME says:", "Reply") follows within two lines of text (a comment's), and more follow
    (``_THREAD_MARKS`` in all). A long thread under a short article outweighs it; an article
    printed under a comment widget opens with paragraphs of its own."""
    marks = texts = 0
    for j in range(k + 1, len(nonblank)):  # (no copy of the rest: asked for each comment line)
        v = verdicts[nonblank[j].index]
        if _comment_mark(v):
            marks += 1
            if marks >= _THREAD_MARKS:
                return True
        elif marks == 0 and v.label is Label.KEEP:
            texts += 1
            if texts > _THREAD_LEAD:
                return False  # (paragraphs before any comment's line: an article goes on here)
    return False


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


_ARTICLE_BEFORE_COMMENTS = 0.2  # of the kept text, at least, above a comment section


def comments(doc: Document, verdicts: list[Verdict | None]) -> None:
    """Reader comments: two comment-like lines close together ("Thanks for sharing!", "Great
    post, Anna.") in the bottom part of a document open its comment section, which runs to
    the end. One such line alone proves nothing: articles quote thanks and praise too. Not
    on a forum's page (post details that ``forum.meta`` knows): its replies are its content;
    nor when less than a fifth of the kept text stands above the first comment: comments
    follow an article (a forum's posts, cleaned once more without their details, are the
    text)."""
    cfg = doc.config
    if not doc.hints:
        return
    nonblank = doc.nonblank
    if _forum_page(nonblank, verdicts):
        return  # (a forum's page: the replies are its content)
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
    before = _kept_before(nonblank, verdicts)
    if before[first] < _ARTICLE_BEFORE_COMMENTS * before[-1]:
        return  # (comments follow an article: with almost no text above, this is the text)
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
    _named_in_bio(doc, verdicts)
    if len({line.text for line, _ in headed}) > 1:
        return
    for line, nxt in headed:  # one name (an author box may be printed twice)
        verdicts[line.index] = _drop("bio.author", "author name heading a bio")
        if not (verdicts[nxt.index] and verdicts[nxt.index].firm):
            verdicts[nxt.index] = _drop("bio.author", f"bio of {line.text}")


_BYLINE_SLOT = 3  # lines from the first paragraph, up or down, where a bare byline stands
_BIO_NAME_REACH = 80  # characters from a bio's start where the author's name stands, after a role


def _named_in_bio(doc: Document, verdicts: list[Verdict | None]) -> None:
    """A name on its own line near the article's first paragraph (a byline under the
    standfirst: "Marta Ruiz Gil") or parted from a date on it ("May 14, 2025 | Jo Reyes"),
    or ending a byline a rule dropped above it ("By Ray Castellano", "di Marco Sereni"),
    whose bio a line in the bottom half gives ("Marta Ruiz Gil es periodista y ...",
    "Joanna Wiśniewska – dziennikarka i felietonistka"; after a byline a rule dropped, also a
    bio that opens with the author's role, the name in apposition: "Journaliste, NAME suit
    ...") is the author's: the name's line goes as the byline, and the bio goes too, when the
    running text kept under it is at most what a closing box leaves (the article's last
    paragraph may speak of its author). Only for one such name: two or more are a list of
    entries."""
    nonblank = doc.nonblank
    first = _first_text(nonblank, verdicts)
    if first is None:
        return
    names: dict[str, list[Line]] = {}
    for k, line in enumerate(nonblank[:first + _BYLINE_SLOT]):
        v = verdicts[line.index]
        firm = v is not None and v.firm
        if line.chars > _BYLINE_CHARS:
            continue
        if firm and v.label is Label.DROP and v.rule_id.startswith("byline."):
            m = _NAME_TAIL.search(line.text)  # (a byline's name: "By Ray Castellano")
            if m is not None:  # (its last two or three words: "By" may have a capital)
                words = m.group(1).split()
                for n in range(2, len(words) + 1):
                    names.setdefault(" ".join(words[-n:]), [])
        elif (firm and not v.rule_id.startswith("date.")) or k < first - _BYLINE_SLOT:
            continue  # (a date rule drops a story's details on one line: "DATE | NAME")
        elif _NAME.match(line.text):
            names.setdefault(line.text, []).append(line)  # (a bare byline, in a byline's place)
        else:  # (a name and a date: "May 14, 2025 | Jo Reyes")
            parts = _BYLINE_PARTS.split(line.text)
            for name, date in (parts, parts[::-1]) if len(parts) == 2 else ():
                if _NAME.match(name) and any(ch.isdigit() for ch in date):
                    names.setdefault(name, []).append(line)
    if not names:
        return
    found = []
    half = len(nonblank) // 2  # (an author box is printed below the article)
    for k, line in enumerate(nonblank[half:], half):
        head = " ".join(line.text.split()[:4])
        for name, where in names.items():
            if head.startswith(name + " ") and _ANY_BIO_VERB.match(line.text[len(name):].lstrip() + " "):
                found.append((name, where, k))
            elif (where == [] and line.terminal
                  and line.text[:_BIO_NAME_REACH].find(", " + name + " ") > 0):
                # (a bio that opens with the author's role, the name in apposition after it:
                # "Journaliste spécialisée dans l'énergie, Claire Montagnon suit ...", the name
                # from a byline a rule dropped)
                found.append((name, where, k))
    if len({name for name, _, _ in found}) != 1:
        return
    name, where, k = found[0]
    bio = nonblank[k]
    for line in where:
        verdicts[line.index] = _drop_at("bio.author", "a name that line {} describes below the "
                                        "article: the byline (or the site's name)", bio.index)
    v = verdicts[bio.index]
    if v is not None and v.firm:
        return
    # (the article's last paragraph may speak of its author: not with a paragraph's length of
    # running text under it, more than a closing box leaves, ``_END_BOX_REST`` of the text above;
    # a promotion under the bio is no article going on)
    under = sum(ln.chars for ln in nonblank[k + 1:]
                if _kept(verdicts[ln.index]) and verdicts[ln.index].rule_id == "prose.long")
    if under <= _END_BOX_REST * _kept_before(nonblank, verdicts)[k]:
        verdicts[bio.index] = _drop("bio.author", f"bio of {name}, the author named at the top")
