"""Issue 17 (memory): every format writes as findings arrive and keeps none in memory; the spool they use."""

from __future__ import annotations

import io
import json
from xml.etree import ElementTree as ET

import pytest
from click.testing import CliRunner
from hypothesis import given, settings, strategies as st

from newslint.cli import main
from newslint.formats import ReportWriter, json as json_format, spool as spool_mod
from newslint.diagnostic import from_row, to_row
from newslint.formats.spool import FindingsByDocument, Spool

from test_output import FAKE_REGISTRY, diag


def _written(fmt, batches, files, **close):
    """The report of ``batches`` handed to a writer one after another."""
    stream = io.StringIO()
    writer = ReportWriter(fmt, stream, registry=FAKE_REGISTRY, color=False)
    for batch in batches:
        writer.add(batch)
    writer.close(files_checked=files, **close)
    return stream.getvalue()


def _three_records(tmp_path):
    """A JSONL file of three records, its findings (record 1; record 3 in two batches) and its documents."""
    (tmp_path / "docs.jsonl").write_text("".join(json.dumps({"id": f"r{i}", "text": "x" * 50}) + "\n"
                                                 for i in range(1, 4)), encoding="utf-8")
    record = {"field": "text", "record_id": None, "fix": None}
    first = [diag(path="docs.jsonl", line=1, start=0, end=5, **record)]
    split = [diag(path="docs.jsonl", line=3, start=1, end=2, **record),
             diag(path="docs.jsonl", line=3, start=3, end=4, code="NL601", name="bad-date", **record)]

    def documents():
        from newslint.config import Config
        from newslint.inputs import FileResult
        from newslint.runner import checked_documents

        return checked_documents([FileResult("docs.jsonl", source=str(tmp_path / "docs.jsonl"))], Config())

    return [first, split[:1], split[1:]], documents


def test_sarif_written_in_batches_is_laid_out_as_one_json_dump():
    batches = [[diag()], [], [diag(line=4, path="b/ä.txt"), diag(code="NL601", name="bad-date")]]
    out = _written("sarif", batches, ["a.txt", "b/ä.txt"], suppressed=[diag(line=7)])
    log = json.loads(out)
    assert out == json.dumps(log, indent=2, ensure_ascii=False) + "\n"
    results = log["runs"][0]["results"]
    assert [r["ruleId"] for r in results] == ["NL102", "NL102", "NL601", "NL102"]
    assert "suppressions" in results[-1] and "suppressions" not in results[0]
    assert [r["ruleIndex"] for r in results[:3]] == [1, 1, 0]


def test_sarif_with_no_result_is_still_one_json_dump():
    out = _written("sarif", [[]], ["a.txt"])
    log = json.loads(out)
    assert log["runs"][0]["results"] == [] and out == json.dumps(log, indent=2, ensure_ascii=False) + "\n"


@pytest.mark.parametrize("files", [[], ["a.txt"], ["z.txt", "a.txt", "c.jsonl"]])
def test_junit_written_in_batches_is_laid_out_as_element_tree_indents_it(files):
    nasty = diag(message="ctrl \x01 <&> \"q\"\nnext\tline", line=9, path="a.txt")
    batches = [[diag()], [nasty], [diag(path="c.jsonl", line=2)], [diag(path="other.txt")]] if files else [[]]
    out = _written("junit", batches, files)
    root = ET.fromstring(out.encode("utf-8"))
    ET.indent(root)
    assert out == '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
    cases = {case.get("name"): len(case.findall("failure")) for case in root.iter("testcase")}
    if files:  # every checked file in its order, then a path with findings that was not among them
        assert cases == {"z.txt": 0, "a.txt": 2, "c.jsonl": 1, "other.txt": 1} if files[0] == "z.txt" else \
            {"a.txt": 2, "c.jsonl": 1, "other.txt": 1}
        assert root.get("failures") == "3"


def test_dolma_joins_a_documents_findings_that_came_in_two_batches(tmp_path):
    batches, documents = _three_records(tmp_path)
    out = _written("dolma", batches, ["docs.jsonl"], documents=documents)
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["id"] for line in lines] == ["r1", "r2", "r3"]
    counts = [line["attributes"]["newslint__newslint_v1__findings"][0][2] for line in lines]
    assert counts == [1, 0, 2]
    assert lines[2]["attributes"]["newslint__newslint_v1__NL601_bad_date"] == [[3, 4, 1.0]]


@pytest.mark.parametrize("fmt", ["html", "labelstudio", "dolma"])
def test_a_report_of_the_documents_text_is_the_same_whether_findings_come_in_one_batch_or_several(fmt, tmp_path):
    batches, documents = _three_records(tmp_path)
    whole = _written(fmt, [[d for batch in batches for d in batch]], ["docs.jsonl"], documents=documents)
    assert _written(fmt, batches, ["docs.jsonl"], documents=documents) == whole
    assert "NL601" in whole


def test_labelstudio_gives_each_record_with_findings_its_own_regions(tmp_path):
    batches, documents = _three_records(tmp_path)
    tasks = json.loads(_written("labelstudio", batches, ["docs.jsonl"], documents=documents))
    assert [task["data"]["record"] for task in tasks] == [1, 3]
    assert [[r["value"]["labels"] for r in task["predictions"][0]["result"]] for task in tasks] == \
        [[["NL102"]], [["NL102"], ["NL601"]]]


def test_html_still_lists_the_findings_of_a_document_that_could_not_be_read_again(tmp_path):
    batches, documents = _three_records(tmp_path)
    gone = [diag(path="gone.txt", line=2, message="glued words 'theGone'")]
    page = _written("html", batches + [gone], ["docs.jsonl", "gone.txt"], documents=documents)
    assert "4 findings in 3 of 4 documents" in page
    assert "gone.txt" in page and "theGone" in page and "(text not available)" in page


def test_findings_by_document_reads_back_per_document_and_keeps_the_unread_ones():
    kept = FindingsByDocument(to_row, from_row)
    record = {"field": "text"}
    kept.add([diag(path="a.jsonl", line=1, **record), diag(path="a.jsonl", line=2, **record)])
    kept.add([diag(path="a.jsonl", line=2, code="NL601", **record), diag(path="a.jsonl", line=4, **record)])
    kept.add([diag(path="b.txt"), diag(path="c.txt", line=5)])
    assert [d.code for d in kept.of("a.jsonl", 2)] == ["NL102", "NL601"]  # record 1 was never asked for
    assert kept.of("a.jsonl", 3) == []
    assert [d.path for d in kept.of("c.txt", None)] == ["c.txt"]  # a.jsonl's record 4 and b.txt never asked for
    unread = [(key, [d.line for d in found]) for key, found in kept.unread()]
    assert unread == [(("a.jsonl", 1), [1]), (("a.jsonl", 4), [4]), (("b.txt", None), [3])]
    assert kept.of("c.txt", None) == []
    kept.close()


def test_the_report_lists_inputs_in_the_same_order_whether_linted_or_answered_by_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    for name in ("b.txt", "a.txt", "c.txt"):
        (tmp_path / name).write_text("The minister flew in.  She spoke twice.\n")
    args = ["check", "--format", "junit", "--cache-dir", str(tmp_path / "cache"), "c.txt", "a.txt", "b.txt"]
    first, second = (CliRunner().invoke(main, args) for _ in range(2))
    assert first.output == second.output
    assert [c.get("name") for c in ET.fromstring(first.output.encode()).iter("testcase")] == ["a.txt", "b.txt",
                                                                                              "c.txt"]


def test_the_spool_gives_back_each_keys_text_across_chunks_and_after_moving_to_disk(monkeypatch):
    monkeypatch.setattr(spool_mod, "_IN_MEMORY", 64)
    monkeypatch.setattr(spool_mod, "_CHUNK", 5)  # pieces end inside multi-byte characters
    spool = Spool()
    written = {"a": [], "b": []}
    for i in range(30):
        key = "ab"[i % 3 == 0]
        text = f"{i}é€😀\udce9\n"  # a lone surrogate, as a file name not in UTF-8 is read
        spool.add(key, text)
        written[key].append(text)
    assert spool.keys() == ["b", "a"] and "c" not in spool
    assert "".join(spool.chunks("a")) == "".join(written["a"])
    assert list(spool.lines("b")) == [t[:-1] for t in written["b"]]
    assert list(spool.chunks("c")) == []
    spool.close()


def test_a_report_file_that_cannot_be_written_is_a_usage_error_for_a_streamed_format(tmp_path):
    (tmp_path / "a.txt").write_text("The minister flew in.  She spoke twice.\n")
    result = CliRunner().invoke(main, ["check", "--no-cache", "--format", "sarif", "-o", str(tmp_path / "no" / "x"),
                                       str(tmp_path / "a.txt")])
    assert result.exit_code == 2 and "cannot write the report" in result.output


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4), max_leaves=20)


@given(_JSON_VALUES)
@settings(max_examples=300, deadline=None)
def test_json_dumps_lays_out_any_value_as_the_json_module_does(value):
    for options in ({"indent": 2}, {"indent": 4}, {"separators": (",", ":")}):
        text = json_format.dumps(value, **options)
        expected = json.dumps(value, ensure_ascii=False, **options)
        if any("\ud800" <= c <= "\udfff" for c in expected):  # a lone surrogate stays escaped
            expected = json.dumps(value, **options)
        assert text == expected


def test_json_dumps_leaves_keys_that_are_not_strings_to_the_json_module():
    assert json_format.dumps({1: [True, None], "é": 2.5}, indent=2) == json.dumps({1: [True, None], "é": 2.5},
                                                                                 indent=2, ensure_ascii=False)
