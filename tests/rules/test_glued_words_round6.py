"""NL102 glued words (issue 12, round six): the shapes of glue each signal finds, and the traps it must leave alone.

Every text here is made up; none is corpus text.
"""

from __future__ import annotations

import pytest


def glued_spans(lint, text, code="NL102"):
    return [text[d.start:d.end] for d in lint(text, select=[code])]


def article(*paragraphs, title="Council budget agreed"):
    return title + "\n\n" + "\n\n".join(paragraphs) + "\n"


@pytest.mark.parametrize(("text", "word"), [
    # a word glued to an all-caps word the dictionary or the article vouches for (a credit, a section label)
    ("The photo shows the harbour at dawn in Dorset. Photograph by Jane ReedREUTERS reports from the coast. "
     "REUTERS said so.", "ReedREUTERS"),
    ("The harbour at dawn in DevonAGENCY pictures of the week.", "DevonAGENCY"),
    ("Ann Lowe, Staff WriterMARLOWE – SPRING TOUR of Marlowe venues.", "WriterMARLOWE"),
    # a day or month in capitals glued to the all-caps word before it (a flattened list of dates and venues); this
    # shape and the next two are looked for in a page where a case change inside a word shows stripped markup
    ("Tickets on sale nowShare this. SPRING TOURTHURSDAY MAY 7 RIVER HALL, LEEDSFRIDAY MAY 8 CORN EXCHANGE.", "TOURTHURSDAY"),
    ("The festival runs in the cityShare this. HARBOUR STAGEOCTOBER 3 and more.", "STAGEOCTOBER"),
    # a name glued to the sentence after it: a capitalised sentence opener followed by a lower-case word
    ("The ceremony was held at dawn. Photograph: Tom HalversonThe mayor said the plan was final.", "HalversonThe"),
    # a clock time or a tweet's age glued to a word; a name the article uses on its own vouches for the word
    ("The meeting ended at 10:41amThe mayor left by the back door.", "41amThe"),
    ("Dan Brook @Dannyb_7 15mMorgan played well today, Morgan said.", "15mMorgan"),
    # a handle that spells the name before it and runs into the post's first word
    ("Praise came at onceShare this. Lena Marsh \u200f@LenaMarshCongratulations to the whole squad on the title.",
     "@LenaMarshCongratulations"),
    ("Praise came at onceShare this. Lena Marsh OBE @LenaMarshThe squad deserved it.", "@LenaMarshThe"),
    # a word glued to the opening quote of the quotation after it (a link or a heading run into a quote)
    ("Home NewsSport. The council could approve the riverside scheme\"We did not expect it,\" the mayor said.", 'scheme"We'),
    ("Home NewsSport. The council could approve the riverside scheme“We did not expect it,” the mayor said.", "scheme“We"),
    # a name glued to the day or month that starts a date; a capitalised word glued to a date's year
    ("More stories. By Anna KowalczykDecember 23, 2019 the column ran.", "KowalczykDecember"),
    ("Fixtures: Northfield Rovers v Eastgate WanderersTuesday, 3 May at home.", "WanderersTuesday"),
    ("Latest: Harbour plan delayed April 26, 2022Mayor Halloran confirms the filing.", "2022Mayor"),
])
def test_glued_words_found(lint, text, word):
    assert word in glued_spans(lint, article(text))


@pytest.mark.parametrize("text", [
    # camel-case and mixed-case names, brands and units
    "The iPhone, McDonald's, YouTube, PlayStation, eBay, JPMorgan, MacArthur, LeBron, DeSantis, O'Neill and "
    "al-Assad were all named in the report.",
    "MySQL, PostgreSQL, SonyBMG, watchOS, macOS, PowerPC, NoSQL and GraphQL ran the service.",
    "A 10kW heat pump, 4G and 5G masts, COVID-19 tests, MP3 files, Node.js code and B2B sales, 100Mbps lines.",
    "The rapper McDONALD and the general MacARTHUR were in the headline in capitals.",
    # hashtags, handles, addresses
    "Follow #CyberMonday, @JaneDoeNews and @BBCBreaking, or mail news@ExampleTimes.com for more.",
    "Jane Doe @JaneDoeNews said it first, and Jane Doe Fan @JaneDoeFan agreed.",
    "Jane Doe @JaneDoeWrites about politics.",
    # formulas, Roman numerals, British spellings, dotted acronyms
    "NaCl and H2O and CO2, Henry VIII and World War II, the colour of the organisation, U.S. and U.K. forces.",
    # capitals that are words on their own: a headline in capitals, a weekday standing alone
    "THE DISMAY OF THE JEJUNE DEBATE ON SUNDAY AND A BIRTHDAY ON WEDNESDAY",
    "The TUESDAY CLUB and the SUNDAY TIMES reported it.",
    # times and amounts that are not glue
    "Doors open at 7pm and the show starts at 8pm. The 3Com and 4Kids brands, 7Eleven stores.",
    # closing quotes glued to the next word are NL103's glued sentences, not a quote opening after a word; inch marks
    'She said: "We went to the fair and it was lovely"Anna wrote later that day.',
    'He called it "a great day"And left. A 55"TV and a 12"Record.',
    # German low quotes close with the English opening mark
    "Er sagte „Das ist gut“Dann ging er in the town.",
    # days and months inside names, a brand before a number that is no date, a year in a name
    "The CyberMonday 2 sale, the SuperTuesday 3 rally and the LongMarch 5 rocket flew; the 2019Zorbax kit sold.",
    # a made-up brand ending in a word that opens sentences, where no lower-case sentence follows
    "The firm's ZorbaxThe Awards and LinkedIn Premium were launched.",
])
def test_traps_stay_silent(lint, text):
    assert glued_spans(lint, article(text)) == []
