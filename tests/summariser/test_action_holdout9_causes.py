"""The general causes found by reading holdout9's action errors (session 6; /work/notes/a6b-holdout9.md), each on
this file's own sentences (other names, places and topics than the evaluation set). Traps are sentences where no
action, or another actor or status, must come out."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

from summariser import _actions
from summariser._actors import ActorFinder
from summariser._names import build_name_index
from summariser._text import split_document
from tests.summariser.action_helpers import actions_in, actors_in, pair_set

PUBLISHED = datetime(2026, 6, 3, 9, 0, tzinfo=UTC)
_pairs = partial(pair_set, published=PUBLISHED)
_actors = partial(actors_in, published=PUBLISHED)


def _finder(text: str) -> ActorFinder:
    doc = split_document(text)
    return ActorFinder(doc, _actions._FACTORY, index=build_name_index(doc))


def _by(text: str, words: str) -> set[str]:
    """The actors of the actions whose text holds `words`."""
    return {a.actor for a in actions_in(text, PUBLISHED) if words in a.action}


# -- an object that is the subject of its own clause -------------------------------------------------------------------


def test_object_that_opens_a_clause_is_the_later_it() -> None:
    text = (
        "Ofcom's director of enforcement, Ana Ferreira, said the audit showed TikTok had not tested the filter "
        "before it launched the photo feature in Scotland."
    )
    assert _by(text, "launched") == {"TikTok"}


def test_object_of_a_verb_is_still_not_it() -> None:
    # trap: "put Meta on notice that it would …" — Meta is the verb's object; "it" is the speaker's body
    text = "The Consumer Council put Meta on notice that it would open an inquiry into the chatbot in July."
    assert "Meta" not in _actors(text)


# -- gender from the next sentence's "he said" -------------------------------------------------------------------------


def test_gender_read_from_the_next_sentences_he_said() -> None:
    text = (
        "Radomił Brzęczyszczykiewicz, a Latvian MEP who led a letter on the chatbot, told us the ruling was late. "
        '"We asked for this in March," he said. '
        "Ilze Ozoliņa of the Greens was more careful."
    )
    finder = _finder(text)
    assert finder._gender_of("Radomił Brzęczyszczykiewicz") == "m"


def test_gender_not_read_across_another_person() -> None:
    # trap: another person is named before the pronoun of the next sentence: nothing is learned
    text = (
        "Radomił Brzęczyszczykiewicz, a Latvian MEP, told us the ruling was late. "
        "Anna Kowalska, his colleague, said she agreed."
    )
    assert _finder(text)._gender_of("Radomił Brzęczyszczykiewicz") is None


# -- "which" never stands for a person ---------------------------------------------------------------------------------


def test_which_after_founded_by_is_the_body() -> None:
    text = (
        "The ruling was praised by Big Brother Watch, the London-based rights group founded by Tom Ruddock, "
        "which filed complaints against TikTok in four countries last year."
    )
    assert _by(text, "filed complaints") == {"Big Brother Watch"}


def test_who_after_a_person_still_credits_nobody_wrong() -> None:
    # trap: a person's "who" clause is background; no body is invented for it
    text = "The bill was drafted by Senator Mara Quill, who filed a complaint against the app last year."
    assert "Big Brother Watch" not in _actors(text)


# -- an unnamed speaker's own "she" ------------------------------------------------------------------------------------


def test_she_of_an_unnamed_apposed_speaker_is_nobody() -> None:
    text = (
        "Judge Helen Okafor adjourned the hearing until May. "
        "Outside the court, one of the claimants, a nurse from Leeds named in the filing as R.T., said she had "
        "joined the case because nobody else would."
    )
    assert "Helen Okafor" not in _by(text, "joined")


def test_she_after_a_named_speaker_still_resolves() -> None:
    # trap: a named speaker keeps her own "she"
    text = "Ofcom's chief executive, Melanie Dawes, said she had opened an investigation into the service."
    assert "Ofcom" in _actors(text) or "Melanie Dawes" in _actors(text)


# -- "the party" after a party the lexicon knows -----------------------------------------------------------------------


def test_the_party_is_the_last_party_named() -> None:
    text = (
        "A Green Party member, Lena Hofer, said she expected the firm to appear. "
        "The far-right Alternative for Germany (AfD) accused ministers of censorship. "
        "The party said it would vote against the bill."
    )
    assert _by(text, "vote against") == {"AfD"}


# -- a minister's "we" -------------------------------------------------------------------------------------------------


def test_minister_we_is_the_ministry_country() -> None:
    text = (
        "MANILA/BANGKOK - Thailand on Monday kept its block on the app, while the Philippines lifted its own. "
        "The Philippines' Department of Information and Communications Technology said it had lifted the block. "
        "Thailand's Ministry of Digital Economy and Society said the block would stay. "
        '"Access stays closed until the company complies," Digital Economy Minister Somchai Rattana said. '
        '"If we see the same images again, we will block it for good."'
    )
    found = _by(text, "block it for good")
    assert "Philippines" not in found
    assert found <= {"Thailand"}


# -- a country's regulator named in the next sentence ------------------------------------------------------------------


def test_country_regulator_named_next_sentence() -> None:
    text = (
        "OSLO - Norway's online media regulator on Friday ordered the company to remove the images within a week. "
        "The Norwegian Media Authority said it had found more than 300 such images on the platform."
    )
    assert _by(text, "ordered") == {"Norwegian Media Authority"}


def test_country_regulator_not_taken_from_a_foreign_body_next() -> None:
    # trap: the next sentence opens with another country's body: the country stays
    text = (
        "Norway's online media regulator on Friday ordered the company to remove the images within a week. "
        "The European Commission said it was following the case."
    )
    assert "European Commission" not in _by(text, "ordered")


# -- "The judge" after a judge the article names -----------------------------------------------------------------------


def test_the_judge_is_the_judge_named_before() -> None:
    text = (
        "U.S. District Judge Carmen Ortiz heard arguments on Monday. "
        "The judge also ordered Meta to preserve all records about the design of its filters."
    )
    assert _by(text, "preserve") == {"Carmen Ortiz"}


def test_the_judge_with_no_judge_named_is_nobody() -> None:
    # trap: no judge named anywhere: nobody is credited
    text = "The judge also ordered Meta to preserve all records about the design of its filters."
    assert _by(text, "preserve") <= {None}


# -- an object pronoun for a noun just named ---------------------------------------------------------------------------


def test_pronoun_object_stands_for_the_noun_before() -> None:
    text = "TikTok said it disagreed with the regulator's findings and would contest them."
    assert ("TikTok", "announced") in _pairs(text)


def test_pronoun_object_with_no_fitting_noun_is_nothing() -> None:
    # trap: "contest it" with nothing contestable named before
    text = "TikTok said it had received the letter from the senator and would contest it."
    assert not _by(text, "contest")


# -- help lent to another body -----------------------------------------------------------------------------------------


def test_offered_staff_is_an_action() -> None:
    text = "Ofcom says it fully supports the ruling and has offered its staff to help monitor compliance."
    assert _by(text, "offered") == {"Ofcom"}


def test_offered_support_is_not() -> None:
    # trap: moral support offered is no act
    text = "The Scottish Government offered its support to the families on Tuesday."
    assert not _by(text, "offered")


# -- "considered" with a judgement -------------------------------------------------------------------------------------


def test_considered_sufficient_is_no_plan() -> None:
    text = "The Garante said it had not received assurances it considered sufficient from the company."
    assert not _by(text, "considered")


def test_considering_a_fine_is_still_a_plan() -> None:
    text = "The Garante said it was considering a fine against the company."
    assert ("Garante", "planned") in _pairs(text)


# -- a speech verb set off by commas -----------------------------------------------------------------------------------


def test_subject_before_a_speech_aside_acts() -> None:
    text = "Ofcom, he explained, had also required TikTok to commission an independent audit within 60 days."
    assert _by(text, "required") == {"Ofcom"}


def test_the_audience_of_a_speech_aside_is_not_the_actor() -> None:
    text = "The CNIL, she reminded the Senate, had in March issued a formal notice to the company."
    assert _by(text, "issued") == {"CNIL"}


def test_speech_aside_does_not_credit_the_speaker() -> None:
    text = "Ofcom, Melanie Dawes said, had also required the company to commission an independent audit."
    assert "Melanie Dawes" not in _by(text, "required")


# -- US members named with party and state -----------------------------------------------------------------------------


def test_both_members_with_party_state_tags_act() -> None:
    text = (
        "In Washington, Sen. Amy Klobuchar, D-Minn., and Sen. Mike Lee, R-Utah, have introduced legislation that "
        "would end the liability shield for generated images."
    )
    assert _by(text, "introduced") == {"Amy Klobuchar", "Mike Lee"}


# -- "Investigators" in a prosecutors' case ----------------------------------------------------------------------------


def test_investigators_act_for_the_prosecutors_named() -> None:
    text = (
        "The Brussels prosecutor's office opened a criminal inquiry into the app in March. "
        "Investigators searched the company's offices in Dublin in May."
    )
    assert _by(text, "searched") == {"Brussels prosecutor's office"}


def test_investigators_with_no_prosecutor_named_are_nobody() -> None:
    # trap: "investigators" alone name no body
    text = "Investigators searched the company's offices in Dublin in May."
    assert _by(text, "searched") <= {None}


# -- "A spokesperson for ORG said it …" --------------------------------------------------------------------------------


def test_it_after_a_spokesperson_for_a_body_is_that_body() -> None:
    text = "A spokesperson for the Garante said it had forwarded more than 900 complaints to the police since May."
    assert _by(text, "forwarded") == {"Garante"}


def test_it_after_a_spokesperson_whose_clause_names_another_body() -> None:
    # trap: "said TikTok had … and it would …": "it" is not read as the spokesperson's body by this rule
    text = "A spokesperson for the Garante said TikTok had failed to act and it would appeal the order."
    assert "Garante" not in _by(text, "appeal")


# -- the collocations of committees, ministers and regulators ----------------------------------------------------------


def test_invited_to_a_hearing() -> None:
    text = "Ofcom has invited representatives of Meta to a hearing on 12 March."
    assert _by(text, "invited") == {"Ofcom"}


def test_presented_a_draft_law() -> None:
    text = "Austria's justice minister, Anna Sporrer, on Monday presented a draft law on sexual deepfakes."
    assert _by(text, "presented") == {"Anna Sporrer"}


def test_forwarded_complaints() -> None:
    text = "The Garante said it had forwarded more than 600 complaints about the app since January."
    assert _by(text, "forwarded") == {"Garante"}


def test_forwarded_an_email_is_not() -> None:
    # trap: passing on a message is no act
    text = "The Garante said it had forwarded an email from the company to journalists."
    assert not _by(text, "forwarded")


def test_it_is_never_the_judge() -> None:
    # trap: "it" after "The judge said she …" is not the judge named before
    text = (
        "Employment Judge Karen Hollis upheld the claim on Friday. "
        "The judge said she preferred the evidence of the claimant. "
        "The bank said it was disappointed by the ruling and was considering an appeal."
    )
    assert "Karen Hollis" not in _by(text, "appeal")


# -- a quoted "should" with the speaker named after the quotation ------------------------------------------------------


def test_quoted_should_with_speaker_after_is_the_speakers_call() -> None:
    text = '"Ofcom should fine the company," said Laura Bianchi, a Labour MP.'
    assert ("Laura Bianchi", "called_for") in _pairs(text)


def test_quoted_should_never_credits_a_body_inside_the_quote() -> None:
    # trap: "the company" inside the quotation is not who spoke
    text = '"Ofcom should fine the company," said Laura Bianchi, a Labour MP.'
    assert "X" not in _actors(text) and "the company" not in _actors(text)


# -- a sanction in the main clause after a fronted if-clause -----------------------------------------------------------


def test_sanction_after_fronted_if_is_a_threat() -> None:
    text = (
        "MANILA/BANGKOK - Thailand on Monday kept its block on the app, while the Philippines lifted its own. "
        "Thailand's Ministry of Digital Economy and Society said the block would stay. "
        '"Access stays closed until the company complies," Digital Economy Minister Somchai Rattana said. '
        '"If we see that these promises are not honoured, we will block it again without further warning."'
    )
    assert {a.status for a in actions_in(text, PUBLISHED) if "block it again" in a.action} == {"threatened"}


def test_plain_future_sanction_stays_announced() -> None:
    # trap: no condition, no threat
    assert ("Ofcom", "announced") in _pairs("Ofcom will fine the company next week.")


# -- a country restoring access; a regulator's draft decision ----------------------------------------------------------


def test_country_restores_access() -> None:
    text = "HANOI - Vietnam on Friday restored access to the chatbot, three weeks after blocking it."
    assert _by(text, "restored") == {"Vietnam"}


def test_country_restoring_relations_is_not_an_action() -> None:
    # trap: "restored relations" has no object the rules know
    assert not _by("Vietnam restored diplomatic relations with Laos.", "restored")


def test_submitted_a_draft_decision() -> None:
    text = "The Garante said it had submitted a draft decision to the other European regulators in June."
    assert _by(text, "submitted") == {"Garante"}


# -- a company limiting its own product, told in the passive -----------------------------------------------------------


def test_company_says_its_product_was_restricted() -> None:
    text = "X said its image tool had been suspended in India on Monday."
    assert ("X", "taken") in _pairs(text)


def test_company_reporting_someone_elses_passive_is_not_credited() -> None:
    # trap: a company telling that it was itself fined does not fine anyone
    text = "X said it had been fined by the regulator in India on Monday."
    assert "X" not in _by(text, "fined")


# -- an executive vice-president's "we" --------------------------------------------------------------------------------


def test_vice_presidents_we_is_the_commission_not_a_national_regulator() -> None:
    text = (
        "The European Commission on Monday ordered X to switch off the image tool in the EU. "
        "Coimisiún na Meán, Ireland's media regulator, said it supported the order. "
        "The Commission's executive vice-president, Henna Virkkunen, said: "
        '"We sent requests for information and we held meetings with the company."'
    )
    found = _by(text, "sent requests")
    assert "Coimisiún na Meán" not in found


# -- a participle with its agent after a short time --------------------------------------------------------------------


def test_investigation_opened_in_month_by_agent() -> None:
    text = "The order follows an investigation opened in March by the Garante, which said it had found breaches."
    assert _by(text, "opened") == {"Garante"}


def test_passive_in_progress_is_not_a_participle() -> None:
    # trap: "are being drafted by" is a passive with its auxiliary, left to its own object rule
    text = "The measures are being drafted by Ofcom's online safety group, officials said."
    assert not _by(text, "drafted")
