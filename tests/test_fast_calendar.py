"""Fast paths of checker/mentions/calendar.py: its month and weekday names and its day
arithmetic stand in for the standard library's datetime (importing datetime would cost more than
these lines). Every test here compares them with the general path they replace, datetime."""


def test_calendar_matches_the_standard_library():
    import datetime

    from checker.mentions import calendar

    for year in (1900, 2000, 2023, 2024):
        for month in range(1, 13):
            for day in range(1, 32):
                try:
                    want = datetime.date(year, month, day).toordinal()
                except ValueError:
                    want = None
                assert calendar.day_number(year, month, day) == want
    assert calendar.is_valid_day(29, 2, None) and not calendar.is_valid_day(29, 2, 2023)
    assert [calendar.month_number(w) for w in ("Sept.", "december", "Jun", "May")] == \
        [9, 12, 6, 5]
    assert calendar.WEEKDAY_NUMBERS["sunday"] == datetime.date(2024, 3, 17).weekday()
