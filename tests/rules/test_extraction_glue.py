"""NL102 and NL106: words glued at a case change, a number or a handle, and subheadings glued to the text, as
extractors leave them; names, brands, codes and handles stay.
"""

from __future__ import annotations

import pytest
from conftest import shown
from rule_texts import article, cup_article

from newslint.api import make_linter
from newslint.fixes import apply_fixes, select_fixes
from newslint.model import Article
from newslint.rules.extraction import glue
from newslint.rules.extraction._shared import _Counts


def glued(lint, *paragraphs):
    text = "Storm report\n\n" + "\n\n".join(paragraphs) + "\n"
    return [d.message.split("'")[1] for d in lint(text, select=["NL102"])]


def test_headline_glue(lint):
    assert glued(lint, "Storm Hits CoastResidents were told to leave their homes on Monday.") == ["CoastResidents"]
    assert glued(lint, "Scientists Confirm Record HeatAccording to scientists, the year was the hottest.") \
        == ["HeatAccording"]


def test_headline_shape_needed_for_title_title_glue(lint):
    # a brand in a sentence, a brand in a title-case headline, a brand the web writes solid
    assert glued(lint, "The ByteDance deal and SpiceJet flights were discussed on Monday.") == []
    assert glued(lint, "TikTok Owner ByteDance to Cut Jobs") == []
    assert glued(lint, "Gaming Firms Report PlayStation sales rose in the spring.") == []
    assert glued(lint, "New Tools Help LinkedIn users find work, the company said.") == []
    assert glued(lint, "The Stream: How IShowSpeed is rewriting the rules of fame.") == []


def test_lower_case_glue_that_recurs_in_a_page_of_menus(lint):
    found = glued(lint, "Latest: Covid deathsSanto Domingo officials said.", "More: Covid deathsSanto Domingo again.")
    assert found == ["deathsSanto", "deathsSanto"]


def test_a_solid_web_word_that_recurs_still_passes(lint):
    assert glued(lint, "He uses iPhone apps.", "She likes iPhone apps too.") == []


def _suspects(body):
    return glue.GlueSuspects(Article.parse("A title\n\n" + body + "\n"))


def test_prescreen_skips_clean_text_and_keeps_every_kind_of_suspect():
    assert not _suspects("The minister said on Monday that 12% of the 2,000 homes were hit.").any
    assert _suspects("Kremlin spokespersonDmitry Peskov spoke.").segments
    assert _suspects("The USSecretary of State spoke.").segments
    assert _suspects("He paid $25The next day he paid again.").amounts
    assert _suspects("Prices rose 12%Analysts said.").amounts
    assert _suspects("The end of the season29 April was a Monday.").days
    assert not _suspects("The season ended on 29 April.").days


def glued_spans(lint, text, code="NL102"):
    return [text[d.start:d.end] for d in lint(text, select=[code])]


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
    ("The meeting ended at 10:41amThe mayor left by the back door.", "10:41amThe"),
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
    # a date's year (its day an ordinal) glued to the share buttons after it, written solid too
    ("Ferry timetable changes. Mar 9th 2021FacebookTwitterEmail The harbour opens.", "2021Facebook"),
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
    # a figure before a word written solid is glued only after a date ('1080PlayStation', '2019EuroMillions')
    "The 1080PlayStation bundle and the 2019EuroMillions draw were both sold out by noon.",
    # a made-up brand ending in a word that opens sentences, where no lower-case sentence follows
    "The firm's ZorbaxThe Awards and LinkedIn Premium were launched.",
])
def test_traps_stay_silent(lint, text):
    assert glued_spans(lint, article(text)) == []


@pytest.mark.parametrize(("text", "words"), [
    # a fact box whose lines lost their breaks: a number glued to the word after it, or a word to the number after it
    ("The new plant will be large.Key figures: 4,200builders on site at peak3,000km of pipes laid in "
     "trenches120,000 tonnes of concrete2.4m cubic metres of soil moved.",
     ["4,200builders", "peak3,000km", "trenches120,000", "concrete2.4m"]),
    ("There are now more than 11,500doctors working in the region, the report said.", ["11,500doctors"]),
    # a misspelt word glued to a thousands figure is glue all the same
    ("The tower stands over the harbur4,200 tonnes of steel were used to build it.", ["harbur4,200"]),
    # a list's ranks glued to its items' first words (the numbering's markup dropped), three or more in a row
    ("Our picks:\n* 1Best quiet keyboards for writers, * 2Best cheap lamps this year, * 3Best desk chairs to sit on,",
     ["1Best", "2Best", "3Best"]),
    ("Reviews\n* 4Zorvex Quill review\n* 5Ambrel Lamp review\n* 6Dorrin's Chair review",
     ["4Zorvex", "5Ambrel", "6Dorrin"]),
    ("Most read\n9Storm shuts the harbour road\n10Council votes on a bridge\n11Museum opens a winter hall",
     ["9Storm", "10Council", "11Museum"]),
    ("Picks\n      + 1Quiet keyboards for writers\n      + 2Cheap lamps for a desk\n      + 3Chairs for a long day",
     ["1Quiet", "2Cheap", "3Chairs"]),
])
def test_nl102_finds_numbers_glued_to_words(lint, text, words):
    assert shown(lint, article(text), "NL102") == words


@pytest.mark.parametrize("text", [
    "Fans can stream the album as mp3 files or on a covid19 tracker site, and python3.8 is required.",
    "The 1,000th visitor came from 5,000km away; the route is 2,000kcal and 12,000mph in the game.",
    "Install version2.0 or the win10 update, then pay 1,000,000 dollars for 5.6m shares in the firm.",
    "The firm sold 3,500 homes, up from 2,900 last year, and 4.5m people now use the service.",
    "Tickets cost Kshs1,500 or Rs2,000, the @fanclub1,000 page said; see example.com/page1,200 for more.",
    # a lone rank-like brand, two ranks, ranks not in a row, ranks in a sentence
    "The 4Kids show and 3Com kit were on the list.\n7Up was served later in the evening.",
    "Two picks only:\n* 1Best quiet keyboards, * 2Best cheap lamps for the desk,",
    "Ranks out of order:\n* 1Best quiet keyboards, * 3Best cheap lamps, * 5Best desk chairs,",
    "Mid sentence the scores were 1Best, 2Best and 3Best on the team's own chart.",
])
def test_nl102_leaves_codes_units_and_spaced_numbers_alone(lint, text):
    assert shown(lint, article(text), "NL102") == []


def test_nl102_fix_inserts_the_space_between_number_and_word(fixed):
    text = article("The site employs staff. Key facts: 2,500engineers on site at peak.")
    assert fixed(text, ["NL102"]) == text.replace("2,500engineers", "2,500 engineers")


@pytest.mark.parametrize("text", [
    # camel-case names and brands written as one word, also where the article uses their parts on their own
    "The singer LeeAnne Rimes met Lee Hall and Anne Baxter backstage before the show.",
    "The site runs a theme by tagDiv. Its iPhone and eBay apps, PowerPoint slides and YouTube clips all loaded.",
    "Mayor Ron DeSantis flew from LaGuardia to meet McDonald staff and GlaxoSmithKline chemists using JavaScript.",
    "Power cuts hit the city. Point of sale units from PowerPoint Systems use Power and Point kits.",
])
def test_nl102_leaves_camel_case_names_alone(lint, text):
    assert shown(lint, article(text), "NL102") == []


def test_nl102_splits_a_heading_glued_to_let_us_but_not_a_brand(lint):
    text = article("Readers can write to the Gallery of Posters and AdvertisingLet us know what you make of it.",
                   "The OutLet store and the PlayLet shop opened at the mall on Monday.")
    assert shown(lint, text, "NL102") == ["AdvertisingLet"]


def test_nl102_still_splits_a_short_lower_case_word_glued_before_a_sentence(lint):
    text = article("The crowd watched the sky.It was the sight of the skyThe crowd had waited for all week long.")
    assert "skyThe" in shown(lint, text, "NL102")


@pytest.mark.parametrize("text", ["peak3,000km", "concrete2.4m", "4,200builders", "mp3 and 5,000 km", "abc1,000",
                                  "word12.5 and 1,200abc", "ÿpeak3,000"])
def test_the_number_shape_agrees_with_its_byte_twin_and_covers_the_scan(text):
    from newslint.rules.extraction import glue

    shapes = glue._glue_shapes(text)
    assert shapes == glue._glue_shapes_of(glue._shape(text))
    assert shapes & 32 or not glue._GLUED_NUMBER.search(text)  # the shape is a superset of what the scan finds


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


def test_nl102_finds_a_case_change_before_a_digit_where_the_run_ends_in_lower_case(lint):
    """A digit after a letter run no longer hides its case change: 'reopenedMarch3' is two words with a day glued
    after them."""
    assert shown(lint, cup_article("The harbour ferry reopenedMarch3 after the storm, the council said."),
                 "NL102") == ["reopenedMarch"]


@pytest.mark.parametrize("text", [
    "The iOS14 update, the SARSCoV2 tests and the SpaceX2 launch came before the macOS12 release.",
    "He bought a PlayStation5 and an iPhone15; the McLaren720 and the OnePlus9 were on show.",
])
def test_nl102_leaves_a_code_or_model_before_its_number_alone(lint, text):
    assert shown(lint, cup_article(text), "NL102") == []


def test_nl102_fix_splits_a_clock_time_from_the_word(fixed):
    text = cup_article("Watch live on the BBC Sport website17:30-19:30 and on BBC Two.")
    assert fixed(text, ["NL102"]) == cup_article("Watch live on the BBC Sport website 17:30-19:30 and on BBC Two.")


@pytest.mark.parametrize(("text", "words"), [
    # a live blog's entry time glued to its author or heading, after the last entry's stop or its closing quote
    ("Updates through the day. The ferry is running again today.11:07Jane Doherty\nThe harbour office opened late.",
     ["11:07Jane"]),
    ("Updates through the day. Staff said \"the doors stay open\".10:09Jane Doherty\nMore to follow later.",
     ["10:09Jane"]),
    # a release's time glued to the statement's first word, a pronoun of one letter
    ("Release date: Thursday, 9 May 2024 – 3:55pmI would like to thank the volunteers for their patience.",
     ["3:55pmI"]),
    ("The harbour office opened at 9:30AMThe queue had formed an hour before.", ["9:30AMThe"]),
    # digits glued before the clock too: a number's last digits, the last entry's time
    ("Officials asked walkers to keep apart in the outbreak of Covid-1914:43Jane Doherty\nThe cafe reopened.",
     ["1914:43Jane"]),
    ("Latest figures: 432 new cases18:2821:22Frank Walsh\nGoodnight from the team.", ["2821:22Frank"]),
])
def test_nl102_finds_a_clock_glued_to_the_word_after(lint, text, words):
    assert shown(lint, cup_article(text), "NL102") == words


def test_nl102_fix_splits_a_clock_from_the_digits_and_the_name_around_it(fixed):
    text = cup_article("Walkers kept apart in the outbreak of Covid-1914:43Jane Doherty\nThe cafe reopened.")
    assert fixed(text, ["NL102"]) == cup_article("Walkers kept apart in the outbreak of Covid-19 14:43 Jane Doherty\n"
                                                 "The cafe reopened.")


@pytest.mark.parametrize("text", [
    "The train left at 10:30 GMT, the 10:30GMT service ran late and the 9:00AM bus was full.",
    "The clock read 12:30:45 and the score was 2:1, then 25:61 in the next set. Psalm 119:10 was read.",
    "Kick-off is at 17:30 Sunday; doors at 16:45. The 24:00 deadline and 99:59 on the stopwatch passed.",
    "The match ended 3:00 Friday in the rain, and at 7:15 Jane left the ground with her brother.",
])
def test_nl102_leaves_spaced_clocks_and_scores_alone(lint, text):
    assert shown(lint, cup_article(text), "NL102") == []


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


# NL102: a credit, heading or label glued to the sentence after it ----------------------

@pytest.mark.parametrize("text, glued", [
    ("Hughes, the magazine's editor and WriterFrom its hypnotic synths to its melodies, the record works.", "WriterFrom"),
    ("Watch the first trailer for the new Harbour PassAs you can tell from the trailer, it is familiar.",
     "PassAs"),
    ("Stream the new EP, Lift OffStill need convincing on why it is our top record this week?", "OffStill"),
    ("Log Out BUSINESSValley County has signed a sole agreement with a hotel group. Valley voters agreed.",
     "BUSINESSValley"),
    ("The tour ends at the Oaf Gallery Bar, SYDNEYTickets and more information are on the band's site.",
     "SYDNEYTickets"),
    ("Latest stories\n* Markets steady two hours agoUS stocks opened lower on the news from the port.", "agoUS"),
    ("Sign up for Opinion\nThe lake column is back on Sunday. OpinionVoters in the valley were asked again.",
     "OpinionVoters"),
])
def test_glued_at_a_block_seam(lint, text, glued):
    assert shown(lint, text, "NL102") == [glued]


# NL102: a picture's credit glued to the text after it (a page's blocks written solid) ----------------------

@pytest.mark.parametrize("text, glued", [
    ("Illustration: Jane Smith/OrbitA new kind of camera is sold to schools. Orbit asked the makers.", "OrbitA"),
    ("Illustration: Tom Brown/OrbitAs we reported last week, the plan was dropped. Orbit asked why.", "OrbitAs"),
    ("Picture: Tom Brown/OrbitMayor's answer to the housing problem is a new tax. Orbit asked her.", "OrbitMayor"),
    ("Photo: Harbour Archive/GettyStudents from rural towns are moving to the cities in record numbers.",
     "GettyStudents"),
    ("Photo: GettyForget the long ballads of the past; the songs on the chart now run for two minutes.",
     "GettyForget"),
])
def test_a_credit_glued_to_the_text_after_it(lint, text, glued):
    assert shown(lint, text, "NL102") == [glued]


@pytest.mark.parametrize("text", [
    "Photo: Jane Smith/PlayStation fans queued at the fair in the town on Saturday.",
    "Photo: Jane Smith/SpaceNews\nThe rocket left the pad on time, the agency said on Friday.",
    "Photo: Jane Smith/OrbitNews file photo of the launch, taken on a cold morning last year.",
    "Photo: courtesy of the DeSantis campaign, which shared it with the paper on Monday.",
    "The figures are at example.org/NewsRoom for anyone who wants to read the rest of them.",
    "Photo: Jane Smith/Getty Images via the McDonald family, who lent it to the museum in May.",
])
def test_a_credit_before_a_line_break_or_a_brand_in_a_credit_is_no_glue(lint, text):
    assert shown(lint, text, "NL102") == []


# NL102: a teaser's byline glued to the word or the day before it ----------------------

@pytest.mark.parametrize("text, glued", [
    ("* Five things to know for March 26By Jane Doe, * Storm and talks: things to know for March 25By Jane Doe",
     ["26By", "25By"]),
    ("* Comedy special to launch on the new channel MaxBy AP, * Harbour lights return", ["MaxBy"]),
    ("* A quiet week for the comic Tom FielderBy Emily R. Stone, * Frozen lakes reopen", ["FielderBy"]),
])
def test_a_byline_glued_to_the_teaser_before_it(lint, text, glued):
    assert shown(lint, text, "NL102") == glued


@pytest.mark.parametrize("text", [
    "The band played StandBy Jane Doe last night, a song the crowd knew well from the radio.",
    "The old Route 66By car, the trip takes three days from the lake to the coast.",
    "A FlyBy Night tour of the harbour runs every evening in the summer months.",
])
def test_a_brand_ending_in_by_or_no_name_after_it_is_no_byline(lint, text):
    assert shown(lint, text, "NL102") == []


def test_a_split_vouches_for_its_parts_elsewhere(lint):
    """Once 'WriterFrom' is split, 'Writer' is a word of the article: 'WriterLuboku' (with Luboku used alone) is glue."""
    text = ("Luboku takes off with his new EP. Di Rosetti, WriterFrom its synths to its melodies, it works. "
            "Kyle Hewer, WriterLuboku plays the record live in April.")
    assert shown(lint, text, "NL102") == ["WriterFrom", "WriterLuboku"]


@pytest.mark.parametrize("text", [
    "McDonald said the iPhone and YouTube deals with eBay and PlayStation would close, JavaScript or not.",
    "The U.S. said LinkedIn users saw the #BlackLivesMatter posts from @JohnSmith at https://example.com/FooBar.",
    "Users of the DoorDash app were told to log in again. The PayPal team said it was a glitch.",
    "FedEx and GlaxoSmithKline shares rose, while the BlackBerry maker fell; NASDAQ traders shrugged.",
    "The colour of the NHS logo was changed by the organisation last year, the spokesman said.",
    "WhatsApp users in the UK can now send voice notes, the firm said on Tuesday.",
    # a brand whose first part the article uses alone, but never as a line's last word (a label's place)
    "Deep in the filing, DeepMind researchers said the model was new. One of the launches put OneWeb craft up.",
    "The macOS users and webOS owners were told to update, the firm's Os team said.",
])
def test_brands_names_and_handles_are_left_alone(lint, text):
    assert shown(lint, text, "NL102") == []


def test_a_brand_ending_in_a_small_word_needs_a_sentence_after_it(lint):
    """'PassAs' is glue only where a lower-case word follows: 'the PassAs Fund' keeps its name."""
    assert shown(lint, "He invested in the PassAs Fund last year, the filing shows.", "NL102") == []


# a page's menu written solid: two lower-case words glued to a title-case one make it a page written solid
SOLID_MENU = "Sections weatherSport travelMusic {} Top stories on the quay. Gardens open late, the listings say."


def test_a_title_case_word_glued_to_another_in_a_page_written_solid(lint, fixed):
    text = article(SOLID_MENU.format("ListingsGardens"))
    assert shown(lint, text, "NL102") == ["weatherSport", "travelMusic", "ListingsGardens"]
    assert "Listings Gardens" in fixed(text, ["NL102"])


def test_two_dictionary_words_glued_in_a_page_written_solid_though_neither_stands_alone(lint):
    """A heading's last word glued to a teaser's first ('Survey ProjectMore from the coast'): both dictionary words
    that the page never writes on their own, in a page with other glue near."""
    text = article(SOLID_MENU.format("ListingsHarbour"))
    assert shown(lint, text, "NL102") == ["weatherSport", "travelMusic", "ListingsHarbour"]


@pytest.mark.parametrize("text", [
    SOLID_MENU.format("PlayStation"),  # a pair the web writes solid
    # a name the web does not know, neither part used alone, where a name stands in a sentence
    SOLID_MENU.format("The owner HarbourDance said so."),
    SOLID_MENU.format("The owner, HarbourDance, said so."),
    SOLID_MENU.format("The post-HarbourDance era began."),
    SOLID_MENU.format("GardensOn"),  # a particle's compound (LogOn, PopUp)
    SOLID_MENU.format("ListingsGardens") + " Read ListingsGardens daily.",  # a run written twice: a site's name
    "The ListingsGardens team opened a shop on the quay, and the gardens were full of listings.",  # nothing else glued
])
def test_title_case_pairs_a_solid_page_leaves_alone(lint, text):
    assert [word for word in shown(lint, article(text), "NL102")
            if word not in ("weatherSport", "travelMusic")] == []


def test_a_word_glued_to_a_name_the_page_uses_in_a_page_written_solid(lint, fixed):
    """A part the dictionary does not know counts where the page uses it on its own (a site's or a writer's name)."""
    text = article(SOLID_MENU.format("EventsQuillby") + " The Quillby guide is free.")
    assert shown(lint, text, "NL102") == ["weatherSport", "travelMusic", "EventsQuillby"]
    assert "Events Quillby" in fixed(text, ["NL102"])


@pytest.mark.parametrize("text", [
    SOLID_MENU.format("EventsZorble") + " The Quillby guide is free.",  # a part neither known nor used alone
    SOLID_MENU.format("EventsQuillby") + " The Quillby guide is free at eventsquillby.com today.",  # the page's domain
    "The EventsQuillby team met on the quay. The Quillby guide is free.",  # nothing else glued
])
def test_a_word_glued_to_a_name_a_solid_page_leaves_alone(lint, text):
    assert [word for word in shown(lint, article(text), "NL102")
            if word not in ("weatherSport", "travelMusic")] == []


# a page written solid that prints a teaser in two lists: the teaser's heading glued to its text in both
TEASER_TWICE = ("Sections weatherSport travelMusic Latest {0} open late on the quay. Most read {0} open late on the "
                "quay. Gardens and listings, the page says.")


def test_a_teaser_printed_twice_in_a_page_written_solid_is_glued_in_both(lint, fixed):
    text = article(TEASER_TWICE.format("ListingsGardens"))
    assert shown(lint, text, "NL102") == ["weatherSport", "travelMusic", "ListingsGardens", "ListingsGardens"]
    assert fixed(text, ["NL102"]).count("Listings Gardens open late") == 2


@pytest.mark.parametrize("text", [
    TEASER_TWICE.format("PlayStation"),  # a pair the web writes solid
    TEASER_TWICE.format("ListingsGardens") + " Read ListingsGardens. Top pick.",  # once before a stop: a site's name
    "Latest ListingsGardens open late on the quay. Most read ListingsGardens open late. Gardens and listings.",  # no
    # other glue: not a page written solid
])
def test_a_run_written_twice_is_a_teaser_only_before_lower_case_words_in_a_solid_page(lint, text):
    assert [word for word in shown(lint, article(text), "NL102")
            if word not in ("weatherSport", "travelMusic")] == []


# a list's label glued to each of its items (a category written before every headline of a list)
LABELLED_LIST = ("More reading: * Garden {}Twelve tulips bloom early, * Garden {}Pond owners count frogs, "
                 "* Garden {}Hedges get a trim before winter.")


def test_a_label_glued_to_three_different_words_is_glued_to_each(lint, fixed):
    text = article(LABELLED_LIST.format("Notes", "Notes", "Notes"))
    assert shown(lint, text, "NL102") == ["NotesTwelve", "NotesPond", "NotesHedges"]
    assert "Garden Notes Pond owners" in fixed(text, ["NL102"])


@pytest.mark.parametrize("text", [
    LABELLED_LIST.replace("{}Hedges", "{}Twelve").format("Notes", "Notes", "Notes"),  # two different words only
    "The PowerPoint slides, the PowerShell scripts and the PowerApps forms were updated.",  # one the web writes solid
])
def test_a_label_needs_three_words_none_the_web_writes_solid(lint, text):
    assert shown(lint, article(text), "NL102") == []


def test_keys_of_code_and_handles_are_not_glued_words(lint):
    page = ("$('.gallery').carousel({\n    slidesToShow: 3,\n    nextArrow: '.next',\n})\n\n"
            "{\n  \"insertPoint\": \"3\",\n  \"requiredCount\": \"5\"\n}\n\n"
            "Jane Doe is a columnist for the paper. @ JaneDoe\n")
    assert [d.message for d in lint(page, select=["NL102"])] == []


def test_a_heading_glued_to_a_line_or_a_label_still_found(lint):
    text = ("Hundreds of fishermen lost their livesSource: Harbour Town Archive records show the crossing was "
            "dangerous.\n\nKremlin spokespersonDmitry Peskov said on Monday that talks would continue.\n")
    found = [text[d.start:d.end] for d in lint(text, select=["NL102"])]
    assert found == ["livesSource", "spokespersonDmitry"]


@pytest.mark.parametrize(("text", "word"), [
    ("The flight was delayed by 45minutes because of fog at the airport.", "45minutes"),
    ("Only 3people came to the first meeting of the new residents' group.", "3people"),
])
def test_nl102_finds_a_plain_figure_glued_to_a_word(lint, text, word):
    assert shown(lint, article(text), "NL102") == [word]


@pytest.mark.parametrize(("text", "word"), [
    # a live blog's entry time glued to its label in capitals
    ("Councils will publish their plans this week.\n\n18:28KEY EVENT\n\nThe ferry will run on Sundays.", "18:28KEY"),
    ("Councils will publish their plans this week. 21:05BREAKING: the bridge is shut to traffic.", "21:05BREAKING"),
])
def test_nl102_finds_a_clock_glued_to_a_label_in_capitals(lint, text, word):
    assert shown(lint, article(text), "NL102") == [word]


@pytest.mark.parametrize("text", [
    # a clock before a time zone or a military time's letters
    "The talks began at 10:30GMT and ended at 14:00HRS, then resumed at 9:15EST and at 08:00CEST.",
    "The club paid £25million for the striker and the bank lost $2billion, while 4ever trended online.",
    "The 1990s and the 2020s, 5am and 10pm, the 3rd and the 21st, and a 4x4 at 30mph were all mentioned.",
])
def test_nl102_leaves_solid_amounts_and_short_forms_after_a_figure(lint, text):
    assert shown(lint, article(text), "NL102") == []


@pytest.mark.parametrize(("text", "word", "mended"), [
    ("Photos of the day\nA Quiet Week At The Harbour In MayA Quiet Week At The Harbour In May\nBoats came in late.",
     "MayA", "In May A Quiet"),
    ("Words by Priya NandakumarPriya Nandakumar\nThe port reopened on Monday.", "NandakumarPriya",
     "Nandakumar Priya"),
    ("More: * A Quiet Harbour In SpringA Quiet Harbour In SpringA Quiet Harbour", "SpringA", "Spring A Quiet"),
])
def test_nl102_finds_words_written_twice_without_a_space(lint, fixed, text, word, mended):
    assert word in glued_spans(lint, article(text))
    assert mended in fixed(article(text), ["NL102"])


@pytest.mark.parametrize("text", [
    "A Day In RomeA Day In Romeo and Juliet was staged.",  # the repeat goes on into a longer word
    "The McDonald McDonald farm and the DeSantis DeSantis signs.",  # a name written twice with a space
    "EuroMillions and TeamViewer, LaGuardia LaGuardia, and YouTubeYouTube clips.",  # one word written twice
])
def test_nl102_leaves_words_that_do_not_repeat_alone(lint, text):
    assert glued_spans(lint, article(text)) == []


def test_a_run_that_ends_its_text_in_a_capital_is_asked_for_a_repeat_and_answered():
    text = "The Apex team met on the hill above the cityA"  # the capital the text ends on stands earlier too
    context = glue._Context(text, len(text) - 5, len(text))
    assert context.repeated_at(4) is False  # (a probe cut short to the one capital found itself forever)


def test_nl102_finds_a_dateline_in_capitals_glued_to_the_story(lint, fixed):
    text = article("NAIROBIKenyan officials said the vaccine rollout would begin next week.")
    assert shown(lint, text, "NL102") == ["NAIROBIKenyan"]
    assert fixed(text, ["NL102"]) == text.replace("NAIROBIKenyan", "NAIROBI Kenyan")


@pytest.mark.parametrize(("paragraphs", "word"), [
    # a run that ends its paragraph: a fixture list's last line, a menu, a byline line, a flattened heading
    (["Fixtures: Saturday, 28 MayQualifier 2Sunday, 29 MayFinal"], "MayFinal"),
    (["Sport fans face Weather warnings this week.", "More from SportWeather"], "SportWeather"),
    (["The squad arrived in the late evening and waited for the openingCeremony"], "openingCeremony"),
    (["Priya Nandakumar wrote about the port.", "By PriyaNandakumar", "The port reopened on Monday."],
     "PriyaNandakumar"),
])
def test_nl102_finds_a_glued_run_that_ends_its_paragraph(lint, paragraphs, word):
    assert word in glued_spans(lint, article(*paragraphs))


@pytest.mark.parametrize("last", ["Watch the full interview on YouTube", "He paid for it with his iPhone",
                                  "The chain was founded by a MacDonald", "Shares rose at PayPal",
                                  "Follow us @NewsDeskLive", "Read more at #ElectionNight"])
def test_nl102_leaves_a_name_or_brand_that_ends_its_paragraph_alone(lint, last):
    assert glued_spans(lint, article("The plan was approved on Monday.", last)) == []


# A letter run of n case changes (a broken page's 'aAaA…'): the rules' work on it grows with n, not n squared.

def _checked(code: str, text: str) -> list:
    rule = make_linter(select=[code]).rules[0]
    return list(rule.check(Article.parse(text, "<long run>", has_header=False)))


def test_nl102_asks_about_a_whole_run_once_a_round_not_at_each_case_change(monkeypatch):
    run = "aA" * 1000
    asked = []
    for name in ("more_than", "has"):
        question = getattr(_Counts, name)
        monkeypatch.setattr(_Counts, name, lambda self, word, *count, question=question:
                            asked.append(word) or question(self, word, *count))
    unigram = glue._unigram
    monkeypatch.setattr(glue, "_unigram", lambda word: asked.append(word) or unigram(word))
    assert _checked("NL102", f"The council met on Monday. {run} was all it printed.") == []
    # at most three rounds of cuts, each asking once whether the run recurs and whether it stands in capitals, and
    # the web's count once (asked at each of the run's 1,999 case changes, it cost the run's length each time)
    assert sum(len(word) == len(run) for word in asked) <= 7


class _ReadSpy:
    """A compiled pattern that adds up the characters its searches were given and its matches spanned."""

    def __init__(self, pattern) -> None:
        self.pattern, self.read = pattern, 0

    def search(self, text, *span):
        self.read += len(text) if not span else (span[1] if len(span) > 1 else len(text)) - span[0]
        return self.pattern.search(text, *span)

    def match(self, text, *span):
        found = self.pattern.match(text, *span)
        self.read += len(found.group()) if found else 0
        return found

    def __getattr__(self, name):
        return getattr(self.pattern, name)


def test_nl106_reads_a_bounded_stretch_of_a_long_run_after_a_title_case_line(monkeypatch):
    """A title-case line glued to a run of case changes ('era.Ab Cd XqXqXq…'): the heading tried at each cut ends in
    a last word no longer than the longest known word, and the first word after a cut is read only after the last
    word is known; the text read is the same whatever the run's length (the run's length at each cut before)."""
    read = []
    for length in (1000, 4000):
        credit, letters = _ReadSpy(glue._CREDIT_LINE), _ReadSpy(glue._LETTERS)
        monkeypatch.setattr(glue, "_CREDIT_LINE", credit)
        monkeypatch.setattr(glue, "_LETTERS", letters)
        assert _checked("NL106", "The storm came at night.Ab Cd " + "Xq" * length) == []
        read.append((credit.read, letters.read))
        monkeypatch.undo()
    assert read[0] == read[1]


@pytest.mark.parametrize(("text", "words"), [
    # a teaser list's byline or headline run into its relative time
    ("More from the desk\n\nBy Jane Doherty3 hours ago\n\nHarbour fees rise again for the winter20 hours ago",
     ["Doherty3 hours ago", "winter20 hours ago"]),
    ("Latest\n\nFerry timetable changes announced for spring crossings2 days ago", ["crossings2 days ago"]),
    ("Posted by the parish council office in the village45 mins ago", ["village45 mins ago"]),
])
def test_nl102_finds_a_relative_time_glued_to_the_word_before(lint, text, words):
    assert shown(lint, cup_article(text), "NL102") == words


@pytest.mark.parametrize("text", [
    # spaced ages, an age after a capital or a code, a number that is not an age, a path, a handle
    "By Jane Doherty 3 hours ago; the vote, 20 hours ago, was close; updated 2 days ago.",
    "The MP3 hours ago rule, the A380 2 days ago and the G7 summit met 3 weeks ago.",
    "The squad trained for2 hours and then rested for 3 days before the cup tie in the rain.",
    "See /files/report2 days ago and @harbour_news2 hours ago for the notices posted.",
])
def test_nl102_leaves_spaced_ages_codes_and_plain_numbers_alone(lint, text):
    assert shown(lint, cup_article(text), "NL102") == []


def test_nl102_fix_splits_a_relative_time_from_the_name(fixed):
    text = cup_article("Also in the news\n\nBy Jane Doherty3 hours ago")
    assert fixed(text, ["NL102"]) == cup_article("Also in the news\n\nBy Jane Doherty 3 hours ago")
