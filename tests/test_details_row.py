"""A story's details printed on one line (judge.meta_filter): fields parted by " | ", " · " or
" • ", one a date or a reading time, the others short labels. Found on fresh review pages:
such rows matched no rule as a whole ("NAME · DATE · 9 min read") and stayed over the text.
A footer's row of links around its copyright line is the same shape, anchored by the copyright."""
from __future__ import annotations

import pytest

import boilerstrip
from boilerstrip.labels import Label

BODY = ("The district will replace the roofs of four primary schools over the summer, the "
        "council's buildings committee agreed on Tuesday evening after a long debate.\n\n"
        "Work starts in the first week of the holidays, and the contractor has promised that "
        "every school will be dry and open again by the start of the autumn term.\n\n"
        "Parents will be told of any changes to the timetable by letter in June.\n")


def _verdict(row: str, lang_body: str = BODY, headline: str = "Four schools get new roofs this summer",
             footer: bool = False):
    """The verdict on ``row`` printed under the headline (or, ``footer``, under the text)."""
    text = f"{headline}\n\n{lang_body}{row}\n" if footer else f"{headline}\n{row}\n\n{lang_body}"
    result = boilerstrip.clean_and_explain(text)
    return result.verdicts[result.lines.index(row)]


@pytest.mark.parametrize("row", [
    "Tomasz Wierzbicki · 4 March 2025 · 6 min read",
    "Education · 8 min read",
    "Leeds | Updated: 12 May 2025 14:05 BST",
    "Posted by the newsroom team · Monday 3 February 2025",
    "Anika Holt, Education Reporter • Mar 4, 2025",
    "Podcast · 41 min · 2 June 2025",
    "By Lior Amsel ⋅ Senior Editor ⋅ Updated May 6, 2025",  # (a dot operator between)
    "March 3, 2025 // 6 min read",  # (a date and its reading time, no label)
])
def test_a_row_of_details_with_a_date_goes(row):
    v = _verdict(row)
    assert v.label is Label.DROP and v.rule_id.startswith("date."), v


@pytest.mark.parametrize("row", [
    "29 March 2024 | 14 April 2024",  # a period: dates alone
    "Version 3.2 · 14 May 2025",  # a release's heading in release notes
    "4 March 2025 · the committee met for the last time before the summer recess",  # a sentence
    "Saturday 8 June 2024 · Doors open at 10 a.m.",  # an event's programme: a sentence's end
])
def test_a_row_that_is_no_story_s_details_is_left_alone(row):
    v = _verdict(row)
    assert not (v.firm and v.rule_id.startswith("date.")), v


def test_the_author_named_in_a_row_of_details_is_known_by_the_bio():
    """The bios step finds the author in "DATE | NAME" over the text; a firm date row must
    still name them, so the bio at the bottom goes with it."""
    text = ("Four schools get new roofs this summer\n"
            "14 May 2025 | Hana Okoro\n\n" + BODY +
            "\nHana Okoro covers schools and the county council for the paper and lives in the "
            "town with her family.\n")
    result = boilerstrip.clean_and_explain(text)
    bio = next(i for i, ln in enumerate(result.lines) if ln.startswith("Hana Okoro covers"))
    assert result.verdicts[bio].label is Label.DROP
    assert result.verdicts[bio].rule_id == "bio.author"


@pytest.mark.parametrize("row", [
    "About · Jobs · Advertise with us · Privacy · © 2025 Valley Courier",
    "Terms · Cookies · Copyright 2024 Hartwell Media Ltd",
    "© 2025 Orchard Press • Contact • Accessibility • Complaints • Sitemap • RSS",
])
def test_a_footer_row_around_its_copyright_line_goes(row):
    """Review 46: a footer printed its links and its copyright line as one row ("Contact ·
    Write for us · Advertise · Privacy · © DATE NAME"); no rule matched the whole, so it stayed
    under the text. The copyright line anchors the row as a date anchors a story's details."""
    v = _verdict(row, footer=True)
    assert v.label is Label.DROP and v.rule_id == "legal.copyright", v


@pytest.mark.parametrize("row", [
    "Photo essay · © 2025 Mara Lind · The harbour at dawn, before the first boats went out.",
    "Chapter one · Chapter two · Chapter three · Chapter four · Chapter five · Chapter six",
])
def test_a_row_with_a_sentence_or_no_copyright_is_no_footer_row(row):
    v = _verdict(row, footer=True)
    assert v.rule_id != "legal.copyright", v
