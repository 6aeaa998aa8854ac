"""The user cache: a loaded rule catalogue, kept between processes.

Loading a catalogue parses its TOML, and every pattern with Python's regular-expression parser:
to refuse a broken one, and to read off its first characters and needles
(:mod:`boilerstrip.firstchar`). For an English text that is some 240 patterns, most of a cold
start's own work (a pre-commit hook starts a new process for every commit). A process that
has done that work writes the catalogue's parsed TOML and what was read off each pattern to a
JSON file in the user cache folder (platformdirs' ``user_cache_dir("boilerstrip")``, or
``$BOILERSTRIP_CACHE_DIR``); the next one reads that instead.

The file's name carries a key made of the catalogue's text, the Python version, boilerstrip's
version and the source of the modules that validate and read the patterns: a change to any of
them is another key, so a stale entry is never read. A catalogue with an error is never
written, so the error is reported on every run, as before. A file that is missing, unreadable,
truncated, of another shape or whose checksum fails is passed over, and the catalogue is loaded
as without a cache (and written anew); a folder that cannot be written only means the work is
done again next time. A few files per catalogue are kept (other checkouts and Python versions
keep theirs), the oldest removed.
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path
from typing import Any

#: Bumped when the file's layout changes (the key changes with it).
FORMAT = 1
#: Files kept per catalogue; older ones are removed when a new one is written.
KEEP = 8


def folder() -> Path | None:
    """Where cache files go: ``$BOILERSTRIP_CACHE_DIR``, else the platform's user cache
    folder for boilerstrip; None when neither can be told."""
    env = os.environ.get("BOILERSTRIP_CACHE_DIR")
    if env:
        return Path(env)
    try:
        import platformdirs
    except ImportError:  # pragma: no cover (a dependency; without it, no cache)
        return None
    return Path(platformdirs.user_cache_dir("boilerstrip"))


_code_digest: str | None = None


def _code() -> str:
    """A digest of the source of the modules whose work is cached (an edit there, in a
    checkout, changes the key even where the version number stays)."""
    global _code_digest
    if _code_digest is None:
        from . import catalogue, firstchar

        h = hashlib.sha256()
        for module in (catalogue, firstchar, sys.modules[__name__]):
            with open(module.__file__, "rb") as f:  # type: ignore[arg-type]
                h.update(f.read())
        _code_digest = h.hexdigest()
    return _code_digest


def key(source: str, text: str) -> str | None:
    """The key of catalogue ``source`` whose file reads ``text``; None when it cannot be made
    (the modules' source is not on disk): no cache then."""
    from . import __version__

    try:
        code = _code()
    except (OSError, TypeError, AttributeError):
        return None
    h = hashlib.sha256()
    for part in (str(FORMAT), sys.implementation.name, sys.version, __version__, code, source):
        h.update(part.encode("utf-8", "surrogatepass") + b"\0")
    h.update(text.encode("utf-8", "surrogatepass"))
    return h.hexdigest()[:32]


def _path(source: str, key: str) -> Path | None:
    where = folder()
    return None if where is None else where / f"rules-{source}-{key}.json"


def read(source: str, key: str) -> tuple[dict, list] | None:
    """(parsed TOML, analysis of each rule in order) stored for ``key``; None when there is no
    usable entry."""
    path = _path(source, key)
    if path is None:
        return None
    try:
        with open(path, "rb") as f:
            raw = f.read()
        head, _, payload = raw.partition(b"\n")
        header = json.loads(head)
        if header["key"] != key or header["sha256"] != hashlib.sha256(payload).hexdigest():
            return None
        body = json.loads(payload)
        data, analysis = body["data"], body["analysis"]
        rules = data.get("rules", [])
        if not isinstance(rules, list) or len(analysis) != len(rules):
            return None
        return data, [_analysis(item) for item in analysis]
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def _analysis(item: Any) -> tuple[tuple[str, ...] | None, frozenset[str] | None]:
    """(needles, first characters) of one rule, as :func:`write` stored them."""
    needles, firsts = item
    if needles is not None:
        if not all(isinstance(n, str) for n in needles):
            raise TypeError("needles")
        needles = tuple(needles)
    if firsts is not None:
        if not all(isinstance(c, str) for c in firsts):
            raise TypeError("first characters")
        firsts = frozenset(firsts)
    return needles, firsts


def write(source: str, key: str, data: dict, analysis: list) -> None:
    """Store ``data`` and ``analysis`` for ``key``, atomically (a reader sees the old file or
    the new one, never half of one); any failure is ignored."""
    path = _path(source, key)
    if path is None:
        return
    tmp = None
    try:
        payload = json.dumps({
            "data": data,
            "analysis": [[list(n) if n is not None else None,
                          sorted(f) if f is not None else None] for n, f in analysis],
        }, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        header = json.dumps({"key": key, "sha256": hashlib.sha256(payload).hexdigest()})
        path.parent.mkdir(parents=True, exist_ok=True)
        import tempfile

        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            f.write(header.encode("ascii") + b"\n" + payload)
        os.replace(tmp, path)
        tmp = None
        _prune(path.parent, source)
    except (OSError, ValueError, TypeError):
        pass
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def _prune(where: Path, source: str) -> None:
    """Remove all but the ``KEEP`` newest files of catalogue ``source``."""
    prefix = f"rules-{source}-"
    entries = []
    with os.scandir(where) as it:
        for entry in it:
            stem = entry.name[len(prefix):-len(".json")]
            if (entry.name.startswith(prefix) and entry.name.endswith(".json") and len(stem) == 32
                    and all(c in "0123456789abcdef" for c in stem)):
                try:
                    entries.append((entry.stat().st_mtime, entry.name))
                except OSError:
                    continue
    for _, name in sorted(entries, reverse=True)[KEEP:]:
        try:
            os.unlink(where / name)
        except OSError:
            pass
