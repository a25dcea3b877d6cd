"""Record ids through the machine formats, --format dolma (lines up with its documents), Parquet in and out."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from newslint.cli import main

GLUED = "Comments are moderated.\n\nKremlin spokespersonDmitry Peskov said the talks went well."
CLEAN = "The minister said growth was strong.\n\nShe added that exports rose."
RECORDS = [
    {"id": "a1", "source": "wire", "text": CLEAN},  # clean first: it must still get its line
    {"id": 2, "text": GLUED},
    {"text": "A record without an id.\n\nKremlin spokespersonDmitry said."},
    {"id": "a4", "text": "The \u00e9lite \ud800 unit."},  # a lone surrogate: an NL001 finding
    {"id": "a5", "text": CLEAN},
    {"id": "a6", "text": ""},  # an empty text is still a record: it gets its line
]


def run(args, cwd: Path):
    old = os.getcwd()
    os.chdir(cwd)
    try:
        return CliRunner().invoke(main, [*args, "--no-cache"], catch_exceptions=False)
    finally:
        os.chdir(old)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    lines = [json.dumps(record) for record in RECORDS]
    lines.insert(3, "")  # a blank line is not a document
    lines.insert(4, "{broken")
    (tmp_path / "docs.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path


def test_dolma_lines_up_with_its_documents_file(corpus):
    result = run(["docs.jsonl", "--format", "dolma", "--select", "NL102,NL301,NL0"], corpus)
    assert result.exit_code == 1, result.output
    documents = [json.loads(line) for line in (corpus / "docs.jsonl").read_text().splitlines()
                 if line.strip() and not line.startswith("{broken")]
    attributes = [json.loads(line) for line in result.output.splitlines()]
    broken = attributes.pop(3)
    assert broken["id"] == "docs.jsonl:5" and "newslint__newslint_v1__NL002_malformed_record" in broken["attributes"]
    assert [a["id"] for a in attributes] == ["a1", "2", "docs.jsonl:3", "a4", "a5", "a6"]
    for document, line in zip(documents, attributes):
        spans = line["attributes"]
        if line["id"] != "a4":  # a4 could not be read (NL001): no text, length 0
            assert spans["newslint__newslint_v1__findings"][0][:2] == [0, len(document["text"])]
    clean = attributes[0]["attributes"]
    assert clean == {"newslint__newslint_v1__findings": [[0, len(CLEAN), 0]],
                     "newslint__newslint_v1__max_severity": [[0, len(CLEAN), 0]],
                     "newslint__newslint_v1__safe_deletions": []}
    glued = attributes[1]["attributes"]
    (span,) = glued["newslint__newslint_v1__NL102_glued_words"]
    assert GLUED[span[0]:span[1]] == "spokespersonDmitry" and span[2] == 1.0
    assert glued["newslint__newslint_v1__findings"][0][2] == 2
    assert glued["newslint__newslint_v1__max_severity"][0][2] == 2  # warning
    (cut,) = glued["newslint__newslint_v1__safe_deletions"]
    assert GLUED[:cut[0]] + GLUED[cut[1]:] == GLUED.split("\n\n", 1)[1]  # the mixer's cut leaves the article
    assert attributes[3]["attributes"]["newslint__newslint_v1__max_severity"][0][2] == 3  # NL001: an error


def test_dolma_of_text_files(corpus):
    (corpus / "story.txt").write_text("A title\n\n" + GLUED + "\n", encoding="utf-8")
    args = ["story.txt", "--format", "dolma", "--select", "NL102"]
    first = run(args, corpus)
    line = json.loads(first.output)
    assert line["id"] == "story.txt"
    (span,) = line["attributes"]["newslint__newslint_v1__NL102_glued_words"]
    assert ("A title\n\n" + GLUED)[span[0]:span[1]] == "spokespersonDmitry"


def test_dolma_of_standard_input(corpus):
    data = (corpus / "docs.jsonl").read_bytes()
    result = CliRunner().invoke(main, ["-", "--stdin-filename", "in.jsonl", "--format", "dolma", "--select", "NL102"],
                                input=data)
    assert [json.loads(line)["id"] for line in result.output.splitlines()] == \
        ["a1", "2", "in.jsonl:3", "in.jsonl:5", "a4", "a5", "a6"]


def test_record_ids_in_every_machine_format(corpus):
    (corpus / "newslint.toml").write_text('[jsonl]\nid = "doc"\n', encoding="utf-8")
    (corpus / "ids.jsonl").write_text(json.dumps({"doc": "d-1", "id": "other", "text": GLUED}) + "\n")
    rows = [json.loads(x) for x in run(["ids.jsonl", "--format", "jsonl", "--select", "NL102"], corpus).output.splitlines()]
    assert [(r["id"], r["field"], r["line"]) for r in rows] == [("d-1", "text", 1)]
    (result,) = json.loads(run(["ids.jsonl", "--format", "sarif", "--select", "NL102"], corpus).output)["runs"][0]["results"]
    assert result["properties"]["id"] == "d-1"
    assert json.loads(run(["ids.jsonl", "--format", "dolma", "--select", "NL102"], corpus).output)["id"] == "d-1"


def test_a_bad_id_setting_is_a_one_line_config_error(corpus):
    (corpus / "newslint.toml").write_text('[jsonl]\nid = 3\n', encoding="utf-8")
    result = run(["docs.jsonl"], corpus)
    assert result.exit_code == 2 and "jsonl.id: expected one of text/title/date/url/id" in result.output


# -- Parquet ------------------------------------------------------------------------------------------

def write_parquet(path: Path, records):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist([{**r, "id": str(r.get("id", ""))} for r in records]), path)


def test_parquet_in_and_out_match_the_jsonl_findings(corpus):
    pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    records = [RECORDS[0], RECORDS[1], RECORDS[4]]
    write_parquet(corpus / "docs.parquet", records)
    (corpus / "same.jsonl").write_text("".join(json.dumps({**r, "id": str(r["id"])}) + "\n" for r in records))
    select = ["--select", "NL102,NL301"]
    from_parquet = [json.loads(x) for x in run(["docs.parquet", "--format", "jsonl", *select], corpus).output.splitlines()]
    from_jsonl = [json.loads(x) for x in run(["same.jsonl", "--format", "jsonl", *select], corpus).output.splitlines()]
    assert [{**r, "path": None} for r in from_parquet] == [{**r, "path": None} for r in from_jsonl]
    assert [(r["line"], r["id"]) for r in from_parquet] == [(2, "2"), (2, "2")]  # line: the row number
    result = run(["docs.parquet", "--format", "parquet", "-o", "findings.parquet", *select], corpus)
    assert result.exit_code == 1
    table = pq.read_table(corpus / "findings.parquet")
    assert table.column("rule").to_pylist() == ["NL301", "NL102"] and table.column("id").to_pylist() == ["2", "2"]
    dolma = [json.loads(x) for x in run(["docs.parquet", "--format", "dolma", *select], corpus).output.splitlines()]
    assert [line["id"] for line in dolma] == ["a1", "2", "a5"]


def test_parquet_problems_are_one_line_errors(corpus, monkeypatch):
    pytest.importorskip("pyarrow")
    (corpus / "junk.parquet").write_bytes(b"not parquet at all")
    result = run(["junk.parquet"], corpus)
    assert result.exit_code == 2 and "junk.parquet: cannot read: not a readable Parquet file" in result.output
    write_parquet(corpus / "docs.parquet", RECORDS[:2])
    result = run(["docs.parquet", "--fix"], corpus)
    assert result.exit_code == 2 and "cannot rewrite Parquet files" in result.output
    result = run(["docs.jsonl", "--format", "parquet"], corpus)
    assert result.exit_code == 2 and "give it with -o FILE" in result.output
    monkeypatch.setattr("newslint.columnar.has_pyarrow", lambda: False)
    result = run(["docs.parquet"], corpus)
    assert result.exit_code == 2
    assert result.output.strip() == "newslint: error: docs.parquet: Parquet needs pyarrow (pip install 'newslint[parquet]')"
