"""Days named inside a period or beside their weekday (issue #3, English days): holiday
occurrences ("last Easter"), the n-th weekday of a month, a day of a shifted month, a weekday
with its day number or spoken ordinal, years told apart from the day, numeric dates listed
after a dated one, "next Friday" as the Friday of next week, hedged weekdays of a shifted week,
days as cardinal words. Texts written for these tests, publication date Wed 2022-01-12.

Other languages: German and Portuguese where the class exists there; Portuguese already reads
"domingo, dia 30" and days in words ("dois de janeiro"), German "Sonntag, den 30." and "am
dritten März", so those have no new rule. "next Friday" as next week's Friday is English
only: German "nächsten Freitag" and Portuguese "próxima sexta-feira" stay the coming one (as
French "vendredi prochain" and Dutch "aanstaande vrijdag" do).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.temporal.tagging_cases import check_values
from timeline.temporal.period_days import day_in_month

DCT = dt.date(2022, 1, 12)

HOLIDAY_OCCURRENCES = [
    ("en-last-fixed", "en", "We met last Christmas.", {"last Christmas": "2021-12-25"}),
    ("en-next-movable", "en", "They marry next Easter.", {"next Easter": "2022-04-17"}),
    ("en-last-movable", "en", "The shop opened last Easter.", {"last Easter": "2021-04-04"}),
    ("en-new-year-day", "en", "When is the next new year day?",
     {"next new year day": "2023-01-01"}),
    ("de-last-movable", "de", "Wir waren letzte Ostern in Rom.", {"letzte Ostern": "2021-04-04"}),
    ("de-next-fixed", "de", "Nächstes Weihnachten feiern wir zu Hause.",
     {"Nächstes Weihnachten": "2022-12-25"}),
    ("pt-last-movable", "pt", "Viajamos na última Páscoa.", {"última Páscoa": "2021-04-04"}),
    ("pt-after-fixed", "pt", "Voltamos no Natal passado.", {"Natal passado": "2021-12-25"}),
    ("pt-next-fixed", "pt", "O próximo Natal será em casa.", {"próximo Natal": "2022-12-25"}),
]  # fmt: skip

NTH_WEEKDAYS = [
    ("en-first-monday", "en", "The fair will be held on the first Monday of September.",
     {"the first Monday of September": "2022-09-05"}),
    ("en-last-friday-year", "en", "It closed on the last Friday in May 2020.",
     {"the last Friday in May 2020": "2020-05-29"}),
    ("en-no-sixth", "en", "the sixth Monday of May", {"the sixth Monday of May": None}),
    ("de-second-sunday", "de", "Die Wahl findet am zweiten Sonntag im März 2023 statt.",
     {"zweiten Sonntag im März 2023": "2023-03-12"}),
    ("de-last-friday", "de", "Das Fest war am letzten Freitag im Mai 2021.",
     {"letzten Freitag im Mai 2021": "2021-05-28"}),
    ("pt-first-monday", "pt", "A feira será na primeira segunda-feira de setembro.",
     {"primeira segunda-feira de setembro": "2022-09-05"}),
    ("pt-last-friday", "pt", "Foi na última sexta-feira de maio de 2021.",
     {"última sexta-feira de maio de 2021": "2021-05-28"}),
]  # fmt: skip

SHIFTED_MONTH_DAYS = [
    ("en-next-month", "en", "We will come back on the 15th day of next month.",
     {"the 15th day of next month": "2022-02-15"}),
    ("en-last-month-word", "en", "The bill was paid on the third of last month.",
     {"the third of last month": "2021-12-03"}),
    ("en-this-month", "en", "Set something up around the 21st this month.",
     {"around the 21st this month": "2022-01-21"}),
    ("en-no-such-day", "en", "It is due on the 31st of next month.",
     {"the 31st of next month": "2022-02"}),
    ("de-next-month", "de", "Die Rate ist am 15. nächsten Monats fällig.",
     {"15. nächsten Monats": "2022-02-15"}),
    ("de-last-month", "de", "Er zahlte am 3. des vergangenen Monats.",
     {"3. des vergangenen Monats": "2021-12-03"}),
    ("pt-next-month", "pt", "O pagamento vence no dia 15 do próximo mês.",
     {"dia 15 do próximo mês": "2022-02-15"}),
    ("pt-last-month", "pt", "Ele pagou no dia 3 do mês passado.",
     {"dia 3 do mês passado": "2021-12-03"}),
]  # fmt: skip

WEEKDAY_DAYS = [
    ("en-bare-day", "en", "Do you have time on Sunday 30!", {"Sunday 30": "2022-01-30"}),
    ("en-spoken-ordinal", "en", "Can we meet Wednesday the twenty sixth?",
     {"Wednesday the twenty sixth": "2022-01-26"}),
    ("en-count-not-day", "en", "On Friday 31 people were hurt.", {"Friday 31": None}),
    ("en-decimal-not-day", "en", "Friday 7.6 percent", {"Friday 7": None}),
    ("de-spoken-ordinal", "de", "Treffen wir uns Mittwoch, den sechsundzwanzigsten.",
     {"Mittwoch, den sechsundzwanzigsten": "2022-01-26"}),
]  # fmt: skip

YEARS_APART = [
    ("en-in-year", "en", "The plant opens on 28 June in 2024.", {"28 June in 2024": "2024-06-28"}),
    ("en-of-short-year", "en", "She was born on 15 April of 87.",
     {"15 April of 87": "1987-04-15"}),
    ("en-day-first-short", "en", "He was born on the 3rd of May of '99.",
     {"3rd of May of '99": "1999-05-03"}),
    ("en-count-not-year", "en", "On April 15 of 87 people voted.", {"April 15 of 87": None}),
    ("de-im-jahr", "de", "Das Werk öffnet am 28. Juni im Jahr 2024.",
     {"28. Juni im Jahr 2024": "2024-06-28"}),
]  # fmt: skip

NUMERIC_LISTS = [
    ("en-list", "en", "We could meet on 11/20, 11/22 or 11/25.",
     {"11/20": "2021-11-20", "11/22": "2021-11-22", "11/25": "2021-11-25"}),
    ("en-this", "en", "The task is due this 5/12.", {"5/12": "2022-05-12"}),
    ("en-fractions", "en", "The odds were 3/4, 5/6 or 7/8.", {"5/6": None, "7/8": None}),
    ("pt-list", "pt", "Podemos nos dias 20/11, 22/11 ou 25/11.",
     {"dias 20/11": "2021-11-20", "22/11": "2021-11-22", "25/11": "2021-11-25"}),
]  # fmt: skip

SHIFTED_WEEKDAYS = [
    ("en-next-friday", "en", "The vote is next Friday.", {"next Friday": "2022-01-21"}),
    ("en-next-monday", "en", "The vote is next Monday.", {"next Monday": "2022-01-17"}),
    ("en-previous-monday", "en", "It was previous Monday.", {"previous Monday": "2022-01-03"}),
    ("en-previous-tuesday", "en", "It was previous Tuesday.", {"previous Tuesday": "2022-01-04"}),
    ("en-last-tuesday-news", "en", "We spoke last Tuesday.", {"last Tuesday": "2022-01-11"}),
    ("de-next-friday", "de", "Wir treffen uns nächsten Freitag.",
     {"nächsten Freitag": "2022-01-14"}),  # en only: German keeps the coming one
    ("pt-next-friday", "pt", "A reunião é na próxima sexta-feira.",
     {"próxima sexta-feira": "2022-01-14"}),  # and Portuguese too
    ("en-hedged", "en", "Let's meet next week, preferably on Tuesday.",
     {"next week, preferably on Tuesday": "2022-01-18"}),
    ("en-hedged-twice", "en", "next week maybe, say on Friday",
     {"next week maybe, say on Friday": "2022-01-21"}),
    ("en-dashed", "en", "What happened on previous week - Monday?",
     {"previous week - Monday": "2022-01-03"}),
    ("de-hedged", "de", "Treffen wir uns nächste Woche, am besten am Mittwoch.",
     {"nächste Woche, am besten am Mittwoch": "2022-01-19"}),
]  # fmt: skip

WORD_AND_SHORT_DAYS = [
    ("en-cardinal-day", "en", "We meet May twenty nine.", {"May twenty nine": "2022-05-29"}),
    ("en-cardinal-spoken-year", "en", "born January twenty five nineteen eighty six",
     {"January twenty five nineteen eighty six": "1986-01-25"}),
    ("en-day-first-spoken-year", "en", "born twenty five January nineteen eighty six",
     {"twenty five January nineteen eighty six": "1986-01-25"}),
    ("en-cardinal-count", "en", "In March twenty nine people died.", {"March twenty nine": None}),
    ("en-contracts", "en", "He sold three May 2020 contracts.", {"three May 2020": None}),
    ("en-ordinal-no-the", "en", "The payment is due by 20th.", {"20th": "2022-01-20"}),
    ("en-avenue", "en", "They live on 5th Avenue.", {"5th": None}),
    ("en-next-day-month", "en", "The task is due next 6th of April.",
     {"next 6th of April": "2022-04-06"}),
    ("en-last-day-month", "en", "It opened last 3rd of May.", {"last 3rd of May": "2021-05-03"}),
    ("en-earth-day", "en", "Earth Day 2010 drew crowds.", {"Earth Day 2010": "2010-04-22"}),
]  # fmt: skip

ALL = (
    HOLIDAY_OCCURRENCES
    + NTH_WEEKDAYS
    + SHIFTED_MONTH_DAYS
    + WEEKDAY_DAYS
    + YEARS_APART
    + NUMERIC_LISTS
    + SHIFTED_WEEKDAYS
    + WORD_AND_SHORT_DAYS
)


@pytest.mark.parametrize(
    ("lang", "text", "expected"), [c[1:] for c in ALL], ids=[c[0] for c in ALL]
)
def test_day_named_in_its_period(lang: str, text: str, expected: dict[str, str | None]) -> None:
    check_values(text, lang, DCT, expected)  # type: ignore[arg-type]


@given(
    st.integers(min_value=1, max_value=9999),
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=-3, max_value=40),
)
def test_day_in_month_is_a_real_day_or_the_month(year: int, month: int, day: int) -> None:
    month_value = f"{year:04d}-{month:02d}"
    value = day_in_month(month_value, day)
    if value != month_value:
        assert dt.date.fromisoformat(value) == dt.date(year, month, day)


@given(st.text(max_size=12), st.integers(min_value=1, max_value=31))
def test_day_in_month_never_raises_on_odd_values(month_value: str, day: int) -> None:
    assert day_in_month(month_value, day).startswith(month_value)
