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


def from_html(html: str, url: str | None = None, metadata: bool = True) -> Page:
    """Extract the article text and metadata of one page. An empty page gives empty text.

    ``metadata=False`` skips trafilatura's metadata search (authors, dates, site name: about a
    third of the extraction time) and takes only the page title, which the text starts with;
    the text output of the command line needs nothing more.
    """
    import trafilatura

    options = dict(
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
        output_format="python",
    )
    if metadata:
        doc = trafilatura.bare_extraction(html, with_metadata=True, **options)
        if doc is None:
            return Page(text="")
        title = doc.title or None
    else:
        from trafilatura.metadata import extract_title
        from trafilatura.utils import load_html

        tree = load_html(html)
        if tree is None:
            return Page(text="")
        title = extract_title(tree) or None
        doc = trafilatura.bare_extraction(tree, with_metadata=False, **options)
        if doc is None:
            return Page(text="")
    text = doc.text or ""
    if title and text and not text.lstrip().startswith(title):
        text = f"{title}\n{text}"
    if not metadata:
        return Page(text=text, title=title, url=url)
    return Page(text=text, title=title, author=doc.author or None, date=doc.date or None,
                sitename=doc.sitename or None, url=doc.url or url)
