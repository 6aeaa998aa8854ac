"""Pass 2, settling: undecided lines take their label from the nearest decided lines above and
below."""
from __future__ import annotations

import re

from ..features import CJK_OR_HANGUL, Line
from ..judge import Document
from ..labels import Label, Verdict
from .common import (
    _BYLINE, _BYLINE_REACH, _DIGITS, _boxed, _is_heading_like, _is_menu_block, _is_menu_like,
    _is_sentence, _is_text, _kept, _looked_through, _next_line
)

_NUMBERED_HEADING = re.compile(r"^\d{1,2}(\.\d{1,2})*\.?\s+\w")


_ITEM = re.compile(r"^(\S+(?: \S+)?)[:–—-]\s")


def _item_shape(line: Line) -> str | None:
    """The shape of a list item that starts with a label ("3a etapa: ...", "Step 4: ..."): its
    label with digits made 0. Lines of one shape in a row are one list."""
    m = _ITEM.match(line.text)
    if m is None or not any(ch.isdigit() for ch in m.group(1)):
        return None
    return _DIGITS.sub("0", m.group(1).casefold())


# an ingredient or a part with its quantity: "115 g butter", "½ tsp salt", "2 ripe pears",
# "1-2 cloves garlic", "돼지고기 300g", "砂糖 大さじ1" (a lower-case word after the number: "7 Best
# Laptops", a listicle's title, is no quantity)
_QUANTITY = re.compile(
    r"^(\d+([.,/]\d+)?|\d*[½¼¾⅓⅔⅛⅜⅝⅞])(\s?[-–]\s?\d+([.,/]\d+)?)?\s?(?-i:[a-zà-ÿ])"
    r"|\s(\d+([.,/]\d+)?|[½¼¾])\s?(g|kg|ml|l|cc|개|큰술|작은술|컵|克|毫升|个|勺|個|本|枚)$"
    r"|(大さじ|小さじ|カップ)\s?[\d½¼¾/]+$")
# a field of a spec sheet: "Weight: 262g", "Battery life: 38 hours" (a value with a number in
# it; not a contact box's "Phone:", "Fax:", "Hours:")
_SPEC = re.compile(r"^(?!(phone|tel|telephone|fax|mobile|call|hours|opening hours|telefon|"
                   r"téléphone|teléfono|telefone|telefono|телефон|tel\.)\s*[:：])"
                   r"[^\W\d_][^:：]{0,30}[:：][^:：]*\d", re.IGNORECASE)
# a field: "Referee: Darren Hollis.", "Booked: Price, Kowal.", "片长：126分钟" (no space after a
# full-width colon), "2025: building starts" (a year for its label); or a label, a tab and its value
_FIELD = re.compile(r"^(?:[^\W\d_][^:：]{0,60}|\d{4})(?::\s+|：\s*)\S")
_TAB_FIELD = re.compile(r"^([^\t]{1,30}?)\t+(\S[^\t]*)$")
_COLON = re.compile(r"[:：]")
_DIGIT = re.compile(r"\d")
_BRACKETED = re.compile(r"\([^()]*\)|（[^（）]*）")
_LABEL_WORDS = 4  # a field's label is a few words
_LABEL_CHARS = 31
_LONG_LABEL_WORDS = 8  # over a short value with a number in it: a price, a time
_PRICE_WORDS = 3
_LIST_LINES = 3  # quantities, fields or a table's rows in a row: a list of the article's
_FACT_VALUE_WORDS = 6


def _runs(lines: list[Line], key) -> list[list[int]]:
    """Positions of the runs of ``_LIST_LINES`` or more lines in a row with the same ``key``
    (None: no run)."""
    runs: list[list[int]] = []
    run: list[int] = []
    current = None
    for n, ln in enumerate(lines):
        k = key(ln)
        if k is not None and run and k == current:
            run.append(n)
            continue
        if len(run) >= _LIST_LINES:
            runs.append(run)
        run, current = ([n], k) if k is not None else ([], None)
    if len(run) >= _LIST_LINES:
        runs.append(run)
    return runs


def _listed(block: list[Line]) -> set[int]:
    """Positions in ``block`` of the article's lists that short lines make: quantities ("115 g
    butter") or spec fields with numbers ("Weight: 262g"), items in lower case
    (``_lower_item``), other fields (``_fields``), and the
    rows of a table written with " | " (of two columns, most rows with a number: "Team |
    Points" over "Pescara | 11")."""
    found = {n for run in _runs(block, _quantity) for n in run}
    found.update(n for run in _runs(block, _lower_item) for n in run)
    found.update(_fields(block))
    for run in _runs(block, _cells):  # (two columns: a label and its number, most rows)
        if _cells(block[run[0]]) > 2 or 2 * sum(_DIGIT.search(block[n].core) is not None
                                                for n in run) >= len(run):
            found.update(run)
    return found


def _quantity(line: Line) -> bool | None:
    """True for a quantity or a spec field with a number in it (None otherwise)."""
    core = line.core
    if _QUANTITY.search(core) is not None or (
            _SPEC.match(core) is not None and len(_COLON.split(core, 1)[0].split()) <= _LABEL_WORDS):
        return True
    return None


_ITEM_WORDS = 2
_BARE_ITEM_WORDS = 3  # an item whose marker the page dropped: "proof of address dated within ..."


def _lower_item(line: Line) -> bool | None:
    """True for a list item that goes on from the sentence over it: a marker, then a word in
    lower case ("- une photo d'identité de moins de 6 mois", "- abgeschlossene Ausbildung"),
    or three words or more in lower case with no marker (a list whose markers the page lost:
    "proof of address dated within ..."); a menu's links and a related list's headlines start
    with a capital (None otherwise)."""
    if line.words < (_ITEM_WORDS if line.bullet else _BARE_ITEM_WORDS):
        return None
    first = next((ch for ch in line.core if ch.isalpha()), "")
    return True if first.islower() else None


def _cells(line: Line) -> int | None:
    """The number of cells of a table's row written with " | " or with tabs, two or more (None
    otherwise): rows of one table have as many."""
    count = line.core.count(" | ") + 1
    if count < 2:
        count = line.raw.strip().count("\t") + 1
    return count if count >= 2 else None


def _field(line: Line) -> tuple[str, str] | None:
    """A line's label and value when it is a field: "Label: value", or a label and its value
    parted by a tab ("Baujahr<TAB>1998"); the label four words or fewer, not counting a
    qualifier in brackets, or up to eight over a short value with a number in it (a price
    list's "Passeport mineur de moins de 15 ans : 17 €")."""
    if _FIELD.match(line.core):
        label, value = _COLON.split(line.core, 1)
    else:
        m = _TAB_FIELD.match(line.raw.strip())
        if m is None:
            return None
        label, value = m.group(1), m.group(2)
    # (a qualifier in brackets is no part of the label's length: "New Zealand (Heat 1)")
    words = len(_BRACKETED.sub("", label).split())
    if (words > _LABEL_WORDS or len(label) > _LABEL_CHARS) and (
            words > _LONG_LABEL_WORDS or len(value.split()) > _PRICE_WORDS or not _DIGIT.search(value)):
        return None
    return label.strip(), value


def _fields(lines: list[Line]) -> set[int]:
    """Positions in ``lines`` of fields (``_field``) that stand ``_LIST_LINES`` or more in a
    row (a match report's line-ups, a spec sheet, an event's facts, a listing's data); half
    of the labels different at least (a list of "Recommended: TITLE" links repeats one),
    half of the values a fact's (``_fact_value``: kicker-labelled teasers, "Analysis: Why
    ...", carry headlines), and no two labels shared with another such run of the block
    (cards, each with its "Salary:" and "Location:")."""
    fields = {ln.index: _field(ln) for ln in lines}  # (each line parsed once)
    runs = [[(n, *fields[lines[n].index]) for n in run]
            for run in _runs(lines, lambda ln: True if fields[ln.index] is not None else None)]
    labels = [{label.casefold() for _, label, _ in r} for r in runs]
    found: set[int] = set()
    for r, own in zip(runs, labels):
        facts = sum(_fact_value(value) for _, _, value in r)
        if (len(own) * 2 >= len(r) and facts * 2 >= len(r)
                and not any(len(own & other) >= 2 for other in labels if other is not own)):
            found.update(n for n, _, _ in r)
    return found


def _fact_value(value: str) -> bool:
    """A field's value, not a teaser's headline after its kicker ("Analysis: Why the bank is in
    no hurry"): a few words, or a number in it, or a full stop at its end."""
    value = value.strip()
    return (len(value.split()) <= _FACT_VALUE_WORDS or any(ch.isdigit() for ch in value)
            or value.endswith((".", "。")))


_HEAD_ITEMS_CJK_CHARS = 12  # a short heading in Chinese or Japanese, in characters


def _ends_colon(text: str) -> bool:
    """``text`` ends in a colon, half- or full-width: it introduces what follows."""
    return text.rstrip().endswith((":", "："))


def _heads_items(line: Line) -> bool:
    """A short heading over a list: a few words, no sentence end but a colon ("System
    requirements:" over its fields); a qualifier in brackets does not count, and in Chinese
    or Japanese the characters are counted ("長野県内のリンゴ生産（2023年産）" over its facts)."""
    if not 0 < line.words or line.bullet or (line.terminal and not _ends_colon(line.core)):
        return False
    if line.cjk:
        return len(_BRACKETED.sub("", line.core).replace(" ", "")) <= _HEAD_ITEMS_CJK_CHARS
    return line.words <= _MENU_HEADLINE_WORDS


def _heads_section(line: Line) -> bool:
    """A heading just above content: title-like, or a numbered section heading ("1. Scope")."""
    return _is_heading_like(line) or (
        line.bullet and not line.terminal and not line.truncated and line.words <= 8
        and bool(_NUMBERED_HEADING.match(line.text.strip())))


_MENU_HEAD_WORDS = 4
# a menu's promotion or button opens with a call to act ("Shop Our Winter Coat Collection")
_BUTTON_VERB = re.compile(r"^(shop|buy|get|order|subscribe|sign up|join|download|try|book|discover|learn more|"
                          r"explore|browse|see|view|watch|start|call|contact|meet|introducing)\b",
                          re.IGNORECASE)
_HEAD_TEXT_LINES = 3  # lines under a heading that should share a word with it
_MENU_HEADLINE_WORDS = 6
# a teaser's kicker: "Trending: ...", "From the archive: ...", "Sponsored: ..."
_KICKER_LABEL = re.compile(r"^(trending|popular|most read|from the archive|sponsored|promoted|"
                           r"advertisement|featured|editor'?s picks?|must read|watch|listen|"
                           r"video|podcast|live|breaking|latest|new|don'?t miss|read)\s*:",
                           re.IGNORECASE)
# a shop's banner among menu items ("Free Delivery On All Orders Over £50")
_PROMO_WORD = re.compile(r"\b(free|off|sale|shipping|delivery|orders?|discount|deals?|offers?|"
                         r"coupons?|promo|subscribe|sign up|members?)\b|%", re.IGNORECASE)
_STEM = re.compile(r"[^\W\d_]{5,}")  # a word of five letters or more: its first five count


def _stems(text: str) -> set[str]:
    """The words a heading and its text share: the first five letters of each word of five
    letters or more, and each pair of CJK characters in a row."""
    text = text.casefold()
    cjk = "".join(CJK_OR_HANGUL.findall(text))
    return ({w[:5] for w in _STEM.findall(text) if not CJK_OR_HANGUL.match(w)}
            | {cjk[i:i + 2] for i in range(len(cjk) - 1)})


def _heads_menu_gap(doc: Document, block: list[Line], verdicts) -> bool:
    """The last line of a menu block just above content is the content's own heading: a
    title-like line of four words or more, without a sentence end, longer in words than any
    item of the menu above it, and sharing a word with the lines under it ("How To Get
    Toddlers To Sleep In Their Own Bed" under "Baby Tips" / "FAQs" / "Where to Buy", over
    "While co-sleeping may be..., many parents ... their bed"). A menu's own last item, "Start
    Your Free 14-Day Trial" or "Free Delivery On All Orders", says nothing the text says, and
    its promotion opens with a call to act ("Shop Our Winter Coat Collection"). A headline of
    six words or more right over a sentence, its standfirst, with a byline box under that,
    needs no shared word; a kicker ("Trending:", "From the archive:") marks a menu's teaser."""
    last = block[-1]
    if not (last.words >= _MENU_HEAD_WORDS and not last.terminal and _is_heading_like(last)
            and last.words > max(ln.words for ln in block[:-1])
            and not _BUTTON_VERB.match(last.text)):
        return False
    under = [ln.text for ln in doc.lines[last.index + 1:last.index + 4 * _HEAD_TEXT_LINES]
             if ln.text][:_HEAD_TEXT_LINES]
    if _stems(last.text) & _stems(" ".join(under)):
        return True
    # a headline of six words or more over a sentence (its standfirst) and a byline box may
    # share no word with it; a byline no rule took, a shop's banner, a teaser under a kicker
    # and a stray tag are no headline
    if not (last.words >= _MENU_HEADLINE_WORDS and not _BYLINE.match(last.text)
            and not _PROMO_WORD.search(last.text) and not _KICKER_LABEL.match(last.text)
            and "<" not in last.text):
        return False
    after = [ln for ln in doc.lines[last.index + 1:last.index + 4 * _BYLINE_REACH]
             if not ln.blank][:1 + _BYLINE_REACH]
    return bool(after) and _is_sentence(after[0]) and _boxed(after[1:], verdicts)


_INTRO_WORDS = 4  # a phrase that introduces a list, not a label ("Menu:", "Date last reviewed:")


def _introduces(line: Line) -> bool:
    """A phrase of four words or more ending in a colon: it introduces what follows ("Other
    places we like:", "会上，主办方为以下获奖团队颁发了证书：")."""
    return line.words >= _INTRO_WORDS and _ends_colon(line.text)


# a live blog's entry time: "2:15 p.m.", "14:32", "9.05am", "18h40", "14:32 Uhr", "14:32 CET"
# (a dot parts hours and minutes only with am/pm after them: "12.50 EUR", "2.50 kg" are no time)
_ENTRY_TIME = re.compile(
    r"^([01]?\d|2[0-3])(([:h][0-5]\d)\s?([ap]\.?\s?m\.?|uhr|h)?|\.[0-5]\d\s?[ap]\.?\s?m\.?)"
    r"(\s(?-i:[A-Z]{3,4}))?$", re.IGNORECASE)
_ENTRY_TIMES = 2  # entry times kept above: the page is a live blog, the line its next entry's


def _live_entry(line: Line, doc: Document, verdicts, seen: list[int]) -> bool:
    """``line`` is the time of a live blog's entry: shaped as a time of day, with two lines
    or more of that shape kept above it (the last entry, "2:15 p.m." over "No injuries have
    been reported.", goes on with the blog). ``seen`` carries the count over the settle
    step's blocks, top to bottom: ``[lines looked at, times kept among them]``."""
    if not _ENTRY_TIME.match(line.text):
        return False
    nonblank = doc.nonblank
    while seen[0] < len(nonblank) and nonblank[seen[0]].index < line.index:
        ln = nonblank[seen[0]]
        v = verdicts[ln.index]
        seen[1] += v is not None and v.label is Label.KEEP and _ENTRY_TIME.match(ln.text) is not None
        seen[0] += 1
    return seen[1] >= _ENTRY_TIMES


_ROW_PARTS = re.compile(r"\s[|·•]\s")


def _spec_row(line: Line) -> bool:
    """A product's spec fields on one line, two or more, each with a number: "Capacity: 5 l |
    Power: 1,500 W" (a review's box under each product), or one field's values: "Nutrition
    per serving: 240 kcal · 9 g fat · 30 g carbohydrate"."""
    parts = [p.strip() for p in _ROW_PARTS.split(line.core)]
    return len(parts) >= 2 and _SPEC.match(parts[0]) is not None and all(
        _SPEC.match(p) is not None or _DIGIT.search(p) is not None for p in parts[1:])


def _opens_list(block: list[Line], n: int) -> bool:
    """Line ``n`` of ``block`` ends in a colon over a list item ("What I did:" over "1. Sanded
    to 220"): it introduces the list however short it is (a label such as "Updated:" has a
    value under it, not an item)."""
    line = block[n]
    return (line.words >= 2 and _ends_colon(line.text)
            and n + 1 < len(block) and block[n + 1].bullet)


_HEADED_LIST_LINES = 8  # a list under its heading inside the article; a sidebar's menu is longer


def _introduced(doc: Document, block: list[Line]) -> bool:
    """A list that a line of the article introduces: the block's first line, or the line right
    above it, is a phrase of four words or more ending in a colon ("Other restaurants we
    like:", "Markets most likely to cool down in 2026:"), or the block opens with a heading
    that is no menu item ("Our routine now" over "Bath", "Milk", "Teeth"). Names of places
    or restaurants under it are shaped like menu items, but a menu has no such lead-in."""
    first = block[0]
    above = next((doc.lines[i] for i in range(first.index - 1, -1, -1) if doc.lines[i].text), None)
    return any(ln is not None and _introduces(ln) for ln in (first, above)) or (
        len(block) <= _HEADED_LIST_LINES and _is_heading_like(first) and not first.terminal
        and not first.title_case)


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


_SECTION_LABEL_WORDS = 3


def _section_field(line: Line, doc: Document) -> bool:
    """A field whose label is one of the article's own section headings: a review's verdict
    written on one line each, "Плюсы: вес, экран, клавиатура", "Cons: few ports"."""
    field = None if line.bullet else _field(line)
    if field is None or len(field[0].split()) > _SECTION_LABEL_WORDS:
        return False
    return doc.hinted_text(field[0], field[0], "heading") is not None


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


_BEYOND_LINES = 4
# a table's or a chart's source line ("Source: ...", "Quelle: ..."), not a photo credit
_SOURCE_LINE = re.compile(r"^(sources?|data|quelle|quellen|fuente|fuentes|fonte|fontes|source des données|"
                          r"źródło|bron|источник|出典|出处|来源|자료)\s*[:：]", re.IGNORECASE)


def _beyond(doc: Document, verdicts, idx: list[int], k: int,
            before: int | None = None) -> Label | None:
    """What lies below position ``k`` past the firm drops looked through there (a table's
    source line) and at most ``_BEYOND_LINES`` undecided lines under them (the next section's
    heading): KEEP when it is text pass 1 kept (and lies above line ``before``, when given),
    else UNSURE (the block below is no section of the article: cards, a gallery, a video's
    labels)."""
    skipped = undecided = 0
    while k < len(idx):
        v = verdicts[idx[k]]
        if _looked_through(v) and skipped < doc.config.see_through:
            skipped += 1
        elif v.label is not Label.UNSURE:
            text = _is_text(v) and (before is None or idx[k] < before)
            return Label.KEEP if text else Label.UNSURE
        else:
            undecided += 1
            if undecided > _BEYOND_LINES:
                return Label.UNSURE
        k += 1
    return None


# dropped lines that sit inside an article's text (a "Buy now" button, a "Read more:" link, a
# bare URL): past them, a dense page's text may go on
_INLINE = ("promo.cta", "link.readmore", "link.url", "ad.", "media.", "date.")
_PAST_WIDGET = "ctx.past_widget"

_CUT_WORDS = 12  # a paragraph, not a teaser's line or a "Read more..." link
# a sentence ends inside the line: a paragraph cut off, not a one-sentence teaser
_KICKER = re.compile(r"^[A-Z][A-Z'’ -]{2,24}:\s")  # "EXCLUSIVE: ...": a teaser's label
_SENTENCE_INSIDE = re.compile(r"\w[.!?][\"'’”)]* +[\"'‘“(]*[A-Z0-9]")


# what signs an article off, written as a sentence: its author's bio, its disclaimer
_SIGN_OFF_RULES = ("bio.", "legal.disclaimer")


def _signs_off(v: Verdict, line: Line) -> bool:
    """A sentence a rule dropped that signs the article off ("NAME is a contractor and
    writes ...", "This article is not medical advice."): what stands between the last
    paragraph and it is the article's end, as it was while no rule knew the sentence (it
    was kept as prose then). A site's promotions and affiliate notes sit among its widgets,
    and do not count."""
    return v.firm and v.rule_id.startswith(_SIGN_OFF_RULES) and _is_sentence(line)


def settle(doc: Document, verdicts: list[Verdict | None]) -> None:
    """Unsure lines take their label from the nearest decided lines above and below."""
    idx = [ln.index for ln in doc.nonblank]
    total = sum(doc.lines[i].chars for i in idx) or 1
    prose = sum(doc.lines[i].chars for i in idx if verdicts[i].label is Label.KEEP)
    dense = prose / total >= doc.config.dense_prose
    # the last line that pass 1 kept as prose or code: past it lies the page's tail
    last_text = max((i for i in idx if _is_text(verdicts[i])), default=-1)
    sole = _sole_block(doc, verdicts, idx) if last_text < 0 else set()
    times = [0, 0]  # live-blog entry times kept above the block (``_live_entry``)
    for start, k in _unsure_blocks(verdicts, idx):
        block = [doc.lines[i] for i in idx[start:k]]
        if start in sole:
            for ln in block:
                verdicts[ln.index] = Verdict(Label.KEEP, "ctx.only_text",
                                             "the body of a page with no running prose")
            continue
        if (start and k < len(idx) and verdicts[idx[start - 1]].rule_id.startswith("code.")
                and verdicts[idx[k]].rule_id.startswith("code.") and not any(ln.terminal for ln in block)):
            # between two lines of code, right above and below, with no sentence among them:
            # the body of the code block ("daily", "rotate 14" between "/var/log/*.log {" and
            # "}"), whatever their shape
            for ln in block:
                verdicts[ln.index] = Verdict(Label.KEEP, "ctx.code_body",
                                             "between two lines of code: the code block's body")
            continue
        above = _neighbour(doc, verdicts, idx, start - 1, -1)
        below = _neighbour(doc, verdicts, idx, k, +1)
        if above is Label.KEEP and below is Label.UNSURE and block[-1].index < last_text:
            # inside the article, what the block runs into lies past a table's source line
            # under it, or past an ad marker where the article goes on below (a sponsored
            # teaser may be the page's last text)
            rid = verdicts[idx[k]].rule_id
            if rid == "media.credit" and _SOURCE_LINE.match(doc.lines[idx[k]].text):
                below = _beyond(doc, verdicts, idx, k)
            elif rid.startswith("ad."):
                below = _beyond(doc, verdicts, idx, k, before=last_text)
        if (above is Label.KEEP and below is not Label.KEEP and k < len(idx)
                and _signs_off(verdicts[idx[k]], doc.lines[idx[k]])):
            # (right under the block, whatever lies past it: the bio is looked through to a
            # "Read more" heading under it)
            below = Label.KEEP
        if above is Label.KEEP:
            more = max(_continues_pattern(doc, verdicts, idx, start, k),
                       _continues_dialogue(doc, verdicts, idx, start, k))
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
        # (on a dense page, lines go on from the content above only where they touch it: past
        # a dropped widget line, a share bar or a follow box, they are the page's again; asked
        # only where it matters, below content on a dense page)
        touching = (not (dense and above is Label.KEEP and not in_tail)
                    or _touches_text(verdicts, idx, start) or _fact_shaped(block, doc)
                    or not _widget_shaped(block))
        # (the content line right above introduces what follows: "The prizes went to:")
        lead_in = (above is Label.KEEP and start > 0 and verdicts[idx[start - 1]].label is Label.KEEP
                   and _introduces(doc.lines[idx[start - 1]]))
        for line, label, rid, why in _settle_block(block, above, below, dense, start == 0,
                                                   in_tail, doc, touching, verdicts, lead_in, times):
            verdicts[line.index] = Verdict(label, rid, why)


# a line of facts: a field ("Weight: 980 g"), a row of a table written with tabs, a quantity
# ("500 g flour", "2 tbsp oil"), a dated or numbered entry ("1856 – Mill built"), a term and
# its definition ("Pét-nat – lightly sparkling")
_FACT = re.compile(r"^[^:\t]{1,30}?\s?:\s|\t|^\d+([.,/]\d+)?\s?(g|kg|mg|ml|l|cl|dl|oz|lb|tbsp|tsp|el|tl|cups?)\b"
                   r"|^\d{1,4}\s?[–—-]\s|^[^–—:\t]{1,30}\s[–—]\s\S", re.IGNORECASE)


_SIGN_OFF_WORDS = 3


def _hinted(doc: Document, line: Line, rule_id: str) -> bool:
    """``line`` matches the catalogues' hint ``rule_id`` (its family is the id's first part):
    a letter's valediction, right under its last paragraph or its closing sentences
    ("Sincerely,", "Mit freundlichen Grüßen"), or its salutation, right over its first
    ("Dear families,", "Liebe Eltern,"); a review's own score right under its last paragraph
    ("Rating: 4.5 out of 5")."""
    rule = doc.hinted(line, rule_id.partition(".")[0])
    return rule is not None and rule.id == rule_id


# the signer's name and role under a letter's valediction are the letter's
_SIGNATURE_LINES = 2  # the signer's name, their role
_SIGNATURE_WORDS = 8


def _short_sign_off(line: Line) -> bool:
    """An exclamation of a few words right under the last paragraph: the author's sign-off
    ("Happy coding!", "Enjoy!", "Bon appétit !"), no menu's label."""
    return (0 < line.words <= _SIGN_OFF_WORDS and line.text.rstrip().endswith(("!", "！"))
            and not line.bullet and not line.truncated)


def _opens_section(lines: list[Line], doc: Document) -> bool:
    """One of the first two lines is a section heading of the article's ("Ingredients",
    "Zutaten": a ``heading.section`` hint)."""
    return any(_is_section_label(ln, doc) for ln in lines[:2])


def _fact_shaped(block: list[Line], doc: Document) -> bool:
    """A block the article's own: it opens with a section heading of the article's
    (``_opens_section``), or half its lines or more are facts (fields, table rows,
    quantities). A feed, a headline list or a carousel has neither."""
    if _opens_section(block, doc):
        return True
    return sum(_FACT.search(ln.text) is not None for ln in block) * 2 >= len(block)


_PHRASE_END = re.compile(r"[.!?,;:…。！？、；]['\"’”»)）]*$")
_WIDGET_PROSE_SHARE = 0.25  # of a block's lines ending like a sentence or a verse line, at most


def _widget_shaped(block: list[Line]) -> bool:
    """A block shaped like a widget: few of its lines end as a sentence or a line of verse
    does (a full stop, a question mark, a comma) with four words or more. A feed's cut-off
    captions, a menu, product cards and opening hours end in none; an article's questions
    and answers, steps, timelines, glossaries and poems do."""
    prose = sum(ln.words >= 4 and _PHRASE_END.search(ln.text) is not None for ln in block)
    return prose < _WIDGET_PROSE_SHARE * len(block)


def _touches_text(verdicts, idx: list[int], start: int) -> bool:
    """The line above position ``start`` is kept, or past dropped lines that sit inside an
    article's text (``_INLINE``: a "Buy now" button, a "Read more:" link) a line is kept that
    no widget line parts from the content in turn."""
    k = start - 1
    while k >= 0 and verdicts[idx[k]].rule_id.startswith(_INLINE):
        k -= 1
    if k < 0:
        return False
    v = verdicts[idx[k]]
    return v.label is Label.KEEP and (k == start - 1 or v.rule_id != _PAST_WIDGET)


def _heads_list(block: list[Line], n: int) -> bool:
    """Line ``n`` is a short heading over list items of the text that follow it (a section of
    the list), not over a list of links."""
    return (n + 1 < len(block) and block[n + 1].bullet and not block[n].bullet
            and not _links_under(block, n))


_LINK_SHARE = 0.7  # of the items under a heading menu-like: a list of links ("Filed Under" + tags)


def _links_under(block: list[Line], n: int) -> bool:
    """The list items right under line ``n`` are links more than menu items of the text: most
    of them are menu-like once their bullet is set aside ("- Careers", "- Contact Us")."""
    items = []
    for ln in block[n + 1:]:
        if not ln.bullet:
            break
        items.append(ln)
    return sum(_is_menu_like(ln, listed=True) for ln in items) >= _LINK_SHARE * len(items)


def widget_tails(doc: Document, verdicts: list[Verdict | None]) -> None:
    """On a dense page, the undecided lines that ``settle`` kept below content though a
    dropped widget line (a share bar, a follow box, a menu) parts them from it go, once the
    article's region is known: they are the page's, not the article's."""
    for i, v in enumerate(verdicts):
        if v is not None and v.rule_id == _PAST_WIDGET and v.label is Label.KEEP:
            verdicts[i] = Verdict(Label.DROP, _PAST_WIDGET,
                                  "below the content, past a widget line, on a page of mostly prose")


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
        if start < p or not all(_kept(verdicts[i]) for i in idx[start - p:start]):
            continue
        first = next((n for n in range(start, min(end, start + p))
                      if _next_number(lines[idx[n]], lines[idx[n - p]])), None)
        if first is None:
            continue
        shapes = [_shape(lines[i]) for i in idx[start - p:end]]  # shapes[j]: idx[start - p + j]
        n = first
        while n < end and _next_number(lines[idx[n]], lines[idx[n - p]]):
            rest = range(n + 1 - start + p, min(end, n + p) - start + p)  # the item's other lines
            hits = sum(shapes[j] == shapes[j - p] for j in rest)
            cut = n + p > end  # (the block ends inside this item: it must match line for line)
            if hits < len(rest) if cut else (hits * 2 < len(rest) or not hits):
                break
            n = min(end, n + p)
        if n > first:
            best = max(best, n - start)
    return best


# what opens a line of a dialogue: a dash or a quotation mark, or a speaker's label ("Q:",
# "MARIA:", "기자:"); quotation marks of every kind count as one
_TURN = re.compile(r"^(?:([-–—―•▶▷■□◆◇▲△●○※>]|[\"“”„«»「『])|(\w{1,12}(?: \w{1,12})?)\s?[:：.](?=\s))")
_QUOTES = "\"“”„«»「『"


def _turn(line: Line) -> str | None:
    m = _TURN.match(line.text)
    if m is None:
        return None
    mark = m.group(1)
    if mark is not None:
        return '"' if mark in _QUOTES else mark
    return m.group(2).casefold()


def _continues_dialogue(doc: Document, verdicts, idx: list[int], start: int, end: int) -> int:
    """How many of the undecided lines ``idx[start:end]``, below content, go on with an
    interview's turns: the four lines above them are kept and alternate two different
    openings (a question's dash or "Q:" and an answer's quotation mark or "A:"; an answer may
    open with nothing when it ends a sentence), and the block goes on with the same two, a
    question and its answer at a time ("-앞으로 계획은." / "\"지금처럼만요.\"" under three such
    pairs). A short question and a short answer are no sentences the closing walk would keep."""
    lines = doc.lines
    if start < 4 or end - start < 2 or not all(_kept(verdicts[i]) for i in idx[start - 4:start]):
        return 0
    turns = [_turn(lines[i]) for i in idx[start - 4:start]]
    ask, answer = turns[0], turns[1]
    if ask is None or ask == answer or turns[2] != ask or turns[3] != answer:
        return 0

    def answers(line: Line) -> bool:
        return _turn(line) == answer and (answer is not None or line.terminal)

    if answer is None and not all(lines[i].terminal for i in (idx[start - 3], idx[start - 1])):
        return 0
    n = start
    while n + 1 < end and _turn(lines[idx[n]]) == ask and answers(lines[idx[n + 1]]):
        n += 2
    return n - start


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
    ``sole_block_chars`` (Chinese and Japanese counted by their words) and is not a menu. Returned as the blocks' starts in ``idx``; none on
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
        # (a Chinese or Japanese line's characters count as the Latin text its words would
        # make: a song's lyrics of 160 characters are no short fragment)
        chars = sum(ln.words * _CHARS_PER_WORD if ln.cjk else ln.chars for ln in block)
        if chars > best_chars and not _is_menu_block(block, cfg.menu_min_lines, cfg.menu_share):
            best, best_chars = set(starts), chars
    return best


_CHARS_PER_WORD = 6  # a word and its space, in a Latin script
_ROW_WORDS = 4  # a row of this many CJK words or more, parted by spaces: a menu
_ROW_WORDS_LATIN = 5  # of capitalised words, none a function word ("Easy Sourdough Bread Recipe" is a title)
_ROW_TOKEN_CHARS = 4  # a CJK menu item is a word of a few characters
_TITLE_PUNCT = re.compile(r"[^\w\s'’&-]")  # a colon, a dash, a number sign: a title's, not a menu's


def _menu_row(line: Line, doc: Document) -> bool:
    """A row of menu items on one line ("Rezepte Backen Kochen Saisonal Magazin", "评论 社论
    观点 专栏"): capitalised words without one function word or a title's punctuation, or
    short CJK words parted by spaces. A title-cased headline has its "To" and "And", or its
    colon."""
    tokens = line.text.split()
    if len(tokens) < _ROW_WORDS:
        return False
    if line.cjk:  # (Chinese and Japanese put no spaces between words; Korean does)
        return all(len(t) <= _ROW_TOKEN_CHARS for t in tokens)
    if line.hangul or len(tokens) < _ROW_WORDS_LATIN:
        return False
    return (doc.has_stoplist and line.stop_ratio == 0 and line.title_case
            and all(t[:1].isupper() for t in tokens) and not _TITLE_PUNCT.search(line.text))


_CRUMB_PARTS = re.compile(r"\s[>›»]\s|\s/\s")
_CRUMB_ITEM_WORDS = 3  # a breadcrumb's item is a section's name


def _crumb_trail(line: Line) -> bool:
    """A breadcrumb trail of two items or more ("Regio › Zaanstreek", "Главная / Общество"):
    each a section's name, three words or fewer (one or two, when " / " parts them) with no
    sentence end. A heading zone above the text ends at one: a trail is no heading."""
    parts = _CRUMB_PARTS.split(line.text.strip())
    if len(parts) < 2 or line.terminal:
        return False
    limit = 2 if " / " in line.text else _CRUMB_ITEM_WORDS
    return all(0 < len(p.split()) <= limit and not p.endswith((":", ",")) for p in parts)


# a kicker's parts: "Section · Subsection", "Dairy | 22 January 2026", "Siatkówka › PlusLiga"
_KICKER_SEP = re.compile(r"\s[·•|›»>]\s|｜")
_KICKER_ITEM_WORDS = 5  # (a byline or a date among its parts: "Reviewed by Tom Price")


def _kicker_row(line: Line) -> bool:
    """A row of two to four labels parted by " · ", " • ", " | ", " › ", " » ", " > " or a
    full-width bar, each five words or fewer, no sentence: the section and the date or the
    byline over a headline ("Primi piatti · Cucina siciliana", "Theatre · Reviewed by NAME",
    "2025年3月18日｜お知らせ"). ``_crumb_trail``'s sibling: a trail's separators without the
    slash, and the row's own, for the first line too (``_is_title``); a title bar's
    "Short Title | Site" is one as well, and goes."""
    parts = _KICKER_SEP.split(line.text)
    return (2 <= len(parts) <= 4 and not line.terminal
            and all(0 < len(p.split()) <= _KICKER_ITEM_WORDS for p in parts))


def _is_title(line: Line, doc: Document, verdicts=None) -> bool:
    """The document's first line reads as its title: shaped like a heading, no sentence end,
    no row of menu items, unless it shares a word with the first lines of the text (a
    title-cased headline, "Brown Butter Pear Loaf Cake", is shaped like a menu row)."""
    return _is_heading_like(line) and not line.terminal and not _menu_like_row(line, doc, verdicts)


_LEAD_LINES = 3  # lines of the text whose words a headline shaped like a menu row shares


def _menu_like_row(line: Line, doc: Document, verdicts) -> bool:
    """A row of menu items (``_menu_row``) that shares no word with the first lines of the
    text (``verdicts`` given): a menu's words are the site's sections, a headline's the
    article's."""
    if not _menu_row(line, doc):
        return False
    if verdicts is None:
        return True
    lead: set[str] = set()
    count = 0
    for ln in doc.nonblank:
        if ln.index > line.index and _is_text(verdicts[ln.index]):
            lead |= _stems(ln.text)
            count += 1
            if count == _LEAD_LINES:
                break
    return not (_stems(line.text) & lead)


def _settle_block(block: list[Line], above: Label | None, below: Label | None, dense: bool,
                  at_top: bool, in_tail: bool, doc: Document, touching: bool, verdicts,
                  lead_in: bool, times: list[int]):
    cfg = doc.config
    keep, drop = Label.KEEP, Label.DROP
    inside = above is keep and below is keep
    min_lines = cfg.menu_min_lines + (2 if inside else 0)  # lists inside an article are common
    if ((above is keep or below is keep) and _is_menu_block(block, min_lines, cfg.menu_share)
            and not (inside and _introduced(doc, block))):
        # (its last line may be the content's own heading)
        head = below is keep and _heads_menu_gap(doc, block, verdicts)
        for ln in block[:-1] if head else block:
            yield ln, drop, "nav.menu", "part of a block of short menu-like lines"
        if head:
            yield block[-1], keep, "ctx.heads_content", "heading of the content, under a menu"
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
        # Lines parted from it by a widget line stay kept until the article's region is
        # found (they weigh in it as the short lines they are), then go (``widget_tails``).
        rid = "ctx.near_content" if touching else _PAST_WIDGET
        for ln in block:
            yield ln, keep, rid, "next to content in a document of mostly prose"
        return
    # a section of the article's own above the next one ("Ingredients" and its list over
    # "Method"): the block opens with one of its section headings, or, further down, such a
    # heading stands over list items or fields, down to the content; what stands over the
    # heading is judged as the lines over content are (a headline and its standfirst over
    # "Key points" and its bullets, on a page cleaned once; a table of contents under
    # "Overview", whose entries are no list items, is no section)
    section = None
    if below is keep and len(block) > 1:
        listed = None
        for n, ln in enumerate(block[:-1]):
            if not _is_section_label(ln, doc) or _under_menu(block, n, above):
                continue
            if n and not block[n + 1].bullet:
                listed = _listed(block) if listed is None else listed
                if n + 1 not in listed:
                    continue
            section = n
            break
    if section is not None:
        if section:
            yield from _settle_block(block[:section], above, below, dense, at_top, in_tail, doc,
                                     touching, verdicts, lead_in, times)
        for ln in block[section:]:
            yield ln, keep, "ctx.heads_content", "a section of the article, above content"
        return
    if below is keep:  # the lines just above content: a title, a heading, a lead
        kept = 0
        heading_zone = True
        shape = None  # the shape of a list of items just above the content, once one starts
        closed = False  # a section's own heading ("Introduction") is the top of the zone
        # (a list of quantities or fields just above the content is the article's)
        quantities = _listed(block)
        # (the headline itself kept under the block, a title pass 1 read as a sentence's
        # length: a kicker row right over it is the section's label, "LEAGUE 2025 | GROUP C")
        below_at = _next_line(verdicts, block[-1].index)
        under = doc.lines[below_at] if below_at < len(doc.lines) else None
        titled = (under is not None and _is_heading_like(under) and not under.terminal
                  and _is_text(verdicts[under.index]))
        for n, ln in reversed(list(enumerate(block))):
            item = _item_shape(ln)
            if heading_zone and n in quantities:  # (over a section's heading, the section
                closed = False  # before it: "Ingredients" and its list over "Method")
            listed = heading_zone and (n in quantities or (item is not None and item == shape))
            # (under menu items, "Overview" is the next tab of the menu)
            section = (heading_zone and not closed and not listed and _is_section_label(ln, doc)
                       and not _under_menu(block, n, above))
            # (a letter's salutation right over its first paragraph opens the letter: its
            # heading may stand over it, "A message from the head" over "Dear families,")
            greeting = n == len(block) - 1 and _hinted(doc, ln, "letter.salutation")
            # (a kicker on the document's first line opens no zone: "City News · Council
            # Highlights" over a headline pass 1 kept as a sentence)
            kicker = _kicker_row(ln)
            opens = kept == 0 and not titled and not (at_top and n == 0 and kicker)
            heading_zone = heading_zone and not closed and (
                listed or section or greeting or (kept < 3 and _heads_section(ln) and (
                    not _menu_like_row(ln, doc, verdicts)
                    and (opens or not (_crumb_trail(ln) or kicker)))))
            shape = item if heading_zone else None
            if heading_zone:
                kept += 0 if listed else 1  # (a list counts once: its heading may stand above it)
                closed = section
                yield ln, keep, "ctx.heads_content", "heading or title just above the content"
            elif at_top and n == 0 and _is_title(ln, doc, verdicts) and not kicker:
                yield ln, keep, "ctx.title", "first line of the document, shaped like a title"
            else:
                yield ln, drop, "ctx.before_content", "short line in the zone before the content"
        return
    if above is keep:  # the lines just below content: closing sentences stay, widgets go
        # At the very end of a document (nothing decided below: an extractor's output), a
        # list or table that goes on from the content is content; above a widget, only
        # closing sentences are.
        # (a block that opens with one of the article's own section headings, "Ingredients",
        # "재료", is the article's last section, whatever stands below it)
        section = _is_section_label(block[0], doc) or _section_field(block[0], doc)
        last = below is None or section
        closing = True
        intro = lead_in  # (under a line that introduces a list: "Prizes went to:", in it or
        # right above it)
        quantities = _listed(block)
        signature = 0  # (lines of a letter's signature still to come, under its valediction)
        for n, ln in enumerate(block):
            if closing and _hinted(doc, ln, "letter.valediction"):  # (under closing sentences)
                signature, signed = _SIGNATURE_LINES, True
            else:
                signed = bool(signature) and ln.words <= _SIGNATURE_WORDS and not ln.terminal
                signature = signature - 1 if signed else 0
            # (in a block that opens with a section, the next section's heading goes on; a
            # short heading over a list of quantities or fields heads it; the items under a
            # line that introduces them go on, up to a menu-like line or a sentence)
            if closing and not section and n and (_is_section_label(ln, doc) or _section_field(ln, doc)):
                # (the article's own section heading right under its closing sentences: a
                # job ad's "Your tasks" under its opening paragraphs; its last section starts)
                section = last = True
            item = intro and not _is_menu_like(ln)
            opens = _introduces(ln) or _opens_list(block, n)
            closing = closing and (_is_sentence(ln) or item or opens or signed
                                   or (n == 0 and _short_sign_off(ln))
                                   or (n == 0 and _hinted(doc, ln, "verdict.score"))
                                   or (n == 0 and _live_entry(ln, doc, verdicts, times))
                                   or _spec_row(ln)
                                   or (section and _is_section_label(ln, doc))
                                   or n in quantities or (n + 1 in quantities and _heads_items(ln)) or (
                last and (not _is_menu_like(ln) or _heads_list(block, n))))
            intro = closing and (opens or (item and not _is_sentence(ln)))
            if closing:
                yield ln, keep, "ctx.ends_content", "closing sentence of the content"
            else:
                yield ln, drop, "ctx.after_content", "short line in the zone after the content"
        return
    for n, ln in enumerate(block):
        if at_top and n == 0 and _is_title(ln, doc):
            yield ln, keep, "ctx.title", "first line of the document, shaped like a title"
        else:
            yield ln, drop, "ctx.between_boilerplate", "between boilerplate lines"
