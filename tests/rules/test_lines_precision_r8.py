"""NL311/NL312, issue 12 precision (helper 12a, round eight), on what extractors make of pages nobody labelled:
a live blog's entry headings, a sentence a page broke over two lines, a platform named as a company, and a
paragraph a caption repeats are the story's; the furniture beside them is still reported (made-up text only)."""

from conftest import lines_of

from newslint.rules.lines.furniture import _prose

INTRO = ("The city will move to the stricter level of restrictions at midnight, and many businesses are preparing "
         "to close or change the way they serve customers over the coming three weeks.")
FERRY = ("The harbour ferry company said its last crossing would leave the pier at eleven o'clock tonight and that "
         "services would resume once the restrictions were lifted.")
BAKERY = ("The owners of a bakery on the main street asked customers to keep ordering by telephone, saying the "
          "next three weeks would decide whether the shop survives the winter.")
BUSES = ("The regional bus operator said its timetable would not change, although passengers must wear face "
         "coverings and drivers will not accept cash fares until further notice.")
MARKET = ("Traders at the covered market said most stalls would stay open for takeaway food, while the flower and "
          "clothing stalls will close from tomorrow morning.")
HEADINGS = ("Harbour ferry to stop at midnight", "A plea from a city bakery", "Bus services", "Market traders")


def live_blog(*, menu=()):
    lines = [INTRO]
    for time, author, heading, body in zip(("19:29", "18:10", "17:02", "16:40"), ("Jane Moore", "Jane Moore",
                                           "Tom Hale", "Tom Hale"), HEADINGS, (FERRY, BAKERY, BUSES, MARKET)):
        lines += [time, author, heading, body]
    return "\n".join([*lines, *menu]) + "\n"


def test_live_blog_entry_headings_are_the_story(lint):
    text = live_blog()
    for code in ("NL311", "NL312"):
        reported = lines_of(lint, text, code)
        assert not set(HEADINGS) & set(reported), (code, reported)


def test_live_blog_times_and_a_menu_after_it_are_still_reported(lint):
    text = live_blog(menu=("News", "Sport", "Business", "Weather", "Contact us"))
    reported = set(lines_of(lint, text, "NL311")) | set(lines_of(lint, text, "NL314"))
    assert {"19:29", "News", "Sport"} <= reported, reported


def test_a_heading_after_a_time_without_a_live_blog_is_still_judged(lint):
    """Two entries are no live blog: its headings get no pass, and a menu line after a page's date stamp is read as ever."""
    text = "\n".join(["Home", "News", "Sport", "Updated", "21:22, 6 OCT 2020", "News", INTRO, FERRY]) + "\n"
    assert "News" in lines_of(lint, text, "NL311")


BROKEN = [("Set in the cool hills above the city and among tall trees, ferns and wild orchids, the old barracks "
           "was for a century home to the"),
          "regiment, whose officers laid out its gardens and its parade ground in the 1840s.",
          ("The idea of a station in the hills was first raised by the governor in a letter to the war office in "
           "1840, pointing out that the garrison on the plain suffered from fever. On the plain the"),
          "soldiers died in their hundreds every summer, and the letters to London grew more urgent each year."]
STORY = ("The barracks closed in 1962, when the regiment was disbanded, and the buildings have since been used as "
         "a training school for the country's defence force and as a museum.")


def test_a_sentence_broken_over_two_lines_is_no_caption(lint):
    text = "\n".join([STORY, *BROKEN, STORY.replace("1962", "1963")]) + "\n"
    reported = lines_of(lint, text, "NL312")
    assert not reported, reported


def test_unstopped_captions_among_the_story_are_still_reported(lint):
    captions = ["The old parade ground on a misty morning in late autumn above the city",
                "Officers of the regiment outside the mess in a photograph from the 1890s"]
    text = "\n".join([STORY, captions[0], BROKEN[1], captions[1], STORY.replace("1962", "1963")]) + "\n"
    assert lines_of(lint, text, "NL312") == captions


SILICON = ("The infighting is even sharper in Silicon Valley, where Salesforce is battling Twitter, while Apple is "
           "going after Facebook and Google over privacy.")
TECH = ("Microsoft said on Wednesday it would commit $500 million to housing in Seattle, showing up its neighbour, "
        "which had fought publicly and bitterly with the city over a tax on large employers.")


def test_platforms_named_as_companies_in_a_sentence_are_prose(lint):
    text = "\n".join(["Steve Walker", TECH, SILICON, TECH.replace("Wednesday", "Thursday")]) + "\n"
    assert SILICON not in lines_of(lint, text, "NL311")


def test_a_sentence_sending_the_reader_to_a_platform_is_still_furniture(lint):
    for prompt in ("Share this story on Facebook and Twitter.", "Watch the full interview on YouTube and Facebook."):
        text = "\n".join(["Steve Walker", TECH, prompt, TECH.replace("Wednesday", "Thursday")]) + "\n"
        assert prompt in lines_of(lint, text, "NL310") + lines_of(lint, text, "NL311"), prompt
    # where a platform is the place something is posted, it stays a word of the page, not prose
    assert not _prose("Read the statement the company posted on Twitter and Facebook on Monday evening.")
    assert _prose("Shares in the company fell after Facebook and Twitter reported slower growth in users.")


OPENING = ("A powerful alliance of chefs and charities today urged the prime minister to block cheaper foods from "
           "flooding into the country under new trade deals.")
MOVE = ("The move comes as the trade secretary faces growing pressure in parliament to protect farms from being put "
        "out of business by cheap imports.")
DEBATE = ("In a debate expected within the next fortnight, members will vote on plans to give the food watchdog the "
          "power to enforce its standards on every import.")


def test_a_paragraph_a_later_caption_reuses_is_no_pull_quote(lint):
    caption = MOVE[:-1] + " (pictured, chickens at a poultry farm in the Midwest)"
    text = "\n".join([OPENING, MOVE, DEBATE, caption, DEBATE.replace("fortnight", "month")]) + "\n"
    assert MOVE not in lines_of(lint, text, "NL311")


def test_a_pull_quote_is_still_reported(lint):
    quote = "Members will vote on plans to give the food watchdog the power to enforce its standards."
    text = "\n".join([OPENING, MOVE, quote, DEBATE, OPENING.replace("today", "yesterday")]) + "\n"
    assert quote in lines_of(lint, text, "NL311")


POLICY = ["We welcome reader comments on the top stories of the day, and some may be republished in the newspaper.",
          "Please understand that comments are moderated and it is not always possible to publish them all.",
          "We ask that comments are civil and free of libellous or hateful material."]


def test_a_comment_policy_is_reported(lint):
    text = "\n".join([OPENING, MOVE, *POLICY]) + "\n"
    assert lines_of(lint, text, "NL342") == POLICY


def test_comments_in_prose_and_in_a_readers_own_comment_stay(lint):
    lines = ["I do agree with his comments about the party leadership, and like him I am leaving it.",
             "So many of these comments are against the minimum wage! Who would serve you in the shops then?",
             "The minister's comments drew criticism from farmers, and we expect the debate to go on for weeks.",
             "Residents can send comments on the plan to the council until the end of March."]
    text = "\n".join([OPENING, MOVE, *lines]) + "\n"
    assert lines_of(lint, text, "NL342") == []


def test_pull_quotes_in_a_long_page_are_found_by_the_index_as_by_a_scan(lint):
    """Past occurrences.LONG_TEXT the first test of a pull quote is the text's index, not a scan per line: the same
    lines are reported (the quote the story says again), the same left (a line said once)."""
    from newslint import occurrences
    filler = [f"Paragraph {k} of the council's report sets out the costs of the new depot and the staff it will need, "
              f"the committee heard on Tuesday, before members voted on the plan." for k in range(200)]
    quote = "Members will vote on plans to give the food watchdog the power to enforce its standards."
    once = "Members will meet again next week to set the budget for the harbour and its ferries."
    text = "\n".join([OPENING, MOVE, quote, DEBATE, once, *filler, OPENING.replace("today", "yesterday")]) + "\n"
    assert len(text) > occurrences.LONG_TEXT
    found = lines_of(lint, text, "NL311")
    assert quote in found and once not in found
