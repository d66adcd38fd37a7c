"""What a rule reports: a `Finding` with a message and the character spans that disagree."""

from __future__ import annotations

from checker.record import field, record


ERROR = "error"
WARNING = "warning"
INFO = "info"
SEVERITIES = (ERROR, WARNING, INFO)
SEVERITY_RANK = {INFO: 0, WARNING: 1, ERROR: 2}


@record(frozen=True, slots=True)
class Span:
    """A 0-based, end-exclusive character range of the document's text."""

    start: int
    end: int
    label: str = ""  # what this side says, shown under the caret line


@record(slots=True)
class Finding:
    rule: str
    severity: str
    message: str
    spans: list[Span]  # spans[0] is the primary span: the odd one out
    help: str = ""
    data: dict = field(default_factory=dict)

    @property
    def primary(self) -> Span:
        return self.spans[0]

    def sort_key(self) -> tuple:
        return (self.primary.start, self.rule, self.message)
