"""Issue 12, helper 12p: false shapes seen on extractor output nobody labelled, each with a made-up text the
rule must leave alone and the case it must still find."""


def test_caption_seams_not_after_words_no_sentence_ends_on():
    from newslint import captions
    from tests.test_captions import CAPTION, STORY, TAIL
    inside = ("Hundreds of people marched through the old town square on Saturday at a 'We Want Answers' rally "
              "against the closure, and the organisers said a petition titled \u201cThe Harbour Belongs To Us\u201d "
              "had been signed by residents from the days of Chancellor Otto von Bismarck to the Northshire v "
              "Southdale derby crowd and many others who came along without a ticket or any banner at all. ")
    text = STORY + inside + TAIL
    seams = {(c.before, c.word) for c in captions.candidates(text)}
    assert not seams & {("a", "'We"), ("titled", "\u201cThe"), ("von", "Bismarck"), ("v", "Southdale")}, seams
    # the caption seam of a flattened page is still a candidate and still reported
    assert [c.word for c in captions.seams(STORY + CAPTION + TAIL)] == ["Without"]


def test_a_quoted_title_after_a_naming_verb_is_no_run_in_caption(lint):
    from tests.test_captions import STORY, TAIL
    named = ("Supporters of the harbour plan have formed a group called 'We back the harbour' and a second group "
             "dubbed 'They never listen' has answered with a petition. ")
    text = "Title\n\n" + STORY + named + TAIL + "\n"
    assert [text[d.start:d.end] for d in lint(text, select=["NL317"])] == []
    caption = ("The harbour master stands beside the new crane on the quay at dawn 'We were told nothing about "
               "the plan,' one fisherman said. ")
    text = "Title\n\n" + STORY + caption + TAIL + "\n"
    assert [text[d.start:d.end] for d in lint(text, select=["NL317"])] == ["dawn 'We"]
