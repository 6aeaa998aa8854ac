"""HTML adapter: the one module that calls trafilatura (HTML page -> article text + metadata).

The options are explicit and were chosen by measuring on the benchmark's T3 pages (HTML in,
token F1 against the hand-checked article): recall mode, comments left out (their prompts and
threads are what the line filters would remove anyway), tables kept, no markup in the text, and
the page's headline put first when trafilatura's text does not already start with it (the
same headline whether or not metadata is asked for, so text and JSON output carry one text).

Recall mode sometimes stops early: it settles on the first block of a page (an introduction, a
lead paragraph) and misses the rest of the article, which its default mode finds. So a short
extraction gets a second opinion: when the default mode finds at least five times as many
words, its text is used instead.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_HTML_START = re.compile(r"^\s*(<!--.*?-->\s*)*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])",
                         re.IGNORECASE | re.DOTALL)
_HTML_SUFFIXES = (".html", ".htm", ".xhtml")


# A recall-mode text shorter than this (in characters) is compared with the default mode's.
_SECOND_OPINION_CHARS = 5000
# ... and replaced when the default mode's text has at least this many times its words.
_SECOND_OPINION_RATIO = 5


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
    from trafilatura.metadata import extract_title
    from trafilatura.utils import load_html

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
    tree = load_html(html)  # parsed once; trafilatura works on its own copy of it
    if tree is None:
        return Page(text="")
    doc = trafilatura.bare_extraction(tree, with_metadata=metadata, **options)
    if doc is None:
        return Page(text="")
    # The text starts with the page's headline whether or not metadata is asked for, so that
    # text and JSON output carry the same text (the metadata title may add the site's name).
    headline = extract_title(tree) or None
    text = _second_opinion(trafilatura, tree, doc.text or "", options)
    if headline and text and not text.lstrip().startswith(headline):
        text = f"{headline}\n{text}"
    if not metadata:
        return Page(text=text, title=headline, url=url)
    return Page(text=text, title=doc.title or headline, author=doc.author or None,
                date=doc.date or None, sitename=doc.sitename or None, url=doc.url or url)


def _second_opinion(trafilatura, tree, text: str, options: dict) -> str:
    """The default mode's text when recall mode's short ``text`` stopped early, else ``text``."""
    if len(text) >= _SECOND_OPINION_CHARS:
        return text
    enough = _SECOND_OPINION_RATIO * max(1, len(text.split()))
    # the default mode finds no more words than the whole page has: a page without that many
    # (most short pages) is not extracted twice; its plain text costs a quarter of an extraction
    if len(trafilatura.html2txt(tree).split()) < enough:
        return text
    doc = trafilatura.bare_extraction(tree, with_metadata=False, **{**options, "favor_recall": False})
    other = (doc.text or "") if doc is not None else ""
    if len(other.split()) >= enough:
        return other
    return text
