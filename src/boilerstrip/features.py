"""Cheap features of a line, computed once per line and shared by every filter."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .catalogue import core, normalise

_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
# Han, Hiragana, Katakana: scripts written without spaces, where length counts in characters.
# (Korean separates words with spaces, so Hangul words are counted like any other words.)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# Sentence-final punctuation in Latin, CJK, Arabic, Devanagari, Ethiopic, Armenian scripts,
# optionally followed by closing quotes or brackets.
_TERMINAL = re.compile(r"[.!?…。！？؟।။።՞:;][\"'”’»)\]）」』】]*$")
_TRUNCATED = re.compile(r"(\.\.\.|…|\[…\]|\[\.\.\.\])[\"'”’»)\]]*$")
# Source code: statement ends, braces, assignments, calls, comments, markup of a code block.
_CODE = re.compile(
    r"([;{}]\s*$|^\s*[}\])]|^\s*(//|#|/\*|\*|--|<!--|def |class |import |from \S+ import|"
    r"return\b|if \(|for \(|while \(|const |let |var |function\b|public |private |func |fn )|"
    r"\w\s*[=!<>]=|\w\(.*\)|=>|->|::|\w\.\w+\()"
)
# Indented this deep, a line is markup leaking through an extractor (a template's indentation),
# not a code block: it is judged like any other line (code-shaped text is still code).
_DEEP = re.compile(r"^(\t{3,}|[ \t]{16,})")
_BULLET = re.compile(r"^([-*•·–—▪►✓✔]|\d{1,3}[.)]|[a-z][.)])\s")


@dataclass(frozen=True)
class Line:
    index: int  #: 0-based position in the document's lines
    raw: str  #: the line as repaired, trailing white space removed
    text: str  #: stripped, white space folded: what rules and features see
    chars: int
    words: float  #: word count; CJK characters count 1/cjk_chars_per_word each
    stop_ratio: float  #: share of words that are stopwords (0 without a stoplist)
    terminal: bool  #: ends like a sentence
    truncated: bool  #: ends with an ellipsis (teasers are cut with one)
    bullet: bool  #: starts like a list item
    title_case: bool  #: most words capitalised, like a heading or a name
    code: bool  #: looks like a line of source code (kept: code blocks are content)
    cjk: bool = False  #: mostly Chinese or Japanese characters: judge its length in words
    core: str = ""  #: ``text`` without list markers, arrows or enclosing brackets (rules try it too)

    @property
    def blank(self) -> bool:
        return not self.text


def analyse(index: int, raw: str, stopwords: frozenset[str], cjk_per_word: float) -> Line:
    text = normalise(raw)
    if not text:
        return Line(index, raw, "", 0, 0.0, 0.0, False, False, False, False, False)
    words = _WORD.findall(text)
    cjk = len(_CJK.findall(text))
    n_words = len(words) + (cjk / cjk_per_word if cjk else 0.0)
    if cjk:  # a CJK run is matched as one "word" by _WORD: count it by characters instead
        words = [w for w in words if not _CJK.match(w)]
        n_words = len(words) + cjk / cjk_per_word
    stop_ratio = 0.0
    if stopwords and words:
        stop_ratio = sum(w.lower() in stopwords for w in words) / len(words)
    caps = [w for w in words if len(w) > 3 or w[:1].isupper()]
    title_case = bool(caps) and sum(w[:1].isupper() for w in caps) >= 0.7 * len(caps)
    return Line(
        index=index, raw=raw, text=text, chars=len(text), words=n_words, stop_ratio=stop_ratio,
        terminal=bool(_TERMINAL.search(text)), truncated=bool(_TRUNCATED.search(text)),
        bullet=bool(_BULLET.match(text)), title_case=title_case,
        code=bool(_CODE.search(text)) or (raw[:1].isspace() and not _DEEP.match(raw)),
        cjk=cjk * 2 >= len(text), core=core(text),
    )
