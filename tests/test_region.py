"""The article's region (context.region) and the other pass-2 steps added with it: what they
must not remove. Each case is an input a read-only review found removed, or could be."""
from __future__ import annotations

import boilerstrip

BODY = [
    "The inquiry into the bridge closure heard from the city's chief engineer for most of Thursday morning.",
    "She said the cracks in the main girder were found during a routine inspection in the spring.",
    "Repairs were delayed because the steel had to be ordered from a mill that makes only a few batches a year.",
    "Lawyers for the shop owners asked why the bridge had stayed open for three weeks after the report.",
    "The engineer said the load limit had been lowered at once, and that the bridge was never unsafe.",
    "The inquiry will publish its findings in the autumn, after hearing from the transport minister.",
]

BODY_MORE = [
    "Engineers from two other cities had been asked to check the calculations before the bridge reopened.",
    "Both agreed that the repair would hold for at least thirty years if it is inspected every spring.",
    "The shop owners say they lost a third of their trade while the bridge was closed to traffic.",
    "The council has set aside a fund for them, but the payments will not start before next year.",
]


def clean(lines: list[str]) -> str:
    return boilerstrip.clean("\n".join(lines) + "\n", language="en")


def test_a_closing_line_after_a_share_bar_stays():
    closing = "The hearing continues on Monday, when the engineers will give evidence."
    out = clean(BODY + ["Advertisement", "Share this article", "Facebook Twitter Email", closing])
    assert closing in out


def test_a_lead_parted_from_the_body_by_a_few_widgets_stays():
    lead = "A city inquiry into the six-month closure of the river bridge began hearing evidence this week."
    widgets = ["Share this article", "Facebook Twitter Email", "Advertisement",
               "Read more: Council approves new bus lanes", "Photo: City archive",
               "Sign up for our newsletter", "Advertisement"]
    out = clean(["Bridge inquiry hears from engineer", lead] + widgets + BODY)
    assert lead in out and all(p in out for p in BODY)


def test_a_paragraph_printed_in_a_teaser_and_in_the_article_survives_once():
    nav = ["Home", "News", "Sport", "Weather", "Culture", "Travel", "Opinion"]
    out = clean(nav[:6] + ["Top story"] + BODY[:3] + nav + ["Bridge inquiry hears from engineer",
                                                             "By A. Reporter"] + BODY)
    assert all(out.count(p) == 1 for p in BODY)


def test_the_article_keeps_its_own_copy_of_a_block_a_far_teaser_also_printed():
    more = [
        "Engineers from two other cities had been asked to check the calculations before the bridge reopened.",
        "Both agreed that the repair would hold for at least thirty years if it is inspected every spring.",
        "The shop owners say they lost a third of their trade while the bridge was closed to traffic.",
        "The council has set aside a fund for them, but the payments will not start before next year.",
        "Several owners told the inquiry that the fund was too small and came far too late to help.",
        "The chair of the inquiry said she would ask the council to explain how the sum was decided.",
    ]
    nav = ["Home", "News", "Sport", "Weather", "Culture", "Travel", "Opinion", "Video", "Podcasts",
           "Puzzles", "Obituaries", "Jobs"]
    # (region_second_share=0.9: the teaser box does not count as a second part of the article)
    result = boilerstrip.clean_and_explain(
        "\n".join(nav[:6] + ["Top story"] + BODY[:3] + nav + BODY + more) + "\n", language="en",
        region_second_share=0.9)
    assert [r.rule_id for r in result.removed if r.line_number in (8, 9, 10)] == [
        "ctx.outside_article"] * 3  # the teaser's copy goes ...
    assert all(result.text.count(p) == 1 for p in BODY + more)  # ... the article's stays


def test_short_paragraphs_under_a_late_references_heading_stay():
    tail = ["References", "The council will vote on the plan next week.",
            "Residents can comment until Friday.", "The mayor supports it.", "Critics do not."]
    out = clean(BODY + tail)
    assert all(line in out for line in tail[1:])


def test_a_year_in_running_text_is_not_a_citation():
    tail = ["Sources",
            "The contract was awarded in 2021, the council said, and renewed without a tender.",
            "Opposition members want the renewal reviewed by the city auditor before the summer."]
    out = clean(BODY + tail)
    assert all(line in out for line in tail[1:])


def test_code_under_a_late_references_heading_stays():
    code = ["def load(path):", "    with open(path) as f:", "        return f.read()"]
    out = clean(BODY + ["References"] + code)
    assert all(line in out for line in code)


def test_bare_notes_headings_are_not_end_matter_in_other_languages():
    it_body = [
        "La ricetta della torta di mele della nonna richiede poche cose e un forno ben caldo.",
        "Si tagliano le mele a fette sottili e si lasciano in una ciotola con il succo di limone.",
        "Intanto si sbattono le uova con lo zucchero finché il composto diventa chiaro e spumoso.",
        "Si aggiungono la farina, il burro fuso e il lievito, poi le mele, mescolando piano.",
    ]
    notes = ["Note", "Se le mele sono molto dolci, si può ridurre lo zucchero di un terzo.",
             "La torta si conserva per tre giorni sotto una campana di vetro."]
    out = boilerstrip.clean("\n".join(it_body + notes) + "\n", language="it")
    assert all(line in out for line in notes[1:])


def test_a_nested_table_of_contents_ends_where_its_first_entry_comes_back():
    toc = ["Contents", "Sowing", "Indoors", "Outdoors", "Planting out", "Indoors", "Outdoors",
           "Feeding"]
    sections = [
        "Sowing",
        "Tomatoes need warmth to germinate, so most gardeners start them on a windowsill in early spring.",
        "Indoors",
        "Use small pots of seed compost and keep them at about twenty degrees until the seedlings appear.",
        "Outdoors",
        "In a warm region seed can go straight into the bed once the frosts are over, a little later.",
        "Feeding",
        "Once the first flowers set, feed every week with a liquid fertiliser rich in potash.",
    ]
    out = clean(["Growing tomatoes from seed",
                 "Growing tomatoes from seed is cheaper than buying plants and gives a wider choice of varieties."]
                + toc + sections)
    kept = out.splitlines()
    assert "Planting out" not in kept  # an entry of the list, not a section
    assert all(kept.count(line) == 1 for line in sections)


def test_the_last_paragraphs_below_a_related_links_list_stay():
    related = ["Related articles"] + [f"- Headline number {n} about another story in town"
                                      for n in range(1, 13)]
    closing = ["In the end, the council hopes the repairs will keep the bridge open for thirty years.",
               "The minister is due to give evidence in the last week of hearings, in September."]
    out = clean(BODY + BODY_MORE + related + closing)
    assert all(line in out for line in closing)


def test_a_standfirst_between_a_question_headline_and_the_byline_box_stays():
    """Review (a tuning page): an advice column's headline is a reader's question, kept as a
    sentence; the standfirst under it, with few stopwords, was left to its neighbours, kept,
    then dropped as outside the article's region, which starts under the byline box. A
    sentence right under the headline and right over the byline box is its standfirst."""
    standfirst = "Our chartered planner answers readers' questions on savings, debt, pensions and mortgages."
    text = ["Ledger Weekly", "Markets", "Funds", "Tax", "Pensions", "Sign In",
            "Home » Money » Ask the Expert", "ASK THE EXPERT",
            "I'm 41 and have £30,000 in cash. Should I overpay my mortgage or top up my pension?",
            standfirst, "Written By Helen Marsh", "Updated: 14 Oct 2025, 08:10 BST", "5 min read",
            "Share",
            "Question: I am 41, I work for a housing association and I take home about £2,600 a "
            "month after tax and pension.",
            "Answer: Both are sensible, and the right choice depends mostly on the rate you pay on "
            "the mortgage and on your employer's pension match.",
            "If your employer matches extra contributions, take that first: it is an immediate "
            "return that no mortgage overpayment can beat.",
            "After that, compare the mortgage rate with what you expect the pension to earn after "
            "charges, and keep six months of spending in cash."]
    out = clean(text).splitlines()
    assert standfirst in out
    assert "Written By Helen Marsh" not in out and "Pensions" not in out
