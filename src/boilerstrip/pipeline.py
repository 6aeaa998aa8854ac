"""The orchestrator: the only place that knows the order of the stages.

    text ─► repair (ftfy) ─► split lines ─► language (langdetect, once) ─► features
         ─► pass 1: judge each line ─► pass 2: revise from neighbours ─► render
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from . import catalogue, context, firstchar, judge, language, render, repair, stoplists
from .config import Config
from .features import Line, analyse
from .labels import Label, Removal, Verdict

if TYPE_CHECKING:
    from .extract import Page


@dataclass(frozen=True)
class Result:
    """What ``clean_and_explain`` returns."""

    text: str  #: the cleaned text
    language: str  #: ISO 639-1 code, or "und"
    removed: tuple[Removal, ...]  #: every dropped line, in order
    verdicts: tuple[Verdict | None, ...]  #: the final verdict of every line (None: blank)
    lines: tuple[str, ...]  #: the repaired input's lines
    page: Page | None = None  #: HTML only: what trafilatura found (title, author, date, ...)

    def to_dict(self, *, source: str | None = None, encoding: str | None = None) -> dict[str, Any]:
        """This result as a JSON-ready record (see :func:`boilerstrip.to_record`)."""
        from .record import to_record

        return to_record(self, source=source, encoding=encoding)


def split_lines(text: str) -> list[str]:
    """Lines of ``text`` on any line ending (CRLF, LF, lone CR), trailing space removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return [ln.rstrip() for ln in text.split("\n")]


@lru_cache(maxsize=64)
def _catalogues(lang: str, extra: tuple) -> tuple:
    """The rules for ``lang`` and their sieve, then the hints and theirs.
    Keep rules come first (the project's, then the bundled), then drop rules likewise.
    Cached by language and project rules: the sieve's own cache hashes every rule per call."""
    rules = catalogue.rules_for(lang)
    if extra:
        rules = (tuple(r for r in extra if r.keep) + tuple(r for r in rules if r.keep)
                 + tuple(r for r in extra if not r.keep) + tuple(r for r in rules if not r.keep))
    hints = catalogue.hints_for(lang)
    return rules, firstchar.sieve(rules), hints, firstchar.sieve(hints)


def _one_pass(text: str, config: Config, caches: dict, detected: dict):
    raw_lines = split_lines(text)
    lang = config.language
    if not lang:  # (None or "": detect)
        # a later pass usually keeps every line of the sample (the longest lines): detected once
        sample = language.body_sample(raw_lines, config.detect_max_chars)
        lang = detected.get(sample)
        if lang is None:
            lang = detected[sample] = language.detect(sample, config.detect_min_letters)
    # pass-1 verdicts and line features depend on a line's text and the language only
    memo, features, hint_memo = caches.setdefault(lang, ({}, {}, {}))
    stopwords = stoplists.stoplist(lang)
    # a line's features depend on its text only: later passes reuse them, re-indexed
    lines = []
    for i, ln in enumerate(raw_lines):
        known = features.get(ln)
        if known is None:
            known = features[ln] = analyse(i, ln, stopwords, config.cjk_chars_per_word)
        if known.index != i:  # a shallow copy with another index (dataclasses.replace is slow)
            moved = object.__new__(Line)
            moved.__dict__.update(known.__dict__, index=i)
            known = moved
        lines.append(known)
    nonblank = [ln.index for ln in lines if not ln.blank]
    edge = config.edge_lines
    rules, sieve, hints, hints_sieve = _catalogues(lang, config.extra_rules)
    doc = judge.Document(
        lines=lines,
        language=lang,
        rules=rules,
        sieve=sieve,
        hints=hints,
        hints_sieve=hints_sieve,
        hint_memo=hint_memo,
        has_stoplist=bool(stopwords),
        config=config,
        edge_top=nonblank[min(edge, len(nonblank)) - 1] if nonblank else -1,
        edge_bottom=nonblank[-min(edge, len(nonblank))] if nonblank else len(lines),
    )
    verdicts = context.revise(doc, judge.judge(doc, memo))
    # (a line of only white space or characters that print nothing, a lone zero-width space,
    # is a blank line: it is rendered as one)
    kept = [(ln.index, ln.raw if ln.text else "") for ln, v in zip(lines, verdicts)
            if v is None or v.label is not Label.DROP]
    out, origin = render.join_indexed(kept)
    return lang, lines, verdicts, out, origin


def run(text: str, config: Config) -> Result:
    """Clean ``text``. The passes repeat on their own output until nothing changes (at most
    ``config.max_passes`` times), so that clean(clean(x)) == clean(x) by construction.

    "Nothing changes" includes the language: each pass detects it afresh on what is left.
    (Keeping the first pass's language broke idempotence: once a mixed-language text lost its
    boilerplate, cleaning the output again detected another language, whose rules removed
    more; the fuzzer found such texts.)"""
    if config.repair:
        text = repair.repair(text)
    caches: dict = {}  # per language: pass-1 verdicts and line features, shared by the passes
    detected: dict = {}  # language by body sample, shared by the passes
    lang, lines, verdicts, out, origin = _one_pass(text, config, caches, detected)
    final: list[Verdict | None] = list(verdicts)
    for _ in range(config.max_passes - 1):
        lang2, _, again, out2, origin2 = _one_pass(out, config, caches, detected)
        if out2 == out and lang2 == lang:
            break
        lang = lang2
        for i, v in enumerate(again):  # map the later pass's drops back to the input lines
            if v is not None and v.label is Label.DROP:
                final[origin[i]] = v.renumbered(origin)
        out, origin = out2, [origin[j] for j in origin2]
    removed = tuple(
        Removal(ln.index + 1, " ".join(ln.raw.split()), v.rule_id, v.reason)  # (as printed: the
        # rules' text has lost what prints nothing)
        for ln, v in zip(lines, final)
        if v is not None and v.label is Label.DROP
    )
    return Result(out, lang, removed, tuple(final), tuple(ln.raw for ln in lines))
