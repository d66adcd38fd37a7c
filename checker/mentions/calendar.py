"""Calendar facts the extractors share: month and weekday names and numbers, and day arithmetic.

Names only, no grammar: each extractor keeps the pattern that suits what it reads (dates.py
reads "Sept. 3" and "Mar." with its period; quantities.py only needs to know that "March 5"
is no count). Day numbers are proleptic Gregorian, equal to datetime.date(...).toordinal();
importing datetime would cost more than these lines.
"""

from __future__ import annotations

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAY_NUMBERS = {w: i for i, w in enumerate(WEEKDAYS)}  # 0 = Monday, as date.weekday()
MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")
# Every written form of a month starts with its first three letters ("Sept.", "Dec", "June").
_MONTH_NUMBERS = {name[:3].lower(): i for i, name in enumerate(MONTH_NAMES) if name}

_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)


def month_number(word: str) -> int:
    """1..12 for a month name or abbreviation ("Sept.", "december"); KeyError otherwise."""
    return _MONTH_NUMBERS[word[:3].lower()]


def is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def is_valid_day(day: int, month: int, year: int | None) -> bool:
    """A real calendar day; without a year, Feb. 29 passes."""
    if not 1 <= month <= 12 or day < 1:
        return False
    if month == 2 and day == 29:
        return year is None or is_leap(year)
    return day <= _MONTH_DAYS[month - 1]


def day_number(year: int, month: int, day: int) -> int | None:
    """Days since Jan. 1 of year 1 (as date.toordinal()); None for no real day."""
    if year is None or year < 1 or not is_valid_day(day, month, year):
        return None
    y = year - 1
    return (y * 365 + y // 4 - y // 100 + y // 400 + _DAYS_BEFORE[month - 1]
            + (month > 2 and is_leap(year)) + day)
