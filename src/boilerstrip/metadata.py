"""Metadata of one document: title, author, date, site name, URL.

This module only *reads* a pipeline :class:`~boilerstrip.pipeline.Result`: the lines the
filters removed as bylines (``byline.*``) and date stamps (``date.stamp``, ``date.widget``)
become ``author`` and ``date``, and the first kept line becomes ``title`` when it is shaped
like one. The filters stay decision-only; nothing here changes what is kept. For HTML,
trafilatura's metadata (an :class:`~boilerstrip.extract.Page`) comes first and the text
fills the gaps.

Dates are parsed by ``dateparser`` (the one module that imports it), with the document's
language as a hint, and returned as ISO ``YYYY-MM-DD``.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Iterator

from .catalogue import normalise
from .features import CJK_OR_HANGUL
from .labels import Label

if TYPE_CHECKING:
    from .extract import Page
    from .pipeline import Result

#: Words that introduce a byline, in the languages the catalogues cover (and a few more).
#: Longest first, so that "written by" wins over "by".
_BYLINE_LABEL = re.compile(
    r"^\s*(?:(?:written|posted|published|reported|compiled|edited|reviewed|words|story|text|"
    r"report|fact[- ]checked|medically reviewed)\s+by|by|von|text|autor(?:in)?|verfasst von|"
    r"ein (?:beitrag|artikel) von|par|rédigé par|publié par|auteur|por|escrito por|publicado por|"
    r"di|a cura di|scritto da|door|geschreven door|przez|autor|av|af|автор|от|текст|"
    r"author|authors|writer)\s*[:：,]?\s+",
    re.IGNORECASE,
)
#: Role words after a name ("Jane Roe, Staff Writer", "홍길동 기자") and agency names that
#: stand in a byline without being the author.
_ROLE_WORDS = frozenset("""
staff writer reporter correspondent editor editors senior chief contributing contributor
columnist photographer associate managing desk bureau team newsroom wire wires agencies agency
press associated reuters afp ap dpa efe ansa anp pap tass yonhap kyodo xinhua
redakteur redakteurin korrespondent korrespondentin redaktion journalist journalistin
journaliste rédacteur rédactrice envoyé envoyée spécial spéciale correspondant correspondante
redactor redactora corresponsal periodista redacción giornalista inviato inviata corrispondente
redactie verslaggever correspondent dziennikarz dziennikarka korespondent
jornalista repórter correspondente corrispondente cpa phd md mba
admin administrator webmaster guest anonymous user
""".split())
_ROLE_SUFFIX_CJK = re.compile(r"\s*(기자|특파원|선임기자|논설위원|객원기자|記者|特派員|编辑|編集部?)$")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_BRACKETS = re.compile(r"\s*[\[(<{][^\])>}]*[\])>}]")
_SEPARATORS = re.compile(r"\s+[|–—•·]\s*|\s+-\s+|\s*\|\s*")
#: Between two names: a comma, '&', or "and" in a few languages (one-letter ones only in
#: lower case, so that an initial such as "E." or "I" stays part of the name).
_AND = re.compile(r"\s*[,&]\s*|\s+(?:(?i:and|und|et|en|oraz)|y|e|i|и)\s+")
_NAME_WORD = re.compile(r"^[^\W\d_][\w'’.-]*$")
# (Hangul included, unlike features._CJK: names and titles here count Korean by characters too.)
_CJK = CJK_OR_HANGUL
_DATE_SEPARATORS = re.compile(r"\s*[|•·]\s*")
_UPDATED = re.compile(
    r"\b(updated|last updated|modified|last modified|aktualisiert|zuletzt aktualisiert|geändert|"
    r"mis à jour|modifié|actualizado|modificado|atualizado|aggiornato|modificato|bijgewerkt|"
    r"aangepast|zaktualizowano|aktualizacja|обновлено|изменено)\b|수정|최종수정|업데이트|更新",
    re.IGNORECASE,
)
#: dateparser: absolute dates only ("3 hours ago" depends on when the page was scraped).
_DATE_SETTINGS = {
    "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
    "REQUIRE_PARTS": ["day", "month", "year"],
    "DATE_ORDER": "DMY",  # "12/03/2024" is 12 March outside the US; dateparser still reads 09/14 as M/D
}
#: A title is a short line: at most this many words (CJK: characters / 2) ...
TITLE_MAX_WORDS = 25
#: ... and at most this many characters.
TITLE_MAX_CHARS = 200
#: How many leading words of a date line may be a label ("Mis à jour le", "Published on").
_DATE_LABEL_WORDS = 5


@dataclass(frozen=True)
class Metadata:
    """What is known about a document; ``None`` when unknown."""

    title: str | None = None
    author: str | None = None
    date: str | None = None  #: ISO 8601 date, ``YYYY-MM-DD``
    sitename: str | None = None
    url: str | None = None

    def to_dict(self) -> dict[str, str | None]:
        return asdict(self)


def extract(result: Result, page: Page | None = None) -> Metadata:
    """Metadata of a cleaned document: the HTML page's first, then what its removed lines say."""
    if page is None:
        return Metadata(title=title(result), author=author(result), date=date(result))
    return Metadata(  # (the text's own values only where the page has none: dates parse slowly)
        title=_clean_value(page.title) or title(result),
        author=_clean_value(page.author) or author(result),
        date=_iso(page.date, result.language) if page.date else date(result),
        sitename=_clean_value(page.sitename),
        url=_clean_value(page.url),
    )


def _clean_value(value: str | None) -> str | None:
    return (normalise(value) or None) if value else None


# --- title -----------------------------------------------------------------------------------

def title(result: Result) -> str | None:
    """The first kept line, when it is shaped like a title: short, no closing period or
    colon, and followed by more kept text. A duplicated title is one title (the pipeline
    drops the repeat; here the first kept line is the only candidate anyway)."""
    kept = _kept_lines(result)
    first = next(kept, None)
    if first is None or next(kept, None) is None:
        return None
    text = first[1].strip()
    if len(text) > TITLE_MAX_CHARS:  # before counting words: a first line may be 100 MB long
        return None
    words = len(_CJK.findall(text)) // 2 + len(_CJK.sub(" ", text).split())
    if (words > TITLE_MAX_WORDS or text[-1] in ".。:：;；,，"
            or text[0] in "-*•·–—>"):
        return None
    return text


def _kept_lines(result: Result) -> Iterator[tuple[int, str]]:
    """(index, line) of the lines with text that the pipeline kept, in order."""
    for i, (line, verdict) in enumerate(zip(result.lines, result.verdicts)):
        if line.strip() and (verdict is None or verdict.label is not Label.DROP):
            yield i, line


# --- author ----------------------------------------------------------------------------------

def author(result: Result) -> str | None:
    """The author named by the first byline the pipeline removed (``byline.*`` except
    ``byline.credit``). A bare label ("Written by") takes the name on the next removed line."""
    removed = result.removed
    for k, r in enumerate(removed):
        family, _, kind = r.rule_id.partition(".")
        if family != "byline" or kind == "credit":
            continue
        name = normalise_author(r.text)
        if name is None and k + 1 < len(removed) and removed[k + 1].line_number <= r.line_number + 2:
            name = normalise_author(removed[k + 1].text, labelled=False)
        if name:
            return name
    return None


def normalise_author(line: str, labelled: bool = True) -> str | None:
    """"BY CHOI MIN-SEO [choi.minseo@example.com]" -> "Choi Min-seo"; "Von Anna Schmidt und
    Jan Müller | 14.09.2023" -> "Anna Schmidt, Jan Müller"; "Jane Roe, Staff Writer" ->
    "Jane Roe". ``None`` when no name is left (a bare "Written by")."""
    text = _EMAIL.sub(" ", line)
    text = _BRACKETS.sub(" ", text).strip()
    if labelled:
        text = _BYLINE_LABEL.sub("", text + " ", count=1).strip()
    text = _SEPARATORS.split(text, maxsplit=1)[0].strip(" ,;:")
    names: list[str] = []
    for part in _AND.split(text):
        name = _name(part)
        if name and name not in names:
            names.append(name)
    return ", ".join(names) or None


def _name(part: str) -> str | None:
    part = _ROLE_SUFFIX_CJK.sub("", part.strip())
    if _CJK.search(part):
        return part.strip() or None
    words = part.split()
    while words and words[-1].casefold().strip(".") in _ROLE_WORDS:
        words.pop()
    if not words or len(words) > 5 or not all(_NAME_WORD.match(w) for w in words):
        return None
    if not any(w[0].isupper() for w in words):
        return None  # "by the end of the year" is not a name
    if all(w.isupper() for w in words if any(c.isalpha() for c in w)):
        words = [_capitalise(w) for w in words]
    return " ".join(words)


def _capitalise(word: str) -> str:
    """An all-capitals word as a name: first letter up, the rest down ("HO-JEONG" ->
    "Ho-jeong", the romanised Korean form); "O'" and "D'" prefixes keep the next letter up."""
    word = word[:1].upper() + word[1:].lower()
    if len(word) > 2 and word[1] in "'’":
        word = word[:2] + word[2:3].upper() + word[3:]
    return word


# --- date ------------------------------------------------------------------------------------

def date(result: Result) -> str | None:
    """The publication date from the removed date stamps, as ``YYYY-MM-DD``.

    ``date.stamp`` lines count wherever they stand; a ``date.widget`` line counts only below
    the first kept line (a post stamp under the headline), since above it it is the site's
    "today" widget. A publication stamp wins over an "Updated" one; relative dates ("3 hours
    ago") and reading times are not dates."""
    first_kept = next((i for i, _ in _kept_lines(result)), len(result.lines))
    published: str | None = None
    updated: str | None = None
    for r in result.removed:
        if r.rule_id == "date.widget" and r.line_number - 1 < first_kept:
            continue
        if r.rule_id not in ("date.stamp", "date.widget"):
            continue
        iso = parse_date(r.text, result.language)
        if iso is None:
            continue
        if _UPDATED.search(r.text):
            updated = updated or iso
        else:
            published = published or iso
            break
    return published or updated


def parse_date(line: str, language: str = "und") -> str | None:
    """The first absolute date in a date-stamp line, as ``YYYY-MM-DD``: the line is split at
    '|' and bullets, and up to a few leading label words ("Published:", "Mis à jour le") are
    skipped until ``dateparser`` reads the rest."""
    parts = _DATE_SEPARATORS.split(line)
    label, colon, rest = line.partition("：" if "：" in line else ":")
    if colon and not any(c.isdigit() for c in label):  # "公開日：2023年9月14日": no spaces
        parts.append(rest)
    for part in parts:
        words = part.split()
        for skip in range(min(_DATE_LABEL_WORDS, max(len(words) - 1, 0)) + 1):
            iso = _iso(" ".join(words[skip:]), language)
            if iso is not None:
                return iso
    return None


def _iso(text: str, language: str) -> str | None:
    text = text.strip(" :,")
    if not text or not any(c.isdigit() for c in text):
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return text  # trafilatura's dates are ISO already
    import dateparser

    languages = None if language in ("und", "") else list(dict.fromkeys([language, "en"]))
    try:
        parsed = dateparser.parse(text, languages=languages, settings=_DATE_SETTINGS)
    except Exception:  # dateparser on odd input (a language it lacks, overflow): no date
        return None
    return parsed.date().isoformat() if parsed is not None else None
