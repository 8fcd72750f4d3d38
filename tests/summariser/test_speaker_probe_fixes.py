"""Wrong speakers the probe1 set exposed (our own sentences, one general cause each): each must give the right
speaker or None, never a guess."""

from __future__ import annotations

import pytest

from summariser._quotes import extract_quotes
from summariser._text import split_document

CASES: list[tuple[str, str, list[str | None]]] = [
    # a continuation pronoun must fit the gender the focus sentence gave its own subject ("… that she was …")
    (
        "he_after_x_told_y_that_she",
        "Councillor Dervla Quinlan and Councillor Peter Marsh toured the depot on Friday.\n\n"
        "Quinlan told Marsh afterwards that she had seen enough. He said he agreed, and added: "
        '"The contractor has had two years to sort this out and nothing has changed."',
        ["Peter Marsh"],
    ),
    (
        "she_meaning_the_woman_written_to_says_nothing_of_the_subject",
        "Local councillor Dara Finch has written to Liz Kendall asking what she will do to help victims.\n\n"
        '"These families have waited long enough for someone to act," he told the paper.',
        ["Dara Finch"],
    ),
    # a list of people as the subject after the quote is a group, not its first member
    (
        "list_of_three_after_the_quote",
        '"We expect a full answer from both companies within a fortnight," MPs Sarah Olney, Peter Kyle '
        "and Victoria Collins wrote to the firms.",
        [None],
    ),
    (
        "list_of_three_after_a_verb_first",
        '"We expect a full answer from both companies within a fortnight," wrote MPs Sarah Olney, Peter Kyle '
        "and Victoria Collins.",
        [None],
    ),
    (
        "name_with_apposition_after_the_quote_still_speaks",
        '"We expect a full answer from both companies within a fortnight," Sarah Olney, the Liberal Democrat '
        "MP, wrote to the firms.",
        ["Sarah Olney"],
    ),
    # an indefinite description ends at its verb, whatever the verb
    (
        "description_cut_at_its_verb",
        'A person close to the ministry rejected that version of events. "The timetable was always realistic '
        'and it still is," the person said.',
        ["a person close to the ministry"],
    ),
    (
        "description_cut_at_an_irregular_verb",
        "A doctor at the hospital spoke to reporters on Tuesday. "
        '"We are doing everything we can for the families," the doctor said.',
        ["a doctor at the hospital"],
    ),
    # a spokesperson for an organisation's team speaks for the organisation
    (
        "spokesperson_for_a_team_of_an_organisation",
        "Ofcom said on Monday that its inquiry had entered a new phase.\n\n"
        "A spokeswoman for Ofcom's enforcement team said the work was on schedule. "
        '"We will publish our provisional findings in the spring," the spokeswoman said.',
        ["Ofcom"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in CASES], ids=[c[0] for c in CASES])
def test_probe_fix(text: str, expected: list[str | None]) -> None:
    assert [q.speaker for q in extract_quotes(split_document(text))] == expected
