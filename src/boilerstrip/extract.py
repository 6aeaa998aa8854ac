"""HTML adapter: the one module that calls trafilatura (HTML page -> article text + metadata).

The options are explicit and were chosen by measuring on the benchmark's T3 pages (HTML in,
token F1 against the hand-checked article): recall mode, comments left out (their prompts and
threads are what the line filters would remove anyway), tables kept, no markup in the text, and
the page title put first when trafilatura's text does not already start with it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_HTML_START = re.compile(r"^\s*(<!--.*?-->\s*)*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])",
                         re.IGNORECASE | re.DOTALL)
_HTML_SUFFIXES = (".html", ".htm", ".xhtml")


@dataclass(frozen=True)
class Page:
    """What trafilatura found in a page."""

    text: str  #: the extracted text, one block per line (title first when known)
    title: str | None = None
    author: str | None = None
    date: str | None = None
    sitename: str | None = None
    url: str | None = None


def looks_like_html(text: str, name: str | None = None) -> bool:
    """HTML by name (.html/.htm) or by content (a doctype or html/head/body tag at the start)."""
    if name is not None and name.lower().endswith(_HTML_SUFFIXES):
        return True
    return _HTML_START.match(text[:4096]) is not None


def from_html(html: str, url: str | None = None) -> Page:
    """Extract the article text and metadata of one page. An empty page gives empty text."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html,
        url=url,
        fast=False,
        favor_precision=False,
        favor_recall=True,  # the line filters remove what recall mode lets through
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_formatting=False,
        include_links=False,
        deduplicate=False,
        with_metadata=True,
        output_format="python",
    )
    if doc is None:
        return Page(text="")
    text = doc.text or ""
    title = doc.title or None
    if title and text and not text.lstrip().startswith(title):
        text = f"{title}\n{text}"
    return Page(text=text, title=title, author=doc.author or None, date=doc.date or None,
                sitename=doc.sitename or None, url=doc.url or url)
