"""End matter (context.endmatter): a references heading in the bottom half of a text takes the
citations under it along. The golden cases in golden/refs/ show the main behaviour; these pin
its limits."""
from __future__ import annotations

import boilerstrip

PARAGRAPHS = [
    "The council approved the new cycle lanes on Tuesday after a debate that lasted most of the afternoon.",
    "Shopkeepers on the high street had asked for more time to study the plans before the vote.",
    "The first lanes will be painted in the spring, and the council will count cyclists for a year.",
    "If the numbers do not rise, the lanes can be removed without rebuilding the road, the engineer said.",
]
MORE = [
    "Residents of the side streets worry that drivers will use their roads to avoid the lanes.",
    "The council promised to measure traffic there as well and to publish the figures every month.",
    "A similar scheme in the neighbouring town doubled the number of cyclists within two years.",
    "Its mayor will speak at a public meeting about the plans in the town hall next week.",
]
CITATIONS = [
    "Transport Office. Cycle counts on the high street (2023). Retrieved from https://www.example.org/counts",
    "Hale R, Osei K. Painted lanes and cycling rates. Transp Res 2020;41(2):55-61.",
]


def test_citations_under_a_references_heading_near_the_end_go():
    text = "\n".join(PARAGRAPHS + ["References"] + CITATIONS) + "\n"
    result = boilerstrip.clean_and_explain(text, language="en")
    assert result.text == "\n".join(PARAGRAPHS) + "\n"
    assert [r.rule_id for r in result.removed] == ["refs.heading", "refs.entry", "refs.entry"]


def test_a_references_heading_in_the_top_half_takes_nothing_along():
    # A "Sources" box high in the article: the heading goes, the article under it stays.
    text = "\n".join(PARAGRAPHS[:1] + ["Sources"] + CITATIONS + PARAGRAPHS[1:] + MORE) + "\n"
    result = boilerstrip.clean_and_explain(text, language="en")
    assert [r.rule_id for r in result.removed] == ["refs.heading"]
    assert all(line in result.text for line in CITATIONS + PARAGRAPHS + MORE)


def test_disabling_the_family_keeps_reference_lists():
    text = "\n".join(PARAGRAPHS + ["References"] + CITATIONS) + "\n"
    kept = boilerstrip.clean(text, language="en", disable={"refs"})
    assert all(c in kept for c in CITATIONS)


def test_a_heading_and_a_paragraph_with_no_citation_marks_under_references_stay():
    # The list itself was lost on the way (an extractor dropped it): what follows the heading
    # is the article's last section, and nothing in it reads as a citation.
    closing = ["Cycling to the market", "Traders say a bike rack by the fountain would bring more "
               "shoppers on Saturdays, and the council has agreed to try one for the summer."]
    text = "\n".join(PARAGRAPHS + MORE + ["References"] + closing) + "\n"
    result = boilerstrip.clean_and_explain(text, language="en")
    assert [r.rule_id for r in result.removed] == ["refs.heading"]
    assert all(line in result.text for line in closing)


def _removed_under(heading: str, lines: list[str]) -> list[str]:
    """Rule ids of the lines removed from a long article ending in ``heading`` + ``lines``."""
    text = "\n".join(PARAGRAPHS + MORE + [heading] + lines) + "\n"
    return [r.rule_id for r in boilerstrip.clean_and_explain(text, language="en").removed]


def test_short_lists_that_carry_citation_marks_still_go():
    assert _removed_under("References", CITATIONS) == ["refs.heading", "refs.entry", "refs.entry"]


def test_two_numbered_footnotes_still_go():
    notes = ["1. Figures exclude players who withdrew before the fifth round.",
             "2. Ratings are provisional until the federation confirms them in June."]
    assert _removed_under("Footnotes", notes) == ["refs.heading", "refs.entry", "refs.entry"]


def test_two_dashed_lines_with_no_citation_marks_under_sources_stay():
    notes = ["- The museum is closed on Mondays and on public holidays.",
             "- Tickets bought online can be changed up to a day before the visit."]
    assert _removed_under("Sources", notes) == ["refs.heading"]
