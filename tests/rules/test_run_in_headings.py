"""NL106: subheadings and embedded-post headers run into the text where an extractor lost the paragraph breaks (a
question, a heading in sentence case, a phrase between a readability page's double-space joins, a post's header);
edited text with questions, short sentences, double spaces and handles stays alone. Every text is made up.
"""

from __future__ import annotations

import pytest
from conftest import shown
from rule_texts import cup_article

from newslint.api import make_linter
from newslint.fixes import apply_fixes, select_fixes
from newslint.rules.extraction import run_in_headings


SPACED = ("The manager said the squad was ready.  The players trained in the rain on Tuesday and the mood was good.  "
          "Fitness doubts over the captain  Doctors will decide on the morning of the match whether he can play.  "
          "The club has not lost at home this season.")


@pytest.mark.parametrize(("text", "headings"), [
    # a question glued to the stop before and the sentence after
    ("The squad trained twice on Monday.What makes a side hard to beat?Before the season began, the coach "
     "asked every player to keep a diary.", ["What makes a side hard to beat?"]),
    # a question on its own line glued to its paragraph
    ("The squad trained twice on Monday.\nWhat makes a side hard to beat?Before the season began, the "
     "coach asked every player to keep a diary.", ["What makes a side hard to beat?"]),
    # a sentence-case heading glued to both sentences
    ("The club sold every ticket for the final.Queues at the groundSome fans waited through the night for "
     "the box office to open.", ["Queues at the ground"]),
    # a two-word title-case heading glued to both sentences
    ("The club sold every ticket for the final.Overnight QueuesSome fans waited through the night for the "
     "box office to open.", ["Overnight Queues"]),
    # acronyms, a dash and a colon in a heading glued to both sentences
    ("The club sold every ticket for the final.FA's ruling on the queuesSome fans waited through the night for "
     "the box office to open.", ["FA's ruling on the queues"]),
    ("The club sold every ticket for the final.Tickets: a record - and a warningSome fans waited through the "
     "night for the box office to open.", ["Tickets: a record - and a warning"]),
    # a heading ending on a name the text uses
    ("The team bus left at dawn.Next stop TarnwickSoon the players were asleep, and Tarnwick was still "
     "three hours away.", ["Next stop Tarnwick"]),
    # a heading ending on a name the text never uses again stays
    ("The team bus left at dawn.Next stop TarnwickSoon the players were asleep on the bus.", []),
    # a byline glued the same way is no heading
    ("The club sold every ticket for the final.By Jane DoeThe players trained twice on Monday.", []),
    # a heading after a section break glued to its sentence
    ("The season ended on a high for the club.* * *A Brief History of the Cup FinalFrom the first final "
     "in 1872, the trophy has changed hands often.", ["A Brief History of the Cup Final"]),
    # a phrase between the double-space joins of a readability page
    (SPACED, ["Fitness doubts over the captain"]),
    # an embedded post header run into the text
    ('The striker said he was proud of the team."Jane Doe \u200f@JaneDoeWell done to everyone at the club '
     "tonight.Mark Lee OBE \u200f@MarkLee7 15mWhat a night for the fans.",
     ["Jane Doe \u200f@JaneDoe", "Mark Lee OBE \u200f@MarkLee7 15m"]),
    # a caption between double spaces needs a short phrase
    ("The manager said the squad was ready.  The players trained on Tuesday.  The captain walks off the "
     "pitch after the semi-final against the league leaders at the national stadium in May  Doctors will "
     "decide on the morning of the match.  The club has not lost at home.", []),
])
def test_the_headings_run_into_a_paragraph(lint, text, headings):
    assert shown(lint, cup_article(text), "NL106") == headings


def test_the_fix_puts_the_spaced_heading_on_its_own_line():
    text = cup_article(SPACED)
    findings = make_linter(select=["NL106"]).lint_text(text)
    assert select_fixes(findings) == []  # a judgement: offered, never applied unasked
    assert "ready.  The players trained in the rain on Tuesday and the mood was good.\n\nFitness doubts over the " \
           "captain\n\nDoctors will decide" in apply_fixes(text, select_fixes(findings, unsafe=True))


@pytest.mark.parametrize("text", [
    # questions in edited prose: spaced, quoted, long, or run on after a comma
    "Who will win the cup? Nobody knows, the manager said. Why does it matter? The prize money is large.",
    'He asked: "What makes a side hard to beat?" Then he answered his own question.',
    "Is this the end of an era for a club that has won the cup more often than any other side in the league? Maybe.",
    # short sentences and names in edited prose
    "The club sold every ticket. Queues formed at the ground. Some fans waited all night.",
    "The club signed Jane Doe from Leeds. She joined McDonald and DeSantis in the squad.",
    # double spaces after every sentence, as some writers type them: every sentence ends with a stop
    "The club sold every ticket.  Queues formed at the ground.  Some fans waited all night.  The doors opened at six.",
    # a handle in a sentence
    "Fans can follow the club @CupClub for news, and the captain @JaneDoe posts from training.",
])
def test_edited_text_stays_alone(lint, text):
    assert shown(lint, cup_article(text), "NL106") == []


def test_a_heading_ending_on_a_name_finds_the_paragraphs_words_once_for_all_its_headings(monkeypatch):
    """Whether a heading's last word is a name the paragraph uses elsewhere is answered from one pass over the
    paragraph's words, not a search of the paragraph per heading (a page of such lines was quadratic)."""
    passes = []
    words = run_in_headings._WORD_CHARACTERS
    monkeypatch.setattr(run_in_headings, "_WORD_CHARACTERS",
                        type("Spy", (), {"finditer": lambda self, text: passes.append(text) or words.finditer(text)})())
    text = "Hi. " + "it.Reaching ZqxwoodSoon we went out. " * 200
    runs = [(at, at + len("ZqxwoodSoon")) for at in range(len(text)) if text.startswith("ZqxwoodSoon", at)]
    assert list(run_in_headings.short_headings(text, runs, lambda last, text, cut: False)) == []
    assert len(passes) == 1


def _short_headings(text: str) -> list[str]:
    """The short headings of ``text`` whose glued run is 'RiverwoodSoon', no sentence known to start at the cut."""
    run = text.index("RiverwoodSoon")
    found = run_in_headings.short_headings(text, [(run, run + len("RiverwoodSoon"))], lambda last, text, cut: False)
    return [text[start:end] for start, end in found]


@pytest.mark.parametrize(("after", "found"), [
    ("", []), (" Riverwood was quiet.", ["Reaching Riverwood"]),
    (" Riverwood's inn was quiet.", ["Reaching Riverwood"]), (" (Riverwood) was quiet.", ["Reaching Riverwood"]),
    (" Riverwoods were quiet.", []),
    (" Riverwood_2 was quiet.", []), (" Riverwood2 was quiet.", []),
])
def test_a_heading_ending_on_a_name_the_paragraph_writes_as_a_word_of_its_own_elsewhere(after, found):
    assert _short_headings(f"We walked all day.Reaching RiverwoodSoon we went out to the fields.{after}") == found


# a page whose breaks an extractor wrote as single spaces: one line of 2,500 characters or more, a link's comma apart
_FILLER = "The players trained in the rain on Tuesday and the coach watched from the stand. " * 32
SPACE_JOINED = ("Follow the club on Photobook , Chirper or email. " + _FILLER + "The mood was good after the win. "
                "Fitness doubts over the captain The doctors will decide on the morning of the match. " + _FILLER)


@pytest.mark.parametrize(("text", "headings"), [
    (SPACE_JOINED, ["Fitness doubts over the captain"]),
    (SPACE_JOINED.replace("Fitness doubts over", "Fitness Doubts Over"), ["Fitness Doubts Over the captain"]),
    # the same paragraph short: edited text, where a capitalised word may go on a sentence
    ("The mood was good after the win. Fitness doubts over the captain The doctors will decide on the morning.", []),
    # long but with no link's punctuation written apart: no sign of a page joined with spaces
    (SPACE_JOINED.replace(" , ", ", "), []),
    # in a page joined with spaces, prose: a title after a verb, a pronoun's sentence, a clock's stop, a last small word
    (SPACE_JOINED.replace("Fitness doubts over the captain The doctors", "Fans love to read The Times every day and"), []),
    (SPACE_JOINED.replace("Fitness doubts over the captain", "They doubt the captain"), []),
    (SPACE_JOINED.replace("Fitness doubts over the captain The", "Both sides in group A"), []),
    (SPACE_JOINED.replace("the win. Fitness", "9 a.m. Fitness"), []),
    (SPACE_JOINED.replace("over the captain The", "over the The"), []),
    # a sentence that opens on a word the text writes in lower case ('coach'), after a heading in sentence case
    (SPACE_JOINED.replace("The doctors", "Coach and doctors"), ["Fitness doubts over the captain"]),
    # a capitalised word before it goes on a name ('the Rain Coach'), as does a word the text never writes in lower case
    (SPACE_JOINED.replace("over the captain The doctors", "over the Rain Coach and doctors"), []),
    (SPACE_JOINED.replace("The doctors", "Harlow and doctors"), []),
    # a heading of one plain word before a word that opens sentences
    (SPACE_JOINED.replace("Fitness doubts over the captain The", "Fitness After"), ["Fitness"]),
    # one word before a name, an acronym, a short word or an opener goes on a sentence
    (SPACE_JOINED.replace("Fitness doubts over the captain The doctors", "Doctors Harlow and Lee"), []),
    (SPACE_JOINED.replace("Fitness doubts over the captain The", "UEFA After"), []),
    (SPACE_JOINED.replace("Fitness doubts over the captain The", "Yet The"), []),
    (SPACE_JOINED.replace("Fitness doubts over the captain The", "Later The"), []),
    # after a quotation's closing mark and its stop
    (SPACE_JOINED.replace("after the win. Fitness", 'after the win, "said the coach." Fitness'),
     ["Fitness doubts over the captain"]),
    (SPACE_JOINED.replace("after the win. Fitness doubts over the captain The", 'after the win." Fitness After'),
     ["Fitness"]),
    (SPACE_JOINED.replace("after the win. Fitness doubts over the captain The doctors", 'after the win." They doubt '
                                                                                        "the captain and"), []),
    # a heading that opens on a name's possessive (an acronym's too), a noun phrase, and the sentence after it on the
    # same; not another name's, nor a name without its possessive (a sentence that lost its stop)
    (SPACE_JOINED.replace("Fitness doubts over the captain The doctors", "Harlow’s part in the late winner Harlow’s "
                                                                          "doctors"), ["Harlow’s part in the late winner"]),
    (SPACE_JOINED.replace("Fitness doubts over the captain The doctors", "UEFA’s role in the late kick-off UEFA’s "
                                                                          "doctors"), ["UEFA’s role in the late kick-off"]),
    (SPACE_JOINED.replace("Fitness doubts over the captain The doctors", "Harlow’s part in the late winner UEFA’s "
                                                                          "doctors"), []),
    (SPACE_JOINED.replace("Fitness doubts over the captain The doctors", "Harlow thanked the fans for the win Harlow "
                                                                          "said the doctors"), []),
])
def test_a_sentence_case_heading_in_a_page_joined_with_spaces(lint, text, headings):
    assert len(SPACE_JOINED) > 2500
    assert shown(lint, cup_article(text), "NL106") == headings


def test_a_scan_joined_with_spaces_keeps_its_lines():
    """A scan's text looks the same (its lines of verse and running heads between sentences): the OCR gate's scans
    are no extractor's page."""
    findings = make_linter(select=["NL106"], ocr="on").lint_text(cup_article(SPACE_JOINED))
    assert [finding for finding in findings if finding.code == "NL106"] == []


# a live blog whose entries an extractor ran into one line: each entry a clock, its author, a title and its text
_ENTRIES = [("10:57", "Jane Doe", "Parking at the ground", "Some spaces by the river will close from noon on match "
             "days and the club asks fans to walk from the station. The stewards will be out early to help."),
            ("10:41", "Mark Lee", "Is the kick-off time moving?", "No, the league has said the time stays as it is. "
             "The broadcaster had asked for an earlier slot but the request was turned down."),
            ("10:20", "Jane Doe", "Tickets for the away end", "About four hundred are still on sale at the box office, "
             "which opens at nine and closes when the last one is gone. The queue is already long."),
            ("10:02", "Mark Lee", "Team news", "The captain trained on his own again and will have a late test. The "
             "coach said he would not take a risk with a player who has been out for a month.")]
_TITLES = [title for _, _, title, _ in _ENTRIES]


def _live_blog(entry: str, times: int = 5) -> str:
    """One line of ``times`` rounds of the entries, each written as ``entry`` writes a clock, an author, a title and
    its text, after a sentence of its own (a line of 2,500 characters or more: a page's paragraphs joined)."""
    line = "Follow the latest from the ground here. " + "".join(entry.format(*parts) for parts in _ENTRIES * times)
    assert len(line) > 2500
    return line


@pytest.mark.parametrize(("entry", "titles"), [
    # the entries glued (soup's get_text()): a title glued to its author and to its text
    ("{0}{1}{2}{3}", _TITLES * 5),
    # the entries set apart by single spaces (a link's comma apart: a page joined with spaces); a title ends before
    # a word that opens no sentence too, at its last word in lower case before the capital ('end About four')
    ("{0} {1} {2} {3} Share on Photobook , Chirper ", _TITLES * 5),
])
def test_the_titles_of_a_live_blogs_entries_run_into_one_line(lint, entry, titles):
    assert shown(lint, cup_article(_live_blog(entry)), "NL106") == titles


@pytest.mark.parametrize("entry", [
    # 12-hour clocks and no author, glued or set apart by single spaces; a clock and its zone
    "{0}pm{2}{3}",
    "{0}am {2} {3} Share on Photobook , Chirper ",
    "{0} BST {2} {3} Share on Photobook , Chirper ",
])
def test_the_titles_of_live_blog_entries_with_no_author(lint, entry):
    assert shown(lint, cup_article(_live_blog(entry)), "NL106") == _TITLES * 5


# entries whose titles end in lower case before a capital that no list of openers holds: 'on services Harbour Board
# staff have', 'timetable Ferries to the island'
_LOWER_END_ENTRIES = [("Harbour Board shares update on services", "Harbour Board staff have said the car park will "
                       "close at noon on match days and fans should walk from the station."),
                      ("Changes to the timetable", "Ferries to the island will run every hour until the evening, when "
                       "the last boat leaves at ten."),
                      ("Club's letter", "Supporters were told that about four hundred seats are still on sale at the "
                       "box office, which opens at nine.")]


def test_an_entry_title_ends_at_its_last_word_in_lower_case_before_a_capital(lint):
    line = "Follow the latest from the ground here. " + "".join(
        f"10:{59 - entry:02d} {('Jane Doe', 'Mark Lee')[entry % 2]} {title} {body} Share on Photobook , Chirper "
        for entry, (title, body) in enumerate(_LOWER_END_ENTRIES * 6))
    assert shown(lint, cup_article(line), "NL106") == [title for title, _ in _LOWER_END_ENTRIES] * 6


@pytest.mark.parametrize("body", [
    # the entry opens on a sentence: a name after a word a clause goes on after, a verb of saying, or 'v'; a
    # capitalised word before a capital goes on a name
    "Fans were asked to meet at the Harbour Gate before noon.",
    "The stewards said Jane Roe would open the gates early.",
    "Rovers and United fans will share the north stand today.",
    "Rovers fans from Kestrel Bay can park by the river.",
])
def test_an_entry_that_opens_on_a_sentence_has_no_title_cut_at_a_capital(lint, body):
    line = "Follow the latest from the ground here. " + "".join(
        f"{clock} {author} {body} Share on Photobook , Chirper " for clock, author, _, _ in _ENTRIES * 8)
    assert len(line) > 2500
    assert shown(lint, cup_article(line), "NL106") == []


@pytest.mark.parametrize("text", [
    # entries with no title: the text opens on a sentence after the author
    _live_blog("{0}{1}{3}"),
    # a clock and a name in the story: no author writes three entries
    "The gates open at 12:30 Jane Doe said, and the club asks fans to arrive early. " * 40,
    "The gates open at 12:30 Local time Some fans come early and the club asks them to wait outside. " * 40,
    # the live blog on lines of their own: no line is a page's paragraphs joined
    "\n".join(f"{clock} {author}\n{title}\n{body}" for clock, author, title, body in _ENTRIES * 8),
])
def test_clocks_and_names_that_head_no_run_in_title_stay_alone(lint, text):
    assert shown(lint, cup_article(text), "NL106") == []
