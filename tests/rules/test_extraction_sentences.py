"""NL103 and NL105: sentences glued at their full stop (or comma, dash, closing quote), and stray full stops in the
middle of a sentence; figures, codes, domains, initials and abbreviations stay.
"""

from __future__ import annotations

import pytest
from conftest import shown
from rule_texts import article, cup_article


def sentence_glue(lint, text):
    return [d.message for d in lint("Storm report\n\n" + text + "\n", select=["NL103"])]


def test_glued_sentences_extractors_leave(lint):
    assert sentence_glue(lint, "He thanked the editors.Stormcloaks are next.") == ["missing space in 'editors.Stormcloaks'"]
    assert sentence_glue(lint, "That cuts emissions, he said.Co-founder Bill Gates agreed.") == ["missing space in 'said.Co'"]
    assert sentence_glue(lint, "Microsoft said.© Example News 2020") == ["missing space in 'said.©'"]


def test_domains_and_file_names_are_not_glued_sentences(lint):
    assert sentence_glue(lint, "Visit news.Example.com or example.co.uk; use Node.js, the Co-op and ASP.NET.") == []
    assert sentence_glue(lint, "Copyright ©2020 and (c) 2020 are both written.") == []


@pytest.mark.parametrize(("text", "junction"), [
    ("The club agreed the move.The side has moved to Mill Road.14 May - the club stay up on the final day.",
     "Road.14 May"),
    # looked for only in a paragraph where another junction shows glue ('agreed.Delays')
    ("The plan was agreed.Delays could damage the company itself.5,600 staff work on the site.", "itself.5,600"),
    ("The hearing will take place two days later.PC Jane Ross said the inquiry was over.", "later.PC"),
    ("The shop held a stock of 12,000.AB Hamid was an early collector of the prints.", "12,000.AB"),
    ('The clip is not supported on this phone"I\'m going to be back on the track soon," she said.', 'phone"I'),
    # a name of letters and a number ends the sentence; a speaker's colon glued to a quotation naming the club
    ("The site honours those who died during WW2.The project runs for four years.", "WW2.The"),
    ('The home coach Ann Reid:"Rovers took their chances well." Rovers won the game.', 'Reid:"Rovers'),
])
def test_nl103_finds_new_glued_junctions(lint, text, junction):
    assert junction in shown(lint, article(text), "NL103")


@pytest.mark.parametrize("text", [
    "See Fig.26 April for the chart and No.1 June for the table.",
    "The value of pi is 3.14159 and the score was 2.1,000 fans cheered.",
    "The file is at www.example.26 May and the code is v.2 in the manual.",
    "The team signed the player.JM and co-workers watched.",
    'Screen sizes of 55"I and 65"I are sold by the shop, a spokesman said.',
    "Shares of BHP.AX fell and the A4.pdf file was sent by the G20.org site.",
])
def test_nl103_leaves_figures_codes_and_initials_alone(lint, text):
    assert shown(lint, article(text), "NL103") == []


# -- precision: a link after a sentence, a line of one token

def test_nl105_leaves_a_link_after_a_sentence_alone(lint):
    text = cup_article("The picture shows the stand, and the face in the third row is mine. https://t.co/AbCdEf123 was "
                   "shared widely.")
    assert shown(lint, text, "NL105") == []
    assert shown(lint, cup_article("The talks ended at a time of crisis. tensions rose again."), "NL105") == [". tensions"]


def test_nl105_finds_a_stop_after_a_determiner(lint):
    text = cup_article("Prices rose sharply in the. UK last year, and the club told an. Away crowd of the plan for "
                       "their. Chief executive Jane Doe said so.")
    assert shown(lint, text, "NL105") == [". UK", ". Away", ". Chief"]
    edits = [d.fix["edits"][0] for d in lint(text, select=["NL105"])]
    assert [(text[:edit["start"]].rsplit(None, 1)[-1], text[edit["start"]:edit["end"]], edit["content"])
            for edit in edits] == [("the", ".", ""), ("an", ".", ""), ("their", ".", "")]  # the stop deleted
    assert {d.fix["applicability"] for d in lint(text, select=["NL105"])} == {"unsafe"}


def test_nl105_leaves_sentences_that_end_on_other_small_words_alone(lint):
    text = cup_article("It is the one they came from. Mr Smith said it was theirs. The idea was his. They took it in. "
                       "The end. Then. Say the word ‘the.’ “Oh my. That was close,” she said.")  # ('my' ends an exclamation)
    assert shown(lint, text, "NL105") == []


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


def test_nl103_finds_a_stop_glued_to_initials_joined_by_an_ampersand(lint, fixed):
    text = cup_article("The cards sold out and are no longer in stock.B&H has a waiting list. Sales rose over "
                       "Christmas, shoppers said.M&S said food sales were up. The deal was agreed.AT&T will pay cash.")
    assert shown(lint, text, "NL103") == ["stock.B&H", "said.M&S", "agreed.AT&T"]
    assert fixed(text, ["NL103"]) == text.replace(".B", ". B").replace(".M", ". M").replace(".A", ". A")


@pytest.mark.parametrize("text", [
    "Profits at P&O fell, and Q&A sessions with M&S staff were held by the S&P index team.",
    "The firm, Smith & Co.AT&T unit, and the U.S.M&A desk met; see example.com/find?q=stock.B&H for the list.",
])
def test_nl103_leaves_initials_joined_by_an_ampersand_alone(lint, text):
    assert shown(lint, cup_article(text), "NL103") == []


def test_nl103_finds_a_stop_glued_to_a_pair_of_words_with_a_slash(lint):
    text = cup_article("Its slot is yet to be settled.Rowing/canoeing will return. He wrote to the firm directly."
                   "\"Google/YouTube will act,\" he said.")
    assert shown(lint, text, "NL103") == ["settled.Rowing", 'directly."Google']


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


def test_nl105_leaves_hon_pty_and_the_older_per_cent_stop_alone(lint):
    """British 'hon. secretary', Australian 'Pty.' and the older 'per cent.' end no sentence; a stray stop after an
    ordinary word is still found, and so is one after 'cent' that no 'per' comes before."""
    text = cup_article("The hon. secretary of the rowing club said the regatta would go ahead, and the hon. treasurer "
                       "agreed.", "Shares in the ferry firm rose 4 per cent. on the news, and Harbour Freight Pty. said "
                       "nothing.")
    assert shown(lint, text, "NL105") == []
    text = cup_article("The rowing club met at a time of crisis. tensions rose, and the fare went up by one cent. nobody "
                       "noticed.")
    assert shown(lint, text, "NL105") == [". tensions", ". nobody"]


def test_nl103_leaves_an_editors_note_in_square_brackets_alone(lint):
    text = cup_article("The panel scored each group on the puzzle.[Note: in the puzzle above, the red tile matched "
                       "the second clue.] Adapted from a longer study of the panel. The ferry left at noon.[Update: "
                       "it returned at six.] Harbour staff said.")
    assert shown(lint, text, "NL103") == []


def test_nl103_finds_a_sentence_glued_to_a_link_or_a_bracketed_word_after_a_stop(lint):
    text = cup_article("The panel met at the harbour office.[Read the full report](https://example.org/report) on the "
                       "council's site, or see the notes.[Jane Doe][1] wrote the summary for the panel. It praised "
                       "the crew.\"[The skipper] kept the ferry running all winter,\" the chair said.")
    assert shown(lint, text, "NL103") == ["office.[Read", "notes.[Jane", 'crew."[The']


# a page's paragraphs written solid (five glued junctions or more in one paragraph): a stop the rule doubts elsewhere
SOLID = ("The ferry left the harbour at noon.The crew had waited all week for calm seas.Repairs to the slipway "
         "were finished on Friday.Harbour staff worked through the night.Passengers queued along the quay.The "
         "council thanked the volunteers.")


def test_nl103_finds_doubted_stops_in_a_paragraph_written_solid(lint):
    text = cup_article(SOLID + "Bookings rose among 18-24-year-olds.It was the busiest month since the spring. "
                       "Fares were cut too little.Skyferry.com Ltd, the operator, said so, and Skyferry runs the "
                       "route. "
                       "The skipper called out to Orla!Orla waved back from the quay, and Orla stayed there.")
    assert [word for word in shown(lint, text, "NL103") if "." in word[:-1] or "!" in word][-3:] == [
        "18-24-year-olds.It", "little.Skyferry", "Orla!Orla"]


def test_nl103_leaves_doubted_stops_alone_outside_a_solid_paragraph(lint):
    text = cup_article("The ferry left at noon.The crew waited. Bookings rose among 18-24-year-olds.It was the "
                       "busiest month. Fares were cut too little.Skyferry.com Ltd said so, and Skyferry runs the "
                       "route. "
                       "The skipper called out to Orla!Orla waved back, and Orla stayed there.")
    assert shown(lint, text, "NL103") == ["noon.The"]


def test_nl103_leaves_abbreviations_paths_and_lower_case_names_alone_in_a_solid_paragraph(lint):
    text = cup_article(SOLID + "The route is listed on page 4 of the timetable, approx.Ten miles from the pier. "
                       "Tickets are at site.com/ferry.Times and the app runs on node.js for the crew; the code "
                       "<FRY.L> and e.g.Skyferry fares were listed.")
    assert [word for word in shown(lint, text, "NL103") if "approx" in word or "ferry.T" in word
            or "js" in word or "e.g" in word or "FRY" in word] == []
