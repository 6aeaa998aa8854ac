"""The page tail (context.tail): a comment-section line near the bottom ends the article, unless
the page printed its comment widget above a much longer article."""
from __future__ import annotations

import boilerstrip

ARTICLE = [
    f"Paragraph {n} of the essay goes on about interpretability research and why grounding "
    f"claims in measurable behaviour matters more than elegant stories about internals."
    for n in range(1, 13)
]
INTRO = "A short note before the comment box, long enough to count as a sentence of prose."
WIDGET = ["Menu", "Search", "Log in", "2 Comments", "Reply"]


def test_a_comment_line_near_the_bottom_still_ends_the_article():
    comments = ["Great post, thanks for writing it up!", "Reply",
                "I have a question about the second point you make there.", "Reply"]
    text = "\n".join(ARTICLE + ["2 Comments"] + comments) + "\n"
    out = boilerstrip.clean(text, language="en")
    assert out == "\n".join(ARTICLE) + "\n"


def test_an_article_printed_below_the_comment_widget_is_kept():
    # The widget sits past 60% of the lines (where the tail is looked for), and all the
    # article's text is below it.
    text = "\n".join(["Nav"] * 30 + [INTRO] + WIDGET + ARTICLE) + "\n"
    out = boilerstrip.clean(text, language="en")
    assert all(p in out for p in ARTICLE)


def test_cheers_quoted_in_a_report_do_not_open_a_comment_section():
    # A review found that hints for "Great move ...!" and "Bravo!" cut this report off at the
    # first of them; such hints were removed. The report must come out whole.
    report = [
        "The final round of the county championship began in a packed hall on Saturday morning.",
        "Varga needed only a draw, but she chose the sharpest line against the top seed.",
        "By move twenty the position was wild, with both kings exposed and the clocks running low.",
        "Spectators crowded round the board as the arbiter asked for quiet twice in ten minutes.",
        "Her coach later said he had never seen her so calm in a time scramble.",
        "Great move by Varga, giving up the exchange to open the king!",
        "The sacrifice worked: six moves later the top seed resigned and the hall applauded.",
        "Bravo!",
        "Varga takes the title for the second year running and qualifies for the national final.",
        "The junior event continues on Sunday with the last two rounds.",
    ]
    text = "\n".join(report) + "\n"
    assert boilerstrip.clean(text, language="en") == text
