"""NL102 (issue 12, round nine, 12j): the digits of a box or table run into the words before them: a clock time
('iPlayer17:30'), the numbers of a numbered list whose items lost their breaks ('59secs2.  Name'), a capitalised word
before a thousands figure ('Water2,000'); and what must pass.

Every text here is made up; none is corpus text.
"""

from __future__ import annotations

import pytest
from conftest import shown

from newslint.api import make_linter
from newslint.fixes import apply_fixes, select_fixes


def cup_article(*paragraphs, title="Cup final preview"):
    return title + "\n\n" + "\n\n".join(paragraphs) + "\n"


@pytest.mark.parametrize(("text", "words"), [
    # a broadcast-times box run into the text
    ("The match starts at eight.(BST)19:30-21:30 - BBC Two19:45-21:30 - Radio Five Live", [")19:30", "Two19:45"]),
    ("Latest updates: Cases rise in the north region21:04Jane Smith reports from the hospital", ["region21:04", "04Jane"]),
    # a result table flattened into one line: each row's number glued to the end of the row before
    ("Stage result:1.  Ann Lee (Fra/Blue) 3hrs 12mins 5secs2.  Bea Moss (Ita/Red) +4secs3.  Cat Park (Esp/Gold) "
     "Same time4. Dee Quinn (Ger/Blue)5. Eve Rowe (Bel/Green)", ["secs2", "secs3", "time4", ")5"]),
    ("The stage ended in the rain at the finish.1.  Ann Lee (Fra/Blue) 3hrs 5secs2.  Bea Moss (Ita/Red) +4secs3.  "
     "Cat Park (Esp/Gold)", ["finish.1", "secs2", "secs3"]),
    # a fact box: a word glued to the figure of the next line
    ("The station had a 120 metre-high chimney on the banks of Tidal Water3,000 megawatt output fuelled by the "
     "nearby refinery145 metre towers", ["Water3,000"]),
])
def test_nl102_finds_digits_glued_to_the_word_before(lint, text, words):
    assert shown(lint, cup_article(text), "NL102") == words


@pytest.mark.parametrize("text", [
    "The log reads 2021-03-04T17:30 and the clock showed 17:30, then Matthew 5:3 was read aloud.",
    "He bought a PlayStation4. Then an iPhone6. Section 3.2. The second clause applies.",
    "See clauses 3.1. The first, 3.2. The second and 3.3. The third; or at 17.30. Then the time.17:30 was set.",
    "Office365 users and mp3 players, the A380 jets and user123 wrote that the G7 met.",
    "Fans of the top10 list and covid19 cases; a route66 sign; the win10 update.",
    "Seeds 1. Smith 2. Jones 3. Brown were listed with a space before every number.",
    "Only two items glued: the first ended1. The second ended2. The third is spaced 3. Done.",
])
def test_nl102_leaves_codes_times_and_spaced_lists_alone(lint, text):
    assert shown(lint, cup_article(text), "NL102") == []


def test_nl102_fix_splits_a_clock_time_from_the_word(fixed):
    text = cup_article("Watch live on the BBC Sport website17:30-19:30 and on BBC Two.")
    assert fixed(text, ["NL102"]) == cup_article("Watch live on the BBC Sport website 17:30-19:30 and on BBC Two.")


# -- a title-case subheading glued to the sentences on both sides (NL106), its last word to the next sentence (NL102)

LOST_BREAKS = ("The probe left orbit on Monday after a week of tests.A Quiet Return From the Outer "
               "PlanetsThe engineers said the landing went to plan. Data came back at once.Lessons for the Next "
               "MissionBeyond the science, the team learned a great deal about budgets.")


def test_nl106_finds_a_title_case_subheading_glued_to_both_sentences(lint):
    assert shown(lint, cup_article(LOST_BREAKS), "NL106") == ["A Quiet Return From the Outer Planets",
                                                           "Lessons for the Next Mission"]


def test_nl102_splits_a_heading_glued_to_the_sentence_after_a_glued_stop(lint):
    assert "MissionBeyond" in shown(lint, cup_article(LOST_BREAKS), "NL102")


def test_nl106_fix_puts_the_subheading_on_its_own_line():
    text = cup_article("The probe left orbit after a week of tests.A Quiet Return From the Outer PlanetsThe engineers "
                   "said the landing went to plan.")
    findings = make_linter(select=["NL106"]).lint_text(text)
    assert select_fixes(findings) == []  # a judgement: offered, never applied unasked
    assert apply_fixes(text, select_fixes(findings, unsafe=True)) == cup_article(
        "The probe left orbit after a week of tests.\n\nA Quiet Return From the Outer Planets\n\nThe engineers said "
        "the landing went to plan.")


@pytest.mark.parametrize("text", [
    # credits and bylines glued the same way are not subheadings
    "The goats were removed.Photograph by Ann Lee, Island Restoration ProgrammeIt was not always so.",
    "The city is ageing.By Caroline Lewis Published TodayQuestions remain about care.",
    # title-case names in a sentence, a brand written solid, spaced sentences
    "He joined the firm.Microsoft Office PowerPoint slides were shown to the board on Monday.",
    "The report said so. The New York Times And The Washington Post ran it. Both agreed.",
    "She left.Then Bank of America and JPMorgan Chase said they would cut rates.",
])
def test_nl106_leaves_credits_names_and_brands_alone(lint, text):
    assert shown(lint, cup_article(text), "NL106") == []


# -- a full name (a surname the word list does not know) glued to the sentence after it (NL102)

@pytest.mark.parametrize(("text", "words"), [
    ("The capsule came down safely.\nImage Credit: NASA/Jane KowalczykDivers secured the capsule and towed it.",
     ["KowalczykDivers"]),
    ("Analysis by racing correspondent Tom WhitcombeShutter Speed is clearly in very good form this season.",
     ["WhitcombeShutter"]),
])
def test_nl102_finds_a_full_name_glued_to_the_next_sentence(lint, text, words):
    assert shown(lint, cup_article(text), "NL102") == words


@pytest.mark.parametrize("text", [
    "Apple AirPods come with a case, and the Google PlayStation rival ships with a controller in the box.",
    "Coach DeShawn Jones and LaToya Smith met Ryan McDonald and the O'Brien family at the event on Friday.",
    "The firm GlaxoSmithKline said on Monday that its shares rose, as did ExxonMobil and PricewaterhouseCoopers.",
])
def test_nl102_leaves_camel_case_names_and_brands_after_a_name_alone(lint, text):
    assert shown(lint, cup_article(text), "NL102") == []


# -- precision: a link after a sentence, a line of one token

def test_nl105_leaves_a_link_after_a_sentence_alone(lint):
    text = cup_article("The photo shows the crowd, and the head in the front row is mine. https://t.co/AbCdEf123 was "
                   "shared widely.")
    assert shown(lint, text, "NL105") == []
    assert shown(lint, cup_article("The talks ended at a time of crisis. tensions rose again."), "NL105") == [". tensions"]


def test_nl101_leaves_a_line_of_one_unknown_token_alone(lint):
    text = cup_article("The site requires JavaScript.", "pagetemplatearticle", "The telescope opened in 2016.")
    assert shown(lint, text, "NL101") == []
    assert shown(lint, cup_article("The site opened.", "xqzt lorvena said on Monday the plan was sound."), "NL101") \
        == ["xqzt"]


# -- a stop glued to the dash of an attribution (NL103)

def test_nl103_finds_a_stop_glued_to_an_attribution_dash(lint, fixed):
    text = cup_article("A record of rare warmth and wit.– Jane Doe, Critic", "It lingers for days.”– Tom Roe, Writer")
    assert shown(lint, text, "NL103") == ["wit.–", "days.”–"]
    assert fixed(text, ["NL103"]) == cup_article("A record of rare warmth and wit. – Jane Doe, Critic",
                                             "It lingers for days.” – Tom Roe, Writer")


@pytest.mark.parametrize("text", [
    "He left — and then came back. In 2001 – the year of the vote – turnout fell. The A–B line reopened.",
    "The U.S.– Canada border and the 1990s.– a decade — ended. She said: “Go.” — and went.",
    "It is made of fir, said he,—I smell the turpentine.— There is a knot in it, said he.",  # older print
])
def test_nl103_leaves_spaced_and_numbered_dashes_alone(lint, text):
    assert shown(lint, cup_article(text), "NL103") == []


# -- a comma glued to a capitalised word (NL103)

def test_nl103_finds_a_comma_glued_to_the_next_line(lint, fixed):
    text = cup_article("Spending was £1,250,400,The other party spent less, the weekly newspaper,Die Zeit reported.")
    assert shown(lint, text, "NL103") == ["£1,250,400,The", "newspaper,Die"]
    assert fixed(text, ["NL103"]) == cup_article("Spending was £1,250,400, The other party spent less, the weekly "
                                             "newspaper, Die Zeit reported.")


@pytest.mark.parametrize("text", [
    "Registered office: 9-10,Main Road; the firm Smith,Jones Ltd; the codes x,The and ab,Cd ef.",
    "The list read apples, Oranges, pears; the value 1,000,000 US dollars; Washington,DC is the capital.",
])
def test_nl103_leaves_addresses_names_and_spaced_commas_alone(lint, text):
    assert shown(lint, cup_article(text), "NL103") == []


# -- a stop glued to UK or US (NL103): a sentence's start, not a domain

def test_nl103_finds_a_stop_glued_to_a_common_acronym(lint):
    text = cup_article("Two sports join the programme.UK Sport says funding will follow. The talks were held in Colwyn "
                   "Bay.US officials said little.")
    assert shown(lint, text, "NL103") == ["programme.UK", "Bay.US"]


def test_nl103_leaves_domains_in_capitals_alone(lint):
    text = cup_article("See www.bbc.co.UK for details, or WWW.BBC.CO.UK, and the site.UK/news page; the U.S. and "
                   "the U.K. agreed.")
    assert shown(lint, text, "NL103") == []


def test_nl103_finds_a_stop_glued_to_a_pair_of_words_with_a_slash(lint):
    text = cup_article("Its place is yet to be confirmed.Baseball/softball will return. He wrote to the firm directly."
                   "\"Google/YouTube will act,\" he said.")
    assert shown(lint, text, "NL103") == ["confirmed.Baseball", 'directly."Google']


def test_nl103_leaves_paths_after_a_stop_alone(lint):
    text = cup_article("Read it at site.News/world/europe or on bbc.Com/news, and the file server.Local/share.html now.")
    assert shown(lint, text, "NL103") == []


def test_nl103_finds_a_full_name_glued_after_a_year_or_an_acronym(lint):
    text = cup_article("The site was sold to developers in 2016.Osric Pendleby of the company said it was fine. A "
                   "police officer told the BBC.Ravindra Kumbhal, a deputy inspector, agreed.")
    assert shown(lint, text, "NL103") == ["2016.Osric", "BBC.Ravindra"]


def test_nl103_leaves_dotted_names_and_tickers_alone(lint):
    text = cup_article("One.Tel Limited collapsed, BHP.AX Group rose and the ASP.Net Core team met in Node.Js Town.")
    assert shown(lint, text, "NL103") == []
