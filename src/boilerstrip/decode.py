"""Bytes to text. Charset detection goes through charset-normalizer (the only importer)."""
from __future__ import annotations

import codecs
from dataclasses import dataclass

from .errors import BinaryInputError, InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    bom: bool = False


def decode(data: bytes, name: str = "<input>") -> Decoded:
    """Decode ``data`` to text. UTF-8 (with or without BOM) is read as is; a UTF-16/32 BOM is
    honoured; anything else goes to charset detection. Binary data raises BinaryInputError."""
    if not data:
        return Decoded("", "utf-8")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding), encoding.replace("-sig", ""), bom=True)
            except UnicodeDecodeError as exc:
                raise InputError(f"{name}: starts with a {encoding} byte-order mark but does "
                                 f"not decode as {encoding} ({exc.reason})", name) from exc
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        # NUL bytes are valid UTF-8, but text does not hold them: either binary, or UTF-16/32
        # without a BOM whose characters are all below U+0080 / in U+0100..U+7FFF byte ranges
        # (English or Russian UTF-16-LE is valid "UTF-8"). Detection tells the two apart.
        if "\x00" not in text:
            return Decoded(text, "utf-8")
        if not _wide_text_shaped(data):
            raise _binary(name)
    text, encoding = _detect(data, name)
    if "\x00" in text:
        raise _binary(name)
    return Decoded(text, encoding)


def _binary(name: str) -> BinaryInputError:
    return BinaryInputError(f"{name}: contains NUL bytes, looks binary; skipped "
                            "(pass text files only, or exclude it with --glob)", name)


def _wide_text_shaped(data: bytes) -> bool:
    """Whether NUL bytes sit where UTF-16/32 without a byte-order mark puts them: UTF-32, or
    UTF-16 of Latin text, is mostly NULs; UTF-16 of other scripts has its NULs (the high byte
    of spaces and punctuation) all on even or all on odd offsets. A few NULs anywhere in a
    short or irregular file are binary data, not text."""
    nuls = data.count(0)
    if len(data) < 64:
        return False
    if nuls >= len(data) // 2:
        return True
    one_side = data[1::2].count(0) == 0 or data[0::2].count(0) == 0  # all even, or all odd
    return one_side and nuls >= len(data) * 0.04


#: When charset detection finds several encodings equally plausible (same chaos, same
#: coherence), take the first of these that is among them: the Western encodings that
#: web pages actually use (WHATWG decodes "latin-1" as windows-1252 too). Without it a
#: French cp1252 file came out as cp1250, turning "è" into "č".
PREFERRED_ON_TIES = ("cp1252", "latin_1", "iso8859_15", "cp1251", "koi8_r", "gb18030",
                     "cp932", "euc_jp", "big5", "euc_kr")


def _detect(data: bytes, name: str) -> tuple[str, str]:
    """(text, encoding) as charset-normalizer reads ``data``; BinaryInputError if it cannot."""
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise BinaryInputError(f"{name}: not text in any encoding charset detection knows; "
                               "skipped (is it binary?)", name)
    # each match also lists the encodings that decode these bytes to the very same text
    tied = {e: m for m in matches if m.chaos == best.chaos and m.coherence == best.coherence
            for e in (m.encoding, *m.could_be_from_charset)}
    encoding = next((e for e in PREFERRED_ON_TIES if e in tied), best.encoding)
    return str(tied.get(encoding, best)), encoding
