"""A fallback rule's finding yields only where other rules' findings cover more than four fifths of its span; a
yielding rule's (``Rule.yields_to``) only to the codes it names: one defect of the boilerplate family, one finding."""

import pytest

from newslint.engine import _without_yielded
from newslint.rule import Finding, Fix, Severity

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
    ("**Scroll down for video**", [("NL316", 2, 23)]),  # the phrase is the line: it silences NL311's line, as before
    ("Name * ____________________", [("NL316", 7, 27)]),  # a phrase no line finding names stays
    ("Get our free newsletter", [("NL310", 0, 23)]),  # NL310's line, no line rule naming it
    ("### Topics", [("NL306", 4, 10)]),  # a page label over NL311's line, its markup counting for nothing
    ("Email check failed, please try again", [("NL311", 0, 36)]),  # NL311's line alone
    # a page's timestamp: the line rule's kind of line over NL310's link line; a byline's line keeps NL310's too
    ("* [3 hours ago](https://www.example.com/2020/02/26/harbour-ferry-late/)", [("NL314", 0, 71)]),
    ('By [Jane Marlow](https://www.example.com/author/jane-marlow/ "Posts by Jane Marlow")',
     [("NL310", 0, 84), ("NL315", 0, 84)]),
    # a caption ending in its credit: NL320's finding names both, NL312's caption yields to it
    ("Harbour workers repair the ferry engine on Monday. (AP Photo/Jane Marlow)", [("NL320", 0, 73)]),
    ("Staff wait outside the closed harbour office.\nNICOLE DRAYTON", [("NL312", 0, 60)]),  # NL312's caption alone
    ("Readers can sign up for the harbour newsletter at the ferry office.", []),  # a sentence: none of them
])
def test_one_defect_of_the_boilerplate_family_is_one_finding(line, found):
    assert _codes(line) == found


def test_without_the_text_the_lines_markup_counts():
    assert kept_yielding(finding("NL310", 0, 15), finding("NL303", 4, 15)) == [("NL310", 0, 15), ("NL303", 4, 15)]


def test_the_fix_of_a_line_with_several_findings_still_removes_the_line():
    from newslint.api import fix_text
    for line, unsafe in (("**Share this article:**", False), ("Sign up for our weekly harbour newsletter", False),
                         ("Listen to this article", False), ("### Topics", False), ("**Scroll down for video**", True),
                         ("* [3 hours ago](https://www.example.com/2020/02/26/ferry/)", False)):
        fixed, _ = fix_text(_BEFORE + line + _AFTER, unsafe)
        assert line not in fixed and fixed.startswith(_BEFORE.rstrip()) and "free return trip" in fixed


def test_rules_that_yield_to_each_other_both_keep_their_findings():
    from newslint.engine import _without_cycles
    mutual = _without_cycles({"NL901": frozenset({"NL902"}), "NL902": frozenset({"NL901"}),
                              "NL903": frozenset({"NL901", "NL904"})})
    assert mutual == {"NL903": frozenset({"NL901", "NL904"})}
    assert [(f.code, f.start, f.end) for f in _without_yielded(
        [finding("NL901", 0, 20), finding("NL902", 0, 20), finding("NL903", 0, 20)], {}, mutual)] \
        == [("NL901", 0, 20), ("NL902", 0, 20)]
    assert _without_cycles(YIELDING) == YIELDING


def test_the_built_in_rules_yield_without_a_cycle():
    from newslint.engine import Linter, _without_cycles
    from newslint.registry import build_registry
    rules = [rule() for rule in build_registry(plugins=False)]
    declared = {rule.code: rule.yields_to for rule in rules if rule.yields_to}
    assert declared and Linter(rules).yielding == _without_cycles(declared) == declared


def fixed(code, start, end, safe):
    """A finding whose fix deletes its span, safe (``--fix`` applies it) or not."""
    f = finding(code, start, end)
    f.fix = Fix.replace(start, end, "", safe, "delete the line")
    return f


def test_a_finding_yields_only_to_findings_whose_fix_makes_its_own_as_safely():
    """The finding kept must bring the fix the user had: ``--fix`` and ``--unsafe-fixes`` change the same text."""
    assert kept_yielding(fixed("NL310", 0, 23, True), fixed("NL303", 0, 23, False)) \
        == [("NL310", 0, 23), ("NL303", 0, 23)]
    assert kept_yielding(fixed("NL310", 0, 23, False), fixed("NL303", 0, 23, True)) == [("NL303", 0, 23)]
    assert kept_yielding(fixed("NL310", 0, 23, True), fixed("NL303", 0, 23, True)) == [("NL303", 0, 23)]
    assert kept_yielding(finding("NL310", 0, 23), fixed("NL303", 0, 23, False)) == [("NL303", 0, 23)]
    # a deletion theirs does not make whole: the line's start before their deletion
    assert kept_yielding(fixed("NL310", 0, 23, False), fixed("NL303", 1, 23, True)) \
        == [("NL310", 0, 23), ("NL303", 1, 23)]
    # a finding that offers no fix names the defect and leaves its repair to the reader: the fix yields with it
    assert kept_yielding(fixed("NL310", 0, 23, True), finding("NL303", 0, 23)) == [("NL303", 0, 23)]
    # an insertion strictly inside their deletion is made moot by it
    glue = finding("NL316", 5, 15)
    glue.fix = Fix.replace(9, 9, " ", True, "insert a space")
    assert [(f.code, f.start, f.end) for f in _without_yielded([glue, fixed("NL310", 0, 23, True)], {}, YIELDING)] \
        == [("NL310", 0, 23)]
    glue.fix = Fix.replace(0, 0, " ", True, "insert a space")  # (at its edge: the next pass may still make it)
    assert len(_without_yielded([glue, fixed("NL310", 0, 23, True)], {}, YIELDING)) == 2


TO_FALLBACKS = {"NL316": frozenset({"NL311"}), "NL342": frozenset({"NL311"})}
FALLBACKS_OF_A_PAGE = {"NL311": frozenset({"NL102"}), "NL342": frozenset()}


def kept_by_fallbacks(*findings):
    return [(f.code, f.start, f.end) for f in _without_yielded(list(findings), FALLBACKS_OF_A_PAGE, TO_FALLBACKS)]


def test_a_finding_yields_to_a_fallbacks_finding_that_stays():
    # a phrase inside a longer line yields to the line's finding
    assert kept_by_fallbacks(finding("NL316", 10, 20), finding("NL311", 0, 40)) == [("NL311", 0, 40)]
    # the phrase covering the line as the line covers it: the phrase silences the line, as before, and stays
    assert kept_by_fallbacks(finding("NL316", 2, 23), finding("NL311", 0, 25)) == [("NL316", 2, 23)]
    assert kept_by_fallbacks(finding("NL316", 0, 40), finding("NL311", 30, 40)) == [("NL316", 0, 40)]
    # a fallback yields to another fallback it names (fallbacks silence no fallback)
    assert kept_by_fallbacks(finding("NL342", 0, 40), finding("NL311", 0, 40)) == [("NL311", 0, 40)]


def test_a_finding_yields_to_no_fallbacks_finding_that_another_silenced():
    # NL342's line silenced by a pack's finding (NL342 outlives none): NL311's finding stays, not yielding to nothing
    assert kept_by_fallbacks(finding("NL311", 0, 40), finding("NL342", 0, 40), finding("NL303", 0, 40)) \
        == [("NL303", 0, 40)]
    assert kept_by_fallbacks(finding("NL342", 0, 40), finding("NL311", 0, 40), finding("NL102", 0, 40)) \
        == [("NL311", 0, 40), ("NL102", 0, 40)]
    chained = {"NL311": frozenset({"NL108"}), "NL342": frozenset()}  # NL108's break: another defect in NL311's line
    assert [(f.code, f.start, f.end) for f in _without_yielded(
        [finding("NL311", 0, 40), finding("NL342", 0, 40), finding("NL108", 0, 40)], chained,
        {"NL311": frozenset({"NL342"})})] == [("NL311", 0, 40), ("NL108", 0, 40)]


def test_the_furniture_models_report_a_line_both_read_once():
    """NL342's sentence on a line NL311's model reports too yields to it; the prompt under it stays NL342's."""
    from newslint.api import lint_text
    notice = ("Free speech matters to us at the harbour paper. If the letter you sent us was not printed and you "
              "think it should have been, please contact us by phone or email.")
    text = f"{_BEFORE}A NOTE TO READERS\n\n{notice}{_AFTER}"
    end = len(text) - len(_AFTER)
    assert [(f.code, text[f.start:f.end]) for f in lint_text(text) if len(_BEFORE) <= f.start < end] \
        == [("NL311", "A NOTE TO READERS"), ("NL342", notice[notice.index("If"):])]


def _built_in():
    from newslint.engine import Linter
    from newslint.registry import build_registry
    linter = Linter([rule() for rule in build_registry(plugins=False)])
    return linter.fallbacks, linter.yielding


_PAGE = "Harbour Life Categories Weather Ferries Tide Tables Contact"


@pytest.mark.parametrize("covered, covering", [
    ("NL317", "NL318"), ("NL344", "NL318"),  # a seam or a menu inside the page's tail after the story's last sentence
    ("NL342", "NL311"),  # the site's sentence on such a line (NL311's classes hold NL342's)
    ("NL310", "NL314"), ("NL310", "NL320"),  # a link line that is a page's timestamp or a picture's credit
    ("NL312", "NL320"),  # a caption ending in its credit, reported as both
])
def test_the_built_in_precedences_on_the_same_words(covered, covering):
    fallbacks, yielding = _built_in()
    both = [finding(covered, 13, 40), finding(covering, 0, 58)]
    assert [f.code for f in _without_yielded(both, fallbacks, yielding, _PAGE)] == [covering]
    alone = [finding(covered, 13, 40), finding(covering, 0, 20)]  # the other's finding beside it, not over it
    assert [f.code for f in _without_yielded(alone, fallbacks, yielding, _PAGE)] == [covered, covering]


@pytest.mark.parametrize("covered, covering", [
    # the labels and the pages' own roles count the yielding finding's text for a class the other's does not stand for
    ("NL310", "NL315"),  # a page's line NL315 reads as a byline ('Sign Up for the … Newsletter') is boilerplate
    ("NL316", "NL314"), ("NL316", "NL315"), ("NL316", "NL342"),  # a byline or a stamp run into a line of another kind
    ("NL316", "NL311"),  # … or a heading run into a line NL311's model reports
    ("NL317", "NL344"),  # a heading run in beside a menu
    ("NL102", "NL310"), ("NL103", "NL310"),  # glue inside a line another rule deletes: the labels count it
])
def test_the_built_in_findings_that_stay_beside_another(covered, covering):
    fallbacks, yielding = _built_in()
    both = [finding(covered, 13, 40), finding(covering, 0, 58)]
    assert [f.code for f in _without_yielded(both, fallbacks, yielding, _PAGE)] == [covered, covering]
