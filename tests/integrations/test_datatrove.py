"""newslint's datatrove steps in a real LocalPipelineExecutor: 2 tasks on 2 worker processes.

JsonlReader → NewslintFixer (mojibake only) → NewslintAnnotator → NewslintFilter (errors, with an
exclusion writer) → JsonlWriter → NewslintParquetWriter. The first document of each shard is clean,
which is what breaks datatrove's own ParquetWriter (its schema comes from the first document).
"""

from __future__ import annotations

import json
import pickle

import pytest

pytestmark = pytest.mark.integration

pytest.importorskip("datatrove")
pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

from datatrove.data import Document  # noqa: E402
from datatrove.executor import LocalPipelineExecutor  # noqa: E402
from datatrove.pipeline.readers import JsonlReader  # noqa: E402
from datatrove.pipeline.writers import JsonlWriter  # noqa: E402

from newslint.api import Linter, arrow_findings_type  # noqa: E402
from newslint.integrations.datatrove import (NewslintAnnotator, NewslintFilter, NewslintFixer,  # noqa: E402
                                             NewslintParquetWriter)

CLEAN = "The minister said growth was strong.\n\nShe added that exports rose."
BOILERPLATE_AND_GLUED = "Comments are moderated.\n\nKremlin spokespersonDmitry Peskov said the talks went well."
GLUED = "The fund said.\n\nKremlin spokespersonDmitry Peskov declined to comment."
MOJIBAKE = "The club\u00e2\u20ac\u2122s chairman said the fee was agreed."
LOST_TEXT = "The \ufffd shares fell sharply on Monday."

SHARDS = {
    "part-0.jsonl": [("a0", CLEAN), ("a1", BOILERPLATE_AND_GLUED), ("a2", MOJIBAKE), ("a3", LOST_TEXT)],
    "part-1.jsonl": [("b0", CLEAN), ("b1", GLUED), ("b2", LOST_TEXT)],
}


@pytest.fixture(scope="module")
def pipeline_run(tmp_path_factory):
    root = tmp_path_factory.mktemp("datatrove")
    source = root / "in"
    source.mkdir()
    for name, docs in SHARDS.items():
        (source / name).write_text("".join(json.dumps({"id": i, "text": t, "title": "A title"}) + "\n"
                                           for i, t in docs), encoding="utf-8")
    linter = Linter()  # shared by the annotator and the filter: one engine per worker
    executor = LocalPipelineExecutor(
        pipeline=[
            JsonlReader(str(source)),
            NewslintFixer(select=["NL401"]),
            NewslintAnnotator(linter=linter),
            NewslintFilter(severity="error", linter=linter, exclusion_writer=JsonlWriter(str(root / "dropped"))),
            JsonlWriter(str(root / "jsonl"), compression=None),
            NewslintParquetWriter(str(root / "parquet")),
        ],
        tasks=2, workers=2, logging_dir=str(root / "logs"))
    executor.run()
    return root


def read_jsonl(folder):
    docs = []
    for path in sorted(folder.glob("*")):
        opener = __import__("gzip").open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as handle:
            docs.extend(json.loads(line) for line in handle)
    return {doc["id"]: doc for doc in docs}


def test_annotator_adds_findings_with_offsets_into_the_text(pipeline_run):
    kept = read_jsonl(pipeline_run / "jsonl")
    assert sorted(kept) == ["a0", "a1", "a2", "b0", "b1"]
    clean = kept["a0"]["metadata"]
    assert (clean["newslint"], clean["newslint_count"], clean["newslint_max_severity"]) == ([], 0, "none")
    doc = kept["a1"]
    found = doc["metadata"]["newslint"]
    assert [f["rule"] for f in found] == ["NL301", "NL102"]
    assert doc["metadata"]["newslint_count"] == 2 and doc["metadata"]["newslint_max_severity"] == "warning"
    assert [doc["text"][f["start"]:f["end"]] for f in found] == ["Comments are moderated.", "spokespersonDmitry"]
    assert found[0]["id"] == "a1" and found[0]["fix"]["applicability"] == "safe"


def test_fixer_applies_safe_fixes_before_the_annotator(pipeline_run):
    fixed = read_jsonl(pipeline_run / "jsonl")["a2"]
    assert fixed["text"] == "The club\u2019s chairman said the fee was agreed."
    assert fixed["metadata"]["newslint_count"] == 0


def test_filter_drops_errors_with_the_rule_as_reason(pipeline_run):
    dropped = read_jsonl(pipeline_run / "dropped")
    assert sorted(dropped) == ["a3", "b2"]
    assert {doc["metadata"]["filter_reason"] for doc in dropped.values()} == {"NL405"}


def test_parquet_output_is_typed_although_the_first_document_is_clean(pipeline_run):
    files = sorted((pipeline_run / "parquet").glob("*.parquet"))
    assert len(files) == 2
    table = pa.concat_tables([pq.read_table(f) for f in files])
    metadata_type = table.schema.field("metadata").type
    assert metadata_type.field("newslint").type == arrow_findings_type()
    rows = {row["id"]: row["metadata"] for row in table.to_pylist()}
    assert rows["a0"]["newslint"] == [] and rows["b0"]["newslint_count"] == 0
    assert [f["rule"] for f in rows["b1"]["newslint"]] == ["NL102"]
    assert rows["a1"]["newslint"][0]["fix"]["edits"][0]["end"] == len("Comments are moderated.\n\n")


def test_stats_count_findings_per_rule_and_drops_per_reason(pipeline_run):
    stats = json.loads((pipeline_run / "logs" / "stats.json").read_text())
    by_step = {step["name"]: {key: value["total"] if isinstance(value, dict) else value  # one update: a bare count
                              for key, value in step["stats"].items()} for step in stats}
    annotator = next(value for name, value in by_step.items() if name.endswith("newslint"))
    assert annotator["NL102 glued-words"] == 2
    assert annotator["NL301 comment-notice"] == 1
    assert annotator["documents"] == 7
    dropping = next(value for name, value in by_step.items() if "filter" in name)
    assert dropping["dropped_NL405"] == 2
    fixing = next(value for name, value in by_step.items() if "fixer" in name)
    assert fixing["documents_fixed"] == 1


def test_filter_by_rule_lints_when_no_annotator_ran():
    keep = NewslintFilter(rules=["NL3"])  # boilerplate of any severity
    assert keep.filter(Document(BOILERPLATE_AND_GLUED, "x")) == (False, "NL301")
    assert keep.filter(Document(GLUED, "y")) is True
    assert NewslintFilter().filter(Document(GLUED, "y")) is True  # default: errors only


def test_steps_pickle_as_their_settings():
    step = pickle.loads(pickle.dumps(NewslintAnnotator(select=["NL102"])))
    doc = Document(BOILERPLATE_AND_GLUED, "z")
    list(step.run([doc]))
    assert [f["rule"] for f in doc.metadata["newslint"]] == ["NL102"]
    with pytest.raises(TypeError):
        NewslintAnnotator(linter=Linter(), select=["NL1"])


def test_fixer_annotates_again_a_document_annotated_before_it():
    linter = Linter(select=["NL102", "NL301"])
    doc = Document(BOILERPLATE_AND_GLUED, "f")
    list(NewslintAnnotator(linter=linter).run([doc]))
    assert doc.metadata["newslint_count"] == 2
    list(NewslintFixer(linter=linter).run([doc]))
    assert doc.text == "Kremlin spokesperson Dmitry Peskov said the talks went well."
    assert (doc.metadata["newslint"], doc.metadata["newslint_count"]) == ([], 0)
