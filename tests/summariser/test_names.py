"""NameIndex: people, organisations, roles and later references resolved to canonical names."""

from __future__ import annotations

from summariser._names import NameIndex, build_name_index
from summariser._text import split_document

ARTICLE = (
    "Prime Minister Keir Starmer said the platform had failed women. "
    "Liz Kendall, the technology secretary, told MPs she would act.\n\n"
    "Ofcom chief executive Melanie Dawes said the regulator was moving quickly. "
    "Elon Musk, who owns X, called the plans censorship.\n\n"
    "Kerry McCarthy, a Labour MP, said the paywall was an insult. "
    "Sir Keir later met Ms McCarthy. Mr Musk did not respond."
)


def _index(text: str = ARTICLE) -> tuple[NameIndex, int]:
    doc = split_document(text)
    return build_name_index(doc), len(doc.sentences) - 1


def test_people_and_organisations_in_first_mention_order() -> None:
    index, _ = _index()
    assert index.people() == ["Keir Starmer", "Liz Kendall", "Melanie Dawes", "Elon Musk", "Kerry McCarthy"]
    assert index.organisations()[:3] == ["Ofcom", "X", "Labour"]


def test_honorific_references_resolve_to_full_names() -> None:
    index, last = _index()
    assert index.resolve("Sir Keir", sentence=last) == "Keir Starmer"
    assert index.resolve("Ms McCarthy", sentence=last) == "Kerry McCarthy"
    assert index.resolve("Mr Musk", sentence=last) == "Elon Musk"
    assert index.resolve("Starmer", sentence=last) == "Keir Starmer"


def test_roles_tied_by_title_or_apposition() -> None:
    index, last = _index()
    assert index.role_of("Keir Starmer") == "prime minister"
    assert index.role_of("Liz Kendall") == "technology secretary"
    assert index.role_of("Melanie Dawes") == "Ofcom chief executive"
    assert index.resolve("the prime minister", sentence=last) == "Keir Starmer"
    assert index.resolve("the technology secretary", sentence=last) == "Liz Kendall"
    assert index.resolve("the chief executive", sentence=last) == "Melanie Dawes"


def test_organisation_descriptions_resolve_only_when_unambiguous() -> None:
    index, last = _index()
    assert index.resolve("Ofcom", sentence=last) == "Ofcom"
    assert index.resolve("the regulator", sentence=last) == "Ofcom"
    assert index.resolve("the charity", sentence=last) is None


def test_unknown_reference_is_none() -> None:
    index, last = _index()
    assert index.resolve("Ms Fairweather", sentence=last) is None
    assert index.resolve("the senator", sentence=last) is None


def test_two_people_with_one_surname_make_the_surname_ambiguous() -> None:
    index, last = _index("Sarah Jones chairs the committee. Her colleague Tom Jones disagreed. Jones said no.")
    assert set(index.people()) == {"Sarah Jones", "Tom Jones"}
    assert index.resolve("Jones", sentence=last) is None
    assert index.resolve("Ms Jones", sentence=last) is None


def test_gender_from_honorific_and_given_name() -> None:
    index, _ = _index()
    assert index.gender_of("Kerry McCarthy") == "f"
    assert index.gender_of("Elon Musk") == "m"


def test_pronoun_with_one_compatible_antecedent() -> None:
    index, last = _index("Ms Kendall met Mr Musk on Monday. She left early.")
    assert index.resolve("she", sentence=last) == "Ms Kendall"  # no full name given: the honorific form
    index2, last2 = _index("Liz Kendall met Elon Musk on Monday. She left early.")
    assert index2.resolve("she", sentence=last2) == "Liz Kendall"
    assert index2.resolve("he", sentence=last2) == "Elon Musk"


def test_pronoun_with_two_compatible_antecedents_is_none() -> None:
    index, last = _index("Liz Kendall met Melanie Dawes on Monday. She left early.")
    assert index.resolve("she", sentence=last) is None


def test_mentions_carry_offsets_within_the_sentence() -> None:
    doc = split_document("On Monday, Technology Secretary Liz Kendall spoke to Ofcom.")
    index = build_name_index(doc)
    for m in index.mentions_in(0):
        assert doc.sentences[0].text[m.start : m.end] == m.text
    assert {m.canonical for m in index.mentions_in(0)} == {"Liz Kendall", "Ofcom"}


def test_organisation_with_acronym_and_connectors() -> None:
    index, last = _index(
        "The Malaysian Communications and Multimedia Commission (MCMC) restricted Grok. The MCMC said it acted."
    )
    assert "Malaysian Communications and Multimedia Commission" in index.organisations()
    assert index.resolve("the MCMC", sentence=last) in (None, "Malaysian Communications and Multimedia Commission")
    assert any(m.canonical.startswith("Malaysian") for m in index.mentions_in(last))


def test_peer_keeps_full_title_and_judge_keeps_honorifics() -> None:
    index, _ = _index("Baroness Lloyd of Effra opened the debate. Mrs Justice Ellenbogen gave judgment.")
    assert "Baroness Lloyd of Effra" in index.people()
    assert "Mrs Justice Ellenbogen" in index.people()


def test_title_with_of_state() -> None:
    index, _ = _index("Secretary of State Marco Rubio criticised the fine. Vice President JD Vance agreed.")
    assert index.people() == ["Marco Rubio", "JD Vance"]
    assert index.role_of("Marco Rubio") == "secretary of state"


def test_malcolm_x_and_x_factor_are_not_the_platform() -> None:
    index, _ = _index("A new exhibition on Malcolm X opens. The X Factor returns. Users left X.")
    assert index.organisations() == ["X"]
    assert [m.sentence for s in range(3) for m in index.mentions_in(s) if m.canonical == "X"] == [2]


def test_organisation_parts_joined_by_and_are_not_people() -> None:
    index, _ = _index("Customs and Border Protection said seizures had doubled, McKinley said.")
    assert "Border Protection" not in index.people()


def test_famous_knight_without_a_surname_resolves() -> None:
    index, last = _index("Sir Keir told MPs the platform had failed. He said more was coming.")
    assert index.people() == ["Keir Starmer"]
    assert index.resolve("he", sentence=last) == "Keir Starmer"


def test_surname_particles_and_compound_surnames_make_one_person() -> None:
    text = (
        "Rhun ap Iorwerth, the Plaid Cymru leader, spoke first. Ursula von der Leyen replied. "
        "Ruud van Nistelrooy and Charles de Gaulle were both mentioned. Mark O'Brien, Kerry McCarthy, "
        "Hamish MacLeod and Emma Lloyd-Hughes, of Women's Aid Organisation, signed the letter."
    )
    index = build_name_index(split_document(text))
    for name in (
        "Rhun ap Iorwerth",
        "Ursula von der Leyen",
        "Ruud van Nistelrooy",
        "Charles de Gaulle",
        "Mark O'Brien",
        "Kerry McCarthy",
        "Hamish MacLeod",
        "Emma Lloyd-Hughes",
    ):
        assert name in index.people(), name
    assert index.organisations() == ["Women's Aid Organisation"]


def test_compound_surname_named_before_the_full_name_is_one_person() -> None:
    text = (
        "In reply to Senator David Shoebridge, Ms Inman Grant said the notices stood.\n\n"
        "Julie Inman Grant has led eSafety since 2017."
    )
    index = build_name_index(split_document(text))
    assert index.people() == ["David Shoebridge", "Julie Inman Grant"]
    assert index.resolve("Ms Inman Grant", sentence=1) == "Julie Inman Grant"


def test_titles_and_descriptors_are_not_part_of_the_name() -> None:
    text = (
        "German MEP Andreas Schwab spoke. Detective Chief Inspector Lindsay Fisher led the inquiry. "
        "Rep. Maria Salazar wrote to the agency. Greens senator Sarah Hanson-Young asked questions."
    )
    index = build_name_index(split_document(text))
    assert index.people() == ["Andreas Schwab", "Lindsay Fisher", "Maria Salazar", "Sarah Hanson-Young"]
    assert index.role_of("Andreas Schwab") == "German MEP"
    assert index.role_of("Lindsay Fisher") == "detective chief inspector"
    assert index.role_of("Sarah Hanson-Young") == "Greens senator"


def test_possessive_country_is_no_part_of_an_organisation_name() -> None:
    text = "Brazil's National Data Protection Authority wrote to X. The UK's Information Commissioner's Office agreed."
    index = build_name_index(split_document(text))
    assert "National Data Protection Authority" in index.organisations()
    assert "Information Commissioner's Office" in index.organisations()
    assert not any(org.startswith(("Brazil", "UK")) for org in index.organisations())


def test_party_and_organisation_words_keep_their_capitals_in_a_role() -> None:
    text = (
        "Plaid Cymru leader Rhun ap Iorwerth spoke. Women's Aid chief executive Farah Nazeer agreed. "
        "Conservative MP Julia Lopez disagreed."
    )
    index = build_name_index(split_document(text))
    assert index.role_of("Rhun ap Iorwerth") == "Plaid Cymru leader"
    assert index.role_of("Farah Nazeer") == "Women's Aid chief executive"
    assert index.role_of("Julia Lopez") == "Conservative MP"


def test_court_before_a_judicial_title_is_not_swallowed_into_the_name() -> None:
    text = (
        "Brazilian Supreme Court Justice Alexandre de Moraes said the order stood. "
        "Veteran Tory MP Sir Iain Duncan Smith objected."
    )
    index = build_name_index(split_document(text))
    assert index.people() == ["Alexandre de Moraes", "Iain Duncan Smith"]
    assert index.role_of("Iain Duncan Smith") == "veteran Tory MP"


def test_a_lone_first_word_elsewhere_does_not_make_a_capitalised_pair_a_person() -> None:
    text = (
        'During the call, he asked about the Harbour Brotherhood and said, "someone ought to teach her a lesson '
        "tonight,\" the prosecutor's office said. Harbour voters were shocked."
    )
    assert _index(text)[0].people() == []


def test_a_pair_is_still_a_person_once_the_article_uses_the_surname_alone() -> None:
    text = "Dalia Okorie ran the clinic for a decade. Okorie said the funding had dried up in March."
    assert _index(text)[0].people() == ["Dalia Okorie"]


def test_organisation_tails_demonyms_and_glued_sentence_words_are_not_people() -> None:
    text = (
        "The study appeared in the journal Lung Health last week, and Lung Health argued for wider screening. "
        "Greystone Capital said the bid was final. Greystone agreed. "
        "Muslim Brotherhood leaders met in Cairo; Muslim groups objected. "
        "Like Snapgram, several apps hid like counts. Snapgram declined to comment. "
        "Meanwhile Brennan Tallow, Mr Tallow's deputy, resigned."
    )
    people = _index(text)[0].people()
    assert "Brennan Tallow" in people
    assert not {"Lung Health", "Greystone Capital", "Muslim Brotherhood", "Like Snapgram"} & set(people)


def test_wants_does_not_make_the_subject_of_a_that_clause_the_speaker() -> None:
    from summariser._quotes import extract_quotes

    text = (
        "Several apps began hiding like counts on Thursday.\n\n"
        'Abandoning likes allowed Mira Tolland to claim that Snapgram Labs wants to be "a space that feels much '
        'less pressured."'
    )
    assert [q.speaker for q in extract_quotes(split_document(text))] != ["Snapgram Labs"]


def test_party_or_nationality_before_a_name_is_not_part_of_it() -> None:
    index, _ = _index("Danish Social Democrat Christel Hansen said the vote was close. Republican Tom Price agreed.")
    assert index.people() == ["Christel Hansen", "Tom Price"]


def test_a_party_label_in_apposition_is_not_a_person() -> None:
    index, _ = _index("Senator Ed Porter, a Massachusetts Democrat, said the bill would pass.")
    assert index.people() == ["Ed Porter"]


def test_name_suffix_keeps_the_surname_for_later_references() -> None:
    index, last = _index("James P. Kennedy Jr. said the case was serious. Later, Kennedy said it was closed.")
    assert index.resolve("Kennedy", sentence=last) == "James P. Kennedy Jr"


def test_title_word_of_an_organisation_before_a_given_name() -> None:
    index, last = _index("Teachers Association President Keith Gambill spoke first. Gambill said funding was short.")
    assert index.people() == ["Keith Gambill"]
    assert index.resolve("Gambill", sentence=last) == "Keith Gambill"


def test_given_name_alone_as_a_speaker_is_a_person() -> None:
    index, _ = _index("Maya said the image had been shared hundreds of times.")
    assert index.people() == ["Maya"]


def test_lexicon_alias_resolves_for_an_organisation_the_article_names() -> None:
    index, last = _index("An Garda Síochána opened 30 investigations. A Garda spokesman declined to comment.")
    assert index.resolve("Garda", sentence=last) == "An Garda Síochána"


def test_possessive_role_matches_a_role_given_with_of() -> None:
    index, last = _index("Sara Quill, chief executive of Ofcom, gave evidence. Ofcom's chief executive said more.")
    assert index.resolve("Ofcom's chief executive", sentence=last) == "Sara Quill"


def test_word_before_a_courtesy_title_is_not_part_of_the_name() -> None:
    index, _ = _index("Ask Dr. Kwame is a weekly column. Kwame Mensah answers readers' letters.")
    assert "Ask Dr. Kwame" not in index.people()
    assert "Kwame Mensah" in index.people()


def test_courtesy_title_before_a_given_name_alone_makes_no_person() -> None:
    index, _ = _index("Readers wrote to Dr. Lena about the column.")
    assert index.people() == []


def test_common_given_names_give_a_gender() -> None:
    index, _ = _index("Noelle Martin, a lawyer, spoke first. Kurt Volker spoke next.")
    assert [index.gender_of(p) for p in index.people()] == ["f", "m"]


def test_a_person_added_for_a_famous_surname_resolves_later_bare_surnames() -> None:
    # resolve_shorts looks people up by first and last name; one added for an earlier short counts for later ones
    doc = split_document("Mr Musk posted again. Later, Musk said he would sue. Musk, 54, declined to comment.")
    index = build_name_index(doc)
    assert index.people() == ["Elon Musk"]
    found = [(m.text, m.canonical) for i in range(len(doc.sentences)) for m in index.mentions_in(i)]
    assert found == [("Mr Musk", "Elon Musk"), ("Musk", "Elon Musk"), ("Musk", "Elon Musk")]


def test_same_first_and_last_name_is_the_person_named_first() -> None:
    index, last = _index("John van Smith spoke first. John Smith spoke next. Then Mr Smith left.")
    assert index.people() == ["John van Smith"]
    assert [m.canonical for m in index.mentions_in(1)] == ["John van Smith"]
    assert index.resolve("Mr Smith", sentence=last) == "John van Smith"


def test_compound_surname_alone_is_the_person_with_that_tail() -> None:
    index, last = _index(
        "Julie Inman Grant has led eSafety since 2017. Ms Inman Grant said the notices stood. Inman Grant added more."
    )
    assert index.people() == ["Julie Inman Grant"]
    assert [m.canonical for m in index.mentions_in(last)] == ["Julie Inman Grant"]


def test_peer_after_a_descriptive_capitalised_word_is_found() -> None:
    # "Crossbencher" before "Baroness Hale" is a description, not part of her name
    index, _ = _index("Crossbencher Baroness Hale was not persuaded.\n\nShe said the plan was late.")
    assert "Baroness Hale" in index.people()
    assert index.gender_of("Baroness Hale") == "f"


def test_us_state_legislature_titles_are_roles_not_names() -> None:
    index, _ = _index("The bill is backed by Assemblywoman Dana Price and Councilmember Luis Ortega, who both spoke.")
    assert "Dana Price" in index.people()
    assert "Luis Ortega" in index.people()
    assert index.role_of("Dana Price") == "assemblywoman"


def test_title_ending_in_an_honorific_word_stays_a_title() -> None:
    # "Justice" ends the title "Minister of Justice" here; it is not the judicial honorific
    index, _ = _index("Minister of Justice Rafael Moreno said the company must comply.\n\nThe minister spoke in Lima.")
    assert index.role_of("Rafael Moreno") == "minister of justice"
    assert index.resolve("the minister", sentence=1) == "Rafael Moreno"


def test_the_authority_names_the_one_authority_in_view() -> None:
    index, _ = _index(
        "The Data Protection Authority opened an inquiry on Monday.\n\nThe authority said it had written to the firm."
    )
    assert index.resolve("the authority", sentence=1) == "Data Protection Authority"


def test_military_ranks_are_titles_not_part_of_the_name() -> None:
    index, _ = _index(
        "General Ruth Adeyemi said troops would stay. Lt Col Daniel Kowalski told the committee he objected."
    )
    assert "Ruth Adeyemi" in index.people()
    assert "Daniel Kowalski" in index.people()
    assert index.role_of("Ruth Adeyemi") == "general"


def test_institution_after_general_is_not_a_person() -> None:
    index, _ = _index("The General Court ruled on Tuesday that the fine stands.")
    assert index.people() == []


def test_place_after_envoy_to_belongs_to_the_title() -> None:
    index, _ = _index("The former envoy to Georgia Paul Whitcombe said the talks had stalled.")
    assert "Paul Whitcombe" in index.people()
    assert index.role_of("Paul Whitcombe") == "former envoy to Georgia"


def test_organisation_after_director_of_the_stays_whole() -> None:
    index, _ = _index("Maria Lopez, director of the Center for Digital Rights, said the rule was weak.")
    assert "Digital Rights" not in index.people()
    assert index.people() == ["Maria Lopez"]


def test_initials_without_full_stops_are_part_of_the_name() -> None:
    index, _ = _index("Appearing for the company, senior advocate R S Menon said it had complied.")
    assert index.people() == ["R S Menon"]
    assert index.role_of("R S Menon") == "senior advocate"


def test_the_court_names_the_one_court_in_view() -> None:
    index, _ = _index("The Delhi High Court refused the petition.\n\nThe court said the orders were lawful.")
    assert index.resolve("the court", sentence=1) == "Delhi High Court"


def test_titles_before_names_the_given_names_list_lacks() -> None:
    index, _ = _index(
        "A bench of Chief Justice Devendra Kumar Upadhyaya issued notice. "
        "China's ambassador to Britain Liu Xiaming said China would act. "
        "Headteacher Mark Trevithick wrote to parents."
    )
    assert index.people() == ["Devendra Kumar Upadhyaya", "Liu Xiaming", "Mark Trevithick"]
    assert index.role_of("Devendra Kumar Upadhyaya") == "chief justice"
    assert index.role_of("Liu Xiaming") == "ambassador to Britain"


def test_another_womans_pronoun_gives_no_gender() -> None:
    index, _ = _index(
        "Maya Lindqvist has withdrawn from the X Games. Her coach, Arvo Berg, said the injury would not end her "
        "season. Kendall said she would act."
    )
    assert index.gender_of("Arvo Berg") is None
    assert index.gender_of("Maya Lindqvist") == "f"


def test_secretary_of_state_is_the_one_secretary_not_the_shadow() -> None:
    index, last = _index(
        "Technology Secretary Liz Kendall made a statement. The shadow technology secretary, Julia Lopez, replied. "
        "The secretary of state said she would act."
    )
    assert index.resolve("the secretary of state", sentence=last) == "Liz Kendall"
    assert index.resolve("the Tory leader", sentence=last) is None


def test_a_plain_title_is_not_the_shadow_holder() -> None:
    index, last = _index(
        "Technology Secretary Liz Kendall made a statement. "
        "Later the shadow technology secretary, Julia Lopez, replied."
    )
    assert index.resolve("the technology secretary", sentence=last) == "Liz Kendall"
    assert index.resolve("the shadow technology secretary", sentence=last) == "Julia Lopez"


def test_a_company_ending_no_surname_has_makes_an_organisation() -> None:
    index, _ = _index("Dick Clark Productions denied the claim. Human Rights Watch said the law was flawed.")
    assert index.organisations() == ["Dick Clark Productions", "Human Rights Watch"]
    assert index.people() == []


def test_surname_he_before_a_given_name_and_an_apposition_is_a_person() -> None:
    index, _ = _index("He Jianxiong, the former IMF director, said the deal was weak. He Said Yes is a film.")
    assert index.people() == ["He Jianxiong"]


def test_product_tier_words_make_no_person() -> None:
    index, _ = _index("The Stadia Pro subscription and a Premiere Edition bundle launch today, Jack Buser said.")
    assert index.people() == ["Jack Buser"]


def test_a_news_agency_ending_in_press_is_an_organisation() -> None:
    index, _ = _index("China improved its detection of infectious diseases, writes the Associated Press.")
    assert index.organisations() == ["Associated Press"]
    assert index.people() == []


def test_a_possessive_owner_is_part_of_an_organisation_name_but_a_place_is_not() -> None:
    index, _ = _index(
        "Scottish Women's Aid welcomed the bill. In Brazil's Data Protection Authority, officials were cautious."
    )
    assert index.organisations() == ["Scottish Women's Aid", "Data Protection Authority"]


def test_age_compound_is_no_part_of_the_name() -> None:
    index, _ = _index("DENVER - Seventeen-year-old Lena Ortiz of Chile won the halfpipe final on Friday.")
    assert index.people() == ["Lena Ortiz"]


def test_capitalised_particle_opening_a_sentence_is_the_same_person() -> None:
    index, _ = _index("Pieter de Jong spoke on Monday. De Jong rejected the claim.")
    assert index.people() == ["Pieter de Jong"]


def test_company_named_with_and_without_its_legal_form_is_one() -> None:
    index, _ = _index("Ofcom fined Harbour Media Ltd on Monday. Harbour Media said it would pay.")
    assert "Harbour Media" not in index.organisations()
    assert index.resolve("Harbour Media", sentence=1) == "Harbour Media Ltd"


def test_commons_committee_is_named_without_the_house() -> None:
    index, _ = _index("The Commons Home Affairs Committee says the police were slow.")
    assert index.organisations() == ["Home Affairs Committee"]


def test_korean_family_name_first_resolves_with_an_honorific() -> None:
    index, _ = _index("The lawmaker Lee Ji-won said the fine was small. Ms Lee said more was needed.")
    assert index.resolve("Ms Lee", sentence=1) == "Lee Ji-won"


def test_given_name_bill_opens_a_name_and_possessive_owner_gives_the_role() -> None:
    index, _ = _index("Ohio's governor, Bill Carver, backed the plan. The governor spoke later.")
    assert index.people() == ["Bill Carver"]
    assert index.resolve("the governor", sentence=1) == "Bill Carver"


def test_the_minister_is_not_the_only_shadow_minister_named() -> None:
    index, _ = _index(
        "The Conservative shadow minister, Julia Reeve, asked why. The minister said the order would be laid soon."
    )
    assert index.resolve("the minister", sentence=1) is None
