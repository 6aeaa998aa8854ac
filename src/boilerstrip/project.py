"""Project configuration: ``[tool.boilerstrip]`` in ``pyproject.toml``, or ``boilerstrip.toml``.

Found like ruff and black find theirs: from the cleaned file's folder upward, the first folder
holding a ``boilerstrip.toml``, or a ``pyproject.toml`` with a ``[tool.boilerstrip]`` table,
wins. ``--config PATH`` names one explicitly. Keys (README, "Configuration reference"):

    include = ["*.txt"]            # only clean files matching one of these (default: all)
    exclude = ["drafts/*"]         # never clean these, even when named on the command line
    language = "de"                # fix the language instead of detecting it
    disable = ["share", "date.widget"]   # rule ids or whole families
    [[rules]]  id = "site.promo"  pattern = "^Get the app$"  why = "..."   # extra drop rules
    [[keep]]   id = "keep.motto"  pattern = "^Share the road$"             # protect lines
    [[overrides]]  path = "site-a/*"  (any of the keys above except include/exclude/overrides)

Globs match the file's path relative to the configuration file's folder, with ``/``
separators (``*`` also crosses folders, as in fnmatch), or the file's bare name.

User patterns run under the ``regex`` package with a time limit per line, so a pattern that
backtracks catastrophically cannot hang a run: such a line simply does not match.
"""
from __future__ import annotations

import fnmatch
import os
import re
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from .catalogue import Rule
from .errors import OptionError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

#: Seconds a user pattern may spend on one line before it counts as "no match".
PATTERN_TIMEOUT = 0.05
_RULE_KEYS = {"id", "pattern", "why", "category", "max_chars"}
_SCOPED_KEYS = {"language", "disable", "rules", "keep"}
_TOP_KEYS = _SCOPED_KEYS | {"include", "exclude", "overrides"}
_ID = re.compile(r"^[a-z0-9_]+(\.[a-z0-9_]+)+$")


class _TimedPattern:
    """A ``regex`` pattern whose ``search`` gives up (no match) after PATTERN_TIMEOUT."""

    def __init__(self, compiled: Any, source: str) -> None:
        self._compiled = compiled
        self.pattern = source
        self.timeouts = 0

    def search(self, text: str):
        try:
            return self._compiled.search(text, timeout=PATTERN_TIMEOUT)
        except TimeoutError:
            self.timeouts += 1
            return None


@dataclass(frozen=True)
class Scope:
    """Settings of one scope: the whole project, or one override."""

    language: str | None = None
    disable: frozenset[str] = frozenset()
    rules: tuple[Rule, ...] = ()  #: user rules, keep rules first


@dataclass(frozen=True)
class Project:
    """A loaded configuration file."""

    path: Path | None  #: the file, None for "no configuration"
    root: Path  #: the folder globs are relative to
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    base: Scope = field(default_factory=Scope)
    overrides: tuple[tuple[str, Scope], ...] = ()

    def _rel(self, path: Path) -> str:
        try:
            return path.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return path.name
        except (OSError, RuntimeError):  # a symlink loop: name it as given
            return Path(os.path.abspath(path)).relative_to(self.root).as_posix() \
                if Path(os.path.abspath(path)).is_relative_to(self.root) else path.name

    @staticmethod
    def _hit(rel: str, globs: tuple[str, ...]) -> bool:
        name = rel.rsplit("/", 1)[-1]
        return any(fnmatch.fnmatchcase(rel, g) or fnmatch.fnmatchcase(name, g)
                   or rel.startswith(g.rstrip("/") + "/") for g in globs)

    def excluded(self, path: Path) -> bool:
        """True when ``path`` must not be cleaned (exclude wins; include limits)."""
        rel = self._rel(path)
        if self.exclude and self._hit(rel, self.exclude):
            return True
        return bool(self.include) and not self._hit(rel, self.include)

    def scope_for(self, path: Path | None) -> Scope:
        """The project's settings, with every matching override applied in file order."""
        scope = self.base
        if path is None:
            return scope
        rel = self._rel(path)
        for glob, over in self.overrides:
            if self._hit(rel, (glob,)):
                scope = Scope(
                    language=over.language or scope.language,
                    disable=scope.disable | over.disable,
                    rules=tuple([r for r in over.rules + scope.rules if r.keep]
                                + [r for r in over.rules + scope.rules if not r.keep]),
                )
        return scope


NO_PROJECT = Project(path=None, root=Path("."))


def _fail(where: str, msg: str) -> OptionError:
    return OptionError(f"{where}: {msg}")


def _strings(value: Any, where: str, key: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _fail(where, f"'{key}' must be a string or a list of strings")
    return tuple(value)


def _user_rules(items: Any, where: str, key: str, keep: bool) -> tuple[Rule, ...]:
    if not isinstance(items, list):
        raise _fail(where, f"'{key}' must be a list of tables ([[{key}]])")
    out = []
    for n, item in enumerate(items, 1):
        at = f"{where}: {key}[{n}]"
        if not isinstance(item, dict):
            raise OptionError(f"{at}: must be a table with 'id' and 'pattern'")
        extra = sorted(set(item) - _RULE_KEYS)
        if extra:
            raise OptionError(f"{at}: unknown key(s) {', '.join(extra)}; "
                              f"known: {', '.join(sorted(_RULE_KEYS))}")
        for req in ("id", "pattern"):
            if not isinstance(item.get(req), str) or not item.get(req):
                raise OptionError(f"{at}: '{req}' is required and must be a string")
        rid = item["id"]
        if not _ID.match(rid):
            raise OptionError(f"{at}: id {rid!r} must look like 'family.kind' in lower case")
        import regex  # (only for user rules: a run without them does not load it)

        try:
            compiled = regex.compile(item["pattern"], regex.IGNORECASE | regex.UNICODE | regex.V0)
        except regex.error as exc:
            raise OptionError(f"{at} ({rid}): pattern does not compile: {exc}") from exc
        max_chars = item.get("max_chars")
        if max_chars is not None and (not isinstance(max_chars, int) or max_chars <= 0):
            raise OptionError(f"{at} ({rid}): 'max_chars' must be a positive integer")
        out.append(Rule(
            id=rid, category=item.get("category", rid.split(".", 1)[0]),
            regex=_TimedPattern(compiled, item["pattern"]),  # type: ignore[arg-type]
            why=item.get("why", "project rule" if not keep else "protected by a project rule"),
            examples=(), counterexamples=(), source="project", max_chars=max_chars, keep=keep,
        ))
    return tuple(out)


def _scope(table: dict, where: str) -> Scope:
    language = table.get("language")
    if language is not None and (not isinstance(language, str) or not language):
        raise _fail(where, "'language' must be an ISO 639-1 code such as \"de\"")
    keep = _user_rules(table.get("keep", []), where, "keep", keep=True)
    drop = _user_rules(table.get("rules", []), where, "rules", keep=False)
    return Scope(language=language, disable=frozenset(_strings(table.get("disable", []), where,
                                                               "disable")),
                 rules=keep + drop)


def parse(table: Any, path: Path, section: str | None) -> Project:
    where = f"{path} [{section}]" if section else str(path)
    if not isinstance(table, dict):
        raise _fail(where, "must be a table")
    unknown = sorted(set(table) - _TOP_KEYS)
    if unknown:
        raise _fail(where, f"unknown key(s) {', '.join(unknown)}; "
                           f"known: {', '.join(sorted(_TOP_KEYS))}")
    overrides = []
    raw = table.get("overrides", [])
    if not isinstance(raw, list):
        raise _fail(where, "'overrides' must be a list of tables ([[overrides]])")
    for n, item in enumerate(raw, 1):
        at = f"{where} overrides[{n}]"
        if not isinstance(item, dict) or not isinstance(item.get("path"), str):
            raise _fail(at, "needs a 'path' glob, e.g. path = \"site-a/*\"")
        bad = sorted(set(item) - _SCOPED_KEYS - {"path"})
        if bad:
            raise _fail(at, f"unknown key(s) {', '.join(bad)}; "
                            f"known: path, {', '.join(sorted(_SCOPED_KEYS))}")
        overrides.append((item["path"], _scope(item, at)))
    return Project(
        path=path, root=path.parent,
        include=_strings(table.get("include", []), where, "include"),
        exclude=_strings(table.get("exclude", []), where, "exclude"),
        base=_scope(table, where), overrides=tuple(overrides),
    )


def load(path: Path) -> Project:
    """Load one configuration file (``boilerstrip.toml`` or a ``pyproject.toml``)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise OptionError(f"{path}: configuration file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise OptionError(f"{path}: cannot read the configuration ({exc})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise OptionError(f"{path}: not valid TOML ({exc})") from exc
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("boilerstrip")
        if table is None:
            raise OptionError(f"{path}: has no [tool.boilerstrip] table")
        return parse(table, path, "tool.boilerstrip")
    return parse(data, path, None)


def _own(folder: Path) -> Path | None:
    """The configuration file in ``folder`` itself, if any."""
    try:
        own = folder / "boilerstrip.toml"
        if own.is_file():
            return own
        py = folder / "pyproject.toml"
        if not py.is_file():
            return None
    except OSError:  # a path longer than the system allows, say: no configuration there
        return None
    try:
        if "boilerstrip" in tomllib.loads(py.read_text(encoding="utf-8")).get("tool", {}):
            return py
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        pass  # somebody else's broken pyproject is not our configuration
    return None


_FOUND: dict[Path, Path | None] = {}


def _find_in(folder: Path) -> Path | None:
    """The nearest configuration file from ``folder`` upward. A loop, not recursion (a folder
    tree 1,000 deep exceeded Python's recursion limit); every folder passed is remembered."""
    passed = []
    found = None
    while True:
        if folder in _FOUND:
            found = _FOUND[folder]
            break
        passed.append(folder)
        found = _own(folder)
        parent = folder.parent
        if found is not None or parent == folder:
            break
        folder = parent
    for f in passed:
        _FOUND[f] = found
    return found


_find_in.cache_clear = _FOUND.clear  # type: ignore[attr-defined]


def find(start: Path) -> Path | None:
    """The configuration file that governs ``start`` (a file or folder), if any."""
    try:
        start = start.resolve()
    except (OSError, RuntimeError):  # a symlink loop ("Symlink loop from ..." in 3.11)
        start = Path(os.path.abspath(start))  # reading the file will report the loop
    try:
        is_dir = start.is_dir()
    except OSError:
        is_dir = False
    return _find_in(start if is_dir else start.parent)


@lru_cache(maxsize=None)
def _cached(path: Path) -> Project:
    return load(path)


def for_path(start: Path, explicit: Path | None = None) -> Project:
    """The project configuration for a file: ``explicit`` if given, else the nearest one."""
    if explicit is not None:
        return _cached(explicit.resolve())
    found = find(start)
    return _cached(found) if found is not None else NO_PROJECT
