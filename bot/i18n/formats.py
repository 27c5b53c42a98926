"""Dates, times and money as the member's language writes them (Babel's CLDR data, bundled:
nothing is fetched at run time). English keeps the assistant's own house style."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_currency

from bot.i18n.catalogue import current_language
from bot.i18n.languages import DEFAULT_LANGUAGE, locale_of


def _language(language: str | None) -> str:
    return language or current_language()


def weekday_date(moment: datetime, language: str | None = None, *, year: bool = False) -> str:
    """ "Saturday 24 February" ("sobota 24 lutego", "ہفتہ 24 فروری"), with the year if asked."""
    code = _language(language)
    if code == DEFAULT_LANGUAGE:
        return f"{moment:%A} {moment.day} {moment:%B}" + (f" {moment:%Y}" if year else "")
    pattern = "EEEE d MMMM y" if year else "EEEE d MMMM"
    return format_date(moment, pattern, locale=locale_of(code))


def weekday(moment: datetime, language: str | None = None) -> str:
    code = _language(language)
    if code == DEFAULT_LANGUAGE:
        return f"{moment:%A}"
    return format_date(moment, "EEEE", locale=locale_of(code))


def clock(moment: datetime) -> str:
    """24-hour time: the same in every language the assistant speaks."""
    return f"{moment:%H:%M}"


def money(amount: Decimal, currency: str, language: str | None = None) -> str | None:
    """The sum in the member's language; None for English (the caller's house style)."""
    code = _language(language)
    if code == DEFAULT_LANGUAGE:
        return None
    whole = amount == amount.to_integral_value()
    pattern = "#,##0 ¤" if whole else "#,##0.00 ¤"
    return format_currency(amount, currency, pattern, locale=locale_of(code), currency_digits=False)


def short_day(moment: datetime, language: str | None = None) -> str:
    """ "Sat 20 Feb" ("sob. 20 lut", "sâm. 20 feb."): a day named briefly beside a title."""
    code = _language(language)
    if code == DEFAULT_LANGUAGE:
        return f"{moment:%a} {moment.day} {moment:%b}"
    return format_date(moment, "EEE d MMM", locale=locale_of(code))


def day_month(moment: datetime, language: str | None = None) -> str:
    """ "22 March" ("22 marca", "22 martie", "22 مارچ"): a deadline's day."""
    code = _language(language)
    if code == DEFAULT_LANGUAGE:
        return f"{moment.day} {moment:%B}"
    return format_date(moment, "d MMMM", locale=locale_of(code))
