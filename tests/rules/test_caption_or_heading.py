"""NL312: a line without a final stop among the story's paragraphs is a caption, unless the paragraph under it
takes up its words (a subheading, a live blog's entry heading whose time the extractor dropped); made-up text."""

PROSE = ("The harbour authority said on Monday that the ferry service to the islands would run a reduced timetable "
         "for the rest of the month while the older of its two boats is repaired.")
MORE = ("Passengers have been asked to book ahead, and the authority said it would add sailings at the weekend if "
        "the repairs were finished sooner than the engineers expect.")
CAPTION = "The older ferry waits at the quay in the early morning light before its last crossing"
CAPTION_2 = "Passengers queue on the pier beside the ticket office in the rain after the announcement"
HEADING = "Island library moves its books to the old town hall"
HEADED = ("The island library will move its books to the old town hall from tomorrow, the council said, and "
          "readers can order them by telephone until further notice.")


def found(lint, *paragraphs):
    text = "Ferry timetable cut\n\n" + "\n\n".join(paragraphs) + "\n"
    return [text[d.start:d.end] for d in lint(text, select=["NL312"])]


def test_stopless_lines_between_paragraphs_are_captions(lint):
    assert found(lint, PROSE, CAPTION, MORE, CAPTION_2, PROSE) == [CAPTION, CAPTION_2]


def test_a_heading_the_next_paragraph_takes_up_is_no_caption(lint):
    assert found(lint, PROSE, CAPTION, MORE, HEADING, HEADED, CAPTION_2, PROSE) == [CAPTION, CAPTION_2]
