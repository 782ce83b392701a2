"""Bytes to text: BOMs, UTF-8, cp1252 and detected encodings; binary files refused."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.sources.decoding import binary_kind, decode_bytes, normalise_text
from timeline.sources.kinds import SkipKind

GERMAN = (
    "Die Brücke über die Saale wurde am Dienstag für den Verkehr geöffnet, sagte der Bürgermeister."
)
PORTUGUESE = "A ponte foi inaugurada em março, disse o prefeito à imprensa. Não houve feridos."
FRENCH = "Le pont a été inauguré le 3 février, a déclaré le maire à la presse."
RUSSIAN = "Мост открыли во вторник, сказал мэр города журналистам в понедельник."
GREEK = "Η γέφυρα άνοιξε την Τρίτη, είπε ο δήμαρχος της πόλης στους δημοσιογράφους."
INDONESIAN = "Jembatan itu dibuka pada hari Selasa, kata wali kota kepada wartawan."
CZECH = "Most přes řeku otevřeli v úterý, řekl starosta. Děkujeme všem, kteří přijeli."
POLISH = "Most otwarto we wtorek, powiedział burmistrz. Dziękujemy, że przybyliście tłumnie."
ITALIAN = "La città è più bella così: il ponte è stato aperto lunedì, però la strada no."
SPANISH = "El puente se abrió el año pasado, dijo el alcalde. Mañana habrá otra reunión."
UNITS_DE = "Das Becken fasst 300 m³ Wasser, sagte der Ingenieur, und die Brücke hält."
QUESTION_ES = "¿Qué pasó? El puente cayó el año pasado, ¿verdad? Sí, en España."
DANISH = "Broen over åen åbnede på tirsdag, sagde borgmesteren til børn og søskende."


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        pytest.param(INDONESIAN.encode(), INDONESIAN, "utf-8", id="utf8-ascii-id"),
        pytest.param(GERMAN.encode(), GERMAN, "utf-8", id="utf8-de"),
        pytest.param(codecs.BOM_UTF8 + FRENCH.encode(), FRENCH, "utf-8", id="utf8-bom-fr"),
        pytest.param(
            codecs.BOM_UTF16_LE + GERMAN.encode("utf-16-le"),
            GERMAN,
            "utf-16-le",
            id="utf16le-bom-de",
        ),
        pytest.param(
            codecs.BOM_UTF16_BE + PORTUGUESE.encode("utf-16-be"),
            PORTUGUESE,
            "utf-16-be",
            id="utf16be-bom-pt",
        ),
        pytest.param(GERMAN.encode("utf-16-le"), GERMAN, "utf-16-le", id="utf16le-no-bom-de"),
        pytest.param(
            codecs.BOM_UTF32_LE + RUSSIAN.encode("utf-32-le"),
            RUSSIAN,
            "utf-32-le",
            id="utf32le-bom-ru",
        ),
        pytest.param(GERMAN.encode("latin-1"), GERMAN, "cp1252", id="latin1-de"),
        pytest.param(PORTUGUESE.encode("cp1252"), PORTUGUESE, "cp1252", id="cp1252-pt"),
        pytest.param(FRENCH.encode("latin-1"), FRENCH, "cp1252", id="latin1-fr"),
        pytest.param(ITALIAN.encode("cp1252"), ITALIAN, "cp1252", id="cp1252-it"),
        pytest.param(SPANISH.encode("cp1252"), SPANISH, "cp1252", id="cp1252-es"),
        pytest.param(UNITS_DE.encode("cp1252"), UNITS_DE, "cp1252", id="cp1252-de-units"),
        pytest.param(QUESTION_ES.encode("cp1252"), QUESTION_ES, "cp1252", id="cp1252-es-questions"),
        pytest.param(DANISH.encode("cp1252"), DANISH, "cp1252", id="cp1252-da-not-czech"),
        pytest.param(CZECH.encode("cp1250"), CZECH, "cp1250", id="cp1250-cs"),
        pytest.param(POLISH.encode("cp1250"), POLISH, "cp1250", id="cp1250-pl"),
        pytest.param(RUSSIAN.encode("cp1251"), RUSSIAN, "cp1251", id="cp1251-ru-detected"),
        pytest.param(GREEK.encode("cp1253"), GREEK, "cp1253", id="cp1253-el-detected"),
    ],
)
def test_decodes_to_the_original_text(data: bytes, text: str, encoding: str) -> None:
    decoded = decode_bytes(data)
    assert decoded.problem is None
    assert decoded.text == text
    assert decoded.encoding == encoding
    assert bool(decoded.warnings) == (
        encoding not in {"utf-8", "utf-16-le", "utf-16-be", "utf-32-le"}
    )


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        pytest.param(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF", id="pdf"),
        pytest.param(b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "ZIP", id="zip-docx"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG", id="png"),
        pytest.param(b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG", id="jpeg"),
        pytest.param(b"GIF89a\x01\x00\x01\x00", "GIF", id="gif"),
        pytest.param(b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip", id="gzip"),
        pytest.param(b"\x7fELF\x02\x01\x01", "executable", id="elf"),
        pytest.param(b"some text\x00\x00\x01\x02 and \x00 more \x00", "NUL", id="nul-bytes"),
    ],
)
def test_binary_files_are_recognised(head: bytes, expected: str) -> None:
    kind = binary_kind(head)
    assert kind is not None and expected in kind
    decoded = decode_bytes(head)
    assert decoded.problem_kind is SkipKind.BINARY
    assert decoded.problem and decoded.problem.startswith("binary: ")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("BMW hat am Montag neue Zahlen vorgelegt.", id="de-starts-like-bmp"),
        pytest.param("ID3 tag? No: ID card rules changed on 3 May.", id="en-starts-like-mp3"),
        pytest.param("Rarely has a bridge opened so fast.", id="en-rar-prefix-word"),
    ],
)
def test_text_that_starts_like_a_magic_number_is_text(text: str) -> None:
    assert binary_kind(text.encode()) is None
    assert decode_bytes(text.encode()).text == text


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        pytest.param(
            "Zeile eins\r\nZeile zwei\rZeile drei",
            "Zeile eins\nZeile zwei\nZeile drei",
            id="de-newlines",
        ),
        pytest.param("Selasa\x00(12/3)\x07 pagi", "Selasa (12/3)  pagi", id="id-control-chars"),
        pytest.param("e\u0301te\u0301", "été", id="fr-nfc"),
        pytest.param("\ufeffTitle\u2028line", "Title\nline", id="en-bom-and-line-separator"),
    ],
)
def test_normalise_text(raw: str, clean: str) -> None:
    assert normalise_text(raw) == clean


@given(st.binary(max_size=2000))
def test_any_bytes_decode_or_give_a_reason(data: bytes) -> None:
    decoded = decode_bytes(data)
    assert (decoded.problem is None) != (decoded.problem_kind is not None) or decoded.problem
    if decoded.problem is None:
        assert isinstance(decoded.text, str) and "\x00" not in decoded.text


@given(st.text(max_size=500))
def test_utf8_text_round_trips_up_to_normalisation(text: str) -> None:
    decoded = decode_bytes(text.encode("utf-8"))
    if decoded.problem is None and decoded.encoding == "utf-8":
        assert decoded.text == normalise_text(text)
