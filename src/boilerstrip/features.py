"""Cheap features of a line, computed once per line and shared by every filter."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .catalogue import core, normalise

_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
# Han, Hiragana, Katakana: scripts written without spaces, where length counts in characters.
# (Korean separates words with spaces, so Hangul words are counted like any other words.)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
#: Chinese, Japanese and Korean characters (Hangul too, unlike ``_CJK``, which counts words:
#: Korean is written with spaces), for what compares or counts those scripts by character.
CJK_OR_HANGUL = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
# Sentence-final punctuation in Latin, CJK, Arabic, Devanagari, Ethiopic, Armenian scripts,
# optionally followed by closing quotes or brackets, in every language's style (German closes
# a quote with “ or ‘, Danish and Swiss quotes may close with « or ‹).
_CLOSERS = "\"'”’“‘»«›‹)\\]）」』】"
_TERMINAL = re.compile(r"[.!?…。！？؟।။።՞:;：；][" + _CLOSERS + r"]*$")
_TRUNCATED = re.compile(r"(\.\.\.|…|\[…\]|\[\.\.\.\])[" + _CLOSERS + r"]*$")
# a teaser cut with two dots ("... 장나라,..") is short; a paragraph ending so is a typo
_CUT_TWO_DOTS = re.compile(r"[^.]\.\.[" + _CLOSERS + r"]*$")
_CUT_TWO_DOTS_CHARS = 80
# Source code: statement ends, braces, assignments, calls, comments, markup of a code block
# ("#1", "#87 Title" are a post's or an episode's number, not a comment), a shell prompt's
# command, an environment variable set.
_CODE = re.compile(
    r"([;{}]\s*$|^\s*[}\])]|^\s*(//|#(?!\d)|/\*|\*|--|<!--|def |class |import |from \S+ import|"
    r"return\b|if \(|for \(|while \(|const |let |var |function\b|public |private |func |fn )|"
    r"\w\s*[=!<>]=|=>|->|::|\w\.\w+\()"
    # a shell prompt's command ("$ make test"), an environment variable set ("APP_PORT=8080")
    r"|^\s*\$ [a-z][\w.-]*( |$)|^[A-Z][A-Z0-9]*_[A-Z0-9_]*=\S"
    # a command without its prompt, by the tools' names, in lower case, with arguments and no
    # sentence's end ("sudo grub-mkconfig -o /boot/grub/grub.cfg", "git commit --amend")
    r"|^(sudo|apt|apt-get|brew|pip|pip3|npm|npx|yarn|pnpm|git|docker|kubectl|systemctl|journalctl|"
    r"chmod|chown|mkdir|curl|wget|ssh|scp|conda|helm|terraform|cargo|rustup|gcloud) (?!.*[.!?]$)\S"
)
# Indented this deep, a line is markup leaking through an extractor (a template's indentation),
# not a code block: it is judged like any other line (code-shaped text is still code).
_DEEP = re.compile(r"^(\t{3,}|[ \t]{16,})")
# A call, "name(...)": the opening "name(" here, the ")" after it checked by _looks_like_code.
# (As one pattern, r"\w\(.*\)", it was quadratic: on a line of "a(a(a(..." without a ")" it
# scanned to the end of the line from every "a(": minutes on a 1 MB line.)
_CALL_OPEN = re.compile(r"\w\(")
_ENUM_PAREN = re.compile(r"([A-Za-z0-9]{1,4})\)")


def _looks_like_code(raw: str, text: str) -> bool:
    if _CODE.search(text):
        return True
    last_close = text.rfind(")")
    for call in _CALL_OPEN.finditer(text, 0, max(last_close, 0)):
        # "8(a)", "3(b)(ii)": a clause number; "item(s)": a plural. Not calls.
        enum = _ENUM_PAREN.match(text, call.end())
        if enum is None or not (text[call.start()].isdigit() or enum.group(1).lower() in ("s", "es")):
            return True
    return raw[:1].isspace() and not _DEEP.match(raw)


def code_syntax(text: str) -> bool:
    """``text`` (stripped) is code by its syntax: braces, semicolons, operators, calls. Unlike
    ``Line.code``, indentation alone does not count."""
    return _looks_like_code(text, text)


_BULLET = re.compile(r"^([-*•·–—▪►✓✔]|\d{1,3}[.)]|[a-z][.)])\s")


@dataclass(frozen=True)
class Line:
    index: int  #: 0-based position in the document's lines
    raw: str  #: the line as repaired, trailing white space removed
    text: str  #: stripped, white space folded, no invisible characters: what rules see
    chars: int
    words: float  #: word count; CJK characters count 1/cjk_chars_per_word each
    stop_ratio: float  #: share of words that are stopwords (0 without a stoplist)
    terminal: bool  #: ends like a sentence
    truncated: bool  #: ends with an ellipsis (teasers are cut with one)
    bullet: bool  #: starts like a list item
    title_case: bool  #: most words capitalised, like a heading or a name
    code: bool  #: looks like a line of source code (kept: code blocks are content)
    cjk: bool = False  #: mostly Chinese or Japanese characters: judge its length in words
    #: mostly Hangul: Korean words (eojeol) carry a particle or an ending each, so a sentence
    #: has fewer of them, and fewer characters, than in a Latin script
    hangul: bool = False
    core: str = ""  #: ``text`` without list markers, arrows or enclosing brackets (rules try it too)

    @property
    def blank(self) -> bool:
        return not self.text


#: Word statistics of a long line are gathered this many characters at a time (cut at a space,
#: which no word crosses): the same counts, without a list of every word of a 100 MB line.
_CHUNK_CHARS = 65_536


def _chunks(text: str):
    start, n = 0, len(text)
    while start < n:
        end = text.find(" ", start + _CHUNK_CHARS)
        end = n if end < 0 else end
        yield text[start:end] if start or end < n else text
        start = end


def analyse(index: int, raw: str, stopwords: frozenset[str], cjk_per_word: float) -> Line:
    text = normalise(raw)
    if not text:
        return Line(index, raw, "", 0, 0.0, 0.0, False, False, False, False, False)
    cjk = n_plain = n_stop = n_caps = n_upper = 0
    for chunk in _chunks(text):
        n_cjk = len(_CJK.findall(chunk))
        words = _WORD.findall(chunk)
        if n_cjk:  # a CJK run is matched as one "word" by _WORD: count it by characters instead
            words = [w for w in words if not _CJK.match(w)]
        cjk += n_cjk
        n_plain += len(words)
        if stopwords:
            n_stop += sum(w.lower() in stopwords for w in words)
        caps = [w for w in words if len(w) > 3 or w[:1].isupper()]
        n_caps += len(caps)
        n_upper += sum(w[:1].isupper() for w in caps)
    n_words = n_plain + (cjk / cjk_per_word if cjk else 0.0)
    stop_ratio = n_stop / n_plain if stopwords and n_plain else 0.0
    title_case = n_caps > 0 and n_upper >= 0.7 * n_caps
    return Line(
        index=index, raw=raw, text=text, chars=len(text), words=n_words, stop_ratio=stop_ratio,
        terminal=bool(_TERMINAL.search(text)),
        truncated=bool(_TRUNCATED.search(text)) or (
            len(text) <= _CUT_TWO_DOTS_CHARS and bool(_CUT_TWO_DOTS.search(text))),
        bullet=bool(_BULLET.match(text)), title_case=title_case,
        code=_looks_like_code(raw, text),
        cjk=cjk * 2 >= len(text), core=core(text),
        hangul=not text.isascii() and len(_HANGUL.findall(text)) * 2 >= len(text),
    )
