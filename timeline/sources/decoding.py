"""Bytes to text: byte-order marks, strict UTF-8, then charset-normalizer; binary files refused.

Why: scraped collections hold Latin-1 and UTF-16 files, PDFs renamed to .txt and images; each
must become either clean text or a one-line reason, never a crash or mojibake passed on silently.
"""

from __future__ import annotations

import codecs
import logging
import re
import unicodedata
from dataclasses import dataclass

from timeline.sources.kinds import SkipKind

logger = logging.getLogger(__name__)

#: Leading bytes of common binary formats, and the name a user recognises.
MAGIC_NUMBERS: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF"),
    (b"PK\x03\x04", "a ZIP archive (or DOCX/ODT/EPUB)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document (DOC/XLS)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"BM", "a BMP image"),
    (b"\x1f\x8b", "a gzip archive"),
    *((b"BZh%d1AY&SY" % level, "a bzip2 archive") for level in range(1, 10)),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "an executable"),
    *((b"ID3%c\x00" % version, "an MP3 file") for version in (2, 3, 4)),
    (b"OggS", "an Ogg file"),
    (b"SQLite format 3\x00", "an SQLite database"),
)

#: Byte-order marks, longest first (UTF-32 LE starts like UTF-16 LE).
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

SNIFF_BYTES = 8192
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\ufeff\ufffe]")
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85]")


@dataclass(frozen=True)
class Decoded:
    """Text decoded from bytes, or why it could not be (``problem`` is "kind: detail")."""

    text: str = ""
    encoding: str = ""
    problem: str | None = None
    problem_kind: SkipKind | None = None
    warnings: tuple[str, ...] = ()


def binary_kind(head: bytes) -> str | None:
    """What binary format ``head`` (the first bytes of a file) looks like, or None for text."""
    for magic, name in MAGIC_NUMBERS:
        if head.startswith(magic):
            if magic == b"BM" and not _looks_like_bmp(head):
                continue
            return f"looks like {name} ({_printable(magic[:4])} header)"
    if _bom_encoding(head):
        return None
    sample = head[:SNIFF_BYTES]
    if b"\x00" in sample and _utf16_without_bom(sample) is None:
        return f"contains NUL bytes ({sample.count(0)} in the first {len(sample):,} bytes)"
    return None


def _printable(data: bytes) -> str:
    return "".join(chr(b) if 32 <= b < 127 else f"\\x{b:02x}" for b in data)


def _looks_like_bmp(head: bytes) -> bool:
    """ "BM" also starts ordinary words; a real BMP has its header size at offset 14."""
    return len(head) > 18 and head[14:18] in (b"\x28\x00\x00\x00", b"\x0c\x00\x00\x00")


def _bom_encoding(data: bytes) -> str | None:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return encoding
    return None


def _utf16_without_bom(sample: bytes) -> str | None:
    """UTF-16 text without a BOM has NUL in every other byte for Latin-script text."""
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) == 0:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes) -> Decoded:
    """Decode ``data``: a BOM decides, then strict UTF-8, then charset-normalizer's best guess."""
    kind = binary_kind(data[:SNIFF_BYTES])
    if kind:
        return Decoded(problem=f"binary: {kind}", problem_kind=SkipKind.BINARY)
    encoding = _bom_encoding(data) or _utf16_without_bom(data[:SNIFF_BYTES])
    if encoding:
        bom = next((b for b, e in BOMS if e == encoding and data.startswith(b)), b"")
        try:
            return Decoded(normalise_text(data[len(bom) :].decode(encoding)), encoding)
        except UnicodeDecodeError as exc:
            return Decoded(
                problem=f"undecodable: declared {encoding} but byte {exc.start:,} is invalid",
                problem_kind=SkipKind.UNDECODABLE,
            )
    try:
        return Decoded(normalise_text(data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError:
        pass
    western = _as_western(data)
    if western is not None:
        central = _as_central_european(data, western)
        if central is not None:
            note = "encoding: not UTF-8; decoded as cp1250 (Central European text detected)"
            return Decoded(normalise_text(central), "cp1250", warnings=(note,))
        note = "encoding: not UTF-8; decoded as cp1252 (Western European text detected)"
        return Decoded(normalise_text(western), "cp1252", warnings=(note,))
    return _detect(data)


#: Non-ASCII characters a Western European text in cp1252 (or Latin-1) is made of.
_WESTERN_EXTRA = set("€‚„…†‡ˆ‰‹›‘’“”•–—˜™¡¢£¥§¨©ª«¬®°±²³´µ¶·¸¹º»¼½¾¿×÷ŠšŒœŽžŸ")
#: Above this share of non-ASCII letters it is not a Latin-script text misread as cp1252
#: (Cyrillic or Greek bytes decode to runs of accented Latin letters).
WESTERN_MAX_ACCENTED = 0.3


def _as_western(data: bytes) -> str | None:
    """``data`` decoded as cp1252 when it reads as Western European text, else None.

    Why first: all the project's languages (en, de, pt, es, fr, it, nl, id) are written in
    cp1252, and charset-normalizer guesses poorly on short texts (cp775 for Portuguese).
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = accented = 0
    for ch in text:
        if ch.isascii():
            letters += ch.isalpha()
        elif ch.isalpha() and ("\u00c0" <= ch <= "\u00ff" or ch in _WESTERN_EXTRA):
            letters += 1
            accented += 1
        elif ch not in _WESTERN_EXTRA and ch != "\u00a0":
            return None
    if letters == 0 or accented > WESTERN_MAX_ACCENTED * letters:
        return None
    return text


#: What Czech, Polish or Slovak letters look like when cp1250 bytes are read as cp1252:
#: symbols inside or after words ("przyby³y" for "przybyły", "powiedzia³"; "m³" is a unit),
#: "ì", "ù", "ò" inside words
#: ("dìkuji" for "děkuji"; Italian writes them only at the end of a word), "ð" and "þ".
_CENTRAL_IN_CP1252 = re.compile(
    r"[ðÐþÞ]|(?<=[^\W\d_]{2})[³¹¿¾¼¥ª¦º]|(?<=[^\W\d_])[³¹¿¾¼¥ª¦º](?=[^\W\d_])"
    r"|[ìùòÌÙÒ](?=[^\W\d_])"
)
#: "ø" for Czech "ř" counts only in a text without Danish and Norwegian "å" and "æ".
_CZECH_R_IN_CP1252 = re.compile(r"[øØ]")
_NORDIC = re.compile(r"[åÅæÆ]")
#: And what Western text looks like when its cp1252 bytes are read as cp1250: Portuguese "não"
#: becomes "năo", French "à" becomes "ŕ", Spanish "año" becomes "ańo", "õ" becomes "ő".
_WESTERN_IN_CP1250 = re.compile(r"[ăŕőĂŔŐĺĹ]|(?<=[^\W\d_])ń(?=[aeiouáéíóú])")
#: Fewer signs than this are left to cp1252: one odd letter is a foreign name, not a text.
CENTRAL_MIN_SIGNS = 2


def _as_central_european(data: bytes, western: str) -> str | None:
    """``data`` decoded as cp1250 when its cp1252 reading shows Central European mojibake.

    Hungarian "ő" and "ű" read as "õ" and "û", which Portuguese and French write: Hungarian
    text is therefore only caught by its other letters.
    """
    signs = len(_CENTRAL_IN_CP1252.findall(western))
    if not _NORDIC.search(western):
        signs += len(_CZECH_R_IN_CP1252.findall(western))
    if signs < CENTRAL_MIN_SIGNS:
        return None
    try:
        central = data.decode("cp1250")
    except UnicodeDecodeError:
        return None
    if len(_WESTERN_IN_CP1250.findall(central)) >= signs:
        return None
    return central


def _detect(data: bytes) -> Decoded:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return Decoded(
            problem="undecodable: no text encoding fits (charset-normalizer found none)",
            problem_kind=SkipKind.UNDECODABLE,
        )
    encoding = str(best.encoding)
    logger.info("decoded as %s (detected)", encoding)
    return Decoded(
        normalise_text(str(best)),
        encoding,
        warnings=(f"encoding: not UTF-8; decoded as {encoding} (detected)",),
    )


def normalise_text(text: str) -> str:
    """One newline convention, NFC, no control characters (they become spaces)."""
    text = _NEWLINES.sub("\n", text.removeprefix("\ufeff"))
    text = _CONTROL.sub(" ", text)
    return unicodedata.normalize("NFC", text)
