"""NL104: two words run together that the article itself writes apart elsewhere ('policeuniforms' beside 'police
uniforms'), where the web's counts give no evidence; and the compounds it must leave alone. Every text here is made
up; none is corpus text.
"""

from __future__ import annotations

import pytest
from conftest import shown


def article(*paragraphs, title="Thieves posed as officers"):
    return title + "\n\n" + "\n\n".join(paragraphs) + "\n"


@pytest.mark.parametrize(("text", "found"), [
    (article("The two men wore police uniforms when they came to the gallery at night.",
             "The stolen items included paintings, a clock and two policeuniforms kept in a cupboard."),
     ["policeuniforms"]),
    (article("The plan promises radically improved services for families.",
             "Ministers said the reforms would bring radicallyimproved public transport to the towns."),
     ["radicallyimproved"]),
])
def test_nl104_splits_words_the_article_writes_apart(lint, text, found):
    assert shown(lint, text, "NL104") == found


@pytest.mark.parametrize("text", [
    # the article never writes the two words apart
    article("The stolen items included paintings, a clock and two policeuniforms kept in a cupboard."),
    # a short part: a compound written solid beside its phrasal form
    article("Officers said they would pat down every visitor.", "During the patdown a phone was found."),
    # a compound the web writes solid, spelt both ways by the page
    article("He is one of the party's power brokers.", "The powerbrokers met on Sunday to choose a candidate."),
])
def test_nl104_leaves_compounds_without_page_evidence_alone(lint, text):
    assert shown(lint, text, "NL104") == []


# a short run-on: a function word and a frequent word, which the web writes apart far more often than solid ----------

@pytest.mark.parametrize(("text", "found"), [
    (article("The minister said it was notthe end of the talks."), ["notthe"]),
    (article("Officials would meet onour terms, the union said."), ["onour"]),
    (article("Rivals said the remark was tothe point and hard to answer."), ["tothe"]),
    (article("Residents were told the road isthe only way out of the valley."), ["isthe"]),
    (article("The court heard ofthe plan in March."), ["ofthe"]),
])
def test_nl104_splits_a_short_run_on_of_a_function_word(lint, text, found):
    assert shown(lint, text, "NL104") == found


@pytest.mark.parametrize("text", [
    # words the web writes solid far more often than apart: an e-mail box, currency trading, a dialect spelling
    article("Readers can send tips to the newsroom inbox and forex traders said the pound fell."),
    article("The song's chorus, 'feelin' alright', played as the crowd left."),
    # a misread word in OCR output, and a page in another language, where a short unknown word is no run-on
    article(*["Tho ship had beon at sea for a week and tbe crew wero tired of tho voyage and its hardships."] * 6),
    article("Hostis in propinquo fuerit, castra ponere debent milites et vallum facere ante noctem."),
    # a hashtag and a handle
    article("Fans shared the clip under #notthe and tagged @onour in their posts."),
])
def test_nl104_leaves_short_unknown_words_that_are_no_run_on_alone(lint, text):
    assert shown(lint, text, "NL104") == []


# a name the page writes on its own glued to a word it writes on its own, on a page where markup was stripped ---------

# what a stripped page also shows: case changes inside words in two paragraphs, a lower-case word no word list holds
STRIPPED = "The site grew fast inMay, and its readers shared millionsof links.\n\nMore from the deskSee all"


@pytest.mark.parametrize(("text", "found"), [
    # an italic outlet's name glued to the next word
    (article("Ezra Mendel started Vox in 2014.", "Readers, the Voxfounder wrote, prefer short stories.",
             "The founder of any outlet must choose.", STRIPPED), ["Voxfounder"]),
    # a linked surname glued to a noun the story uses
    (article("Critics of Halvorsen say the plan is costly.", "In an interview, the Halvorsenplan was called fair.",
             "The plan would pass, aides said.", STRIPPED), ["Halvorsenplan"]),
    # a linked name glued to a verb the story uses
    (article("Marta Kowalczyk chairs the committee.", "Kowalczyk said the vote would be held in spring.",
             "After the meeting Kowalczykconfirmed the date; aides confirmed it later.", STRIPPED), ["Kowalczykconfirmed"]),
])
def test_nl104_splits_a_name_glued_to_a_word_the_page_writes_apart(lint, text, found):
    assert [word for word in shown(lint, text, "NL104") if word[0].isupper()] == found


@pytest.mark.parametrize("text", [
    # brands the web's counts know, beside their parts
    article("Users of the Facebook app can face a book ban; YouTube, PayPal and WhatsApp also pay.", STRIPPED),
    article("Snapchat users snap a chat; the Groupon deal was on a group of sites.", STRIPPED),
    # a name whose parts the page never writes on its own
    article("In an interview, Thornbury said the plan would pass.", STRIPPED),
    # a name written twice, and a brand named by its domain
    article("Critics of Vox say Voxmedia grew fast; Voxmedia and the media agreed.", STRIPPED),
    article("Nation readers follow news on Nationnews and at nationnews.example.", STRIPPED),
    # a brand's name in a menu line of its own or before 'Logo', not in a sentence
    article("Partners\nCityherald\nContact", "The City team reports the herald of spring.", STRIPPED),
    # a name glued to a function word: NL103's ('Reutersthat the'), not reported twice
    article("Critics of Halvorsen say the plan is costly.", "In an interview, Halvorsenthe minister said it would "
            "pass.", STRIPPED),
    # one case change inside a word (a brand) is no sign of stripped markup
    article("Ezra Mendel started Vox in 2014.", "Readers, the Voxfounder wrote, prefer short stories.",
            "The founder of any outlet must choose.", "The site grew fast inMay, and its readers shared millionsof links."),
    # the same page without the marks of stripped markup
    article("Ezra Mendel started Vox in 2014.", "Readers, the Voxfounder wrote, prefer short stories.",
            "The founder of any outlet must choose."),
])
def test_nl104_leaves_brands_and_names_without_page_evidence_alone(lint, text):
    assert [word for word in shown(lint, text, "NL104") if word[0].isupper()] == []


# a name the page writes on its own twice, which is no everyday word, glued to a frequent word (a link's or an italic
# name's last word that lost the space after it), on a page with an unknown lower-case word and a case change ----------

UNKNOWN = "The critics wrote of a glorbishly long session on the iPhone."  # an unknown lower-case word, a case change


@pytest.mark.parametrize(("text", "found"), [
    (article("Brandtism shaped a generation of voters in the north.", "Its heirs, he said, made Brandtismpossible "
             "again, and Brandtism won the vote.", UNKNOWN), ["Brandtismpossible"]),
    (article("Okonjo spoke first.", "Aides to Okonjo said the Okonjoplan would take effect in May.", UNKNOWN),
     ["Okonjoplan"]),
])
def test_nl104_splits_a_name_written_twice_glued_to_a_frequent_word(lint, text, found):
    assert [word for word in shown(lint, text, "NL104") if word[0].isupper()] == found


@pytest.mark.parametrize("text", [
    # an everyday word as the name: a brand's shape ('Citymeals', 'Newspack')
    article("The City said so.", "The City and Citymeals delivered food to the elderly.", UNKNOWN),
    # the name written on its own once only
    article("Okonjo spoke first.", "Aides said the Okonjoplan would take effect in May.", UNKNOWN),
    # a brand named by its domain, and a name written twice glued
    article("Okonjo spoke first. Okonjo left.", "Readers of okonjoplan.example saw the Okonjoplan page.", UNKNOWN),
    # a name glued to a function word is NL103's
    article("Okonjo spoke first. Okonjo left.", "Aides said Okonjothe minister would stay.", UNKNOWN),
    # no case change inside a word on the page
    article("Okonjo spoke first.", "Aides to Okonjo said the Okonjoplan would take effect in May.",
            "The critics wrote of a glorbishly long session."),
    # a compound of another language whose second part is a rarer English word
    article("Deutsch lernen mit Freunden.", "Deutsch im Alltag: der Deutschtrainer hilft.", UNKNOWN),
])
def test_nl104_leaves_brands_and_names_written_once_alone(lint, text):
    assert [word for word in shown(lint, text, "NL104") if word[0].isupper()] == []


# a digit glued to a day's or a month's name: a schedule's lines run together -----------------------------------------

@pytest.mark.parametrize(("text", "found"), [
    (article("Qualifier 1Wednesday, 25 May at the main ground."), ["1Wednesday"]),
    (article("The schedule: round 3Saturday, then the final in June."), ["3Saturday"]),
    (article("Tickets for stage 2March went on sale on Monday."), ["2March"]),
])
def test_nl104_splits_a_digit_glued_to_a_day_or_month(lint, text, found):
    assert shown(lint, text, "NL104") == found


@pytest.mark.parametrize("text", [
    article("The 3D film and the 4G phone sold well; 7News and 1Password said so, and F1 and the G7 met."),
    article("He ran 5km in the 1990s and came 2nd on Monday, 1 May, at 7pm Friday time."),
    article("Fans tagged #1Wednesday and @2Sunday in their posts."),
])
def test_nl104_leaves_digits_beside_other_words_alone(lint, text):
    assert shown(lint, text, "NL104") == []
