"""A JSONL record's object read in C (``_speedups.c``, block 32e, ``json_record``) against its twin,
``source._python_json_record``: ``source._json_value(line)`` (``json.loads``), the same value or the same error."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from conftest import natural_paragraphs
from test_native import compiled, needs_compiled

from newslint import source


def outcome(read, line: str):
    """What reading ``line`` gives: the value with its type, or the error's type and message."""
    try:
        value = read(line)
    except (ValueError, RecursionError) as error:
        return type(error), str(error)
    return type(value), value, [type(item) for item in value.values()] if isinstance(value, dict) else None


def same(line: str):
    """The compiled answer, held to json's."""
    expected = outcome(source._json_value, line)
    assert outcome(lambda text: compiled.json_record(text, source._json_value, source._scan_json), line) == expected
    assert expected[:2] == outcome(json.loads, line)[:2]
    return expected


@needs_compiled
def test_the_compiled_reading_is_in_use() -> None:
    assert source._json_record is compiled.json_record


def test_no_native_selects_the_python_reading() -> None:
    code = "import newslint.source as s; assert s._json_record is s._python_json_record"
    subprocess.run([sys.executable, "-c", code], check=True, env={**os.environ, "NEWSLINT_NO_NATIVE": "1"})


def test_the_twin_answers_as_its_fallback() -> None:
    assert source._python_json_record('{"a": 1}', source._json_value, source._scan_json) == {"a": 1}
    assert source._python_json_record("[1]", lambda line: "asked", source._scan_json) == "asked"


@needs_compiled
@pytest.mark.parametrize("line", [
    '{}', '{ }', '{"text": "plain"}', '{"n": 0, "id": "a/1.txt", "title": "T", "text": "One.\\n\\nTwo \\"quoted\\"."}',
    '{"a": "\\\\ \\/ \\b \\f \\n \\r \\t \\u0000 \\u007f \\u00e9 \\u00FF \\u0041"}', '{"a": "é £ \\u00e9", "b": "\x7f"}',
    '{"a":1,"a":2}', '{"b": 1, "a": 2, "b": 3}', '{"t": true, "f": false, "z": null}', '{"n": -0}', '{"n": -12}',
    '{"n": 123456789012345678}', '{"n": -123456789012345678}', '{"n": 1234567890123456789}', '{"n": 1.5}',
    '{"n": 1e3}', '{"n": 01}', '{"n": -}', '{"n": NaN}', '{"n": -Infinity}', '{"a": [1, 2]}', '{"a": {"b": 1}}',
    '{"a": "\\u2019"}', '{"a": "\\ud83d\\ude00"}', '{"a": "\\ud800"}', '{"a": "\\u00zz"}', '{"a": "\\u00e"}',
    '{"a": "\\x"}', '{"a": "tab\there"}', '{"a": "line\x01"}', '{"a": "open', '{"a": "open\\', '{"a": 1',
    '{"a": 1,}', '{"a" 1}', '{"a": }', '{a: 1}', '{"a": 1} x', '{"a": 1} ', ' {"a": 1}', '{"a": 1}{}',
    '\t{"a":\r\n1\t}', '{"a": nul}', '{"a": truth}', '[1, 2]', '"a"', '1', '', '{', '}', '{"a": "x"}\x00',
    '{"é": "ü"}', '{"a": "' + "x" * 40 + '\\n' + "y" * 17 + '"}',
    '{"k": "ŝ wider than a byte"}', '{"k": "\U0001d400"}', '{"k": "’\\n\\u00e9 ŝ", "m": "\\"’\\""}',
    '{"k": "😀\\t\\u0041", "j": "ab\\nc"}', '{"k": "’", "j": "é\\n"}', '{"k": "’", "j": "a\\n"}', '{"k": "’\x01"}',
    '{"’": 1}', '{"k\\u2019": 1}', '{"k": [1, {"a": "’"}], "n": 2.5e3, "z": 10000000000000000000000}',
    '{"k": [1,]}', '{"k": "’", "n": 01}', '{"k": -}', '{"k": "x"} ’',
])
def test_edge_cases(line: str) -> None:
    same(line)


@needs_compiled
@pytest.mark.parametrize("wide", ["", "’", "𝐀"])
def test_a_record_is_read_without_json_where_it_can_be(wide: str) -> None:
    """A record of strings, integers and literals does not reach json; a value of another kind is asked of the scanner
    at its place; a line that is no such object, or any error, is the fallback's."""
    asked: list[tuple] = []

    def fallback(line: str):
        asked.append(("line", line))
        return json.loads(line)

    def scan(line: str, at: int):
        asked.append(("value", line[at:at + 3]))
        return source._scan_json(line, at)

    assert compiled.json_record('{"n": 3, "text": "A\\nB \\u00e9' + wide + '", "ok": true}', fallback, scan) == \
        {"n": 3, "text": "A\nB \xe9" + wide, "ok": True}
    assert asked == []
    assert compiled.json_record('{"n": 3.5, "k": ["' + wide + '"], "q": "\\u2019"}', fallback, scan) == \
        {"n": 3.5, "k": [wide], "q": "\u2019"}
    assert asked == [("value", "3.5"), ("value", ('["' + wide + '"')[:3]), ("value", '"\\u')]
    asked.clear()
    assert compiled.json_record('[1, "' + wide + '"]', fallback, scan) == [1, wide]
    assert asked == [("line", '[1, "' + wide + '"]')]
    asked.clear()
    with pytest.raises(json.JSONDecodeError):
        compiled.json_record('{"n": [1,}', fallback, scan)
    assert [kind for kind, _ in asked] == ["value", "line"]


def test_a_scanner_that_fails_otherwise_leaves_the_line_to_the_fallback() -> None:
    def scan(line: str, at: int):
        raise KeyError(at)

    if compiled is not None:
        assert compiled.json_record('{"n": 1.5}', json.loads, scan) == {"n": 1.5}
        assert compiled.json_record('{"n": 1.5}', json.loads, lambda line, at: (0, at)) == {"n": 1.5}
        assert compiled.json_record('{"n": 1.5}', json.loads, lambda line, at: "no pair") == {"n": 1.5}


@needs_compiled
def test_wrong_arguments_raise_type_errors() -> None:
    for wrong in ((b"{}", source._json_value, source._scan_json), (None, source._json_value, source._scan_json),
                  ("{}", source._json_value)):
        with pytest.raises(TypeError):
            compiled.json_record(*wrong)


_JSON_TEXT = st.text(alphabet=st.sampled_from('ab "\\/\nq\té£\x7f\x00\x1f{}[]:,0123456789-.eEtrufalsnu\u2019😀'),
                     max_size=40)
_VALUES = st.recursive(st.none() | st.booleans() | st.integers(-10 ** 20, 10 ** 20) | st.floats(allow_nan=False)
                       | st.text(max_size=30), lambda inner: st.lists(inner, max_size=3), max_leaves=4)


@needs_compiled
@settings(max_examples=3000, deadline=None)
@given(st.dictionaries(st.text(max_size=8), _VALUES, max_size=5), st.booleans())
def test_drawn_records(record: dict, ascii_only: bool) -> None:
    same(json.dumps(record, ensure_ascii=ascii_only))


@needs_compiled
@settings(max_examples=3000, deadline=None)
@given(_JSON_TEXT)
def test_drawn_lines(body: str) -> None:
    """Lines near a record's form, most of them broken: each read as json reads it, or refused as json refuses it."""
    same('{"a": "' + body)
    same('{"a": "' + body + '"}')
    same('{"a": ' + body)
    same("{" + body)


@needs_compiled
def test_the_corpus_paragraphs_as_records() -> None:
    texts = natural_paragraphs(("bbc", "scraped"), 60)
    assert len(texts) > 200 and not all(text.isascii() for text in texts)
    for n, text in enumerate(texts):
        record = {"n": n, "id": f"doc/{n}.txt", "title": text[:40], "text": text}
        assert same(json.dumps(record))[1] == record
        assert same(json.dumps(record, ensure_ascii=False))[1] == record
