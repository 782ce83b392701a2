"""Indonesian tagging: short texts written for these tests, resolved against a Wednesday."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal.tagging_cases import check_no_dates, check_values, tagged
from timeline.model import Anchor

DCT = dt.date(2022, 1, 12)  # Rabu, 2022-W02

VALUES = [
    (
        "dateline",
        "Kamis (17/10/2013), hujan deras melanda kota.",
        {"Kamis (17/10/2013)": "2013-10-17"},
    ),
    (
        "weekday-day-month",
        "Pada Senin (10/1), pelabuhan dibuka kembali.",
        {"Senin (10/1)": "2022-01-10"},
    ),
    (
        "full-date",
        "Perjanjian itu ditandatangani pada 3 Maret 2014.",
        {"3 Maret 2014": "2014-03-03"},
    ),
    (
        "past-weekday",
        "Wali kota mengatakan pada hari Selasa bahwa jembatan ditutup.",
        {"hari Selasa": "2022-01-11"},
    ),
    ("future-weekday", "Dewan akan memilih pada hari Selasa.", {"hari Selasa": "2022-01-18"}),
    ("yesterday", "Pemogokan berakhir kemarin.", {"kemarin": "2022-01-11"}),
    ("this-week", "Sekolah tetap tutup minggu ini.", {"minggu ini": "2022-W02"}),
    ("last-week", "Banjir melanda lembah pekan lalu.", {"pekan lalu": "2022-W01"}),
    ("next-year", "Harga akan naik tahun depan.", {"tahun depan": "2023"}),
    ("ago", "Kota itu didirikan 50 tahun yang lalu.", {"50 tahun yang lalu": "1972"}),
    ("duration", "Festival itu berlangsung sepuluh hari.", {"sepuluh hari": "P10D"}),
    ("se-duration", "Jalan ditutup selama seminggu.", {"seminggu": "P1W"}),
    ("decade", "Pabrik itu dibangun pada tahun 1920-an.", {"tahun 1920-an": "192"}),
    ("century", "Ini kekeringan terburuk abad ke-21.", {"abad ke-21": "20"}),
    ("year", "Bendungan dibangun pada tahun 2014.", {"tahun 2014": "2014"}),
    ("sunday", "Pasar dibuka pada Minggu pagi.", {"Minggu pagi": "2022-01-09TMO"}),
    ("mod-end", "Hujan turun pada akhir Januari.", {"akhir Januari": "2022-01"}),
    (
        "day-and-clock",
        "Rapat digelar Selasa pukul 10.30.",
        {"Selasa pukul 10.30": "2022-01-11T10:30"},
    ),
    ("holiday", "Toko tutup pada hari Natal.", {"hari Natal": "2021-12-25"}),
    ("short-decade", "Harga murah pada tahun 90-an.", {"tahun 90-an": "199"}),
    (
        "tanggal-day-month",
        "Batas waktu berakhir tanggal 8 Januari.",
        {"tanggal 8 Januari": "2022-01-08"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in VALUES], ids=[c[0] for c in VALUES])
def test_values(text: str, expected: dict[str, str]) -> None:
    check_values(text, "id", DCT, expected)


def test_keesokan_harinya_follows_the_previous_date() -> None:
    text = "Bendungan jebol pada 4 Juni 2020. Keesokan harinya, warga mengungsi."
    found = tagged(text, "id", DCT)
    assert found["Keesokan harinya"].value == "2020-06-05"
    assert found["Keesokan harinya"].anchor is Anchor.PREVIOUS


def test_reported_speech_in_two_days() -> None:
    text = "Pasukan akan mulai ditarik dalam dua hari, kata presiden pada hari Selasa."
    found = tagged(text, "id", DCT)
    assert found["dalam dua hari"].value == "2022-01-13"
    assert found["dalam dua hari"].anchor is Anchor.REPORTED_SPEECH


NO_DATES = [
    ("persen", "Partisipasi pemilih mencapai 68 persen."),
    ("rupiah", "Denda sebesar Rp 2014 dibayar tunai."),
    ("juta", "Negara berpenduduk 18 juta jiwa."),
    ("minggu-week-word", "Dua orang datang ke rumah."),
]


@pytest.mark.parametrize("text", [c[1] for c in NO_DATES], ids=[c[0] for c in NO_DATES])
def test_numbers_that_are_not_dates(text: str) -> None:
    check_no_dates(text, "id", DCT)
