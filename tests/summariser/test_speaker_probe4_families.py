"""Speaker constructions the probe4 families exposed (session 10), in our own sentences: second references by
description, a speaker after the quote, documents as speakers, pronouns across paragraphs and transcripts. Each case
must give the right speaker or None (when two people fit, or the text does not say), never a guess."""

from __future__ import annotations

import pytest

from summariser._description_index import judgeable
from summariser._quotes import extract_quotes
from summariser._roles import role_around
from summariser._speaker_questions import asked_about
from summariser._text import split_document

CASES: list[tuple[str, str, list[str | None]]] = [
    # -- second references by description (`_description_index`) --
    (
        "owned_boss_is_the_named_chief_executive",
        "Ofcom's chief executive, Melanie Dawes, gave evidence to the committee on Tuesday.\n\n"
        '"We will reach a decision when the evidence allows us to," the Ofcom boss said.',
        ["Melanie Dawes"],
    ),
    (
        "company_epithet_known_of_a_public_figure",
        "Elon Musk posted a string of replies on Sunday night.\n\n"
        '"Regulators in London want to decide what adults may see," the SpaceX founder wrote.',
        ["Elon Musk"],
    ),
    (
        "bare_executive_is_not_judged_on_world_knowledge",
        "Elon Musk was silent on Monday. X's head of policy said the company would appeal.\n\n"
        '"We will challenge this decision in every court available to us," the executive wrote.',
        ["X"],
    ),
    (
        "cabinet_minister_is_the_one_secretary_of_state",
        "Peter Kyle, the Secretary of State for Business and Trade, spoke at the summit on Wednesday.\n\n"
        '"Nobody in this government will be lectured on free speech by a chatbot," the cabinet minister said.',
        ["Peter Kyle"],
    ),
    (
        "two_ministers_named_together_make_the_minister_nobody",
        "Spain's digital minister, Óscar López, and the Italian minister for enterprise, Adolfo Urso, met the "
        "company's European director in Rome on Thursday.\n\n"
        '"We expect changes within weeks, not months," the minister said.',
        [None],
    ),
    (
        "nationality_picks_one_of_two_ministers",
        "Spain's digital minister, Óscar López, and the Italian minister for enterprise, Adolfo Urso, met the "
        "company's European director in Rome on Thursday.\n\n"
        '"Italy will not accept a weaker standard than the rest of Europe," the Italian minister said.',
        ["Adolfo Urso"],
    ),
    (
        "two_mps_make_the_mp_nobody",
        "The Green MP Siân Berry and the Conservative MP Alicia Kearns both raised the case in the chamber.\n\n"
        "The minister promised a written answer.\n\n"
        '"That is not an answer, that is a delay," the MP replied.',
        [None],
    ),
    (
        "former_secretary_is_not_the_minister",
        "Sir John Whittingdale, a former culture secretary, urged caution. Responding for the government, the "
        "minister Ian Murray said Ofcom had the powers it needed.\n\n"
        '"Ofcom must be left to do its job without interference," the minister said.',
        ["Ian Murray"],
    ),
    (
        "first_minister_is_not_the_prime_minister",
        "Keir Starmer, the prime minister, said on Monday that the law would change within weeks.\n\n"
        "In Edinburgh, Mr Swinney promised the same protection for Scotland. "
        '"Scotland will not be left behind on this," the First Minister said.',
        [None],
    ),
    (
        "subject_description_wins_over_a_name_in_its_relative_clause",
        "Justice Carmen Lúcia Rocha ordered the platform to comply within 24 hours.\n\n"
        "The 71-year-old justice, who clashed with Elon Musk over the platform's accounts in 2024, spoke again "
        'that evening. "No company is above the constitution of this country," he said.',
        [None],
    ),
    # -- a speaker after the quote --
    (
        "so_says_in_the_same_sentence",
        '"The regulator has every power it needs and has chosen not to use them." So says Caroline Dinenage, '
        "the Conservative chair of the culture committee, who has called Ofcom's leadership to give evidence.",
        ["Caroline Dinenage"],
    ),
    (
        "came_the_reply_from_a_spokesperson",
        "Charities wrote to X on Friday demanding a meeting.\n\n"
        '"We have received the letter and will reply to it in due course," came the reply from an X spokesperson.',
        ["X"],
    ),
    (
        "the_remark_made_by_a_named_minister",
        '"A product that harms children should be withdrawn from sale." The remark, made by the communications '
        "minister, Anika Wells, on breakfast television, drew an angry reply from the company.",
        ["Anika Wells"],
    ),
    # -- documents as speakers (`_speaker_documents`) --
    (
        "findings_say_after_the_body_published_them",
        "The European Commission published its preliminary findings against the platform on Thursday.\n\n"
        '"The provider failed to assess the risks its image generator posed to minors," the findings say.',
        ["European Commission"],
    ),
    (
        "judgment_written_by_a_named_judge",
        "The Bombay High Court dismissed the company's petition in a 40-page judgment written by Justice Meera "
        'Kulkarni. "A platform that creates the content cannot claim to be a mere conduit," the judgment says.',
        ["Meera Kulkarni"],
    ),
    (
        "filing_reads_after_the_party_went_to_court",
        "The Federal Trade Commission asked a federal judge in Washington on Monday to hold xAI in contempt.\n\n"
        '"The company has ignored two orders to preserve its records," the filing reads.',
        ["Federal Trade Commission"],
    ),
    (
        "a_report_of_unknown_origin_is_nobody",
        "A report circulated among MEPs on Tuesday.\n\n"
        '"The platform ignored warnings from its own engineers for months," the report concludes.',
        [None],
    ),
    (
        "statement_from_a_unit_is_its_bodys",
        "The European Commission has asked the platform for more documents.\n\n"
        '"We are following the case closely and are in contact with the company," a statement from the '
        "Commission's digital department said.",
        ["European Commission"],
    ),
    (
        "noun_compound_names_the_author",
        "Australia's eSafety Commissioner has issued a second notice to the platform.\n\n"
        '"Failure to respond can lead to penalties of up to 800,000 dollars a day," the eSafety statement said.',
        ["eSafety Commissioner"],
    ),
    (
        "statement_it_published_is_the_subjects",
        "Asked for comment, Ofcom pointed to a statement it published on Monday. "
        '"We are working through the evidence as quickly as the law allows," the statement said.',
        ["Ofcom"],
    ),
    (
        "joint_statement_is_nobodys_alone",
        "Ofcom and the Information Commissioner's Office issued a joint statement on Friday.\n\n"
        '"Both regulators are in close contact about the case," the statement said.',
        [None],
    ),
    (
        "following_statement_is_the_described_subjects",
        "Ofcom opened an investigation into X on Monday. Asked for a response, the company sent the following "
        'statement:\n\n"We remove illegal content and suspend the accounts that share it."',
        ["X"],
    ),
    # -- a quote split by its attribution --
    (
        "second_half_of_a_split_quote_with_a_long_apposition",
        '"It is a start," said Andrea Simon, the director of the End Violence Against Women Coalition, '
        '"but it should never have taken this long to get here."',
        ["Andrea Simon", "Andrea Simon"],
    ),
    # -- pronouns across paragraphs and interview copy --
    (
        "she_across_a_paragraph_quoting_a_man",
        "Dame Melanie Dawes said on Friday that Ofcom had made rapid progress in its investigation.\n\n"
        'Elon Musk replied within minutes, calling the inquiry "a plot by unelected officials against free '
        'speech".\n\n'
        '"We will not be distracted by noise from any direction," she said.',
        ["Elon Musk", "Melanie Dawes"],
    ),
    (
        "asked_about_a_man_he_declined",
        "In an interview published on Saturday, xAI's head of engineering, Tomas Berg, said the company had "
        "moved too fast.\n\n"
        "Asked whether Elon Musk had overruled the safety team, he declined to answer directly. "
        '"Direction comes from the top. The code is ours," he said.',
        [None],
    ),
    (
        "she_after_a_transcript_block",
        "Priya Nair has run the charity for six years. We spoke in her office the day after the ruling.\n\n"
        "Q: Was the ruling a surprise?\n\nA: Not really.\n\n"
        'After the interview she sent a short note. "Every parent should read the judgment," she wrote.',
        ["Priya Nair"],
    ),
    (
        "he_named_after_a_transcript_block",
        "In an interview at his office in Mumbai, the minister, Rohan Mehta, said the rules would not change.\n\n"
        "Q: Has the company answered the notice?\n\nA: They have responded. We are reading it.\n\n"
        "Asked about the platform's defence, Mr Mehta was blunt. \"A tool that makes the content is not a "
        'bystander," he said.',
        ["Rohan Mehta"],
    ),
    (
        "she_after_the_writers_own_question",
        "Hannah Kowalski ran the safety team at a large platform until last year. She agreed to speak on the "
        'record.\n\nWas the company warned? "Everyone on my team knew exactly what would happen," she says.',
        ["Hannah Kowalski"],
    ),
    (
        "she_after_a_colon_stamped_live_blog_entry",
        "7.15 PM IST: The ministry has issued a notice to X. Sources in the ministry say a reply is due Friday.\n\n"
        "7.40 PM IST: Trinamool MP Mahua Moitra, who raised the issue in Parliament, has reacted. "
        '"This should have happened a month ago," she told us.',
        ["Mahua Moitra"],
    ),
    (
        "she_after_a_past_the_article_had_not_told",
        "Renata Lima, a lawyer who represents four women, filed the complaint in Brasília on Monday.\n\n"
        "The former public defender said the case would test the consumer code. "
        '"Nobody asked my clients whether they agreed to any of this," she said.',
        ["Renata Lima"],
    ),
    (
        "he_after_a_new_unknown_subject_is_nobody",
        "Keir Starmer told MPs that the law would change.\n\n"
        'Mrs Badenoch later wrote on X: "Labour discovered this problem when it hit the front pages."\n\n'
        "We met at the charity's offices. Burrows, who chooses his words carefully, was blunt. "
        '"A modest fine would be a failure for the whole regime," he said.',
        ["Kemi Badenoch", None],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in CASES], ids=[c[0] for c in CASES])
def test_probe4_family(text: str, expected: list[str | None]) -> None:
    assert [q.speaker for q in extract_quotes(split_document(text))] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Ofcom boss", True),
        ("57-year-old justice", True),
        ("executive vice-president for tech sovereignty", True),
        ("Taoiseach", True),
        ("company", False),
        ("statement", False),
        ("MCMC", False),
        ("minister and her deputy", False),
    ],
)
def test_judgeable_gates_the_index(body: str, expected: bool) -> None:
    assert judgeable(body) is expected


def test_role_after_a_name_is_not_the_next_persons() -> None:
    text = "The EU's enforcement chief, Henna Virkkunen, and France's digital minister, Anne Le Hénanff, met."
    start = text.index("Henna")
    # (before the fix: "and France's digital minister", the next person's title)
    assert role_around(text, start, start + len("Henna Virkkunen")) is None


def test_asked_about_marks_the_one_asked_about() -> None:
    text = "Asked whether Elon Musk had overruled the team, he declined to answer."
    assert asked_about(text, 0, text.index("Elon"))
    assert not asked_about("Elon Musk declined to answer.", 0, 0)
