"""Properties of linting and fixing arbitrary article-like text, with all default rules (hypothesis)."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, example, given, settings, strategies as st

from newslint.api import make_linter
from newslint.config import Config
from newslint.engine import INTERNAL_ERROR
from newslint.fixes import apply_fixes, select_fixes
from newslint.rule import Edit, Finding, Fix, Severity
from newslint.runner import lint_file
from newslint.source import decode
from newslint.writer import fix_file

LINTER = make_linter()
SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Words of every rule's bad and good example, so that the rules fire, plus hard cases for offsets.
_EXAMPLES = [text for rule in LINTER.rules for text in (rule.bad, rule.good) if text]
WORDS = sorted({w for text in _EXAMPLES for w in text.split()} | {
    "U.S.", "Mr.", "Kyiv", "Kiev", "the", "said", "2021-12-02", "Dec.", "&amp;", "“", "”", '"', "'", "’", "‘",
    "—", "…", "(", ")", ",", ".", "😀", "🇺🇦", "e\u0301", "Zoë", "\u200b", "\t", "\ufeff", "\x0c", "\u2028",
    "\x85", "日本", "Ａ", "ﬁ", "İ", "ß",
})
SPACES = st.sampled_from([" ", " ", " ", "", "  ", "\u00a0"])
LINE_ENDS = st.sampled_from(["\n", "\r\n", "\r"])


@st.composite
def paragraphs(draw) -> str:
    words = draw(st.lists(st.sampled_from(WORDS) | st.sampled_from(_EXAMPLES), min_size=1, max_size=25))
    return "".join(word + draw(SPACES) for word in words).rstrip(" ")


@st.composite
def articles(draw) -> str:
    """An article file: optional BOM, a title, paragraphs, mixed line ends."""
    end = draw(LINE_ENDS)
    mixed = draw(st.booleans())
    parts = [draw(paragraphs()) for _ in range(draw(st.integers(1, 6)))]
    out = ("\ufeff" if draw(st.booleans()) else "") + draw(paragraphs()) + end + end
    for part in parts:
        sep = draw(LINE_ENDS) if mixed else end
        out += part + sep * draw(st.sampled_from([1, 2, 2, 3]))
    return out


def lint(source: str):
    """Lint ``source`` as the bytes of a file: (document, findings, diagnostics)."""
    document = decode(source.encode("utf-8"), "story.txt")
    result = LINTER.lint_document(document)
    return document, result.findings, result.diagnostics()


def fix(source: str, unsafe: bool = False) -> str:
    """``--fix`` on a file holding ``source``, through the writer (BOM and line ends kept, fixed to a fixed point)."""
    result = lint_file("story.txt", source.encode("utf-8"), Config(), LINTER)
    return fix_file(result, unsafe, LINTER.lint_document).new_data.decode("utf-8")


def _edits_near(finding: Finding, places: list[tuple[int, int]]) -> bool:
    """Whether ``finding`` would edit where an applied fix edited (its seam, not the next one); no fix: yes."""
    if finding.fix is None:
        return True
    return any(e.start < end and start < max(e.end, e.start + 1) for e in finding.fix.edits for start, end in places)


def moved(offset: int, edits: list[Edit]) -> int:
    """Where ``offset`` is after ``edits``; an offset inside an edit goes to the start of its replacement."""
    shift = 0
    for edit in _merged_deletions(edits):
        if edit.end <= offset and not edit.start == edit.end == offset:
            shift += len(edit.replacement) - (edit.end - edit.start)
        elif edit.start < offset:
            return edit.start + shift
    return offset + shift


def _merged_deletions(edits: list[Edit]) -> list[Edit]:
    """``edits`` in order, deletions that overlap or repeat merged into one, as ``apply_fixes`` applies them
    (two rules may delete the same line)."""
    merged: list[Edit] = []
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        last = merged[-1] if merged else None
        if last == edit:
            continue
        if last and not last.replacement and not edit.replacement and edit.start < last.end:
            merged[-1] = Edit(last.start, max(last.end, edit.end), "")
        else:
            merged.append(edit)
    return merged


_SOURCE_LINES = re.compile(r"\r\n|\r|\n")


@SETTINGS
@given(articles())
@example("\ufeffT\r\n\r\n“We do not want conflicts, ”he said. 😀 e\u0301 “a, ”b\r")
@example("\t r Blinken handed the warning to Lavrov.A  Kremlin spokespersonDmitry Peskov; USSecretary of State\n")  # NL106: two spaces
def test_linting_never_fails_and_locations_agree_with_offsets(source):
    document, findings, diagnostics = lint(source)
    assert not [f for f in findings if f.code == INTERNAL_ERROR]
    lines = _SOURCE_LINES.split(source.removeprefix("\ufeff"))
    text = document.text
    for finding, diagnostic in zip(findings, diagnostics):
        assert 0 <= finding.start <= finding.end <= len(text), finding
        # the character at line:column of the file (its own line ends, no BOM) is the one at the offset
        if finding.start < len(text) and text[finding.start] != "\n":
            assert lines[diagnostic.line - 1][diagnostic.column - 1] == text[finding.start], diagnostic
        if finding.end > finding.start and text[finding.end - 1] != "\n":
            assert lines[diagnostic.end_line - 1][diagnostic.end_column - 2] == text[finding.end - 1], diagnostic
        for edit in finding.fix.edits if finding.fix else ():
            assert 0 <= edit.start <= edit.end <= len(text), (finding, edit)


@SETTINGS
@given(articles(), st.booleans())
@example("T\n\n“We do not want conflicts, ”he said.\n", False)
@example("T\n\nUSSecretaryBlinken said. Kremlin spokespersonDmitry Peskov; USSecretary of State\n", False)
@example("in Stockholm on 2 December. JONATHAN NACKSTRAND / AFP r Blinken handed the warning to Lavrov. \t \t … "
         "AdvertisementAdvertisementMr Blinken handed the warning to Lavrov.\n\n\t\n…\xa0Advertisement\xa0\t\xa0\n", False)
@example("r Blinken handed the warning to Lavrov.\n\n\t Kremlin spokespersonDmitry Peskov; USSecretary of "
         "StateBlinken\u200bKremlin spokespersonDmitry Peskov; USSecretary of State \t \t\n", False)
@example("\t\n\n\t\nPublished 14:32 GMT, 2 December 2021 Published 14:32 GMT, 2 December 2021\n", True)
@example("\t\n\n\t\n\t\n\t\n\t \"nightmare\n\t \t \t \" in Stockholm on 2 December.JONATHAN NACKSTRAND / AFP\xa0\na\n", True)
@example("\t\n\n\t \t \t Posted on April 29, 2022\nThe ministry said on Tuesday… andmore\n", False)
@example("r Blinken handed the warning to Lavrov.\n\n\t\n\t\nStaff wait outside the closed supermarket.\nNICOLE DRAYTON\n"
         "However, he noted…\n", True)  # NL312: deleting a caption but not its credit made the line above a caption
@example("2021-11-29) authorities.\n\n&\n\t \t \t \t \t reserved derby.\n\t\n\t\n\t\n\t\n", True)  # NL311 cascade
@example("& \t follow Friday.\n\n& \t followFriday.\n", True)  # NL311 deletes a line, NL102 makes the next one its twin
@example('\t\n\n\t\n\t\n\t "The\na\n"nightmare\n', True)  # NL108 joins 'a' on; the longer paragraph's next seam is judged
@example("\t A Follow us on Twitter and Facebook aboutA.\n\n\t\n…", True)  # NL316: the glued line around a share prompt
# NL201 glues a closing quote to the word a deleted share prompt ends on (NL316): the edit that touches the deletion waits
@example('S.\n\n"The vote passed.  Follow us on Twitter " and more.', True)
@example('\t\n\n\t\n\t\n\t\xa0\t\xa0\t\xa0\t\xa0\t  \t r Blinken handed the warning to Lavrov.  r Blinken handed the warning to '
         'Lavrov.  \t A\x0c "The …backs the plan. Home News Local News Sport Football Cricket Business Weather Opinion '
         'Letters to the Editor Contact Us Privacy Policy The council voted on Tuesday… 1egislation  " Born:\n\n\n', True)
# NL312: a spaced caption deleted from a block of pieces left a block short enough to be read whole as a caption
@example("T\n\nThe council met on Tuesday to debate the plan for the town.  Members spoke for two hours before the vote "
         "was taken.  Residents crowded into the hall to hear the debate on the new bypass  The mayor said the scheme "
         "would cut traffic in the town centre.  Work is due to start next spring if the funding is agreed by the county.  "
         "The bypass was first proposed a decade ago by the council.  Jane Doe speaks at the town hall meeting on Tuesday "
         "evening (Reuters)\n", True)
# NL704 judged the head of 'sanc- tions' alone while its tail ran into a glued prompt ('sane'); NL316 deleted the prompt
@example("\t\n\n\t\n\t\n\t\n\t \t \t \t severe economic sanc- tionsr Blinken handed the warning to Lavrov.\n\t \t \t before talks "
         "with Lavrov at a time of crisis. tensions over Ukraine. severe economic sanc- tionsFollow us on Twitter and "
         "Facebook\n", True)
# NL320 deleted a credit and left a bare label glued after it ('trench. Photo:'), which the next run read as a caption's
@example("\t\n\n\t \t A serviceman walks along a trench. (Photo by Anatolii STEPANOV / AFP)Photo:\n", True)
def test_fixes_never_overlap_and_do_not_come_back(source, unsafe):
    document, findings, _ = lint(source)
    offered = [f for f in findings if f.fix and (f.fix.safe or unsafe)]
    for finding in offered:  # each fix is well formed: its own edits are ordered and disjoint
        spans = sorted((e.start, e.end) for e in finding.fix.edits)
        assert all(a[1] <= b[0] and a != b for a, b in zip(spans, spans[1:])), finding
    chosen = select_fixes(findings, unsafe, len(document.text))
    edits = sorted((e.start, e.end, not e.replacement) for f in chosen for e in f.fix.edits)
    for i, a in enumerate(edits):  # chosen edits never overlap, except deletions (which merge)
        for b in edits[i + 1:]:
            assert a[1] <= b[0] and a[:2] != b[:2] or a[2] and b[2], edits
    fixed_text = apply_fixes(document.text, chosen)
    all_edits = [e for f in chosen for e in f.fix.edits]
    _, again, _ = lint(fixed_text)
    for old in chosen:
        start, end = moved(old.start, all_edits), moved(old.end, all_edits)
        deleted = all(not e.replacement for e in old.fix.edits)  # a finding that begins where deleted text was
        places = [(moved(e.start, all_edits), moved(e.start, all_edits) + max(1, len(e.replacement))) for e in old.fix.edits]
        back = [f for f in again if f.code == old.code                 # is about the text that moved up
                and (f.start < end and start < f.end or f.start == start and not deleted)
                and _edits_near(f, places)]
        assert not back, (old, back, fixed_text)


@SETTINGS
@given(articles())
@example("T\r\n\r\n“We do not want conflicts, ”he said.\r\n")
@example("\t\n\n\t before talks with Lavrov at a time of crisis. tensions over Ukraine.Russiaâ€™s foreign minister\n")
def test_fixing_twice_equals_fixing_once(source):
    once = fix(source)
    assert fix(once) == once


def _finding(*spans: tuple[int, int]) -> Finding:
    edits = tuple(Edit(s, e, "x") for s, e in spans)
    return Finding("XP100", "test", Severity.WARNING, spans[0][0], spans[0][1], "test", Fix(edits))


@SETTINGS
@given(st.lists(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 4)), min_size=1, max_size=3), max_size=30))
def test_select_fixes_chooses_a_disjoint_set_greedily(spans):
    findings = [_finding(*[(s, s + n) for s, n in group]) for group in spans]
    chosen = select_fixes(findings, length=32)
    taken = [(e.start, e.end) for f in chosen for e in f.fix.edits]

    def clash(a, b):
        return a[0] == a[1] == b[0] == b[1] or a[0] < b[1] and b[0] < a[1]

    assert not any(clash(a, b) for i, a in enumerate(taken) for b in taken[i + 1:])
    # every finding left out clashes with a chosen one, with itself, or leaves the text
    for finding in findings:
        if finding in chosen:
            continue
        own = [(e.start, e.end) for e in finding.fix.edits]
        assert any(clash(a, b) for a in own for b in taken) or any(e > 32 for _, e in own) \
            or any(clash(a, b) for i, a in enumerate(own) for b in own[i + 1:])


def test_select_fixes_refuses_malformed_fixes():
    inside, outside = _finding((0, 2)), _finding((5, 12))
    twisted = _finding((3, 5), (4, 6))
    assert select_fixes([inside, outside, twisted], length=10) == [inside]


@pytest.mark.parametrize("source", ["", "\ufeff", "\r", "\r\n", "T\r\n\r\n\u2028\x85\x0c", "😀" * 3])
def test_degenerate_files(source):
    document, findings, diagnostics = lint(source)
    assert not [f for f in findings if f.code == INTERNAL_ERROR]
    assert fix(fix(source)) == fix(source)


def test_an_edit_that_touches_another_fixs_deletion_waits_for_the_next_pass():
    deletion = Finding("XP100", "test", Severity.WARNING, 2, 5, "t", Fix((Edit(2, 5, ""),)))
    after = Finding("XP101", "test", Severity.WARNING, 5, 6, "t", Fix((Edit(5, 6, "y"),)))
    before = Finding("XP101", "test", Severity.WARNING, 1, 2, "t", Fix((Edit(1, 2, "y"),)))
    inserted = Finding("XP102", "test", Severity.WARNING, 5, 5, "t", Fix((Edit(5, 5, " "),)))
    touching = Finding("XP100", "test", Severity.WARNING, 5, 7, "t", Fix((Edit(5, 7, ""),)))
    assert select_fixes([deletion, after, inserted, touching], length=10) == [deletion, touching]
    assert select_fixes([deletion, before], length=10) == [before]  # (the first in text order is chosen)
    # replacements that touch each other do not wait
    assert select_fixes([after, before, _finding((2, 5))], length=10) == [before, _finding((2, 5)), after]


def test_overlapping_deletions_are_both_chosen_and_merge():
    first = Finding("XP100", "test", Severity.WARNING, 0, 5, "t", Fix((Edit(0, 5, ""),)))
    second = Finding("XP100", "test", Severity.WARNING, 3, 8, "t", Fix((Edit(3, 8, ""),)))
    inside = Finding("XP101", "test", Severity.WARNING, 4, 4, "t", Fix((Edit(4, 4, "x"),)))
    chosen = select_fixes([first, second, inside], length=10)
    assert chosen == [first, second]
    assert apply_fixes("0123456789", chosen) == "89"
