"""The page tail (context.tail): a comment-section line near the bottom ends the article, unless
the page printed its comment widget above a much longer article; so does a box of widgets
with little text under it (context.end_box)."""
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


# A box of widgets under the article's last paragraph (context.end_box).
PITCH = [
    "Trailwise is the planning platform for outdoor clubs, with route sharing and group chats.",
    "Plan a trip",
    "Route library",
    "Group chat",
    "Weather alerts",
]


def test_a_share_box_under_the_last_paragraph_closes_the_article():
    box = ["Share this article", "Facebook", "Email"]
    text = "\n".join(ARTICLE + box + PITCH) + "\n"
    out = boilerstrip.clean(text, language="en")
    assert out == "\n".join(ARTICLE) + "\n"


def test_a_newsletter_box_under_the_last_paragraph_closes_the_article():
    box = ["Sign up for our weekly newsletter", "Subscribe", "Follow us on Instagram"]
    text = "\n".join(ARTICLE + box + PITCH) + "\n"
    out = boilerstrip.clean(text, language="en")
    assert out == "\n".join(ARTICLE) + "\n"


def test_a_share_bar_closes_the_article_over_teasers_with_one_line_blurbs():
    """Review 50: a podcast's show notes ended with a share bar ("Share this episode" /
    "Facebook" / "Email"), and under it a patrons' note, three more episodes with a blurb
    each and a newsletter pitch: a quarter of the text above, too much for a widget box
    (15%), so all of it stayed. A share bar closes the article with up to half the text
    above under it, when no long paragraph follows."""
    bar = ["Share this episode", "Facebook", "Email"]
    rest = ["Transcripts are available to members of the listeners' circle.",
            "Other stories from the archive",
            "Ep. 88 — The Night the Lighthouse Went Dark",
            "A keeper's logbook and a storm that sank four fishing boats.",
            "Ep. 71 — The Canal Strike of 1911",
            "Bargemen stopped the coal trade for a month and won.",
            "Join our monthly letter",
            "New episodes, a reading list and an old postcard once a month."]
    menu = ["Lanternfish Radio", "Episodes", "About", "Support the show", "Contact"]
    text = "\n".join(menu + ARTICLE + bar + rest) + "\n"
    kept = boilerstrip.clean(text, language="en").splitlines()
    assert all(p in kept for p in ARTICLE)
    assert not set(rest) & set(kept)


def test_a_share_box_with_a_long_part_of_the_article_below_it_closes_nothing():
    # Eight paragraphs above the box, four below: a third of the text goes on under it.
    box = ["Share this article", "Facebook", "Email"]
    text = "\n".join(ARTICLE[:8] + box + ARTICLE[8:]) + "\n"
    out = boilerstrip.clean(text, language="en")
    assert all(p in out for p in ARTICLE)


def test_a_name_and_its_bio_in_a_list_of_people_close_nothing():
    # "NAME / NAME is a ..." once is read as an author box, but alone (no other widget line
    # under it) it closes nothing: the list of artists goes on.
    entry = ["Mara Quist", "Mara Quist is a sculptor who builds kinetic pieces from salvaged bicycle parts."]
    rest = ["- Spoke Garden, a courtyard piece that turns with the wind.",
            "- Chain Choir, a wall of gears that hum when visitors pass."]
    text = "\n".join(ARTICLE + entry + rest) + "\n"
    out = boilerstrip.clean(text, language="en")
    assert all(r in out for r in rest)


def test_a_long_thread_of_comments_under_a_short_article_goes():
    # Dev slice: a four-paragraph news story over thirty readers' comments, each "NAME says:"
    # and a date over its text. The comment lines stood above the bottom part and had far
    # more text below them than the story above, which reads as a comment widget printed
    # over an article; but a comment's line before each few lines of text is a thread.
    story = ARTICLE[:4]
    thread = []
    for n in range(30):
        thread += [f"reader{n} says:", f"March 3, 2025 at 9:1{n % 10} am",
                   f"I have followed this debate for years and comment number {n} says the same "
                   f"as before: the committee should publish its minutes before the next vote."]
    text = "\n".join(story + ["12 Comments"] + thread) + "\n"
    out = boilerstrip.clean(text, language="en")
    assert out == "\n".join(story) + "\n"


def test_a_forum_post_s_details_between_the_posts_go_and_a_short_post_stays():
    # Review 34: on forum and Q&A pages, the short lines between the posts (the poster's
    # name, the post's date and number, a vote count, "N people like this") were kept for
    # standing between two posts. On a page with post details the rules know under two posts
    # or more, they go; a post of one short sentence stays (the details no longer count
    # against its region).
    text = "\n".join([
        "Growers' Forum",
        "Forums › Vegetables › Beans",
        "Runner beans flowering but no pods at all this year",
        "Joined: Jun 2, 2023  Messages: 4",
        "The plants are tall and healthy, with plenty of red flowers since early July, but not a "
        "single pod has set so far, and the flowers simply drop off after a day or two.",
        "I water every evening and the bed gets sun until mid-afternoon. Any ideas what is wrong?",
        "Jul 18, 2023  #2",
        "hedge_fund_harry",
        "Well-known member",
        "Joined: Mar 9, 2021  Messages: 1,204",
        "It is almost always the heat: runner beans drop their flowers when the nights stay warm, "
        "and the pods set again once the weather cools down in a week or two.",
        "3 people like this",
        "Jul 18, 2023  #3",
        "beanpole_bea",
        "Joined: Jun 2, 2023  Messages: 4",
        "Thanks Harry. Should I mist them?",
        "Jul 19, 2023  #4",
        "hedge_fund_harry",
        "Misting in the evening helps a little, and so does a thick mulch to keep the roots cool "
        "while the hot spell lasts.",
        "You must log in or register to reply here.",
    ]) + "\n"
    kept = boilerstrip.clean(text, language="en").splitlines()
    assert "Thanks Harry. Should I mist them?" in kept
    for detail in ("Jul 18, 2023  #2", "hedge_fund_harry", "3 people like this", "beanpole_bea"):
        assert detail not in kept


def test_readers_comments_details_make_no_thread_of_the_newsletter_above():
    # Review 48: a newsletter post's comments each had a "Like (N)" line, which the forum
    # rules know as post details, so the page read as a thread and the post's own short
    # lines (its greeting, its subheadings, a table's rows, the signature) went as the posts'
    # details. The comments are under the place where the comment counter ended the post.
    post = [
        "Dear readers,",
        "For six months I weighed every loaf that came out of my oven and wrote down the flour, "
        "the water, the hours of proving and whether the family ate it or fed it to the ducks.",
        "Most of the results were boring, which is the point of writing things down at all.",
        "The loaves that failed",
        "Rye\t14\t9",
        "Spelt\t11\t3",
        "White\t22\t1",
        "Rye failed more often than it rose, and every failure came from a starter I had fed "
        "too late the night before, never from the flour or the oven.",
        "What changes next month",
        "I will feed the starter at six in the evening, whatever else is happening, and see "
        "whether the rye behaves as well as the white did.",
        "Bake well,",
        "Tamsin",
    ]
    comments = []
    for n, name in enumerate(("Oriel P.", "Dunstan W.", "Maud K.")):
        comments += [name, f"Mar {n + 3}",
                     "My rye collapsed every single time until I fed the starter earlier too.",
                     f"Like ({n + 4})", "Reply"]
    text = "\n".join(["Six months of weighing bread"] + post + ["12 Comments"] + comments) + "\n"
    kept = boilerstrip.clean(text, language="en").splitlines()
    for line in post:
        assert line in kept
    assert "Like (4)" not in kept and "Maud K." not in kept


def test_the_article_s_tags_close_it_and_the_author_box_and_teasers_under_them_go():
    # Reviews 48 and 49: under the tags line came the author's name and a bio written as a
    # sentence, a company's pitch and a list of teasers with their blurbs. The sentences
    # kept the short lines between them as content. A tags line with at most half as much
    # text under it as above closes the article.
    article = [
        "Harbour swimming pool to reopen in June after two-year repair",
        "The open-air pool on the harbour wall will reopen on 14 June, the town council "
        "confirmed on Tuesday, after a repair that took twice as long as planned.",
        "Engineers found that the sea wall under the pool's western side had been undermined "
        "by storms, and the council had to rebuild it before the basin could be relined.",
        "The work cost £2.4 million, of which the national lottery paid a third; the rest "
        "came from the council's reserves and a local fundraising campaign.",
        "Season tickets will go on sale on 1 May, with a discount for residents and free entry "
        "for children under five on weekday mornings.",
    ]
    after = [
        "Tags: swimming, harbour, council, summer",
        "Morwenna Tresize",
        "Morwenna reports on the town council and the harbour board, and has lived by the "
        "sea wall for twenty years.",
        "More from the coast",
        "Lifeboat crew rescue kayaker off the point",
        "The volunteer crew launched twice in one afternoon as the wind rose without warning.",
        "Beach huts to be auctioned for charity",
        "Privacy policy",
        "© 2025 Coastline Courier",
    ]
    text = "\n".join(article + after) + "\n"
    kept = boilerstrip.clean(text, language="en").splitlines()
    assert kept == article


def test_a_recipe_card_under_the_post_s_tags_stays():
    # Dev slice: a baking post printed its tags over the recipe card; its ingredients and
    # steps went on under them. One of the article's own section headings below the tags
    # means the article goes on.
    post = [
        "Easy overnight oat bread",
        "This is the loaf I bake every Friday: it takes five minutes in the evening and an hour "
        "in the morning, and it has never once failed me, even in a cold kitchen in January.",
        "The secret is a long, slow rise in the fridge, which gives the crumb its flavour and "
        "means you never have to knead the dough at all, only fold it twice before bed.",
        "If you have never baked bread before, start here: the method forgives almost "
        "everything, and the oats keep the loaf moist for days afterwards.",
    ]
    card = [
        "Ingredients",
        "400 g strong white flour",
        "100 g rolled oats",
        "8 g salt",
        "Instructions",
        "Mix everything with 350 ml of cold water and cover the bowl.",
        "Leave it in the fridge overnight, then bake at 230 °C for 45 minutes.",
    ]
    text = "\n".join(post + ["Tags: bread, oats, easy baking"] + card) + "\n"
    kept = boilerstrip.clean(text, language="en").splitlines()
    for line in card:
        assert line in kept


def test_one_counter_line_makes_no_forum_of_a_recipe():
    # Review 34: a Korean recipe's view and bookmark counter at the bottom matched the forum
    # details rule, and the page's ingredient list, short lines between two sentences, went
    # as the posts' details. A thread has details under two posts or more.
    text = "\n".join([
        "Quick Tuna Stew",
        "Even a student can make this stew in fifteen minutes, and it never fails as long as "
        "the kimchi is properly sour.",
        "Ingredients",
        "1 cup sour kimchi",
        "1 can tuna",
        "Half a block of tofu",
        "How to make it",
        "Fry the kimchi in a little oil for three minutes, then add the tuna with its oil and "
        "five hundred millilitres of water, and let it simmer.",
        "Posts: 84",
    ]) + "\n"
    kept = boilerstrip.clean(text, language="en").splitlines()
    assert "1 can tuna" in kept and "Half a block of tofu" in kept


def test_closing_lines_over_an_author_s_bio_stay_with_a_related_heading_under_it():
    """Review (a held-out page): a story's last lines of dialogue ("You'll be alive." /
    "She was.") stood between its last paragraph and the author's bio, which a rule drops,
    with a "Read more from ..." heading under the bio. Settle looked through the bio to the
    heading, undecided, and the two lines went as the zone after the text. A bio right under
    such a block counts as the kept prose it was before a rule knew it, whatever lies past."""
    closing = ['"You\'ll be back tomorrow."', "He was."]
    text = "\n".join(ARTICLE + closing + [
        "Mara Lindqvist writes about small businesses and the people who run them. "
        "Reach her at mlindqvist@example.org.",
        "Read more from the Business section",
        "What a loaf of bread costs in 2025",
        "The last cobbler on the high street",
        "Why the corner shop is back in fashion",
        "12 Comments", "Sort by: Newest", "Jo B.", "Lovely piece, I used to buy rolls there.",
        "Reply", "Sam K.", "My grandfather knew him well.", "Reply"]) + "\n"
    out = boilerstrip.clean(text, language="en").splitlines()
    assert closing[0] in out and closing[1] in out
    assert not any(line.startswith("Mara Lindqvist writes") for line in out)


def test_a_letter_s_valediction_and_signature_stay_over_a_donation_appeal():
    """Review (a tuning page): a charity director's letter ended "With gratitude," / NAME /
    "Executive Director" over a donation appeal that a rule drops; the three lines went as
    the zone after the text (only sentences stay there). A valediction right under the last
    paragraph keeps the signer's name and role under it."""
    signature = ["With warm regards,", "Odile Marchetti", "Director, Harbourside Food Bank"]
    text = "\n".join(ARTICLE + signature + [
        "Give now and every gift will be doubled until Friday.",
        "Share", "Facebook", "Email", "Privacy Policy", "Terms of Use", "Contact us",
        "© 2025 Harbourside Food Bank", "Careers", "Volunteer", "Newsletter"]) + "\n"
    out = boilerstrip.clean(text, language="en").splitlines()
    assert all(line in out for line in signature)
    assert not any(line.startswith("Give now") for line in out)
    assert "Newsletter" not in out


def test_a_letter_s_signature_closes_it_over_the_page_s_other_letters():
    """Review 50: a head teacher's letter ended "Yours faithfully," / NAME / "Headteacher",
    then a download button, the school's other letters, its inspection grade, address and
    trust's registration; all of it stayed, as lines between kept text. A letter's
    signature with a line a rule drops right under it closes the letter, as its tags close
    an article; the address and telephone under it are no glossary."""
    signature = ["Yours sincerely,", "Dr Helen Okafor", "Principal"]
    page = ["Download this letter (PDF, 96 KB)", "More letters to families",
            "Sports day moves to the playing fields", "Year 8 options evening: booking open",
            "Lost property: collect by Friday", "Inspection grade: Outstanding",
            "Elmgrove School, Station Road, Barton, Kent ME3 9ZZ", "Tel: 01632 960 123",
            "Elmgrove School is part of Northgate Schools Trust, a charitable company registered "
            "in England and Wales.", "Privacy notice", "Cookies"]
    menu = ["Elmgrove School", "About", "Admissions", "Parents", "Contact"]
    text = "\n".join(menu + ARTICLE + signature + page) + "\n"
    kept = boilerstrip.clean(text, language="en").splitlines()
    assert all(p in kept for p in ARTICLE + signature)
    assert not set(page) & set(kept)


def test_a_valediction_under_the_closing_question_keeps_the_signature():
    """Review 48: a newsletter essay ended with a question to the reader, then "With love
    from a kitchen table in TOWN," and the author's first name, then the platform's stock
    lines. Once a rule knew the thanks-for-reading line, the sign-off and the name went as
    the zone after the text: the valediction was looked for only as the block's first line,
    and at 42 characters it was past the hint's length. A valediction under the closing
    sentences keeps the signature too."""
    sign_off = ["So tell me honestly: which habit would you drop first?",
                "With love from a windy harbour in Whitby,", "Mira"]
    text = "\n".join(ARTICLE + sign_off + [
        "Thanks for reading Low Tide Notes! This post is public, so feel free to share it.",
        "Share", "Upgrade to paid", "12 Comments"]) + "\n"
    out = boilerstrip.clean(text, language="en").splitlines()
    assert all(line in out for line in sign_off)
    assert "Upgrade to paid" not in out


def test_a_valediction_keeps_no_more_than_the_signature():
    """Under the valediction, the name and the role stay; the menu under them still goes."""
    text = "\n".join(ARTICLE + ["Mit freundlichen Grüßen", "Jana Wolff", "Vorstand",
                                "Startseite", "Über uns", "Kontakt", "Impressum",
                                "Datenschutz", "Newsletter abonnieren"]) + "\n"
    out = boilerstrip.clean(text, language="de").splitlines()
    assert "Mit freundlichen Grüßen" in out and "Jana Wolff" in out
    assert "Startseite" not in out and "Impressum" not in out
