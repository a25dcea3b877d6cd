"""The OCR gate: lines of print told by words broken at line ends, and lists of names by their
OCR signatures and glyph runs; edited copy (even with a stray digit in a word or a lone "tho") stays shut.

Pages are written for these tests in the style of 19th-century newspaper OCR; no corpus text is copied.
"""

from __future__ import annotations

from newslint.ocr import gate

SHIPPING = """SHIPPING NEWS.
ARRIVALS.
March 3.-Mary Ann, brig, 140 tons, Captain
Dawson, from Hobart Town the 20th Feb-
ruary. Passengers-Mrs. Dawson, Mr. Kelly.
March 3.-Comet, schooner, 60 tons, Captain
Field, from Launceston the 25th Feb-
ruary, with a cargo of wheat and flour.
March 4.-Hope, barque, 300 tons, from London.
Captain Moore, 1st November. Passengers-
Mr. and Mrs. Clarke, Mr. Quinn, Mr. Ryan, Mr. Boyle,
Mr. Brady, and 12 in the steerage. Cargo, sun-
dries, 40 tons of iron, and 200 casks of beef.
March 4.-Ann, cutter, 20 tons, Captain Price.
Cargo: 500 bushels of maize and a load of cedar.
March 5.-Dart, schooner, 50 tons, Captain Lee.
Cargo: 30 tons of coal and some timber for the mill.
"""

NAMES = """THE CONTINGENT.
Tho list of tbe men embarking, witb tho ranks:
Capt John Henry Morrison, farrier Charles Edward Wood
Ptes Alfred James Baker, saddler George Wm Harry Cole,
Sgt Thomas Henry Brown, bugler Herbert John Ellis,
Gnr Arthur Robert Fox, Ptes Wil1iam Gray, cook Harold Hale,
James Hill, driver Ernest Kemp, wheeler Frank Long,
Percy Marsh, trumpeter Albert Moss, Pte Leslie Nash,
sappers Walter Oakes, Henry Page, gunners Frederick Pike,
Robert Wi1son, farrier Reginald Price, orderly Joseph Quick,
shoeing-smith Samuel Reed, cook Edward Rose, cornet Hugh Nolan,
saddler Louis Ward, bugler Cyril Young, drivers Roy Dunn, Ray Dodd,
sergeant Tom Burke, orderly Ned Kelly, cook Abel Crane, sappers Ken Ash,
lancer Ivo Bell, nurse Amy Cole, cadets Guy Dale, Rex Hume, batman Ted Oxley.
"""


def test_words_broken_at_line_ends_open_the_gate_on_lines_of_print():
    decision = gate.decide(SHIPPING.replace("bushels", "bushcls").replace("timber", "tiniber"))
    assert not decision.hard_wrapped  # the next line starts with a capital too often to tell it from lines
    assert decision.ocr and "broken at line ends" in decision.reason


def test_words_broken_at_line_ends_alone_do_not_open_it_on_clean_text():
    decision = gate.decide(SHIPPING)  # a clean transcription: its only non-words are halves of broken words
    assert decision.hyphen_line_ends >= 2 and decision.non_word_rate > 0 and not decision.ocr


def test_a_list_of_names_with_ocr_signatures_and_glyphs_opens_the_gate():
    decision = gate.decide(NAMES.replace("\n", " "))  # one line: not lines of print
    assert decision.ocr and "glyph runs" in decision.reason


def test_one_signature_or_one_digit_in_a_word_keeps_edited_copy_shut():
    text = ("The minister said on Tuesday that the B4you scheme would be extended, tho critics disagreed. "
            "Officials said the cost of the scheme had risen by a third since it was launched last year, "
            "and that the money would come from the existing budget for the department and its agencies.")
    assert not gate.decide(text).ocr


def test_a_list_of_names_with_one_glyph_run_is_not_judged():
    decision = gate.decide(NAMES.replace("\n", " ").replace("Wi1son", "Wilson"))
    assert not decision.ocr and decision.reason.startswith("not English enough")
