"""NL704–NL708 and the OCR gate: OCR damage found where the gate opens, edited text left alone.

The OCR samples are written for these tests in the style of digitised 19th-century newspapers
(hard-wrapped lines, tbe/tho, rn for m, i for r); no corpus text is copied.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from newslint.cli import main
from newslint.model import Article
from newslint.ocr import gate, symspell

OCR = """THE LAND SALE. ^ ||
At eleven o'clock on Wednesday tbe following portions of land
will be offered by public auction for sale, at tho Colonial
Treasury, at the upset price marked on each lot. The cornpany
commencing on Headman's Cieek, about half a mile south of the
river, thence by a line bearing south 5(i degrees east 20U chains
to the corner of a measured portion of 40 acies, on the north
side of the road. Upset price 20s per acre. The purchaser must
pay tho deposit at the time of sale, and the balance within one
month, otherwise the deposit will be forfeited. Thorns-
hope and Mount Lambie are near, and the COUNTnY lots lie on the
east side of the creek, where the water is good at all seasons.
It is impor tant that the balance ofthe price be paid in time.
"""

EDITED = """Ministers agree new rules on imports

The government said on Tuesday that it would publish new rules for imports of steel next month,
after talks with manufacturers and unions in Sheffield and Rotherham.

Mr Smith, the business secretary, said the changes would protect thousands of jobs. "We have
listened to the industry," he told reporters at Westminster.

Shares in the steelmaker Tata rose 3% in London. Analysts at Barclays said the move was expected.
"""

CODES = ["NL704", "NL705", "NL706", "NL707", "NL708"]


def found(lint, text, **kwargs):
    return {(d.code, text_at(text, d)) for d in lint(text, select=CODES, **kwargs)}


def text_at(text: str, diagnostic) -> str:
    return text[diagnostic.start:diagnostic.end]


def test_the_gate_opens_on_ocr_and_says_why():
    decision = gate.decide(OCR)
    assert decision.ocr and decision.reason.startswith("hard-wrapped lines of print")
    assert decision.hard_wrapped
    one_line = gate.decide(OCR.replace("\n", " "))  # a page given as one line: its misreadings tell
    assert one_line.ocr and "OCR confusion" in one_line.reason and not one_line.hard_wrapped


def test_the_gate_stays_shut_on_edited_news_and_can_be_forced():
    assert not gate.decide(EDITED).ocr
    assert gate.decide(EDITED, "on").ocr
    assert not gate.decide(OCR, "off").ocr


def test_ocr_lines_are_one_paragraph_and_edited_lines_are_not():
    article = Article.parse(OCR, has_header=False)
    assert len(article.paragraphs) == 1
    assert article.paragraphs[0].text.startswith("THE LAND SALE") and "\n" in article.paragraphs[0].text
    assert len(Article.parse(EDITED).paragraphs) == 3
    assert len(Article.parse(OCR, has_header=False, ocr="off").paragraphs) == OCR.count("\n")


def test_non_words_real_words_digits_and_glyphs_are_found(lint):
    findings = found(lint, OCR, has_header=False)
    assert {("NL704", "Cieek"), ("NL704", "acies"), ("NL704", "COUNTnY"),
            ("NL707", "20U"), ("NL708", "5(i")} <= findings
    assert ("NL704", "tbe") in findings or ("NL705", "tbe") in findings
    assert ("NL705", "tho") in findings
    assert any(code == "NL708" and "^" in span for code, span in findings)


def test_words_split_or_run_together_are_found(lint):
    diagnostics = {text_at(OCR, d): d for d in lint(OCR, select=["NL706"], has_header=False)}
    assert diagnostics["impor tant"].fix["edits"][0]["content"] == "important"
    assert diagnostics["ofthe"].fix["edits"][0]["content"] == "of the"


def test_nl701_confusions_are_not_reported_twice(lint):
    codes = [d.code for d in lint(OCR, select=["NL701", *CODES], has_header=False) if text_at(OCR, d) == "cornpany"]
    assert codes == ["NL701"]


def test_names_and_ordinary_words_in_ocr_text_are_left_alone(lint):
    spans = {span for _, span in found(lint, OCR, has_header=False)}
    for word in ("Headman's", "Lambie", "Colonial", "Treasury", "20s", "purchaser", "forfeited", "eleven"):
        assert word not in spans


def test_line_end_hyphenation_is_checked_as_one_word(lint):
    spans = {span for _, span in found(lint, OCR, has_header=False)}
    assert not any(span.startswith("Thorns") for span in spans if "hope" not in span)


def test_corrections_are_unsafe_fixes(lint):
    diagnostics = {text_at(OCR, d): d for d in lint(OCR, select=CODES, has_header=False)}
    fix = diagnostics["acies"].fix
    assert fix["applicability"] == "unsafe" and fix["edits"][0]["content"] == "acres"
    assert diagnostics["Cieek"].fix["edits"][0]["content"] == "Creek"
    assert "probably 'the'" in diagnostics["tho"].message


def test_edited_news_is_silent(lint):
    assert found(lint, EDITED) == set()


def test_symmetric_delete_candidates_weigh_ocr_confusions():
    assert symspell.best("cornpany") == (0.5, "company")
    assert symspell.best("tbe")[1] == "the"
    assert symspell.edit_cost("tho", "the") < symspell.edit_cost("tha", "thx")
    assert all(cost < 2 for cost, _ in symspell.candidates("fiom"))


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "page.txt").write_text(OCR, encoding="utf-8")
    (tmp_path / "news.txt").write_text(EDITED, encoding="utf-8")
    return tmp_path


def test_metadata_shows_the_gate_decision(folder):
    result = CliRunner().invoke(main, ["metadata", "page.txt", "news.txt"], catch_exceptions=False)
    assert result.exit_code == 0
    page, news = (json.loads(line) for line in result.output.splitlines())
    assert page["ocr"]["ocr"] is True and page["paragraphs"] == 1
    assert news["ocr"]["ocr"] is False and news["ocr"]["reason"].startswith("reads as edited text")


def test_config_key_forces_the_gate(folder):
    (folder / "newslint.toml").write_text('ocr = "off"\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--no-cache", "--select", "NL704", "page.txt"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    (folder / "newslint.toml").write_text('ocr = "on"\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--no-cache", "--select", "NL704", "page.txt"], catch_exceptions=False)
    assert result.exit_code == 1 and "NL704" in result.output


def test_command_line_option_overrides_the_config(folder):
    (folder / "newslint.toml").write_text('ocr = "on"\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--no-cache", "--ocr", "off", "--select", "NL704", "page.txt"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    result = CliRunner().invoke(main, ["check", "--no-cache", "--ocr", "on", "--select", "NL704", "news.txt"],
                                catch_exceptions=False)
    assert result.exit_code == 1 and "NL704" in result.output  # forced on: names near words are suspects too


def test_bad_ocr_config_value_is_one_line_error(folder):
    (folder / "newslint.toml").write_text('ocr = "maybe"\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "page.txt"], catch_exceptions=False)
    assert result.exit_code == 2
    assert len(result.output.strip().splitlines()) == 1
    assert result.output.strip().endswith("newslint.toml: ocr: expected one of auto, on, off, got 'maybe'")


def test_a_line_end_hyphenation_is_one_piece_spanning_both_lines():
    from newslint.ocr.analysis import Printed

    text = "parish of Thorns-\nhope, near the creek"
    joined = [p for p in Printed(text, 100) if p.core.startswith("Thorns")]
    assert [p.core for p in joined] == ["Thornshope"]
    assert text[joined[0].start - 100:joined[0].end - 100] == "Thorns-\nhope"


def test_ordinals_money_and_units_are_not_digit_letter_confusions(lint):
    page = OCR.replace("Upset price 20s per acre.", "On the 14th, 2nd and 3rd lots 20s 6d, 5ft and 10lb.")
    spans = {span for code, span in found(lint, page, has_header=False) if code == "NL707"}
    assert spans == {"20U"}


def test_early_modern_spellings_are_left_alone():
    from newslint.ocr.analysis import Analysis

    page = ("And whan the knyght had sayd his mynde vnto the kynge, he toke his leue and rode forth with "
            "his men, and the kynge was ryght wroth, and sayd that he wolde haue his lyfe or he dyde slepe, "
            "and all the lordes of the courte were sore afrayd of hym, for he was a grete lorde and a "
            "stronge, and no man durst speke ageynst hym in that tyme.")
    article = Article.parse(page, has_header=False, ocr="on")
    analysis = Analysis(article)
    assert analysis.archaic
    flagged = {article.text[s.start:s.end] for s in analysis.suspects}
    assert not flagged & {"knyght", "sayd", "haue", "tyme", "lorde"}


def _suspects(page: str) -> dict[str, str]:
    from newslint.ocr.analysis import Analysis

    article = Article.parse(page, has_header=False, ocr="on")
    return {article.text[s.start:s.end]: s.code for s in Analysis(article).suspects}


def test_a_lone_capital_is_a_suspect_where_no_initial_can_stand():
    flagged = _suspects("the sale of land J at the Treasury was put off, and P the deposit fell due on Monday.")
    assert flagged.get("J") == "NL704" and flagged.get("P") == "NL704"


def test_initials_and_the_words_a_i_o_are_left_alone():
    flagged = _suspects("Mr J Smith and J. B. Jones said that A man and I went, O Lord, to see C. H. Brown at noon.")
    assert not {"J", "B", "A", "I", "O", "C", "H"} & set(flagged)


def test_a_short_non_word_before_a_full_stop_ends_a_sentence_and_an_abbreviation_does_not():
    flagged = _suspects("The price was ten shillings per acie. The lots of 3 cwt. and 4 lbs. were sold, viz. two.")
    assert flagged.get("acie") == "NL704"
    assert not {"cwt", "lbs", "viz"} & set(flagged)


def test_a_possessive_name_is_judged_by_the_name():
    flagged = _suspects("They met at Stuckey's store near the river, and Mr Stuckey said the price was fair.")
    assert "Stuckey's" not in flagged and "Stuckey" not in flagged


def test_a_word_the_page_repeats_needs_more_evidence_to_be_a_misreading():
    once = "He pulled hard, but the lever was stuck fast in the mud of the yard."
    assert _suspects(once).get("lever") == "NL705"  # printed once: its neighbours alone judge it
    thrice = once + " Then the lever was oiled. At last the lever was free and the gate opened."
    assert "lever" not in _suspects(thrice)  # a page about a lever prints it again and again


def test_hard_wrapped_lines_with_a_few_non_words_open_the_gate():
    lines = [
        "The committee met on Tuesday last at the hall in George-street, when",
        "the chairman read the report of the past year, which showed that the",
        "receipts had been larger than in any former year, and that the debt",
        "of the society had been reduced by a considerable sum. He thanked tbe",
        "members for their support, and said that the work of the society was",
        "now better known than ever before, and that the prospects were good.",
        "The report was adopted, and the officers for the ensuing year were",
        "elected. A vote of thanks to the chairman closed the proceedings.",
    ]
    decision = gate.decide("\n".join(lines))
    assert decision.hard_wrapped and decision.ocr and 0.01 <= decision.non_word_rate < 0.03


def test_a_name_misread_once_is_told_by_the_name_printed_elsewhere_on_the_page():
    page = ("The steamer left Pittwater at noon with the mails. Fishing at Pittwater has been good this season, "
            "and the boats returned to Pittwator before dark.")
    from newslint.ocr.analysis import Analysis

    article = Article.parse(page, has_header=False, ocr="on")
    suspects = {article.text[s.start:s.end]: s for s in Analysis(article).suspects}
    assert suspects["Pittwator"].replacement == "Pittwater"


def test_names_printed_once_or_inflected_are_not_taken_for_misreadings():
    from newslint.ocr.analysis import Analysis

    page = "The boats left Pittwater at noon and came back to Pittwator. Mr Smith and Mrs Smith met the Smiths."
    article = Article.parse(page, has_header=False, ocr="on")
    suspects = {article.text[s.start:s.end]: s for s in Analysis(article).suspects}
    assert "Smiths" not in suspects
    assert "Pittwator" not in suspects or suspects["Pittwator"].replacement != "Pittwater"  # printed once: no evidence
