"""Rule catalogues: package data files, one per language plus a common one (rules/FORMAT.md)."""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from . import cache, firstchar
from .errors import RuleError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

_REQUIRED = ("id", "category", "pattern", "why", "examples")
_OPTIONAL = ("counterexamples", "run", "edge", "max_chars", "action")
_ID = re.compile(r"^[a-z0-9_]+(\.[a-z0-9_]+)+$")


class _LazyPattern:
    """A rule's pattern, compiled the first time it is searched. Starting up compiles no
    pattern: a short text tries a fraction of the rules (the first-character index and the
    needles rule most out), and compiling all of them was a sixth of a cold start. Once
    compiled, ``search`` is the compiled pattern's own (no wrapper in the hot path).

    Until then, a search on a text that holds none of the pattern's ``needles`` (see
    :func:`boilerstrip.firstchar.needles`) answers None without compiling: the pattern cannot
    match it. An anchored rule has no needle test of its own (the first-character index
    chooses the lines it is tried on, and the test would only slow a compiled pattern that
    fails at once), but most of the lines the index lets through lack its words: cleaning
    the five lines of the start-up benchmark's file compiled 99 patterns without this, 26
    with it."""

    def __init__(self, pattern: str, flags: int, where: str = "",
                 needles: tuple[str, ...] | None = None) -> None:
        self.pattern = pattern
        self.flags = flags
        self.where = where  # (for the message, should a pattern that parses not compile)
        self.needles = needles

    def compiled(self) -> re.Pattern[str]:
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            try:
                compiled = re.compile(self.pattern, self.flags)
            except re.error as exc:  # (tests/test_rules.py compiles every bundled rule)
                raise RuleError(f"{self.where}: pattern does not compile: {exc}") from exc
            self.__dict__["_compiled"] = compiled
            self.search = compiled.search  # (shadows the method below from now on)
        return compiled

    # the last text folded for the needle test, and its folded form: the rules tried on one
    # line in a row test the same text, which is folded once, not once per rule
    _last: tuple[str, str] = ("", "")

    def search(self, text: str, *args):
        if self.needles is not None and not args:
            last = _LazyPattern._last
            if last[0] is not text:
                last = _LazyPattern._last = (text, firstchar.fold(text))
            folded = last[1]
            for needle in self.needles:
                if needle in folded:
                    break
            else:
                return None  # (not compiled: no needle, no match)
        return self.compiled().search(text, *args)

    def __getattr__(self, name: str):  # (anything else a pattern has: match, finditer, ...)
        if name.startswith("_"):  # (not a pattern's: copy and pickle probe for these)
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __reduce__(self):
        return (_LazyPattern, (self.pattern, self.flags, self.where, self.needles))

    def __eq__(self, other: object) -> bool:  # (as compiled patterns compare)
        if isinstance(other, (_LazyPattern, re.Pattern)):
            return (self.pattern, self.flags) == (other.pattern, other.flags)
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.pattern, self.flags))


_FLAGS = re.IGNORECASE | re.UNICODE


@dataclass(frozen=True)
class Rule:
    id: str
    category: str
    #: a compiled pattern, or for bundled rules one compiled on first use (same ``search``,
    #: ``pattern``, ``flags``; anything else is passed on to the compiled pattern)
    regex: re.Pattern[str]
    why: str
    examples: tuple[str, ...]
    counterexamples: tuple[str, ...]
    source: str  #: catalogue name, e.g. "en"
    run: bool = False
    edge: bool = False
    max_chars: int | None = None
    keep: bool = False
    #: a hint never decides a line alone; pass 2 reads it as evidence (e.g. "looks like a
    #: reader's comment") together with the lines around it
    hint: bool = False
    #: also tried on the line's :func:`core` form (list marker, arrow or brackets removed)
    decorated: bool = False
    #: strings of which every line the pattern matches contains one (lower-cased), or None:
    #: a quick test before the pattern runs (:func:`boilerstrip.firstchar.needles`)
    needles: tuple[str, ...] | None = None

    def disabled_by(self, disable: frozenset[str]) -> bool:
        """True when ``disable`` names this rule's id or its family."""
        return bool(disable) and (self.id in disable or self.category in disable)

    def matches(self, text: str, max_chars: int, bare: str | None = None,
                folded: str | None = None) -> bool:
        """True when the line (normalised), or its :func:`core` form, matches. ``bare`` is
        that form when the caller has it already (a :class:`~boilerstrip.features.Line`'s
        ``core``), ``folded`` the line as :func:`~boilerstrip.firstchar.fold` gives it;
        otherwise they are computed when needed. (The core form is part of the line, so the
        needles of either are in the folded line.)"""
        if len(text) > (self.max_chars or max_chars):
            return False
        if self.needles is not None:
            if folded is None:
                folded = firstchar.fold(text)
            for needle in self.needles:
                if needle in folded:
                    break
            else:
                return False
        if self.regex.search(text) is not None:
            return True
        if not self.decorated:
            return False
        if bare is None:
            bare = core(text)
        return bare != text and self.regex.search(bare) is not None


#: Lines longer than this are normalised with a regular expression rather than split into
#: words: the same result (``\s`` is exactly ``str.isspace``) without a list of every word,
#: which for a 100 MB line without a newline took gigabytes.
_SPLIT_MAX_CHARS = 10_000
_SPACES = re.compile(r"\s+")


# characters that print nothing and are no white space to ``str.split``: a zero-width space
# or word joiner a site puts between a widget's icon and its label ("\u200b赞同 2415"), a
# byte-order mark, a soft hyphen
_INVISIBLE = re.compile("[\u200b\u2060\ufeff\u00ad]")


def normalise(line: str) -> str:
    """What rules see: the line stripped, white space folded to single spaces, characters
    that print nothing taken out."""
    if _INVISIBLE.search(line):  # (a search first: most lines hold none, and sub() costs more)
        line = _INVISIBLE.sub("", line)
    if len(line) <= _SPLIT_MAX_CHARS:
        return " ".join(line.split())
    return _SPACES.sub(" ", line).strip()


# List markers, arrows, pointing hands and other pictographs that decorate a widget's label
# ("- Related Topics:", "➡️ Read more about ...", "👉 Subscribe"), and one pair of brackets
# around the whole line ("[Read more: ...]").
_DECOR = re.compile("^(?:[-*•·–—▪►▶▸➤➡→⇒»›✓✔☞\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?\\s*)+(?=\\w)")
_BRACKETED = re.compile(r"^\[([^\[\]]+)\]$|^\(([^()]+)\)$")
# Families whose labels keep their meaning inside a list item or brackets ("- See also: X",
# "[Read more: X]"). Others do not: "- Video: 4K at 30p" is a spec, "- Buy on X" a product link.
_DECORATED = ("related.", "link.readmore", "date.", "newsletter.", "follow.", "share.", "comment.")


def core(text: str) -> str:
    """``text`` (already normalised) without its decoration: rules that do not match a line
    are tried on this form too. Returns ``text`` itself when there is nothing to strip."""
    out = _DECOR.sub("", text)
    m = _BRACKETED.match(out)
    if m:
        out = (m.group(1) or m.group(2)).strip()
    return out if out != text else text


def parse(data: dict, source: str) -> tuple[Rule, ...]:
    """Validate one catalogue's parsed TOML into rules (patterns parsed now, compiled on
    first use)."""
    return _parse(data, source)[0]


def _parse(data: dict, source: str, known: list | None = None) -> tuple[tuple[Rule, ...], list]:
    """:func:`parse`, and the analysis of each rule's pattern. With ``known``, that analysis as
    an earlier process made it for this very catalogue (:mod:`boilerstrip.cache`): the patterns
    are not parsed again (they parsed then), everything else is checked as always."""
    rules = []
    analysis: list = []
    unknown_top = set(data) - {"language", "rules"}
    if unknown_top:
        raise RuleError(f"rules/{source}.toml: unknown key(s) {sorted(unknown_top)}")
    for n, item in enumerate(data.get("rules", []), 1):
        where = f"rules/{source}.toml rule #{n} ({item.get('id', '?')})"
        missing = [k for k in _REQUIRED if k not in item]
        if missing:
            raise RuleError(f"{where}: missing {', '.join(missing)}")
        extra = set(item) - set(_REQUIRED) - set(_OPTIONAL)
        if extra:
            raise RuleError(f"{where}: unknown key(s) {', '.join(sorted(extra))}")
        if not _ID.match(item["id"]):
            raise RuleError(f"{where}: id must look like 'family.kind' in lower case")
        if known is None:
            try:  # (the parse finds most errors; compiling waits for a first use: _LazyPattern)
                firstchar.parsed(item["pattern"], re.IGNORECASE)
            except re.error as exc:
                raise RuleError(f"{where}: pattern does not compile: {exc}") from exc
            needles = firstchar.needles(item["pattern"])
            firsts = firstchar.first_chars(item["pattern"])
        else:
            needles, firsts = known[n - 1]
        analysis.append((needles, firsts))
        regex = _LazyPattern(item["pattern"], _FLAGS, where, needles)
        action = item.get("action", "drop")
        if action not in ("drop", "keep", "hint"):
            raise RuleError(f"{where}: action must be 'drop', 'keep' or 'hint', not {action!r}")
        rules.append(Rule(
            id=item["id"], category=item["category"], regex=regex, why=item["why"],
            examples=tuple(item["examples"]), counterexamples=tuple(item.get("counterexamples", ())),
            source=source, run=bool(item.get("run", False)), edge=bool(item.get("edge", False)),
            max_chars=item.get("max_chars"), keep=action == "keep", hint=action == "hint",
            decorated=item["id"].startswith(_DECORATED),
            # (an anchored rule is already tried only on lines that start right)
            needles=needles if firsts is None else None,
        ))
    if known is not None:  # (for the index, which then parses no pattern either)
        for rule, (_, firsts) in zip(rules, analysis):
            firstchar.remember(rule.regex.pattern, firsts)
    return tuple(rules), analysis


def available() -> tuple[str, ...]:
    """Names of the bundled catalogues ("common", "en", "de", ...)."""
    folder = resources.files("boilerstrip") / "rules"
    return tuple(sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".toml")))


@lru_cache(maxsize=None)
def load(source: str) -> tuple[Rule, ...]:
    """The rules of one bundled catalogue; empty when there is none for a language. What an
    earlier process read off the same catalogue (its TOML, and each pattern's analysis) comes
    from the user cache when it is there (:mod:`boilerstrip.cache`); else it is computed and
    stored there."""
    path = resources.files("boilerstrip") / "rules" / f"{source}.toml"
    if not path.is_file():
        return ()
    text = path.read_text(encoding="utf-8")
    key = cache.key(source, text)
    hit = cache.read(source, key) if key is not None else None
    if hit is not None:
        try:
            return _parse(hit[0], source, hit[1])[0]
        except (RuleError, KeyError, TypeError, ValueError, AttributeError):
            pass  # (not what was written: computed anew below, errors reported from there)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RuleError(f"rules/{source}.toml: {exc}") from exc
    rules, analysis = _parse(data, source)
    if key is not None:
        cache.write(source, key, data, analysis)
    return rules


def _sources(language: str) -> list[str]:
    sources = ["common", "en"]
    if language not in ("en", "und", "common"):
        sources.insert(1, language)
    return sources


@lru_cache(maxsize=None)
def rules_for(language: str) -> tuple[Rule, ...]:
    """Rules that decide lines of a document in ``language``: keep rules first, then drop rules.

    English rules also apply to undetermined text and to every language (English boilerplate
    such as "Share" or "Advertisement" is common on pages in other languages).
    """
    rules = [r for s in _sources(language) for r in load(s) if not r.hint]
    return tuple([r for r in rules if r.keep] + [r for r in rules if not r.keep])


@lru_cache(maxsize=None)
def hints_for(language: str) -> tuple[Rule, ...]:
    """Hint rules for a document in ``language`` (same catalogues as ``rules_for``)."""
    return tuple(r for s in _sources(language) for r in load(s) if r.hint)
