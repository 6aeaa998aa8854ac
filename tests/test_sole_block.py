"""A page where pass 1 reads no line as running prose (results, listings written in
fragments) keeps its largest group of undecided blocks instead of coming out as its headline
alone; a menu, a short fragment and an error page's list of links are not taken that way."""
from __future__ import annotations

import boilerstrip

HEAD = ["Results: county chess league, round six", "Home", "News", "Sport", "Subscribe",
        "By Ana Ferreira", "Updated 9:10 PM Tue Mar 4, 2025"]
RESULTS = [
    "DIVISION ONE",
    "Northfield A 3.5 - 2.5 Riverside B (board 1 adjourned, result by arbiter)",
    "Kingsway 2 - 4 Old Town Knights (two forfeits on the lower boards)",
    "Harbour Rooks 3 - 3 Hill Street (all six games decisive)",
    "Standings: Old Town Knights 11 pts, Northfield A 10 pts, Harbour Rooks 8 pts",
    "DIVISION TWO",
    "Riverside C 1 - 5 Abbey Juniors (juniors unbeaten in six rounds)",
    "Hill Street B 2.5 - 3.5 Northfield B (decided on the last board)",
    "Standings: Abbey Juniors 12 pts, Northfield B 9 pts, Hill Street B 5 pts",
]
FOOT = ["Terms of Use Privacy Policy", "© 2025 County Courier"]
HEADLINES = ["Council approves new cycling lanes along the river path",
             "Harbour ferry fares to rise by ten percent in May",
             "Record crowd watches the final day of the regatta",
             "New library wing opens with a story room for children",
             "School bus routes to change after the summer holidays",
             "Farmers market moves to the square for the summer season",
             "Local bakery wins a national prize for its rye bread"]


def test_a_results_page_keeps_its_results():
    text = "\n".join(HEAD + RESULTS + FOOT) + "\n"
    result = boilerstrip.clean_and_explain(text, language="en")
    assert all(line in result.text for line in RESULTS)
    assert "Privacy Policy" not in result.text and "Subscribe" not in result.text


def test_a_short_fragment_block_is_not_taken_for_a_body():
    text = "\n".join(HEAD + RESULTS[:2] + FOOT) + "\n"
    out = boilerstrip.clean(text, language="en")
    assert RESULTS[1] not in out  # (less text than a page's body: left to the usual settling)


def test_a_page_of_navigation_only_does_not_keep_its_menu():
    # Sixty category links, well over the size of a body and with no rule hit among them:
    # without the menu check they would be taken for the page's body.
    menu = [f"{kind} {item}" for kind in ("Women's", "Men's", "Kids'", "Outdoor", "Vintage")
            for item in ("Jackets", "Knitwear", "Denim", "Dresses", "Shirts", "Trousers",
                         "Shoes", "Boots", "Bags", "Scarves", "Hats", "Belts")]
    text = "\n".join(["Winter Collection"] + menu + FOOT) + "\n"
    out = boilerstrip.clean(text, language="en")
    assert "Vintage Scarves" not in out and "Outdoor Denim" not in out


def test_an_advertisement_between_two_halves_does_not_cut_the_body_in_two():
    text = "\n".join(HEAD + RESULTS[:5] + ["Advertisement"] + RESULTS[5:] + FOOT) + "\n"
    out = boilerstrip.clean(text, language="en")
    assert all(line in out for line in RESULTS)
    assert "Advertisement" not in out


def test_an_error_page_keeps_no_list_as_its_body():
    text = "\n".join(["Oops! That page can't be found.", "Home"] + HEADLINES + FOOT) + "\n"
    out = boilerstrip.clean(text, language="en")
    assert not any(h in out for h in HEADLINES)


def test_a_listing_of_headlines_and_bylines_is_not_a_body():
    # Headline, byline, headline, byline...: one-line blocks between drops are teasers, and
    # chaining them made a tag page's listing (and the menu above it) a "body".
    listing = [line for head in HEADLINES for line in (head, "By Ana Ferreira")]
    text = "\n".join(["Tag: harbour", "Home", "News", "Sport"] + listing + FOOT) + "\n"
    out = boilerstrip.clean(text, language="en")
    assert not any(head in out for head in HEADLINES) and "Sport" not in out


def test_a_404_line_inside_an_article_costs_nothing():
    article = ["How to read HTTP status codes with curl",
               "Run curl with the -I flag to print only the response headers of a request.",
               "For a page that does not exist the first header line shows the status:",
               "404",
               "Page not found",
               "A 200 means the request worked, and anything starting with 5 is the server's fault."]
    text = "\n".join(article) + "\n"
    assert boilerstrip.clean(text, language="en") == text


def test_chinese_lyrics_with_no_sentence_are_the_page_s_body():
    # Review 34: a song's lyrics in Chinese, lines of eight characters without punctuation,
    # made no line of running text, and the largest group of undecided lines (160
    # characters) was under the 300 characters a body needs: the whole page went. Chinese and
    # Japanese lines count as the Latin text their words would make.
    verses = ["春风吹过小桥边", "柳枝轻轻拂水面", "你说等我回来时", "桃花开满那座山",
              "我走过很多城市", "看过很多的离别", "却总在梦里回到", "你站在雨中等我",
              "春风啊春风", "请把我的话带走", "告诉她我还记得", "那年桃花的温柔",
              "如果有一天我老去", "忘了回家的路口", "只要春风还会吹", "我就知道你还在"]
    text = "\n".join(["《春风小桥》歌词", ""] + verses[:4] + [""] + verses[4:8] + [""]
                     + verses[8:12] + [""] + verses[12:] + ["", "Copyright © 2024 All rights reserved."]) + "\n"
    kept = boilerstrip.clean(text, language="zh").splitlines()
    assert all(v in kept for v in verses)
