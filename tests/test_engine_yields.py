"""The linter's yields (``engine._without_yielded``, 46b): whether a rule yields to a fallback is asked once at the
linter's set-up, and a page without a fallback's finding, or with nothing that yields, is walked less; what stays is
what the full walk kept."""

from __future__ import annotations

from itertools import permutations

from newslint.engine import Linter, _without_yielded, _yields_to_fallbacks
from newslint.rule import Finding, Rule, Severity

FALLBACKS = {"NL311": frozenset({"NL102"}), "NL342": frozenset()}
TO_FALLBACKS = {"NL316": frozenset({"NL311"}), "NL342": frozenset({"NL311"})}
TO_OTHERS = {"NL317": frozenset({"NL318"})}


def finding(code: str, start: int, end: int) -> Finding:
    return Finding(code, code.lower(), Severity.WARNING, start, end, "")


def spans(findings: list[Finding]) -> list[tuple[str, int, int]]:
    return [(f.code, f.start, f.end) for f in findings]


def test_whether_a_rule_yields_to_a_fallback() -> None:
    assert _yields_to_fallbacks(FALLBACKS, TO_FALLBACKS)
    assert not _yields_to_fallbacks(FALLBACKS, TO_OTHERS)
    assert not _yields_to_fallbacks({}, TO_FALLBACKS)


def test_the_answer_given_or_asked_keeps_the_same_findings() -> None:
    page = [finding("NL316", 10, 20), finding("NL311", 0, 40), finding("NL317", 50, 60), finding("NL318", 48, 62),
            finding("NL342", 0, 40), finding("NL102", 70, 80), finding("NL311", 70, 80)]
    for yielding in (TO_FALLBACKS, TO_OTHERS, {**TO_FALLBACKS, **TO_OTHERS}):
        for order in permutations(page, 4):
            asked = spans(_without_yielded(list(order), FALLBACKS, yielding))
            told = spans(_without_yielded(list(order), FALLBACKS, yielding, "",
                                          _yields_to_fallbacks(FALLBACKS, yielding)))
            assert asked == told


def test_a_page_without_a_fallbacks_finding() -> None:
    # the seam inside the tail yields to the tail; a finding elsewhere stays, in its place
    assert spans(_without_yielded([finding("NL317", 50, 60), finding("NL318", 48, 62), finding("NL501", 1, 4)],
                                  FALLBACKS, TO_OTHERS, "", False)) == [("NL318", 48, 62), ("NL501", 1, 4)]
    # nothing yields: the same findings
    page = [finding("NL317", 0, 10), finding("NL318", 48, 62), finding("NL501", 1, 4)]
    assert spans(_without_yielded(list(page), FALLBACKS, TO_OTHERS, "", False)) == spans(page)


def test_a_finding_yields_to_a_fallbacks_finding_that_stays_with_the_answer_told() -> None:
    kept = _without_yielded([finding("NL316", 10, 20), finding("NL311", 0, 40)], FALLBACKS, TO_FALLBACKS, "", True)
    assert spans(kept) == [("NL311", 0, 40)]
    # the fallback's line covered by another finding: nothing to yield to, the phrase stays
    kept = _without_yielded([finding("NL316", 10, 20), finding("NL311", 0, 40), finding("NL303", 0, 40)],
                            FALLBACKS, TO_FALLBACKS, "", True)
    assert spans(kept) == [("NL316", 10, 20), ("NL303", 0, 40)]


class _Line(Rule):
    code, name, severity, summary = "NL990", "test-line", Severity.WARNING, "a line"
    fallback = True

    def check(self, article):
        return ()


class _Phrase(Rule):
    code, name, severity, summary = "NL991", "test-phrase", Severity.WARNING, "a phrase"
    yields_to = frozenset({"NL990"})

    def check(self, article):
        return ()


def test_the_linter_asks_once_whether_a_rule_yields_to_a_fallback() -> None:
    assert Linter([_Line({}), _Phrase({})])._to_fallbacks
    assert not Linter([_Phrase({})])._to_fallbacks
    assert not Linter([_Line({})])._to_fallbacks
