"""Quote extraction: every direct quotation of four or more words, with the right speaker or None."""

from __future__ import annotations

import pytest

from summariser._quotes import extract_quotes
from summariser._text import split_document


def _quotes(text: str) -> list[tuple[str, str | None, bool]]:
    return [(q.text, q.speaker, q.partial) for q in extract_quotes(split_document(text))]


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(split_document(text))]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "…," X said
        ('Priya Raman leads the inquiry.\n\n"We expect answers within a fortnight," Ms Raman said.', "Priya Raman"),
        # "…," said X, apposition
        (
            '"The law has to catch up with the technology," said Dan Whitcombe, a lecturer at Leeds University.',
            "Dan Whitcombe",
        ),
        # X said: "…"
        ('Anthony Albanese said: "No platform is above Australian law, full stop."', "Anthony Albanese"),
        # X told the BBC: "…"
        ('Ms Okafor told the BBC: "I have never seen abuse spread this fast."', "Ms Okafor"),
        # "…" X added (no comma)
        ('Marta Nowak leads the group. "We will keep pressing the Commission" Ms Nowak added.', "Marta Nowak"),
        # In a statement, Ofcom said "…"
        ('In a statement, Ofcom said "we are treating this as a matter of the highest priority".', "Ofcom"),
        # X wrote on X: "…"
        ('Elon Musk wrote on X: "This is an outrageous attack on free speech."', "Elon Musk"),
        # according to X
        (
            '"The tool was switched off within the hour," according to Jonas Weber, the company\'s lawyer.',
            "Jonas Weber",
        ),
        # verb-first with role then name
        ('"We are not finished with this platform," said its chief executive, Rosa Delgado.', "Rosa Delgado"),
    ],
)
def test_attribution_patterns(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_honorifics_and_titles_resolve_to_the_full_name() -> None:
    text = (
        "Sir Keir Starmer faced MPs on Wednesday. Kerry McCarthy, a Labour MP, raised the issue.\n\n"
        '"This is a test of whether we mean what we say," Sir Keir said.\n\n'
        '"Families need to see action this month," Ms McCarthy said.'
    )
    assert _speakers(text) == ["Keir Starmer", "Kerry McCarthy"]


def test_role_resolves_when_article_ties_it_to_a_name() -> None:
    text = (
        "Liz Kendall, the technology secretary, met regulators on Monday.\n\n"
        'Speaking afterwards, the technology secretary said: "Nothing is off the table for this government."'
    )
    (quote,) = extract_quotes(split_document(text))
    assert quote.speaker == "Liz Kendall"
    assert quote.speaker_role == "technology secretary"


def test_multi_paragraph_quote_is_joined() -> None:
    text = (
        'Chris Doyle, head of the Safe Online Trust, said: "The images appeared within minutes of launch.\n\n'
        '"We reported hundreds of them and almost none came down.\n\n'
        '"That is not a moderation failure, it is a design decision."\n\n'
        "The company did not respond."
    )
    (quote,) = extract_quotes(split_document(text))
    assert quote.speaker == "Chris Doyle"
    assert quote.text.startswith("The images appeared")
    assert quote.text.endswith("it is a design decision.")
    assert "We reported hundreds" in quote.text
    assert quote.sentence == 0
    assert not quote.partial


def test_speaker_named_in_previous_paragraph_with_colon() -> None:
    text = (
        "Jess Carter, who runs a helpline for victims, said calls had doubled. She added:\n\n"
        '"Every single caller asks the same thing: why is this still allowed?"'
    )
    assert _speakers(text) == ["Jess Carter"]


def test_pronoun_with_two_compatible_antecedents_is_none() -> None:
    text = (
        "Liz Kendall said Melanie Dawes had her full backing.\n\n"
        '"We will give the regulator whatever it needs," she said.'
    )
    assert _speakers(text) == [None]


def test_pronoun_follows_gender_when_one_candidate_fits() -> None:
    text = (
        "Anika Wells criticised Elon Musk on Tuesday.\n\n"
        '"Australians will not accept excuses from a billionaire," she said.\n\n'
        '"It is time the company took responsibility," he said, according to the transcript.'
    )
    quotes = _speakers(text)
    assert quotes[0] == "Anika Wells"


def test_organisation_pronoun_and_description() -> None:
    text = (
        "The European Commission opened formal proceedings against X on Monday.\n\n"
        '"We will use every tool the Digital Services Act gives us," it said.\n\n'
        "X's owner, xAI, has changed the tool twice. "
        '"We are working with regulators around the world," the company said.'
    )
    # "it" with two organisations in the sentence before (the one acting and the one acted on) is not certain: the
    # subject did not speak there, so the quote stays unattributed rather than risk the wrong body
    assert _speakers(text) == [None, None]


def test_it_said_after_the_organisation_spoke() -> None:
    text = (
        "The European Commission said it had opened formal proceedings against X on Monday.\n\n"
        '"We will use every tool the Digital Services Act gives us," it said.'
    )
    assert _speakers(text) == ["European Commission"]


def test_it_said_with_a_single_organisation_in_view() -> None:
    text = 'Ofcom opened an investigation on Monday. "We are moving as fast as the law allows," it said.'
    assert _speakers(text) == ["Ofcom"]


def test_spokespeople_and_anonymous_sources() -> None:
    text = (
        'A No 10 spokesperson said: "The prime minister has been clear that all options are open."\n\n'
        '"Nobody in cabinet is defending the company any more," a government source said.\n\n'
        '"We take the safety of our users extremely seriously," a spokesperson for Meta said.\n\n'
        'An X spokesperson said: "We remove illegal content quickly and permanently."'
    )
    quotes = extract_quotes(split_document(text))
    assert [q.speaker for q in quotes] == ["Downing Street", "a government source", "Meta", "X"]
    assert quotes[0].speaker_role == "No 10 spokesperson"


def test_the_source_refers_back_to_the_anonymous_source() -> None:
    text = (
        "A senior Whitehall source said patience had run out. "
        '"Ministers are no longer willing to wait for the company," the source said.'
    )
    assert _speakers(text) == ["a senior Whitehall source"]


def test_partial_quote_inside_reported_speech() -> None:
    text = 'Ashwini Vaishnaw said the platform\'s response was "wholly inadequate and deeply irresponsible".'
    ((quote_text, speaker, partial),) = _quotes(text)
    assert quote_text == "wholly inadequate and deeply irresponsible"
    assert speaker == "Ashwini Vaishnaw"
    assert partial


def test_whole_quote_is_not_partial() -> None:
    text = 'Ashwini Vaishnaw said: "The platform must comply with Indian law."'
    assert _quotes(text)[0][2] is False


def test_scare_quotes_and_titles_are_not_quotes() -> None:
    text = (
        'The so-called "spicy mode" let users make "nudified" images. '
        'The campaign, called "Stop Abuse Online Now", began in May.'
    )
    assert _quotes(text) == []


def test_apostrophes_do_not_open_quotes() -> None:
    text = (
        "Musk's company didn't comment on the '90s-era rules or the users' complaints, and Ofcom's staff won't either."
    )
    assert _quotes(text) == []


def test_british_single_quote_style() -> None:
    text = "'The regulator's powers are not a paper tiger,' said Dame Melanie Dawes."
    assert _quotes(text) == [("The regulator's powers are not a paper tiger", "Melanie Dawes", False)]


def test_nested_single_quotes_stay_inside() -> None:
    text = "“We will not accept ‘free speech’ as an excuse for abuse,” said Liz Kendall."
    assert _quotes(text) == [("We will not accept ‘free speech’ as an excuse for abuse", "Liz Kendall", False)]


def test_split_quote_gives_two_quotes_same_speaker() -> None:
    text = '"We acted within hours," Sarah Lin said. "Anyone who says otherwise has not read the logs."'
    assert _speakers(text) == ["Sarah Lin", "Sarah Lin"]


def test_bare_quote_paragraph_continues_previous_speaker() -> None:
    text = (
        '"These images are illegal in Ireland," said Niamh Hodnett, the online safety commissioner.\n\n'
        '"We expect the platform to remove them without being asked twice."'
    )
    assert _speakers(text) == ["Niamh Hodnett", "Niamh Hodnett"]


def test_someone_new_in_between_stops_continuation() -> None:
    text = (
        '"These images are illegal in Ireland," said Niamh Hodnett.\n\n'
        "Patrick O'Donovan, the minister, visited the regulator on Tuesday.\n\n"
        '"We expect the platform to remove them without being asked twice."'
    )
    assert _speakers(text)[1] is None


def test_joint_speakers_are_none() -> None:
    text = 'Senators Dick Durbin and Lindsey Graham said: "This bill gives victims their day in court."'
    assert _speakers(text) == [None]


def test_unknown_new_speaker_blocks_pronoun_guess() -> None:
    text = (
        '"We are proud of this exhibition," said Dr Imani Caldwell, the curator.\n\n'
        "Ilyasah Shabazz, one of the family, said the message still mattered. "
        '"He believed that education is the passport to the future," she said.'
    )
    assert _speakers(text)[1] in (None, "Ilyasah Shabazz")


def test_quote_sentence_index_is_where_it_starts() -> None:
    text = 'Background sentence. Another one here.\n\nMs Lee said: "We will act. We will act fast."'
    (quote,) = extract_quotes(split_document(text))
    assert quote.sentence == 2


def test_title_case_slogans_and_report_titles_are_not_speech() -> None:
    text = (
        'Campaigners marched under the banner "Our Faces, Our Bodies, Our Consent". '
        'The report, "The Undressing Machine: How a Chatbot Industrialised Abuse", was published on Monday.'
    )
    assert _quotes(text) == []


def test_plural_possessive_before_a_function_word_closes_a_british_quote() -> None:
    text = (
        "A spokesman said the firm had 'removed all the offending images' and that users "
        "'must obey the law or face the consequences'."
    )
    texts = [q for q, _, _ in _quotes(text)]
    assert texts == ["removed all the offending images", "must obey the law or face the consequences"]


def test_post_attribution_that_introduces_the_next_quote_is_not_used_backwards() -> None:
    text = (
        "Elon Musk responded within hours.\n\n"
        'Replying to a clip of a Labour MP calling Grok "a tool for industrial abuse", he wrote: '
        '"The abuse they actually care about is criticism of them online."'
    )
    quotes = extract_quotes(split_document(text))
    assert quotes[0].speaker is None
    assert quotes[1].speaker == "Elon Musk"


def test_headline_style_label_names_the_speaker() -> None:
    text = "Elon Musk has been criticised by ministers.\n\nMusk: 'I will not back down to the censors'"
    assert _speakers(text) == ["Elon Musk"]


@pytest.mark.parametrize(
    "text",
    [
        'The group published a report titled "The Undressing Machine: how a chatbot industrialised abuse" on Monday.',
        'The Undressing Machine, a report by Glitch, is subtitled "Nudify Culture: what the apps do to girls".',
        'More than 100,000 people signed a petition called "stop AI nudes now and forever" last week.',
        'Campaigners want a "digital duty of care for all platforms" written into law.',
        'MPs debated the so-called "right to be forgotten online" in Westminster Hall.',
        'The campaign, "make it stop for every woman", launched in Sydney on Friday.',
        'Protesters gathered under the banner "our faces are not your content" outside Parliament.',
    ],
)
def test_quoted_titles_campaigns_and_policy_names_are_not_quotes(text: str) -> None:
    assert _quotes(text) == []


def test_partial_quote_after_called_is_still_speech() -> None:
    text = 'Rob Bonta said xAI had built what he called "a breeding ground for predators online".'
    assert _speakers(text) == ["Rob Bonta"]


@pytest.mark.parametrize(
    "heading",
    [
        '"… block the evacuation of civilians from the desert camp"',
        '"The agency controls every armed group in the region"',
        '"3 out of 4 convoys were turned back at the border."',
    ],
)
def test_a_quoted_sub_heading_inherits_no_speaker(heading: str) -> None:
    text = (
        "Carl Simms runs the relief agency.\n\n"
        '"I can say with confidence that nobody controls the groups there," Simms said. '
        '"Every intervention has been indirect."\n\n'
        f"{heading}\n\n"
        '"The whole claim was invented by people far from the camp"\n\n'
        "A refugee inside the camp said the claim was false."
    )
    assert _speakers(text) == ["Carl Simms", "Carl Simms", None, None]


def test_a_punctuated_quote_paragraph_still_continues_the_speaker() -> None:
    text = (
        "Carl Simms runs the relief agency.\n\n"
        '"I can say with confidence that nobody controls the groups there," Simms said.\n\n'
        '"Every intervention we have seen has been indirect."'
    )
    assert _speakers(text) == ["Carl Simms", "Carl Simms"]


def test_repeated_unattributed_slogan_is_not_a_quote() -> None:
    text = (
        'The council\'s new "Slow down. Kids at play." campaign was mocked online on Monday.\n\n'
        'Road safety charities said the "Slow down. Kids at play." posters were a start. '
        '"We have asked for speed cameras on every school street for years," said Nina Ward of Safer Streets.'
    )
    assert [t for t, _, _ in _quotes(text)] == ["We have asked for speed cameras on every school street for years"]


def test_repeated_quote_with_a_speaker_is_kept() -> None:
    text = (
        'The minister said the scheme would "change lives in every town".\n\n'
        '"Change lives in every town" is what Ravi Patel promised, and residents will hold him to it.'
    )
    assert len(_quotes(text)) == 2


def test_title_with_its_full_stop_inside_the_marks_is_not_a_quote() -> None:
    text = 'The actor was eliminated on Monday from "Strictly Dancing With the Stars."'
    assert _quotes(text) == []


def test_participle_observing_attributes_the_fragment_to_the_subject() -> None:
    doc = split_document(
        "Ofcom on Thursday rejected the appeal, observing that the platform "
        '"cannot hide behind its users for what its own tool produced".'
    )
    quotes = extract_quotes(doc)
    assert [(q.speaker, q.partial) for q in quotes] == [("Ofcom", True)]


def test_dateline_does_not_hide_the_sentence_subject() -> None:
    doc = split_document(
        "BENGALURU: The Karnataka High Court on Thursday refused interim relief to the company, observing that "
        'the platform "cannot claim the shelter of an intermediary for its own tool".'
    )
    assert [q.speaker for q in extract_quotes(doc)] == ["Karnataka High Court"]
