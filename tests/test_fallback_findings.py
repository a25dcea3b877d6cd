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


def test_two_findings_that_touch_leave_an_empty_span_between_them_alone():
    assert kept(finding("NL311", 20, 20), finding("NL301", 0, 20), finding("NL344", 20, 40)) \
        == [("NL311", 20, 20), ("NL301", 0, 20), ("NL344", 20, 40)]


def _covered_character_by_character(fallback, others):
    """The rule, spelled out: the characters of the fallback's span that other findings hold (an empty span: whether
    one holds it strictly inside)."""
    spans = [(o.start, o.end) for o in others if o.code not in FALLBACKS[fallback.code]]
    if fallback.start == fallback.end:
        return any(start < fallback.start < end for start, end in spans)
    held = sum(any(start <= c < end for start, end in spans) for c in range(fallback.start, fallback.end))
    return 5 * held > 4 * (fallback.end - fallback.start)


def test_random_pages_of_findings_agree_with_the_rule_spelled_out():
    import random
    rng = random.Random(36)
    for _ in range(400):
        findings = []
        for _ in range(rng.randint(1, 12)):
            start = rng.randint(0, 60)
            findings.append(finding(rng.choice(["NL311", "NL311", "NL102", "NL301", "NL344"]), start,
                                    start + rng.choice([0, 1, 3, 10, 25, 40])))
        others = [f for f in findings if f.code not in FALLBACKS]
        expected = [(f.code, f.start, f.end) for f in findings
                    if f.code not in FALLBACKS or not _covered_character_by_character(f, others)]
        assert kept(*findings) == expected
