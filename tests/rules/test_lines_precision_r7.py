"""NL311, issue 12 precision (helper 12q, round seven): a short sentence of the story whose last word is an everyday
word of the web page ('open', 'closed') after a verb stays; a line of the page with such a word elsewhere, with
two of them, or speaking to the reader, is still reported (made-up text only)."""

from conftest import lines_of

SERVICES_PROSE = ("The district council said on Monday evening that its services would change from midnight as the "
         "region moves to the stricter level of restrictions announced by the government.")
SERVICES_MORE = ("Council officials said the changes would be reviewed in three weeks, when the government is due to "
        "decide whether the restrictions should be eased or extended across the region.")


def services_page(item):
    items = ["Libraries will move to a collection service.", item,
             "Swimming pools will take bookings for single swimmers only.", "Planning services continue to operate."]
    return "\n".join(["Home", "News", "Sport", "Weather", SERVICES_PROSE, "The services affected are:", *items, SERVICES_MORE]) + "\n"


def test_list_sentence_ending_in_an_everyday_web_word_stays(lint):
    for item in ("All the council offices remain open.", "The county museums have closed.",
                 "Every outdoor playground will stay open."):
        assert item not in lines_of(lint, services_page(item), "NL311"), item


def test_web_word_not_ending_the_sentence_or_beside_another_or_the_reader_is_still_reported(lint):
    for item in ("Share buttons are below.", "More stories are on the site.", "Our live page is open."):
        assert item in lines_of(lint, services_page(item), "NL311"), item
