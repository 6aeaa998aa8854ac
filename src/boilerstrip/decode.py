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
        if "\x00" in text:
            raise BinaryInputError(f"{name}: contains NUL bytes, looks binary; skipped "
                                   "(pass text files only, or exclude it with --glob)", name)
        return Decoded(text, "utf-8")
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise BinaryInputError(f"{name}: not text in any encoding charset detection knows; "
                               "skipped (is it binary?)", name)
    text = str(best)
    if "\x00" in text:
        raise BinaryInputError(f"{name}: contains NUL characters, looks binary; skipped", name)
    return Decoded(text, best.encoding)
