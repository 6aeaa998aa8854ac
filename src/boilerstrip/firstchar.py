"""What a rule's pattern says about the lines it can match, before it runs (a speed-up, not a
filter: the same verdicts, fewer regular-expression calls).

1. First characters. Most catalogue rules are anchored (``^(share|tweet)...``): they can only
   match lines that begin with one of a few letters. Indexing the rules by those letters lets
   pass 1 try, for a line starting with "T" (or "П"), only the rules that could match it.
2. Needles. A rule that can match anywhere in a line (``\\b(affiliate links?|...)``) still needs
   some words: every line it matches contains at least one of a few strings ("affiliate",
   "commission"). A substring test on the folded line (:func:`fold`) rules most lines out
   before the pattern runs.

Both are read off the pattern with Python's own regular-expression parser; whenever a pattern
is not plainly anchored, or its start is not a small set of characters, or no needles are
found, the answer is None and the rule is always tried. A :class:`Sieve` puts both together,
with each rule's length limit, for a whole tuple of rules.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Iterable

try:  # Python 3.11+
    from re import _constants as _c
    from re import _parser as _p
    from re._casefix import _EXTRA_CASES
except ImportError:  # Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]
    from sre_compile import _ignorecase_fixes as _EXTRA_CASES  # type: ignore[no-redef]

_MAX_RANGE = 128
# \d and \s start with these among ASCII characters, and with many others: NON_ASCII stands
# for them in a set of first characters.
_CATEGORIES = {_c.CATEGORY_DIGIT: set("0123456789"), _c.CATEGORY_SPACE: set(" \t\n\r\f\v")}
#: In a set of first characters: and any non-ASCII character besides those listed.
NON_ASCII = "non-ASCII"


@lru_cache(maxsize=64)
def sieve(rules: tuple) -> Sieve:
    """The :class:`Sieve` of ``rules``, built once per rule tuple (the catalogues' tuples are
    themselves cached per language)."""
    return Sieve(rules)


class Sieve:
    """Which rules of a tuple a line can match, read off the line in a few set operations
    instead of rule by rule. A profile showed pass 1 trying some 103 rules per line, most of
    them only to find the line too long, starting with another letter or lacking the rule's
    words; each of those tries is a Python call, and they were most of a run's time.

    Each rule is one bit of an int. A line keeps the bits of the rules that allow its length,
    that can start with its first character (folded, in any script) and, among the rules with
    needles, those of which a needle is in the line; the rules left are tried in their
    original order, as first match wins. The needles present are found with one scan of the
    line's three-character slices (needles are at least that long), each needle filed under
    one of its own slices and then looked for in the whole line, so the set is exact: no rule
    whose needle is present is left out, whatever the needles share or overlap.

    Needles come from the patterns' own analysis (``regex.needles``, which the catalogue cache
    keeps), so building a sieve parses no pattern; a project's rules have none, and are kept
    for every line they can start and whose length they allow."""

    def __init__(self, rules: tuple) -> None:
        self.rules = rules
        bits = [1 << i for i in range(len(rules))]
        firsts = [first_chars(r.regex.pattern) for r in rules]
        #: rules that can start with any character, then those that can start with each one
        self._unindexed = sum(b for b, f in zip(bits, firsts) if f is None)
        self._by_first: dict[str, int] = {}
        for b, found in zip(bits, firsts):
            for ch in found or ():
                self._by_first[ch] = self._by_first.get(ch, self._unindexed) | b
        self._non_ascii = sum(b for b, f in zip(bits, firsts) if f and NON_ASCII in f)
        #: rules without a limit of their own (the config's applies), and by each limit the
        #: rules that allow lines that long
        self._unlimited = sum(b for b, r in zip(bits, rules) if not r.max_chars)
        self._limits = sorted({r.max_chars for r in rules if r.max_chars})
        self._within = [sum(b for b, r in zip(bits, rules) if r.max_chars and r.max_chars >= n)
                        for n in self._limits] + [0]
        #: rules without needles, and each needle's rules filed under three of its characters
        self._needleless = 0
        filed: dict[tuple[str, ...], dict[str, int]] = {}
        for b, rule in zip(bits, rules):
            found = getattr(rule.regex, "needles", None)  # (a project's pattern has none)
            if not found:
                self._needleless |= b
            for needle in found or ():
                # its first slice without a space: slices with one (" th", "to ") are in most
                # lines, and each line holding the key looks for every needle filed under it
                slices = [needle[i:i + 3] for i in range(len(needle) - 2)]
                key = next((g for g in slices if " " not in g), slices[0])
                by_needle = filed.setdefault(tuple(key), {})
                by_needle[needle] = by_needle.get(needle, 0) | b
        self._filed = {key: tuple(by_needle.items()) for key, by_needle in filed.items()}
        self._keys = frozenset(filed)

    def candidates(self, text: str, folded: str, max_chars: int, anchored: bool = True) -> list:
        """The rules that can match ``text`` (``folded``: :func:`fold` of it), in order.
        ``max_chars`` is the limit of rules without one of their own; ``anchored=False`` (a
        decorated line, tried on its core form too) keeps rules of any first character."""
        size = len(text)
        mask = self._within[bisect_left(self._limits, size)]
        if size <= max_chars:
            mask |= self._unlimited
        if anchored:
            first = folded[:1]
            mask &= self._by_first.get(first, self._unindexed) | (
                0 if first.isascii() else self._non_ascii)
        if mask & ~self._needleless:
            present = self._needleless
            for key in self._keys.intersection(zip(folded, folded[1:], folded[2:])):
                for needle, bits in self._filed[key]:
                    if bits & mask and needle in folded:  # (a rule still in question)
                        present |= bits
            mask &= present
        out = []
        while mask:
            low = mask & -mask
            out.append(self.rules[low.bit_length() - 1])
            mask ^= low
        return out


def _chars(op, av) -> set[str] | None:
    """The characters (folded) a single-character item can match (None: any). Folded, a
    character matches what the pattern's does under IGNORECASE (:func:`fold`), in a range
    too ("[а-я]" matches "Я", folded "я")."""
    if op is _c.LITERAL:
        return {fold(chr(av))}
    if op is _c.IN:
        out: set[str] = set()
        for sub_op, sub_av in av:
            if sub_op is _c.LITERAL:
                out.add(fold(chr(sub_av)))
            elif sub_op is _c.RANGE:
                lo, hi = sub_av
                if hi - lo > _MAX_RANGE:
                    return None
                out.update(fold("".join(map(chr, range(lo, hi + 1)))))
            elif sub_op is _c.CATEGORY and sub_av in _CATEGORIES:
                out.update(_CATEGORIES[sub_av])
                out.add(NON_ASCII)
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
    """Characters (folded) that a line matched by ``pattern`` must start with, and
    :data:`NON_ASCII` when ``\\d`` or ``\\s`` may start it; None when the pattern is not anchored
    at the start, or could start with anything. (Kept: the catalogue asks when it loads a
    rule, the sieve again when it is built.)"""
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
    sieve parses no pattern again."""
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


def _case_table() -> dict[int, str]:
    """What :func:`fold` maps before lower-casing, so that two characters Python's IGNORECASE
    takes as the same always fold alike and a needle test never rules out a line the pattern
    would match: the letters that re's own table matches beyond plain lower case ("ſ" and
    "s", "ı" and "i", "ς" and "σ", the old Cyrillic "ᲀ" and "в"), each set to one of them,
    and their capitals with them ("Σ" would lower-case to a final "ς"); and "İ", whose lower
    case is two characters. (tests/test_firstchar.py checks every code point.)"""
    table = {"\u0130": "i"}
    for low, others in _EXTRA_CASES.items():
        same = sorted([chr(low), *map(chr, others)])
        one = next((ch for ch in same if ch.upper().lower() == ch), same[0])
        for ch in same + [ch.upper() for ch in same]:
            if len(ch) == 1 and ch != one:
                table[ch] = one
    return str.maketrans(table)


_CASES = _case_table()


def fold(text: str) -> str:
    """``text`` as needles are looked for in it: lower case, and each of the letters that
    IGNORECASE takes as the same as one (character by character: as long as ``text``)."""
    return text.translate(_CASES).lower()


def needles(pattern: str, flags: int = re.IGNORECASE) -> tuple[str, ...] | None:
    """Strings (as :func:`fold` gives them) of which every match of ``pattern`` contains at
    least one; None when the pattern offers no such strings of ``_MIN_NEEDLE`` characters or
    more. Any script's letters: a Russian or Korean rule has needles too."""
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
            found = {fold("".join(run))}
            if _better(found, best):
                best = found
        run.clear()

    for op, av in seq:
        if op is _c.LITERAL:
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
