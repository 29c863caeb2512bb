"""The cron schedules Kubernetes CronJobs take (five fields, names, steps, `@daily`-style macros,
`@every <duration>`), read far enough to check them and to answer one question: the longest wait
between two runs. An alert on a missing backup needs it to know when a backup is overdue."""

from __future__ import annotations

import datetime
from functools import cache
from typing import Annotated

from pydantic import AfterValidator, WithJsonSchema

from .types import _duration, duration_seconds

_MACROS = {
    "@yearly": "0 0 1 1 *",
    "@annually": "0 0 1 1 *",
    "@monthly": "0 0 1 * *",
    "@weekly": "0 0 * * 0",
    "@daily": "0 0 * * *",
    "@midnight": "0 0 * * *",
    "@hourly": "0 * * * *",
}
_MONTH_NAMES = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
_MONTHS = {name: index for index, name in enumerate(_MONTH_NAMES, 1)}
_WEEKDAYS = {name: index for index, name in enumerate(("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"))}
# (name, lowest, highest, names) for minute, hour, day of month, month, day of week.
_FIELDS: tuple[tuple[str, int, int, dict[str, int]], ...] = (
    ("minute", 0, 59, {}),
    ("hour", 0, 23, {}),
    ("day of month", 1, 31, {}),
    ("month", 1, 12, _MONTHS),
    ("day of week", 0, 6, _WEEKDAYS),
)
# Four years hold every weekday on every date and one 29 February.
_SPAN_START = datetime.date(2024, 1, 1)
_SPAN_DAYS = 4 * 365 + 1


class _Field:
    def __init__(self, values: set[int], star: bool) -> None:
        self.values = values
        self.star = star  # `*` or `?` without a step: the day fields then combine with AND


def _number(text: str, names: dict[str, int], field: str) -> int:
    if text.upper() in names:
        return names[text.upper()]
    if not text.isdigit():
        raise ValueError(f"{text!r} is not a number in the {field} field")
    return int(text)


def _field(text: str, field: str, low: int, high: int, names: dict[str, int]) -> _Field:
    values: set[int] = set()
    star = False
    for part in text.split(","):
        span, _, step_text = part.partition("/")
        step = _number(step_text, {}, field) if step_text else 1
        if step < 1:
            raise ValueError(f"step {step_text!r} in the {field} field must be at least 1")
        if span in ("*", "?"):
            start, end = low, high
            star = star or step == 1
        else:
            first, dash, last = span.partition("-")
            start = _number(first, names, field)
            end = _number(last, names, field) if dash else (high if step_text else start)
        if not low <= start <= end <= high:
            raise ValueError(f"{span!r} in the {field} field is outside {low}-{high}")
        values.update(range(start, end + 1, step))
    return _Field(values, star)


@cache  # it walks four years of days; a load checks the same default schedules again
def longest_interval(schedule: str) -> int:
    """Seconds of the longest wait between two consecutive runs of `schedule` (in the CronJob's
    time zone; a daylight-saving change may stretch one wait by an hour). ValueError says what is
    wrong with a schedule Kubernetes would refuse, or one that runs less than twice in four years."""
    text = " ".join(schedule.split())
    if text.startswith("@every "):
        seconds = duration_seconds(_duration(text.removeprefix("@every ")))
        if seconds < 1:
            raise ValueError(f"{schedule!r}: @every takes at least 1s")
        return int(seconds)
    text = _MACROS.get(text.lower(), text)
    parts = text.split(" ")
    if len(parts) != 5:
        raise ValueError(f"{schedule!r} is not a cron schedule: five fields (minute hour day month weekday) or a macro")
    minute, hour, day, month, weekday = (
        _field(part, name, low, high, names) for part, (name, low, high, names) in zip(parts, _FIELDS, strict=True)
    )
    times = sorted(h * 60 + m for h in hour.values for m in minute.values)  # minutes of a day it runs at
    days = []  # days of the span it runs on
    for offset in range(_SPAN_DAYS):
        date = _SPAN_START + datetime.timedelta(days=offset)
        on_day, on_weekday = date.day in day.values, date.isoweekday() % 7 in weekday.values
        if date.month in month.values and (on_day and on_weekday if day.star or weekday.star else on_day or on_weekday):
            days.append(offset)
    waits = [later - earlier for earlier, later in zip(times, times[1:], strict=False)] if days else []
    waits += [(later - earlier) * 1440 + times[0] - times[-1] for earlier, later in zip(days, days[1:], strict=False)]
    if not waits:
        raise ValueError(f"{schedule!r} runs less than twice in four years")
    return 60 * max(waits)


def _schedule(value: str) -> str:
    longest_interval(value)  # raises ValueError saying what is wrong
    return value


CronSchedule = Annotated[str, AfterValidator(_schedule), WithJsonSchema({"type": "string", "title": "cron schedule"})]


# CloudNativePG reads a ScheduledBackup's schedule with robfig/cron v1's `cron.Parse`: seconds
# first, day of week optional, the same descriptors as a CronJob (lowercase only) and
# `@every <duration>`.
_BACKUP_DESCRIPTORS = frozenset(_MACROS)


def _backup_schedule(value: str) -> str:
    """A ScheduledBackup schedule: six fields, seconds first, or a descriptor. The parser also
    takes five fields and reads them as second, minute, hour, day and month, so a CronJob's
    `0 2 * * *` would back up at minute 2 of every hour: refused here, with the fix."""
    if value.startswith("@every "):
        if duration_seconds(_duration(value.removeprefix("@every "))) < 1:
            raise ValueError(f"{value!r}: @every takes at least 1s")
        return value
    if value.startswith("@"):
        if value not in _BACKUP_DESCRIPTORS:
            raise ValueError(f"{value!r} is not a descriptor; use one of {', '.join(sorted(_BACKUP_DESCRIPTORS))}")
        return value
    parts = value.split()
    if len(parts) != 6:
        hint = f"; for the five-field schedule {value!r}, write '0 {value}'" if len(parts) == 5 else ""
        raise ValueError(
            f"{value!r} has {len(parts)} fields: CloudNativePG reads six, seconds first "
            f"(second minute hour day-of-month month day-of-week), or an @ descriptor{hint}"
        )
    _field(parts[0], "second", 0, 59, {})
    for part, (name, low, high, names) in zip(parts[1:], _FIELDS, strict=True):
        _field(part, name, low, high, names)
    return value


def backup_longest_interval(schedule: str) -> int:
    """Seconds of the longest wait between two base backups of a ScheduledBackup `schedule` (six
    fields, seconds first, or a descriptor), at most: the seconds field only adds runs within a
    minute, so the five fields after it bound the wait."""
    parts = schedule.split()
    return longest_interval(" ".join(parts[1:]) if len(parts) == 6 else schedule)


BackupSchedule = Annotated[
    str,
    AfterValidator(_backup_schedule),
    WithJsonSchema({"type": "string", "title": "cron schedule with seconds (six fields) or @ descriptor"}),
]
