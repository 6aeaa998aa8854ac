"""Structured output: a cleaned document as a JSON-ready record (schema in
``schema/record.schema.json``, documented in the README's "JSON output" section)."""
from __future__ import annotations

import json
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .extract import Page
    from .pipeline import Result

#: Bumped only when a field changes meaning or goes away (adding one is compatible).
SCHEMA_VERSION = 1


def to_record(result: Result, *, source: str | None = None, encoding: str | None = None,
              page: Page | None = None) -> dict[str, Any]:
    """The record of one cleaned document: text, language, encoding, metadata, removed lines.

    ``page`` (trafilatura's metadata) defaults to the one :func:`boilerstrip.clean_html` kept
    on the result."""
    from . import metadata  # (here: text output, the common case, does not load it)

    return {
        "schema_version": SCHEMA_VERSION,
        "source": source,
        "text": result.text,
        "language": result.language,
        "encoding": encoding,
        "metadata": metadata.extract(result, page if page is not None else result.page).to_dict(),
        "removed": [{"line": r.line_number, "text": r.text, "rule_id": r.rule_id, "reason": r.reason}
                    for r in result.removed],
    }


def dumps(record: dict[str, Any], *, pretty: bool) -> str:
    """One record as JSON text with a final newline: indented (``--format json``) or on one
    line (``--format jsonl``). Non-ASCII text stays readable (UTF-8, not \\u escapes)."""
    if pretty:
        return json.dumps(record, ensure_ascii=False, indent=2) + "\n"
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"


def schema() -> dict[str, Any]:
    """The JSON Schema of a record (draft 2020-12), as shipped in the package."""
    text = resources.files("boilerstrip").joinpath("schema/record.schema.json").read_text("utf-8")
    return json.loads(text)
