"""JSONL corpora: clean one field of every record, one record at a time.

Each input line is read, cleaned and handed back before the next one is read, so memory stays
flat however large the corpus is (only the longest record is ever held). Each output record is
the input record with ``field`` cleaned and a ``boilerstrip`` object added::

    {"schema_version": 1, "language": "en", "removed": 3, "rule_ids": ["share.widget", ...]}

Output order is input order. A malformed line (not UTF-8, not JSON, not an object, the field
missing or not a string) is never dropped silently: its :class:`Outcome` carries the reason,
and ``on_error`` says whether the line is passed through unchanged ("pass") or left out
("skip"). A record that already carries a ``boilerstrip`` object and whose field needs no
change passes through untouched, so cleaning a cleaned corpus changes nothing (idempotent).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Iterable, Iterator, Literal

from .config import Config
from .errors import OptionError
from . import pipeline
from .record import SCHEMA_VERSION, dumps

OnError = Literal["pass", "skip"]
ON_ERROR_CHOICES: tuple[str, ...] = ("pass", "skip")
#: The key added to each record.
ANNOTATION_KEY = "boilerstrip"


@dataclass(frozen=True)
class Outcome:
    """What became of one input line."""

    line_number: int  #: 1-based
    output: bytes | None  #: the line to write, with its newline; None: left out (skipped)
    changed: bool  #: the output differs from the input line (or the line is left out)
    error: str | None = None  #: why the line is not a record that can be cleaned


class RecordFailure(RuntimeError):
    """Cleaning one record failed unexpectedly (a bug); the message names its line."""


def clean_lines(lines: Iterable[bytes | str], *, field: str = "text", config: Config | None = None,
                on_error: OnError = "pass") -> Iterator[Outcome]:
    """Clean ``field`` in each JSON line of ``lines`` (a binary file, or any iterable of lines),
    lazily: one :class:`Outcome` per input line, in order."""
    if on_error not in ON_ERROR_CHOICES:
        raise OptionError(f"on_error must be 'pass' or 'skip', not {on_error!r}")
    config = config if config is not None else Config()
    for number, raw in enumerate(lines, start=1):
        data = raw.encode("utf-8") if isinstance(raw, str) else bytes(raw)
        if number == 1 and data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]  # a UTF-8 byte-order mark: not part of the first record
        as_is = data if data.endswith(b"\n") else data + b"\n"
        body = data.rstrip(b"\r\n")
        if not body.strip():  # a blank line is no record: kept as it is
            yield Outcome(number, as_is, False)
            continue
        record, error = _parse(body, field)
        if error is not None:
            skip = on_error == "skip"
            yield Outcome(number, None if skip else as_is, skip, error)
            continue
        assert record is not None
        try:
            new = clean_record(record, field, config)
        except Exception as exc:  # a bug in a filter: name the line, let the caller stop
            raise RecordFailure(f"line {number}: {type(exc).__name__}: {exc}") from exc
        if new is record:
            yield Outcome(number, as_is, False)
        else:
            out = dumps(new, pretty=False).encode("utf-8")
            yield Outcome(number, out, out != as_is)


def _parse(body: bytes, field: str) -> tuple[dict[str, Any] | None, str | None]:
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, f"not UTF-8 (byte {exc.start + 1}: {exc.reason})"
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        return None, f"not valid JSON ({exc.msg} at column {exc.colno})"
    if not isinstance(record, dict):
        return None, f"not a JSON object but {_json_type(record)}"
    if field not in record:
        return None, f"no {field!r} field"
    if not isinstance(record[field], str):
        return None, f"field {field!r} is {_json_type(record[field])}, not a string"
    return record, None


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return "a string"


def clean_record(record: dict[str, Any], field: str, config: Config) -> dict[str, Any]:
    """``record`` with ``field`` cleaned and the ``boilerstrip`` annotation set; ``record``
    itself (the same object) when it was cleaned before and its field needs no change."""
    value = record[field]
    result = pipeline.run(value, config)
    if result.text == value and isinstance(record.get(ANNOTATION_KEY), dict):
        return record
    new = dict(record)
    new[field] = result.text
    new[ANNOTATION_KEY] = {
        "schema_version": SCHEMA_VERSION,
        "language": result.language,
        "removed": len(result.removed),
        "rule_ids": list(dict.fromkeys(r.rule_id for r in result.removed)),
    }
    return new
