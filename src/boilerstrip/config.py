"""The one frozen configuration object. Every knob has a named default and a reason."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

#: Lines at most this long (characters) are "short": too little text to judge alone.
SHORT_CHARS_DEFAULT = 40
#: A Chinese or Japanese line with fewer words than this (CJK characters / cjk_chars_per_word)
#: is "short"; 40 characters would be a long sentence there.
SHORT_WORDS_CJK_DEFAULT = 10
#: A Korean line (mostly Hangul: no stoplist, and each word carries its particles) with fewer
#: words than this is "short"; with this many and a sentence end it reads as a sentence, and
#: with HANGUL_LONG_WORDS as running prose.
SHORT_WORDS_HANGUL_DEFAULT = 5
HANGUL_LONG_WORDS_DEFAULT = 12
#: Lines at least this long, with prose features, are taken as content on their own.
LONG_CHARS_DEFAULT = 110
#: Share of stopwords above which a line reads as running prose (jusText uses 0.30 / 0.32).
STOPWORDS_HIGH_DEFAULT = 0.30
#: Below this share of stopwords a medium line reads as a label or a list of names.
STOPWORDS_LOW_DEFAULT = 0.12
#: CJK text has no spaces: this many CJK characters count like one word of a spaced script.
CJK_CHARS_PER_WORD_DEFAULT = 1.6
#: A rule pattern only applies to lines up to this length unless the rule says otherwise.
RULE_MAX_CHARS_DEFAULT = 200
#: Lines in the first / last this-many non-blank lines are the "edges" (widgets live there).
EDGE_LINES_DEFAULT = 4
#: A run started by a heading such as "Related articles" ends at the first line this long.
RUN_END_CHARS_DEFAULT = 100
#: A run takes at most this many lines: related lists are a handful of teasers, not pages.
RUN_MAX_LINES_DEFAULT = 24
#: The first line under a run heading goes with it even as prose, up to this length (an author
#: box's bio, a teaser's first snippet).
RUN_FIRST_MAX_CHARS_DEFAULT = 400
#: Under a related heading whose list prose ended, a grid of teaser cards goes on: each card
#: a teaser of at most TEASER_MAX_CHARS between 2 to 5 short lines (kicker, headline, source),
#: the cards alike in size, at least TEASER_MIN_CARDS of them.
TEASER_MAX_CHARS_DEFAULT = 300
TEASER_MIN_CARDS_DEFAULT = 3
#: A line equal to one of the previous this-many non-blank lines is a duplicate.
REPEAT_WINDOW_DEFAULT = 2
#: Share of a document's characters in prose lines above which it is "mostly article"
#: (an extractor's output): there, undecided lines lean to keep.
DENSE_PROSE_DEFAULT = 0.55
#: Main region (maximum-sum run of lines): a kept prose or code line counts its characters, any
#: other kept line a fifth of them, and each dropped line this much against. Outside the best
#: run, short kept lines go, and paragraphs far from it (below). 40 is about a short sentence:
#: the article is not split by a widget or two, but menus and footers far from it fall outside.
REGION_DROP_WEIGHT_DEFAULT = 40.0
REGION_SHORT_SHARE_DEFAULT = 0.2
#: A run of lines beside the article's that weighs at least this share of it is article too.
REGION_SECOND_SHARE_DEFAULT = 0.3
#: A paragraph outside the article's run goes when at least this many dropped lines part it
#: from the article (a teaser or a comment); nearer, it stays (a lead above a share bar). The
#: lines of a "Related articles" list do not count: below one, the article may go on.
REGION_FAR_LINES_DEFAULT = 10
#: Hard-wrapped text (e-mail, plain-text archives, preformatted blocks): a line at least this
#: long that breaks off mid-sentence, followed by a line that goes on in lower case, is part of
#: a paragraph, which is judged as a whole.
WRAP_MIN_CHARS_DEFAULT = 40
#: Pass 2 looks through at most this many firm rule drops to find a line's decided neighbour
#: (consecutive drops of one rule, such as a gallery's photo credits, count as one).
SEE_THROUGH_DEFAULT = 3
#: Cleaning repeats on its own output until it is stable (a pass that changes anything removes
#: a line, so this ends); the cap only bounds pathological inputs.
MAX_PASSES_DEFAULT = 32
#: A block of unsure lines this long or longer, mostly menu-like (few words, no sentence end,
#: capitalised), is a menu even when it touches content.
MENU_MIN_LINES_DEFAULT = 4
#: ... "mostly" means at least this share of its lines.
MENU_SHARE_DEFAULT = 0.7
#: A related-list heading or comment-section line past this share of a document's lines
#: ends the article: all that follows is dropped.
TAIL_FROM_DEFAULT = 0.6
#: ... unless the running text below that line is more than this many times the text above it:
#: then the widget stands above the article (comment threads on the dev slice run to 2.4x).
TAIL_ARTICLE_RATIO_DEFAULT = 4.0
#: This many consecutive lines of at least ``repeat_block_chars`` characters, printed again in
#: the same order further down, are a repeated block: the later copies go.
REPEAT_BLOCK_LINES_DEFAULT = 3
REPEAT_BLOCK_CHARS_DEFAULT = 80
#: A references heading ("References", "Footnotes", "Works cited") past this share of a
#: document's lines opens its end matter: the citations under it go, to the end of the
#: document or until the article's prose resumes.
ENDMATTER_FROM_DEFAULT = 0.5
#: Reader comments ("Thanks for sharing!", "Great post, Anna.") are looked for past this share
#: of a document's lines; two comment-like lines close together open the comment section.
COMMENTS_FROM_DEFAULT = 0.4
#: ... "close together" means at most this many non-blank lines apart.
COMMENTS_SPAN_DEFAULT = 10
#: This many consecutive lines starting with the same words (not sentences) are template links.
TEMPLATE_MIN_LINES_DEFAULT = 4
#: ... "the same words" means the first this-many words.
TEMPLATE_WORDS_DEFAULT = 3
#: Past the last paragraph, an undecided block runs into the page's tail when this many lines
#: or more are still below it (an extractor's short leftovers are not a page tail).
TAIL_REST_LINES_DEFAULT = 10
#: A table of contents lists at least this many entries: fewer lines under its heading before
#: the article's prose are the article itself (an extractor dropped the list).
TOC_MIN_ENTRIES_DEFAULT = 3
#: Fewer lines than this under a references heading, none numbered ("1.", "[2]") or with a
#: citation mark (a link, a year in brackets, "et al."), are no reference list: they stay.
REFS_MIN_ENTRIES_DEFAULT = 3
#: A page where pass 1 kept no running text keeps its largest group of undecided blocks when
#: it holds at least this many characters (a results table, a listing written in fragments).
SOLE_BLOCK_CHARS_DEFAULT = 300
#: Grids of cards: a short label (at most this many characters) recurring at least
#: GRID_MIN_CARDS times, every 2 to GRID_MAX_PERIOD lines, past this share of the prose,
#: in a stretch with at most this share of its text in sentences.
GRID_LABEL_CHARS_DEFAULT = 60
GRID_MIN_CARDS_DEFAULT = 3
GRID_MAX_PERIOD_DEFAULT = 8
GRID_AFTER_PROSE_DEFAULT = 0.8
GRID_MAX_SENTENCE_SHARE_DEFAULT = 0.3
#: langdetect sees at most this many characters of body text (it is costly per character).
DETECT_MAX_CHARS_DEFAULT = 1000
#: Fewer letters than this and the language is "und": detection on a few words is noise.
DETECT_MIN_LETTERS_DEFAULT = 20


@dataclass(frozen=True)
class Config:
    """Options of one cleaning run. Build with ``Config(...)`` or ``Config.from_options(**kw)``."""

    #: Force a language (ISO 639-1, e.g. "de") instead of detecting it; None detects.
    language: str | None = None
    #: Repair mojibake, entities and control characters with ftfy (conservatively).
    repair: bool = True
    #: Rule ids (e.g. "share.widget") or whole categories (e.g. "share") that never drop a line.
    disable: frozenset[str] = field(default_factory=frozenset)
    #: Extra rules (project configuration): keep rules protect lines, drop rules remove them.
    extra_rules: tuple[Any, ...] = ()
    short_chars: int = SHORT_CHARS_DEFAULT
    short_words_cjk: int = SHORT_WORDS_CJK_DEFAULT
    short_words_hangul: int = SHORT_WORDS_HANGUL_DEFAULT
    hangul_long_words: int = HANGUL_LONG_WORDS_DEFAULT
    long_chars: int = LONG_CHARS_DEFAULT
    stopwords_high: float = STOPWORDS_HIGH_DEFAULT
    stopwords_low: float = STOPWORDS_LOW_DEFAULT
    cjk_chars_per_word: float = CJK_CHARS_PER_WORD_DEFAULT
    rule_max_chars: int = RULE_MAX_CHARS_DEFAULT
    edge_lines: int = EDGE_LINES_DEFAULT
    run_end_chars: int = RUN_END_CHARS_DEFAULT
    run_max_lines: int = RUN_MAX_LINES_DEFAULT
    run_first_max_chars: int = RUN_FIRST_MAX_CHARS_DEFAULT
    teaser_max_chars: int = TEASER_MAX_CHARS_DEFAULT
    teaser_min_cards: int = TEASER_MIN_CARDS_DEFAULT
    repeat_window: int = REPEAT_WINDOW_DEFAULT
    dense_prose: float = DENSE_PROSE_DEFAULT
    region_drop_weight: float = REGION_DROP_WEIGHT_DEFAULT
    region_short_share: float = REGION_SHORT_SHARE_DEFAULT
    region_second_share: float = REGION_SECOND_SHARE_DEFAULT
    region_far_lines: int = REGION_FAR_LINES_DEFAULT
    wrap_min_chars: int = WRAP_MIN_CHARS_DEFAULT
    see_through: int = SEE_THROUGH_DEFAULT
    max_passes: int = MAX_PASSES_DEFAULT
    menu_min_lines: int = MENU_MIN_LINES_DEFAULT
    menu_share: float = MENU_SHARE_DEFAULT
    tail_from: float = TAIL_FROM_DEFAULT
    tail_article_ratio: float = TAIL_ARTICLE_RATIO_DEFAULT
    comments_from: float = COMMENTS_FROM_DEFAULT
    endmatter_from: float = ENDMATTER_FROM_DEFAULT
    repeat_block_lines: int = REPEAT_BLOCK_LINES_DEFAULT
    repeat_block_chars: int = REPEAT_BLOCK_CHARS_DEFAULT
    comments_span: int = COMMENTS_SPAN_DEFAULT
    template_min_lines: int = TEMPLATE_MIN_LINES_DEFAULT
    template_words: int = TEMPLATE_WORDS_DEFAULT
    tail_rest_lines: int = TAIL_REST_LINES_DEFAULT
    toc_min_entries: int = TOC_MIN_ENTRIES_DEFAULT
    refs_min_entries: int = REFS_MIN_ENTRIES_DEFAULT
    sole_block_chars: int = SOLE_BLOCK_CHARS_DEFAULT
    grid_label_chars: int = GRID_LABEL_CHARS_DEFAULT
    grid_min_cards: int = GRID_MIN_CARDS_DEFAULT
    grid_max_period: int = GRID_MAX_PERIOD_DEFAULT
    grid_after_prose: float = GRID_AFTER_PROSE_DEFAULT
    grid_max_sentence_share: float = GRID_MAX_SENTENCE_SHARE_DEFAULT
    detect_max_chars: int = DETECT_MAX_CHARS_DEFAULT
    detect_min_letters: int = DETECT_MIN_LETTERS_DEFAULT

    @classmethod
    def from_options(cls, **options: Any) -> "Config":
        """Build a config from keyword options, refusing unknown names with a helpful error."""
        from .errors import OptionError

        known = {f for f in cls.__dataclass_fields__}
        unknown = sorted(set(options) - known)
        if unknown:
            raise OptionError(
                f"unknown option(s) {', '.join(unknown)}; known options: {', '.join(sorted(known))}"
            )
        if "disable" in options:
            options["disable"] = frozenset(options["disable"] or ())
        return cls(**options)

    def replace(self, **changes: Any) -> "Config":
        return replace(self, **changes)


DEFAULT_CONFIG = Config()
