"""NL0xx: problems with the input itself. The reader reports them; these rules name them."""

from __future__ import annotations

from typing import Iterable

from newslint.model import Article
from newslint.rule import Finding, Rule, Severity


class InputRule(Rule):
    """A rule whose findings come from reading the input, not from checking an article."""

    is_input_rule = True
    severity = Severity.ERROR

    def check(self, article: Article) -> Iterable[Finding]:
        return ()


class InternalError(InputRule):
    code = "NL000"
    name = "internal-error"
    summary = "A rule failed on this input; the other rules and inputs were still checked."
    explanation = "Please report it with the input that triggers it."


class InvalidUtf8(InputRule):
    code = "NL001"
    name = "invalid-utf8"
    summary = "The file is not valid UTF-8; it is reported at the first bad byte and skipped."
    bad = "Caf\\xe9 (a Latin-1 byte in a UTF-8 file)"
    good = "Café"


class MalformedRecord(InputRule):
    code = "NL002"
    name = "malformed-record"
    summary = "A JSON Lines record is not valid JSON, not an object, or lacks a string body field."
    bad = '{"text": "Blinken met Lavrov" '
    good = '{"text": "Blinken met Lavrov"}'


class BinaryFile(InputRule):
    code = "NL003"
    name = "binary-file"
    summary = "The input is binary (it contains NUL bytes), not text; it is skipped."


class FileTooLarge(InputRule):
    code = "NL004"
    name = "file-too-large"
    summary = "The input (or one JSON Lines record) is larger than `max-file-size`; it is skipped, unread."
    explanation = ("No real article comes near the default limit of 64 MB: a file over it is a mistake (a database "
                   "dump, a disk image, an endless device) that would only cost memory. Raise the limit with "
                   "`max-file-size` in the config or `--max-file-size`.")


RULES = (InternalError, InvalidUtf8, MalformedRecord, BinaryFile, FileTooLarge)
