"""Pass 1: label each line keep / drop / unsure on its own, from rules and cheap features.

Each filter looks at one line (and the document's facts) and returns a Verdict or None to
abstain. Filters only decide; they never edit text. The first filter that speaks wins.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Callable, Sequence

from .catalogue import Rule, normalise
from .config import Config
from .features import Line
from .firstchar import Sieve, fold
from .labels import Label, Verdict


@dataclass(frozen=True)
class Document:
    """What filters may know about the whole document."""

    lines: Sequence[Line]
    language: str
    rules: Sequence[Rule]
    has_stoplist: bool
    config: Config
    edge_top: int  #: index of the last line of the top edge zone
    edge_bottom: int  #: index of the first line of the bottom edge zone
    hints: Sequence[Rule] = ()  #: hint rules: evidence for pass 2, never a verdict alone
    #: which of ``rules`` a line can match (firstchar.sieve); None: try every rule
    sieve: "Sieve | None" = None
    hints_sieve: "Sieve | None" = None  #: the same for ``hints``
    #: answers of ``hinted_text`` by (text, core, category), shared by the passes over one text
    hint_memo: "dict | None" = None

    @cached_property
    def nonblank(self) -> tuple[Line, ...]:
        """The lines with text, in order: what the pass-2 steps walk (built once per text)."""
        return tuple(ln for ln in self.lines if not ln.blank)

    @cached_property
    def folded(self) -> tuple[str, ...]:
        """Each line's text case-folded, by line index: how pass 2 compares lines (built once
        per text, not once per step and comparison)."""
        return tuple(ln.text.casefold() for ln in self.lines)

    def hinted(self, line: Line, category: str) -> Rule | None:
        """The first hint rule of ``category`` that matches ``line``, if any."""
        return self.hinted_text(line.text, line.core, category)

    def hinted_text(self, text: str, core: str, category: str) -> Rule | None:
        """The first hint rule of ``category`` that matches ``text`` (``core``: its form without
        a list marker or quotation marks), if any: for a line, or part of one (a field's
        label). Answers are kept in ``hint_memo`` for the passes over one text."""
        if self.hint_memo is None:
            return self._hinted(text, core, category)
        key = (text, core, category)
        if key not in self.hint_memo:
            self.hint_memo[key] = self._hinted(text, core, category)
        return self.hint_memo[key]

    def _hinted(self, text: str, core: str, category: str) -> Rule | None:
        folded = fold(text)  # once for every hint's needles, as in rule_filter
        hints = _candidates(self.hints_sieve, self.hints, text, folded, self.config, core == text)
        for rule in hints:
            if (rule.category == category and not rule.disabled_by(self.config.disable)
                    and rule.matches(text, self.config.rule_max_chars, core, folded)):
                return rule
        return None

    def in_edge(self, line: Line) -> bool:
        return line.index <= self.edge_top or line.index >= self.edge_bottom


Filter = Callable[[Line, Document], "Verdict | None"]


def _candidates(sieve: Sieve | None, rules: Sequence[Rule], text: str, folded: str,
                config: Config, anchored: bool = True) -> Sequence[Rule]:
    """The ``rules`` that can match ``text``, in order, as their ``sieve`` tells (all of them
    without one); ``anchored=False`` for a decorated line, whose core form starts elsewhere."""
    if sieve is None:
        return rules
    return sieve.candidates(text, folded, config.rule_max_chars, anchored)


def rule_filter(line: Line, doc: Document) -> Verdict | None:
    """Catalogue rules: keep rules protect a line, drop rules remove it (firm either way)."""
    cfg = doc.config
    text = line.text
    folded = fold(text)
    # (a decorated line's core form may start with any character)
    rules = _candidates(doc.sieve, doc.rules, text, folded, cfg, line.core == text)
    edge = None
    for rule in rules:
        if rule.edge:
            if edge is None:
                edge = doc.in_edge(line)
            if not edge:
                continue
        if not rule.keep and rule.disabled_by(cfg.disable):
            continue
        if rule.matches(text, cfg.rule_max_chars, line.core, folded):
            label = Label.KEEP if rule.keep else Label.DROP
            return Verdict(label, rule.id, rule.why, firm=True, starts_run=rule.run)
    return None


# the gaps between the buttons of a row printed on one line ("Share  Tweet  Email", "Partilhar
# | Facebook | WhatsApp"): two spaces or more, a tab, or a bar or a dot between spaces
_ROW_GAP = re.compile(r"\s{2,}|\t|\s[|·•]\s")
_ROW_LABEL = re.compile(r"(?<=:)\s+")  # the row's own label: "Partager : Facebook  X"
_ROW_MAX_CHARS = 160
_ROW_ITEM_WORDS = 4
# the families whose labels make such a row: share and follow buttons, menu and footer links,
# sign-in and comment buttons, a forum post's details (not a shop's "Buy on X | Buy on Y": a
# product list's own)
_ROW_FAMILIES = ("share.", "follow.", "nav.", "legal.links", "newsletter.prompt", "comment.prompt",
                 "forum.")


# a menu printed on one line: four items or more two spaces apart, each a few words with no
# digit and no sentence's punctuation ("Recettes  Entrées  Plats  Desserts"; "Possession  48%
# 52%" is a table's row, and so is a header row parted by tabs or bars)
_MENU_ROW_ITEMS = 4
_MENU_ITEM_WORDS = 3
_NOT_MENU_ITEM = re.compile(r"[\d.,;!?:。，！？]")
_NOT_SPACES = re.compile(r"\t|[|·•]")  # (a table's header row is parted by tabs or bars)
# (or by spaces to line its columns up, in capitals: "ID            STATUS    CREATED")
_ALIGNED = re.compile(r"\S {4,}\S")
_MENU_ROW = Verdict(Label.DROP, "nav.menu",
                    "a row of menu items on one line, two spaces apart", firm=True)


def row_filter(line: Line, doc: Document) -> Verdict | None:
    """A row of buttons printed on one line: every item, alone, is a button or a link label
    that a rule of ``_ROW_FAMILIES`` drops ("Share  Tweet  Email", "공유하기  카카오톡  URL복사",
    "Joined: Oct 2023  Messages: 12"); the row's first item may carry its label ("Partager :
    Facebook  X"). The row goes with the first item's rule."""
    raw = line.raw.strip()
    if len(raw) > _ROW_MAX_CHARS or _ROW_GAP.search(raw) is None:
        return None
    items = [item.strip() for item in _ROW_GAP.split(raw) if item.strip()]
    if len(items) < 2 or any(len(item.split()) > _ROW_ITEM_WORDS for item in items):
        return None
    rule = _row_rule(items, doc)
    if rule is None and _ROW_LABEL.search(items[0]):
        rule = _row_rule(_ROW_LABEL.split(items[0], 1) + items[1:], doc)
    if rule is None:
        if (len(items) >= _MENU_ROW_ITEMS and _NOT_SPACES.search(raw) is None
                and _ALIGNED.search(raw) is None and not raw.isupper()
                and all(len(item.split()) <= _MENU_ITEM_WORDS and not _NOT_MENU_ITEM.search(item)
                        for item in items)):
            return _MENU_ROW
        return None
    return Verdict(Label.DROP, rule.id, f"a row of buttons or links on one line: {rule.why}",
                   firm=True)


def _row_rule(items: list[str], doc: Document) -> Rule | None:
    """The rule that drops the first of ``items`` when a rule of ``_ROW_FAMILIES`` drops each."""
    first = None
    for item in items:
        rule = _item_rule(item, doc, _ROW_FAMILIES, edge=False)
        if rule is None:
            return None
        first = first or rule
    return first


def _item_rule(item: str, doc: Document, families: tuple[str, ...] = ("",),
               edge: bool = True) -> Rule | None:
    """The first drop rule whose id starts with one of ``families`` that matches ``item``, a
    part of a line, alone; ``edge=False`` leaves out the rules of a page's edges (a date is a
    date wherever the line stands; a row's button is no widget of the edges)."""
    cfg = doc.config
    text = normalise(item)
    folded = fold(text)
    for rule in _candidates(doc.sieve, doc.rules, text, folded, cfg):
        if (not rule.keep and (edge or not rule.edge) and rule.id.startswith(families)
                and not rule.disabled_by(cfg.disable)
                and rule.matches(text, cfg.rule_max_chars, None, folded)):
            return rule
    return None


# a story's details printed on one line: fields parted by " | ", " · ", " • ", " ⋅ " or " // ",
# one of them a date or a reading time that a date rule drops on its own ("NAME · June 2, 2025 ·
# 9 min read", "Guides · 7 min read", "Hyderabad | Updated: DATE", "요리 · 2024. 11. 3. 18:20"),
# each other one a field a rule drops (a byline, a comment counter) or a short label: a name, a
# role, a section, a place (a few words, no sentence's end, no version number: "Version 4.2 ·
# DATE" heads a release's notes); and a footer's row of the same shape, its links around the
# copyright line ("Contact · Advertise · Privacy · © 2025 NAME")
_META_SEP = re.compile(r"\s(?:[|·•⋅∙]|//)\s")
_META_MAX_CHARS = 160
_META_ITEMS = 5
_FOOTER_ITEMS = 8  # (a footer's row holds more links)
_META_ANCHORS = ("date.", "legal.copyright")
_META_LABEL_WORDS = 5
_META_LABEL_CHARS = 40
_NOT_META_LABEL = re.compile(r"[.!?;。！？]$|\d\.\d")


def meta_filter(line: Line, doc: Document) -> Verdict | None:
    """A story's details on one line, a date or a reading time among short labels, or a
    footer's links around its copyright line (see ``_META_SEP``). The line goes with the
    date's (or the copyright's) rule; a line of bare dates alone ("29 November 2018 | 20
    January 2019": a period) is no such row, a date with its reading time is ("December 15,
    2025 // 8 min read")."""
    text = line.text
    if len(text) > _META_MAX_CHARS or _META_SEP.search(text) is None:
        return None
    items = [item.strip() for item in _META_SEP.split(text) if item.strip()]
    if not 2 <= len(items) <= _FOOTER_ITEMS:
        return None
    anchor = None
    labels = 0
    stamped = False  # (a stamp or a reading time among the dates: "DATE // 8 min read")
    for item in items:
        rule = _item_rule(item, doc)
        if rule is not None and rule.id.startswith(_META_ANCHORS):
            anchor = anchor or rule
            stamped = stamped or rule.id != "date.widget"
            continue
        labels += 1
        if rule is None and (len(item) > _META_LABEL_CHARS or len(item.split()) > _META_LABEL_WORDS
                             or _NOT_META_LABEL.search(item)):
            return None
    if anchor is None or not (labels or stamped):
        return None
    if len(items) > _META_ITEMS and not anchor.id.startswith("legal."):
        return None
    what = "a story's details" if anchor.id.startswith("date.") else "a footer's row"
    return Verdict(Label.DROP, anchor.id, f"{what} on one line: {anchor.why}", firm=True)


def prose_filter(line: Line, doc: Document) -> Verdict | None:
    """Running prose is content: long enough, and written in sentences of the language."""
    cfg = doc.config
    if line.hangul:  # (Korean: no stoplist; its words are long, its sentences short)
        if line.truncated or line.words < cfg.short_words_hangul:
            return None
        if line.words >= cfg.hangul_long_words or line.terminal:
            return Verdict(Label.KEEP, "prose.sentence", "a Korean sentence (no stoplist)")
        return None
    short = line.words < cfg.short_words_cjk if line.cjk else line.chars <= cfg.short_chars
    if short or line.truncated:
        return None
    if doc.has_stoplist:
        if line.chars >= cfg.long_chars and line.stop_ratio >= cfg.stopwords_low:
            return Verdict(Label.KEEP, "prose.long", "long line of running prose")
        if line.stop_ratio >= cfg.stopwords_high and line.terminal and line.words >= 6:
            return Verdict(Label.KEEP, "prose.sentence", "a full sentence of the language")
        return None
    # No stoplist (CJK, undetermined, rare languages): length and sentence punctuation decide.
    if line.words >= 25 or (line.words >= 10 and line.terminal):
        return Verdict(Label.KEEP, "prose.sentence", "a sentence (no stoplist for this language)")
    return None


def code_filter(line: Line, doc: Document) -> Verdict | None:
    """Indented or code-shaped lines: code blocks and preformatted text belong to the article.
    Not firm: pass 2 still drops them inside a run of boilerplate."""
    if line.code and not line.truncated:
        return Verdict(Label.KEEP, "code.line", "looks like source code or preformatted text")
    return None


FILTERS: tuple[tuple[str, Filter], ...] = (
    ("rules", rule_filter),
    ("row", row_filter),
    ("meta", meta_filter),
    ("prose", prose_filter),
    ("code", code_filter),
)


#: The verdict of a line no filter decided: pass 2 settles it from its neighbours.
UNSURE = Verdict(Label.UNSURE, "unsure", "not decided on its own")


def judge(doc: Document, memo: dict | None = None) -> list[Verdict | None]:
    """Pass 1 over every line: a Verdict per line, None for blank lines.

    ``memo`` may carry verdicts between the passes of one document: a line's pass-1 verdict
    depends only on its text and whether it sits in an edge zone.
    """
    out: list[Verdict | None] = []
    if memo is None:
        memo = {}
    for line in doc.lines:
        if line.blank:
            out.append(None)
            continue
        key = (line.raw, doc.in_edge(line))
        verdict = memo.get(key)
        if verdict is None:
            for _, fn in FILTERS:
                verdict = fn(line, doc)
                if verdict is not None:
                    break
            else:
                verdict = UNSURE
            memo[key] = verdict
        out.append(verdict)
    return out
