"""The batch API: a picklable Linter, lint_batch over texts and records, fix_text, the Arrow schema."""

from __future__ import annotations

import multiprocessing
import pickle

import pytest

from newslint.api import Linter, arrow_schema, fix_text, lint_batch, make_linter
from newslint.diagnostic import Severity

GLUED = "Comments are moderated.\r\n\r\nKremlin spokespersonDmitry Peskov said the talks went well."
CLEAN = "The minister said growth was strong.\n\nShe added that exports rose."
PACK = """rules:
  - code: NL990
    name: house-phrase
    kind: existence
    summary: A phrase the house style bans.
    tokens: ["going forward"]
"""


def test_lint_batch_texts_and_records_in_order_with_offsets_into_the_text_as_given():
    found = lint_batch([GLUED, CLEAN, None, {"id": 7, "text": GLUED}, {"id": "x"}], select=["NL102", "NL301", "NL002"])
    assert [[d.code for d in diagnostics] for diagnostics in found] == \
        [["NL301", "NL102"], [], [], ["NL301", "NL102"], ["NL002"]]
    assert [GLUED[d.start:d.end] for d in found[0]] == ["Comments are moderated.", "spokespersonDmitry"]
    assert (found[0][1].line, found[0][1].column) == (3, 9)  # line ends as given: CRLF
    assert {d.record_id for d in found[3]} == {"7"} and found[3][0].to_dict()["id"] == "7"
    assert found[4][0].record_id == "x" and found[4][0].severity is Severity.ERROR


def test_lint_batch_rejects_what_is_neither_text_nor_record():
    with pytest.raises(TypeError, match="texts or records"):
        lint_batch([3.5])


def test_fix_text_applies_safe_fixes_to_a_fixed_point_keeping_line_ends():
    fixed, applied = fix_text(GLUED)
    assert fixed == "Kremlin spokesperson Dmitry Peskov said the talks went well."
    assert sorted(d.code for d in applied) == ["NL102", "NL301"]
    assert fix_text(fixed) == (fixed, [])
    assert fix_text("Line one.\r\nKremlin spokespersonDmitry said.\r\n")[0] == "Line one.\r\nKremlin spokesperson Dmitry said.\r\n"


def test_fix_text_unsafe_only_on_request():
    text = "Blinken met Lavrov. Read more: Ukraine Leader Calls for Talks"  # a glued teaser: an unsafe fix
    assert fix_text(text) == (text, [])
    fixed, applied = fix_text(text, unsafe=True)
    assert fixed == "Blinken met Lavrov."
    assert [(d.code, d.fix["applicability"]) for d in applied] == [("NL310", "unsafe")]


def test_settings_override_the_config_file(tmp_path):
    (tmp_path / "house.yaml").write_text(PACK, encoding="utf-8")
    config = tmp_path / "newslint.toml"
    config.write_text('select = ["NL102", "NL990"]\npacks = ["house.yaml"]\n[severity]\nNL102 = "error"\n'
                      '[jsonl]\ntext = "body"\nid = "doc_id"\n', encoding="utf-8")
    linter = Linter(config=config, ignore=["NL102"])
    (found,) = linter.lint_batch([{"doc_id": "d1", "body": "Going forward, going forward we grow."}])
    assert [(d.code, d.record_id) for d in found] == [("NL990", "d1")]
    assert Linter(config=config).lint("a spokespersonDmitry b")[0].severity is Severity.ERROR


def _lint_in_child(linter: Linter) -> list[str]:
    return [d.code for d in linter.lint("We will grow going forward.")]


def test_linter_pickles_as_its_settings_and_rebuilds_in_another_process(tmp_path):
    (tmp_path / "house.yaml").write_text(PACK, encoding="utf-8")
    linter = Linter(select=["NL990"], packs=[str(tmp_path / "house.yaml")])
    assert linter.lint("going forward")  # built here: the engine does not travel
    assert len(pickle.dumps(linter)) < 2000
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        assert pool.apply(_lint_in_child, (linter,)) == ["NL990"]


def test_copies_unpickled_in_one_process_share_one_engine():
    data = pickle.dumps(Linter(select=["NL102"], language="en-GB"))
    first, second = pickle.loads(data), pickle.loads(data)
    assert first.engine is second.engine
    assert Linter(select=["NL102"], language="en-GB").engine is not first.engine  # a new Linter builds afresh


def test_an_engine_with_pack_rules_pickles_too():
    engine = make_linter(select=["NL301", "NL102"])
    copy = pickle.loads(pickle.dumps(engine))
    assert [type(r).__name__ for r in copy.rules] == [type(r).__name__ for r in engine.rules]
    assert [f.code for f in copy.lint_text(GLUED.replace("\r", ""))] == ["NL301", "NL102"]


def test_a_bad_setting_is_a_one_line_value_error():
    with pytest.raises(ValueError, match="unknown rule selector 'NL9999'"):
        Linter(select=["NL9999"]).lint("text")


def test_arrow_schema_holds_every_finding():
    pa = pytest.importorskip("pyarrow")
    from newslint.api import arrow_table

    (found,) = lint_batch([{"id": "a", "text": GLUED}])
    table = arrow_table(found)
    assert table.schema == arrow_schema()
    assert set(table.schema.names) == set(found[0].to_dict()) | {"field"}  # field: in JSON only when set
    assert table.to_pylist()[0]["fix"]["edits"][0]["end"] == len("Comments are moderated.\r\n\r\n")
    assert pa.types.is_struct(arrow_schema().field("fix").type)


def test_results_show_in_a_notebook_as_the_marked_article():
    """``_repr_html_``: the text escaped, each finding's text in a mark."""
    from newslint.api import Linter, lint_text

    text = "Title\n\n<b>Kremlin</b> spokespersonDmitry Peskov said."
    for found in (Linter().lint(text), lint_text(text)):
        assert [d.code for d in found] == ["NL403", "NL403", "NL102"]  # the tags, the glued words
        html = found._repr_html_()
        assert "spokespersonDmitry</mark>" in html and "&lt;b&gt;Kremlin" in html and "<b>Kremlin" not in html


def test_a_lone_surrogate_is_an_input_problem_as_in_a_jsonl_record():
    from newslint.api import lint_text

    (finding,) = lint_text("The minister \ud800 spoke on Tuesday.  Scroll down for video", "a.txt")
    assert finding.code == "NL001" and "\\ud800 at character 14" in finding.message
    (record,) = Linter().lint_batch(["The minister \udc80 spoke."])[0]
    assert record.code == "NL001"
