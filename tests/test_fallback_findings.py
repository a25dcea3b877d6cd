"""A fallback rule's finding yields only where other rules' findings cover more than four fifths of its span; a
yielding rule's (``Rule.yields_to``) only to the codes it names: one defect of the boilerplate family, one finding."""

import pytest

from newslint.engine import _without_yielded
from newslint.rule import Finding, Severity

FALLBACKS = {"NL311": frozenset({"NL102"})}


def finding(code, start, end):
    return Finding(code, code.lower(), Severity.WARNING, start, end, "")


def kept(*findings):
    return [(f.code, f.start, f.end) for f in _without_yielded(list(findings), FALLBACKS)]


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


YIELDING = {"NL316": frozenset({"NL310"}), "NL310": frozenset({"NL303"})}


def kept_yielding(*findings):
    return [(f.code, f.start, f.end) for f in _without_yielded(list(findings), FALLBACKS, YIELDING)]


def test_a_yielding_rule_yields_only_to_the_codes_it_names():
    assert kept_yielding(finding("NL316", 2, 20), finding("NL310", 0, 23)) == [("NL310", 0, 23)]
    assert kept_yielding(finding("NL310", 0, 23), finding("NL303", 2, 23)) == [("NL303", 2, 23)]
    assert kept_yielding(finding("NL310", 0, 23), finding("NL301", 0, 23)) == [("NL310", 0, 23), ("NL301", 0, 23)]
    assert kept_yielding(finding("NL316", 2, 20), finding("NL303", 2, 23)) == [("NL316", 2, 20), ("NL303", 2, 23)]


def test_a_yielding_rule_keeps_a_finding_the_codes_it_names_cover_less_than_four_fifths_of():
    assert kept_yielding(finding("NL316", 10, 30), finding("NL310", 0, 24)) == [("NL316", 10, 30), ("NL310", 0, 24)]


def test_a_yielding_rule_still_silences_a_fallback():
    assert kept_yielding(finding("NL311", 0, 23), finding("NL310", 0, 23), finding("NL303", 2, 23)) \
        == [("NL303", 2, 23)]
    assert kept_yielding(finding("NL311", 0, 40), finding("NL316", 0, 40)) == [("NL316", 0, 40)]


_BEFORE = "The harbour ferry ran late all week while its engine was being repaired.\n\n"
_AFTER = "\n\nPassengers were offered a free return trip by way of apology.\n"


def _codes(line):
    """The findings on ``line`` set between two sentences, with offsets into it."""
    from newslint.api import lint_text
    return [(f.code, f.start - len(_BEFORE), f.end - len(_BEFORE)) for f in lint_text(_BEFORE + line + _AFTER)
            if len(_BEFORE) <= f.start <= len(_BEFORE) + len(line)]


@pytest.mark.parametrize("line, found", [
    ("Sign up for our weekly harbour newsletter", [("NL302", 0, 41)]),  # a pack's named prompt over NL310's line
    ("**Follow us on Facebook**", [("NL303", 2, 25)]),  # … and over NL316's phrase inside it
    ("Share this story", [("NL303", 0, 16)]),  # a named prompt over NL306's generic label and NL310
    ("Listen to this article", [("NL306", 0, 22)]),  # a page label over NL310
    ("### Share this:", [("NL303", 4, 15)]),  # the line's markup counts for nothing in the cover
    ("**Print this page**", [("NL306", 2, 17)]),
    ("**Watch the video**", [("NL310", 0, 19)]),  # NL310's line over NL316's phrase inside it
    ("**E-mail to a friend**", [("NL303", 2, 22)]),  # a pack's line over NL316's phrase
    ("**Scroll down for video**", [("NL316", 2, 23)]),  # a phrase no line finding names stays
    ("Readers can sign up for the harbour newsletter at the ferry office.", []),  # a sentence: none of them
])
def test_one_defect_of_the_boilerplate_family_is_one_finding(line, found):
    assert _codes(line) == found


def test_without_the_text_the_lines_markup_counts():
    assert kept_yielding(finding("NL310", 0, 15), finding("NL303", 4, 15)) == [("NL310", 0, 15), ("NL303", 4, 15)]


def test_the_fix_of_a_line_with_several_findings_still_removes_the_line():
    from newslint.api import fix_text
    for line in ("**Share this article:**", "Sign up for our weekly harbour newsletter", "Listen to this article"):
        fixed, _ = fix_text(_BEFORE + line + _AFTER)
        assert line not in fixed and fixed.startswith(_BEFORE.rstrip()) and "free return trip" in fixed


def test_rules_that_yield_to_each_other_both_keep_their_findings():
    from newslint.engine import _without_cycles
    mutual = _without_cycles({"NL901": frozenset({"NL902"}), "NL902": frozenset({"NL901"}),
                              "NL903": frozenset({"NL901", "NL904"})})
    assert mutual == {"NL903": frozenset({"NL901", "NL904"})}
    assert [(f.code, f.start, f.end) for f in _without_yielded(
        [finding("NL901", 0, 20), finding("NL902", 0, 20), finding("NL903", 0, 20)], {}, mutual)] \
        == [("NL901", 0, 20), ("NL902", 0, 20)]
    assert _without_cycles(YIELDING) == YIELDING  # the built-in order has no cycle
