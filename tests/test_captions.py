"""The caption-seam model (newslint/captions.py) as NL317 uses it: seams it must find, prose it must leave alone."""

import pytest

from newslint import captions

STORY = ("The club confirmed the signing of the young defender on Monday after weeks of talks with his former side. "
         "The fee was not disclosed, but it is thought to be a record for a player of his age at the club. "
         "He had been watched by scouts from several clubs in the top flight over the past two seasons. "
         "The manager said he was delighted to have finally got the deal done before the start of the new season. ")
TAIL = ("He said the new signing would start on Saturday against the league leaders at home. "
        "Tickets for the match sold out within an hour of going on sale last week, the club said. "
        "The defender is expected to wear the number five shirt, which has been vacant since the summer. "
        "Supporters will get their first look at him in an open training session on Thursday morning.")
# a flattened page: a caption (no full stop, repeating the story's words) runs into a sentence opening with a common word
CAPTION = ("The young defender poses with his new shirt at the training ground alongside the sporting director after "
           "weeks of talks Without a settled back four this season, the manager has used eleven different defensive "
           "pairings in the league so far and without much success. ")


def test_model_finds_a_seam_the_hand_rules_miss(lint):
    text = "Title\n\n" + STORY + CAPTION + TAIL + "\n"
    shown = [text[d.start:d.end] for d in lint(text, select=["NL317"])]
    # (the caption's opening subject and present-tense verb are reported as well: a hand rule's form)
    assert shown == ["The young defender poses with", "talks Without"]


def test_only_long_stretches_of_long_paragraphs_are_searched():
    assert list(captions.candidates(CAPTION)) == []  # a short paragraph: edited text, not a flattened page
    found = [(c.before, c.word, c.after) for c in captions.candidates(STORY + CAPTION + TAIL)]
    assert found == [("talks", "Without", "a")]  # the other sentences are too short to hide a seam


@pytest.mark.parametrize("sentence", [
    # names after prepositions, titles and verbs; a title in capitals; 'I' inside a relative clause
    "The veteran striker handed the captain's armband to his long-serving team-mate before the match against "
    "the champions at the weekend and the manager Jack Smith said the decision was taken by the players themselves.",
    "She said she had never heard The Soul Sessions played so loudly in the street where she had lived for more than "
    "twenty years with her husband and their three children, who all went to the school at the end of the road.",
    "The minister said the reforms would not underrate the good sense of the young people I met with during the "
    "long campaign across the north of the country last autumn, when the party lost three seats to its rivals.",
    "The astronomer from the college in the south of the state, who hopes to use FAST to observe pulsars and "
    "other objects in the sky, said the telescope would change the field within a decade of its opening.",
    "The opposition leader hit back at the description of him as a bruiser, claiming such cheap insults only "
    "meant Labour was worried by the challenge from his party in the seats it must hold at the next election.",
    "The spokesman told the BBC's Today programme: \"It's a question of principle for the party and we will not "
    "change our minds on it whatever the opinion polls say about the likely outcome of the vote in the spring.\"",
    # a verb that opens a clause, and the compass before a place, lead into a name
    "At the end of the long trial the High Court in Ashby ruled Brookfield's had been defamed by the two protesters "
    "and awarded the company damages, which were later reduced on appeal after a hearing that lasted several weeks.",
    "The cameraman spent a week recording what the farmers of southwest Africa can load and carry on "
    "the back of a bike or a scooter in the busy streets of the cities and on the roads between the villages.",
])
def test_edited_prose_is_left_alone(lint, sentence):
    text = f"Title\n\n{STORY}{sentence} {sentence} {TAIL}\n"
    assert len(text) > captions.MIN_PARAGRAPH_CHARS
    assert lint(text, select=["NL317"]) == []


def test_a_caption_label_opening_a_flattened_page(lint):
    text = "Title\n\nProud owner: Jane Doe with the prize-winning ram at the county show " + STORY + TAIL + " " + TAIL + "\n"
    shown = [text[d.start:d.end] for d in lint(text, select=["NL317"])]
    assert "Proud owner:" in shown


@pytest.mark.parametrize("opening", ["He said: The club", "Analysis: The club", "Ms Doe said"])
def test_speech_titles_and_names_do_not_open_with_a_label(lint, opening):
    text = f"Title\n\n{opening} confirmed the news on Monday. {STORY}{TAIL}\n"
    assert not [d for d in lint(text, select=["NL317"]) if "opens the text" in d.message]


def test_photo_cues_and_repeated_openings_are_features():
    cue = CAPTION.replace("poses with his new shirt", "(left) poses with his new shirt")
    (seam,) = captions.candidates(STORY + cue + TAIL)
    assert (seam.word, seam.cue_before, seam.cue_after, seam.echo_after) == ("Without", True, False, False)
    (plain,) = captions.candidates(STORY + CAPTION + TAIL)
    assert not plain.cue_before  # no '(left)', 'pictured' or 'file photo' near it
    # the words after the seam occur again in the text: a caption repeats the story
    (echoed,) = captions.candidates(STORY + CAPTION + TAIL + " Without a settled defence, they lost.")
    assert echoed.echo_after


def vector(before: str, word: str) -> dict[str, float]:
    """The named features of a candidate seam between ``before`` and ``word``, deep in a long stretch."""
    c = captions.Candidate(100, before, word, "beat", 20, 20, False, False, False)
    return dict(zip(captions.FEATURES, captions.features(c)))


def test_a_time_word_a_video_prompt_and_a_possessive_before_a_seam_are_features():
    assert vector("Wednesday", "Rafael")["before_time"] == 1.0  # '…at the Barcelona Open on Wednesday Rafael Nadal beat'
    assert vector("2008", "Bueno")["before_time"] == 1.0
    assert vector("1234", "Bueno")["before_time"] == 0.0
    assert vector("video", "Rafael")["before_video"] == 1.0  # after 'Scroll down for video' comes a caption
    assert vector("win", "Rotherham's")["possessive"] == 1.0
    assert vector("win", "Rotherham")["possessive"] == 0.0


def test_a_caption_ending_on_a_day_before_the_story_resumes(lint):
    caption = ("Neymar (left) poses for a photo with the tennis player at the tournament in the city of Barcelona on "
               "Wednesday Rafael Nadal beat his compatriot in straight sets to reach the quarter-finals of the "
               "tournament for the tenth time in his long career. ")
    text = "Title\n\n" + STORY + caption + TAIL + "\n"
    shown = [text[d.start:d.end] for d in lint(text, select=["NL317"])]
    assert sorted(shown) == ["Neymar (left)", "Wednesday Rafael"]  # the seam, and the caption's picture mark



# a caption block: a weaker seam ('ground Paul') in the stretch of a sure one ('trip Without')
BLOCK = ("The young defender poses with his new shirt at the training ground alongside the sporting director at the "
         "ground Paul Jones watched from the stands as the new signing trained with the squad for the first time before "
         "the trip Without a settled back four this season, the manager has used eleven different defensive pairings "
         "in the league so far and without much success. ")


def test_a_weaker_seam_beside_a_sure_one_is_reported():
    text = STORY + BLOCK + TAIL
    assert [c.word for c in captions.seams(text)] == ["Without"]
    assert [c.word for c in captions.caption_seams(text)] == ["Paul", "Without"]
    alone = STORY + BLOCK.replace("trip Without", "trip. Without") + TAIL  # no sure seam in its stretch: silent
    assert captions.caption_seams(alone) == []


def test_nl317_reports_the_seams_of_a_caption_block(lint):
    text = "Title\n\n" + STORY + BLOCK + TAIL + "\n"
    # (and the caption's opening subject and present-tense verb: a hand rule's form)
    assert [text[d.start:d.end] for d in lint(text, select=["NL317"])] == ["The young defender poses with",
                                                                          "ground Paul", "trip Without"]


def test_a_modifier_before_a_name_and_a_weekday_before_its_month_are_not_seams():
    assert vector("former", "Lyon")["modifier"] == 1.0  # 'the former Lyon striker'
    assert vector("commented", "Tracy")["modifier"] == 1.0
    assert vector("club", "Tracy")["modifier"] == 0.0
    assert vector("Saturday", "April")["before_time"] == 0.0  # 'on Saturday April 11': one date
    assert vector("Saturday", "Rafael")["before_time"] == 1.0
    prompt = captions.Candidate(100, "video", "Reality", "star", 4, 30, False, False, False)  # 'Scroll down for video'
    assert dict(zip(captions.FEATURES, captions.features(prompt)))["video_prompt"] == 1.0
    assert vector("video", "Rafael")["video_prompt"] == 0.0  # '…watched the video Rafael posted…', deep in a stretch
    def score(before: str) -> float:
        return captions.score(captions.features(captions.Candidate(100, before, "Lyon", "striker", 20, 20, False,
                                                                   False, False)))
    assert score("former") < 0.3 < score("club")  # below even the block threshold


MONTHS = "December November October September August July June May April March February January".split()


def test_an_archive_list_of_months_in_a_caption_block_is_not_a_run_of_seams():
    archive = "Archives " + " ".join(f"{month} 2015" for month in MONTHS) + " "  # no stop after the block
    text = STORY + BLOCK.rstrip(". ") + " " + archive + TAIL
    assert ("2015", "November") in [(c.before, c.word) for c in captions.candidates(text)]  # candidates all the same
    found = [(c.before, c.word) for c in captions.caption_seams(text)]
    assert ("ground", "Paul") in found and ("trip", "Without") in found
    assert not [pair for pair in found if pair[1] in MONTHS], found


def test_a_stretch_with_more_weak_seams_than_a_picture_block_holds_adds_none():
    def stretch(places: list[str], names: list[str]) -> str:
        weak = "".join(f"alongside the sporting director at the {place} {name} watched from the stands as the new "
                       "signing trained with the squad " for place, name in zip(places, names))
        return STORY + BLOCK.replace(BLOCK[BLOCK.index("alongside"):BLOCK.index("before the trip")], weak) + TAIL
    three = stretch(["ground", "pitch", "stadium"], ["Paul Jones", "Mark Smith", "Alan Brown"])
    assert [c.word for c in captions.caption_seams(three)] == ["Paul", "Mark", "Alan", "Without"]
    many = stretch(["ground", "pitch", "stadium", "club", "park"],
                   ["Paul Jones", "Mark Smith", "Alan Brown", "Steve Gray", "Tony Green"])
    assert [c.word for c in captions.caption_seams(many)] == [c.word for c in captions.seams(many)]


def test_a_contraction_that_opens_a_sentence_is_a_starter():
    # '…in Sapa, Vietnam That's one way to pop a wheelie': the caption ends, a sentence opens with a contraction
    assert vector("Vietnam", "That's")["starter"] == 1.0
    assert vector("training", "It’s")["starter"] == 1.0
    assert vector("game", "They're")["starter"] == 1.0
    # a possessive name is no contraction of a sentence opener
    assert vector("win", "Rotherham's")["starter"] == 0.0
    assert vector("met", "Smith’s")["starter"] == 0.0


def test_a_name_joined_by_of_is_no_seam():
    # 'talks at a sold-out Stadium of Light': one name, not a caption's end
    named = CAPTION.replace("weeks of talks Without a settled back four",
                            "weeks of talks at a sold-out Stadium of Light without a settled back four")
    assert [c.word for c in captions.candidates(STORY + named + TAIL)] == []
    # a sentence opener stays a candidate: 'talks Without a settled…'
    assert [c.word for c in captions.candidates(STORY + CAPTION + TAIL)] == ["Without"]


def test_log_odds_from_the_features_that_are_on_equal_the_full_weighted_sum_to_the_last_bit():
    weights = captions._model()[0]
    text = STORY + CAPTION + TAIL + " Without a settled defence, they lost."
    seen = []
    for raw, start, end in captions._raw_candidates(text):
        for c in (raw, captions._with_scans(raw, text, start, end, captions._cue_positions(text)),
                  raw._replace(repeated=True, lower_use=True, echo=True, echo_after=True, cue_before=True,
                               cue_after=True, left=3, right=50, before="video", after="said")):
            on = captions._on(c)
            assert on == [name for name in captions.FEATURES if name in on]  # FEATURES order: the sum's order
            assert captions._z(captions._weights(), c) == sum(w * x for w, x in zip(weights, captions.features(c)))
            seen.append(len(on))
    assert seen and max(seen) >= 10  # many features on at once, not just the bias


def test_a_name_then_its_verb_and_a_name_opening_sentences_elsewhere_lift_a_seam():
    def z(**fields) -> float:
        base = dict(seam=100, before="race", word="Luis", after="Suarez", left=20, right=20, repeated=False,
                    lower_use=False, echo=False)
        return captions._z(captions._weights(), captions.Candidate(**{**base, **fields}))

    assert z(third="starred") > z(third="and") == z(third="of")  # 'race Luis Suarez starred': a clause opens
    assert "name_then_verb" in captions._on(captions.Candidate(100, "race", "Luis", "Suarez", 20, 20, False, False,
                                                                  False, third="starred"))
    # 'Benzema' opens sentences elsewhere on the page: a subject; 'Mr' before 'Brown' is part of a name, whatever
    # it opens elsewhere
    assert z(word="Benzema", after="rolls", opens_sentence=True) > z(word="Benzema", after="rolls")
    assert z(word="Mr", after="Brown", opens_sentence=True) == z(word="Mr", after="Brown")


def test_a_verb_before_its_object_and_a_phrase_the_page_repeats_keep_a_name_inside_the_sentence():
    def z(**fields) -> float:
        base = dict(seam=100, before="stop", word="Rosberg", after="winning", left=20, right=20, repeated=False,
                    lower_use=False, echo=False)
        return captions._z(captions._weights(), captions.Candidate(**{**base, **fields}))

    assert z(previous="to") < z(previous="the")  # 'to stop Rosberg winning': the verb's object
    assert z(previous="couldn’t") < z(previous="the")
    assert z(junction_twice=True) < z() - 2  # 'stop Rosberg' twice on the page: a phrase, not an accident
    assert z(before="tackled") < z(before="fields")  # a verb form before a name: its object


def test_previous_word_and_repeated_junction_are_read_from_the_text():
    caption = ("The young defender poses with his new shirt at the training ground alongside the sporting director "
               "before he was able to meet Paul at the club where the two had played together as boys in the youth side "
               "for many years before the move. ")
    text = STORY + caption + TAIL + " He hopes to meet Paul again."
    (seam,) = [c for c in captions.candidates(text) if c.word == "Paul"]
    assert (seam.before, seam.previous, seam.junction_twice) == ("meet", "to", True)


def test_nl317_leaves_alone_a_long_paragraph_of_edited_prose_with_names(lint):
    prose = ("Officials from the department met representatives of the unions in London on Tuesday to discuss the "
             "pay offer, which the unions had already rejected twice in ballots held over the summer months while "
             "ministers insisted that Treasury rules left no room to move. ")
    text = "Title\n\n" + STORY + prose + TAIL + "\n"
    assert lint(text, select=["NL317"]) == []
