"""Adapter for ftfy: the only module that imports it. Repairs broken text, conservatively.

Repaired: mojibake, HTML entities, C1 and other control characters, terminal escapes, lossy
sequences. Left alone (valid typography): curly quotes, ligatures, full-width CJK characters,
Unicode normalisation form (NFC would rewrite a clean article's bytes), and line breaks
(split by the pipeline itself, so CRLF can be preserved by the writer).
"""
from __future__ import annotations

import re
from functools import lru_cache

# Text with none of these is left untouched without calling ftfy: a fast path for clean text.
# Non-ASCII characters that mojibake is made of, '&' (entities), control and escape characters.
_SUSPECT = re.compile(
    "[&\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00c2-\u00c3\u00c5\u00ce-\u00d0\u00e2\u00ef\ufffd]"
)


@lru_cache(maxsize=1)
def _fixer():  # imported lazily: ftfy costs start-up time a --check run may not need
    import ftfy

    config = ftfy.TextFixerConfig(
        unescape_html="auto",  # entities only where the text is not itself HTML markup
        remove_terminal_escapes=True,
        fix_encoding=True,
        restore_byte_a0=True,
        replace_lossy_sequences=True,
        decode_inconsistent_utf8=True,
        fix_c1_controls=True,
        fix_latin_ligatures=False,  # ligatures are valid typography
        fix_character_width=False,  # full-width CJK punctuation is valid
        uncurl_quotes=False,  # curly quotes are valid
        fix_line_breaks=False,  # the pipeline splits lines; the writer keeps CRLF
        fix_surrogates=True,
        remove_control_chars=True,
        normalization=None,  # keep clean text byte-identical
        explain=False,
    )
    return ftfy.fix_text, config


_LINE_END = re.compile(r"(\r\n|\r|\n)")

#: A repaired line is repaired again (at most this many times in all) until ftfy leaves it as
#: it is: a fix can reveal another ("&\x83\x95" -> "&ƒ•", which reads as mojibake in turn).
_MAX_ROUNDS = 3


def repair(text: str) -> str:
    """Return ``text`` with broken encodings, entities and control characters repaired.

    Lines lose their trailing white space, as the pipeline's line splitting drops it anyway:
    ftfy must see the line that cleaning keeps, or cleaning the output again could repair it
    differently (a trailing no-break space changed how ftfy read "&ƒ•")."""
    if not _SUSPECT.search(text):
        return text
    fix_text, config = _fixer()
    # ftfy works line by line anyway; handing it only the suspect lines saves most of its cost.
    # Lines end where the pipeline ends them (CRLF, LF or a lone CR; the endings are kept):
    # ftfy must see each line alone, or "\x87¢â\r\x80" repaired as one line gives a line
    # "‡¢â" that cleaning the output again repairs into something else.
    lines = _LINE_END.split(text)
    for i in range(0, len(lines), 2):  # (odd items are the line endings)
        line = lines[i]
        if _SUSPECT.search(line):
            out = line.rstrip()
            for _ in range(_MAX_ROUNDS):
                before, out = out, fix_text(out, config).rstrip()
                if out == before or not _SUSPECT.search(out):
                    break  # (ftfy left it alone, or nothing in it can need repair any more)
            lines[i] = out
    return "".join(lines)
