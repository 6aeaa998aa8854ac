"""What a rule's pattern says about the lines it can match, before it runs (a speed-up, not a
filter: the same verdicts, fewer regular-expression calls).

1. First characters. Most catalogue rules are anchored (``^(share|tweet)...``): they can only
   match lines that begin with one of a few letters. Indexing the rules by those letters lets
   pass 1 try, for a line starting with "T", only the rules that could match it.
2. Needles. A rule that can match anywhere in a line (``\\b(affiliate links?|...)``) still needs
   some words: every line it matches contains at least one of a few strings ("affiliate",
   "commission"). A substring test on the lower-cased line rules most lines out before the
   pattern runs.

Both are read off the pattern with Python's own regular-expression parser; whenever a pattern
is not plainly anchored, or its start is not a small set of ASCII characters, or no needles are
found, the answer is None and the rule is always tried.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

try:  # Python 3.11+
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

_ASCII = frozenset(chr(i) for i in range(128))
_MAX_RANGE = 128
# \d and \s start with these among ASCII characters (others are non-ASCII: lines starting with
# a non-ASCII character are tried against every rule anyway).
_CATEGORIES = {_c.CATEGORY_DIGIT: set("0123456789"), _c.CATEGORY_SPACE: set(" \t\n\r\f\v")}


@lru_cache(maxsize=64)
def index(rules: tuple) -> dict[str, tuple]:
    """For each ASCII character (lower case), the rules a line starting with it could match, in
    their original order. Characters not in the map (non-ASCII ones) need every rule. Built
    once per rule tuple (the catalogues' tuples are themselves cached per language)."""
    firsts = [first_chars(r.regex.pattern) for r in rules]
    table = {}
    for ch in sorted(_ASCII):
        table[ch] = tuple(r for r, f in zip(rules, firsts) if f is None or ch in f)
    return table


def _chars(op, av) -> set[str] | None:
    """The lower-cased ASCII characters a single-character item can match (None: any)."""
    if op is _c.LITERAL:
        ch = chr(av)
        return {ch.lower(), ch.upper().lower()} & _ASCII if ch.isascii() else set()
    if op is _c.IN:
        out: set[str] = set()
        for sub_op, sub_av in av:
            if sub_op is _c.LITERAL:
                ch = chr(sub_av)
                if ch.isascii():
                    out.add(ch.lower())
            elif sub_op is _c.RANGE:
                lo, hi = sub_av
                if hi - lo > _MAX_RANGE:
                    return None
                out.update(chr(i).lower() for i in range(lo, min(hi, 127) + 1))
            elif sub_op is _c.CATEGORY and sub_av in _CATEGORIES:
                out.update(_CATEGORIES[sub_av])
            else:  # NEGATE, other categories (\w ...): anything
                return None
        return out
    return None


def _firsts(seq: Iterable) -> tuple[set[str] | None, bool]:
    """(possible first characters, whether ``seq`` can match the empty string)."""
    found: set[str] = set()
    for op, av in seq:
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):  # zero width: look further
            continue
        if op in (_c.LITERAL, _c.IN):
            chars = _chars(op, av)
            if chars is None:
                return None, False
            return found | chars, False
        if op is _c.SUBPATTERN:
            chars, empty = _firsts(av[-1])
        elif op is _c.BRANCH:
            chars, empty = set(), False
            for branch in av[1]:
                b_chars, b_empty = _firsts(branch)
                if b_chars is None:
                    return None, False
                chars |= b_chars
                empty = empty or b_empty
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) or op is getattr(_c, "POSSESSIVE_REPEAT", None):
            chars, empty = _firsts(av[2])
            empty = empty or av[0] == 0
        else:
            return None, False
        if chars is None:
            return None, False
        found |= chars
        if not empty:
            return found, False
    return found, True


def _anchored(seq) -> bool:
    """True when every way through ``seq`` starts at the beginning of the line."""
    for op, av in seq:
        if op is _c.AT:
            return av is _c.AT_BEGINNING or av is _c.AT_BEGINNING_STRING
        if op is _c.BRANCH:
            return all(_anchored(b) for b in av[1])
        if op is _c.SUBPATTERN:
            return _anchored(av[-1])
        return False
    return False


@lru_cache(maxsize=None)
def parsed(pattern: str, flags: int):
    """The parse tree of ``pattern`` (read, never changed): parsed once for both readings."""
    return _p.parse(pattern, flags)


#: Answers of :func:`first_chars` by (pattern, flags): computed, or remembered from the cache.
_FIRST_CHARS: dict[tuple[str, int], "frozenset[str] | None"] = {}


def first_chars(pattern: str, flags: int = re.IGNORECASE) -> frozenset[str] | None:
    """Lower-cased ASCII characters that a line matched by ``pattern`` must start with; None
    when the pattern is not anchored at the start, or could start with anything. (Kept: the
    catalogue asks when it loads a rule, the index again when it is built.)"""
    key = (pattern, flags)
    try:
        return _FIRST_CHARS[key]
    except KeyError:
        pass
    found = _FIRST_CHARS[key] = _first_chars(pattern, flags)
    return found


def remember(pattern: str, chars: frozenset[str] | None, flags: int = re.IGNORECASE) -> None:
    """Take ``chars`` as :func:`first_chars`'s answer for ``pattern``: what an earlier process
    computed for it (the catalogue's cache, :mod:`boilerstrip.cache`), so that building the
    index parses no pattern again."""
    _FIRST_CHARS.setdefault((pattern, flags), chars)


def _first_chars(pattern: str, flags: int) -> frozenset[str] | None:
    try:
        tree = parsed(pattern, flags)
        if not _anchored(tree):
            return None
        chars, empty = _firsts(tree)
    except Exception:  # a parser detail we do not know: no index, the rule is always tried
        return None
    if chars is None or empty:
        return None
    return frozenset(chars)


#: Needles are at least this long: shorter ones rule out too few lines to pay for the test.
_MIN_NEEDLE = 3
#: The only non-ASCII characters that Python's IGNORECASE matches to ASCII letters (dotted and
#: dotless i, long s, Kelvin sign): mapped before lower-casing, so that a needle test never
#: rules out a line the pattern would match.
_TO_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def fold(text: str) -> str:
    """``text`` as needles are looked for in it."""
    return text.translate(_TO_ASCII).lower()


def needles(pattern: str, flags: int = re.IGNORECASE) -> tuple[str, ...] | None:
    """Lower-cased ASCII strings of which every match of ``pattern`` contains at least one;
    None when the pattern offers no such strings of ``_MIN_NEEDLE`` characters or more."""
    try:
        found = _cover(list(parsed(pattern, flags)))
    except Exception:  # a parser detail we do not know: no needles, the rule is always tried
        return None
    return tuple(sorted(found)) if found else None


def _better(a: set[str], b: set[str] | None) -> bool:
    """A cover with longer shortest string (then fewer strings) rules out more lines."""
    if b is None:
        return True
    return (min(map(len, a)), -len(a)) > (min(map(len, b)), -len(b))


def _cover(seq) -> set[str] | None:
    """Strings of which every match of ``seq`` contains one (the best found), or None."""
    best: set[str] | None = None
    run: list[str] = []

    def flush() -> None:
        nonlocal best
        if len(run) >= _MIN_NEEDLE:
            found = {"".join(run).lower()}
            if _better(found, best):
                best = found
        run.clear()

    for op, av in seq:
        if op is _c.LITERAL and chr(av).isascii():
            run.append(chr(av))
            continue
        flush()
        inner: set[str] | None = None
        if op is _c.SUBPATTERN:
            inner = _cover(list(av[-1]))
        elif op is _c.BRANCH:
            covers = [_cover(list(branch)) for branch in av[1]]
            if all(covers):
                inner = set().union(*covers)  # type: ignore[arg-type]
        elif (op in (_c.MAX_REPEAT, _c.MIN_REPEAT)
              or op is getattr(_c, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
            inner = _cover(list(av[2]))
        if inner and _better(inner, best):
            best = inner
    flush()
    return best
