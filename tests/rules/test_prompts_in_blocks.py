"""NL342 on a prompt of the site that is one line of a block (an extractor's output with white-space lines between
some blocks is read as hard-wrapped, each block one paragraph), and on the site's contact and privacy lines."""

from conftest import lines_of
from rule_texts import LATER, LONG, MORE, PROSE, blocks

POLICY = ("The Daily Example discourages comments that are libellous or abusive and that break our Terms of Use. "
          "Posts in our comment section are the views of their authors.")


def test_a_prompt_that_is_one_line_of_a_block_is_reported(lint):
    text = blocks(["Published on", "April 21, 2022"], [PROSE, MORE, POLICY], ["Article by", "Jane Doe"])
    assert lines_of(lint, text, "NL342") == [POLICY]


def test_the_story_lines_of_a_block_stay(lint):
    clean = ("The company said its comment section was closed after the ruling, and that users could still read the "
             "terms of use online.")
    text = blocks(["Published on", "April 21, 2022"], [PROSE, MORE, clean], ["Article by", "Jane Doe"])
    assert lines_of(lint, text, "NL342") == []


def test_a_piece_of_a_wrapped_sentence_is_not_read_as_a_line(lint):
    """A line under one that does not end like a sentence goes on with that sentence (print, or a sentence an
    extractor broke): it is not read on its own."""
    text = blocks(["Published on", "April 21, 2022"],
                  [PROSE, "Residents who wrote to the council about the plan were", POLICY, LONG],
                  [LATER, MORE])
    assert POLICY not in lines_of(lint, text, "NL342")


def test_the_site_asking_readers_to_contact_it_is_a_prompt(lint):
    note = ("Free speech is our core value at the Daily Example. If the letter you wrote was not printed and you "
            "believe it was not libellous, please contact us by phone or email.")
    text = "\n\n".join(["Harbour wall to be rebuilt", PROSE, MORE, note]) + "\n"
    assert lines_of(lint, text, "NL342") == [note]


def test_a_privacy_policy_to_view_is_a_prompt(lint):
    about = ("The Daily Example is a news website owned by a media company. Our aim is to give readers accurate "
             "news about the island. View our Privacy Policy.")
    text = "\n\n".join(["Harbour wall to be rebuilt", PROSE, MORE, about]) + "\n"
    assert lines_of(lint, text, "NL342") == [about]


def test_a_story_about_a_contact_line_or_a_policy_stays(lint):
    clean = ["Regulators asked the bank to view its privacy policy again after customers were told to contact us "
             "lines that did not work, the report said.",
             "Readers can see the council's new policy on the website of the planning department from Monday."]
    text = "\n\n".join(["Harbour wall to be rebuilt", PROSE, MORE, *clean]) + "\n"
    assert lines_of(lint, text, "NL342") == []
