"""A page where pass 1 reads no line as running prose (results, listings written in
fragments) keeps its largest undecided block instead of coming out as its headline alone; a
page that is only navigation does not get its menu kept that way."""
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
    menu = ["Women", "Men", "Kids", "Shoes", "Bags", "Jackets", "Dresses", "Knitwear", "Denim",
            "Sale", "New In", "Brands", "Gift Cards", "Stores", "Careers", "Press", "Help",
            "Returns", "Delivery", "Size Guide", "Contact", "Accessibility", "Sitemap",
            "Wishlist", "Sign In", "Register", "Track Order", "Student Discount",
            "Sustainability", "Our Story", "Blog", "Lookbook", "Gift Guide", "Rewards"]
    text = "\n".join(["Page not found"] + ["Home"] + menu * 2 + FOOT) + "\n"
    out = boilerstrip.clean(text, language="en")
    assert "Knitwear" not in out and "Student Discount" not in out
