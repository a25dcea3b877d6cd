"""A fallback rule's finding yields only where other rules' findings cover more than four fifths of its span."""

from newslint.engine import _without_overlapped_fallbacks
from newslint.rule import Finding, Severity

FALLBACKS = {"NL311": frozenset({"NL102"})}


def finding(code, start, end):
    return Finding(code, code.lower(), Severity.WARNING, start, end, "")


def kept(*findings):
    return [(f.code, f.start, f.end) for f in _without_overlapped_fallbacks(list(findings), FALLBACKS)]


def test_a_finding_on_the_whole_line_silences_the_fallback():
    assert kept(finding("NL311", 0, 40), finding("NL301", 0, 40)) == [("NL301", 0, 40)]
    assert kept(finding("NL311", 0, 40), finding("NL301", 2, 60)) == [("NL301", 2, 60)]


def test_findings_that_cover_the_line_together_silence_it():
    assert kept(finding("NL311", 0, 40), finding("NL301", 0, 20), finding("NL344", 18, 38)) \
        == [("NL301", 0, 20), ("NL344", 18, 38)]


def test_a_finding_on_a_few_words_inside_the_line_does_not():
    assert kept(finding("NL311", 0, 40), finding("NL316", 10, 20)) == [("NL311", 0, 40), ("NL316", 10, 20)]
    assert kept(finding("NL311", 0, 40), finding("NL320", 5, 30)) == [("NL311", 0, 40), ("NL320", 5, 30)]
    assert kept(finding("NL311", 0, 40), finding("NL320", 5, 30), finding("NL316", 10, 20)) \
        == [("NL311", 0, 40), ("NL320", 5, 30), ("NL316", 10, 20)]


def test_a_code_the_fallback_outlives_never_silences_it():
    assert kept(finding("NL311", 0, 40), finding("NL102", 0, 40)) == [("NL311", 0, 40), ("NL102", 0, 40)]
    assert kept(finding("NL311", 0, 40), finding("NL102", 0, 20), finding("NL301", 20, 40)) \
        == [("NL311", 0, 40), ("NL102", 0, 20), ("NL301", 20, 40)]


def test_an_empty_fallback_span_inside_another_finding_yields():
    assert kept(finding("NL311", 10, 10), finding("NL301", 0, 40)) == [("NL301", 0, 40)]
