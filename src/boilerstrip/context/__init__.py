"""Pass 2: settle lines from their neighbours, and handle runs of boilerplate.

Steps, in order (each only decides; none edits text), with the module of this package that
holds each (``common`` holds what they share):
0. code_blocks, tables, wrapped (``text``): a dropped line between lines kept as code is code;
   rows of a table written with " | " are no breadcrumb trail; the lines of a hard-wrapped
   paragraph are judged together, as the paragraph;
1. repeats (``repetition``): a line that repeats an earlier one (a duplicated title, a menu
   shown twice), a block of long lines printed twice (the later copy);
2. templated, grids (``repetition``), runs (``related``): many links made from one template;
   a grid of cards (one short label recurring every few lines) below the article; a heading
   such as "Related articles" takes the teaser lines under it along;
3. endmatter (``ending``): a references heading in the bottom half takes the citations under
   it along;
4. tail, comments (``ending``): a comment-section line, or two reader comments close
   together, near the bottom end the article;
5. bios (``ending``): a name line repeated, or followed by "NAME is a ... writer" bio, goes
   as a block;
6. settle (``settling``): undecided blocks settled from the nearest decided lines above and
   below (on a page with no running text, the largest group of blocks that is not a menu is
   the body);
   end_box (``ending``): a box of widget lines (share, follow, author, newsletter, menu,
   legal, byline or date lines) in the bottom part, with little kept text under it, closes
   the article (a share bar with up to half as much under it, when no long paragraph
   follows);
   tags_end (``ending``): a line of the article's tags, or a letter's signature with a
   dropped line under it, with at most half as much kept text under it as above, closes the
   article (unless one of its own section headings follows, or, under tags, facts: a
   glossary);
   post_details (``ending``): on a forum's page, the short lines kept between the posts are
   the posts' details (name, date, votes);
7. region (``article_region``): kept lines outside the run(s) of lines that hold the article
   go;
8. headline (``article_region``): an author's name (and role) by the date line goes as the
   byline; then the article's headline, dropped because a banner above and
   a byline block under it left it between boilerplate, or found by the words it shares with
   the first paragraph, comes back; a site's name kept as the title above the headline,
   brought back or kept already, goes, and so does a first line that the page's footer
   prints again;
9. widget tails (``settling``): on a dense page, lines settle kept below content though a
   dropped widget line parts them from it go, now that the region is known.
"""
from __future__ import annotations

from ..judge import Document
from ..labels import Verdict
from .article_region import headline, region
from .ending import bios, comments, end_box, endmatter, post_details, tags_end, tail
from .related import runs
from .repetition import grids, repeats, templated
from .settling import settle, widget_tails
from .text import code_blocks, tables, wrapped

STEPS = (code_blocks, tables, wrapped, repeats, templated, grids, runs, endmatter, tail,
         comments, bios, settle, end_box, tags_end, post_details, region, headline, widget_tails)


def revise(doc: Document, verdicts: list[Verdict | None]) -> list[Verdict | None]:
    """Pass 2 over pass 1's verdicts (a copy is revised and returned)."""
    out = list(verdicts)
    for step in STEPS:
        step(doc, out)
    return out
