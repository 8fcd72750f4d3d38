"""Key points on real page shapes: datelines, list markers, tables, listings, asides, other stories' text.

Each test is one general cause found by the 2026-11-22 blind audit of key points on the benchmark's real pages;
the text is written for the test.
"""

from __future__ import annotations

import pytest

from summariser._keypoints import select_key_points
from summariser._text import split_document

_BODY = (
    "The port authority said the new crane contract would be signed before the end of the month.\n\n"
    "Union leaders have asked for a meeting with the harbour board to discuss the changes to shift patterns.\n\n"
    "The board will publish the full tender documents on its website next week, a spokesman said.\n\n"
    "Dock workers voted last year to accept a two-year pay settlement worth 4 per cent."
)


def _points(text: str, title: str | None = None) -> list[str]:
    return select_key_points(split_document(text), title=title)


@pytest.mark.parametrize(
    ("dateline", "lede"),
    [
        ("(Wirewire) — ", "Harbour pilots walked out on Monday over a dispute about night shifts."),
        ("FALMOUTH, Cornwall – ", "Harbour pilots walked out on Monday over a dispute about night shifts."),
        ("PORTLAND, Maine (Coastal News) - ", "Harbour pilots walked out on Monday over a dispute about night shifts."),
        ("Bar Harbor, Me. — ", "Harbour pilots walked out on Monday over a dispute about night shifts."),
        ("KOCHI: ", "Harbour pilots walked out on Monday over a dispute about night shifts."),
        ("Port Louis (Island Wire)", "Harbour pilots walked out on Monday over a dispute about night shifts."),
    ],
)
def test_the_dateline_is_cut_from_the_lede(dateline: str, lede: str) -> None:
    points = _points(dateline + lede + "\n\n" + _BODY)
    assert points[0] == lede


@pytest.mark.parametrize(
    "lede",
    [
        "Elena Marsh — the harbour board's new chair — said the pilots' strike would end on Friday.",
        "Ofcom (the communications regulator) said on Monday it would consult on the new rules.",
        "Harbour Lane, the busiest road into the port, will close for repairs from Monday morning.",
    ],
)
def test_a_lede_that_only_looks_like_a_dateline_is_kept_whole(lede: str) -> None:
    assert _points(lede + "\n\n" + _BODY)[0] == lede


def test_list_markers_and_press_tags_are_not_part_of_the_point() -> None:
    text = (
        "[Harbour=Coastal Daily] Harbour pilots walked out on Monday over a dispute about night shifts.\n\n"
        "- The harbour board will apply to the High Court on Tuesday for an injunction to end the strike.\n\n" + _BODY
    )
    points = _points(text)
    assert points[0] == "Harbour pilots walked out on Monday over a dispute about night shifts."
    assert "The harbour board will apply to the High Court on Tuesday for an injunction to end the strike." in points
    assert not any(p.startswith(("-", "[")) for p in points)


def test_table_rows_and_listings_are_not_key_points() -> None:
    text = (
        "Harbour pilots walked out on Monday over a dispute about night shifts.\n\n"
        "| Berth | Vessel | Arrival | Tonnage | Cargo held at anchor for two days |\n\n"
        "Mon – Fri 9AM (Closed on Sat & Sun)\n\n"
        "4) Harbour Pilots Box Set 1-3 (Deluxe) (2 Discs)\n\n"
        "Rovers 3 (2-1): Hollis 2 goals, Marsh 1 goal. Albion 0 (0-3): Keane 9 saves.\n\n" + _BODY
    )
    joined = "\n".join(_points(text))
    for junk in ("| Berth", "Closed on Sat", "Box Set", "Rovers 3", "Albion 0"):
        assert junk not in joined, junk


def test_a_sentence_heavy_with_names_is_still_prose() -> None:
    lede = (
        "On Monday, Port of Falmouth Holdings named Harbour Crane Ltd., Atlantic Lift Co., Cornish Steel Works and "
        "Tamar Marine Services Inc. as bidders for its Harbour Renewal Programme contract."
    )
    assert _points(lede + "\n\n" + _BODY)[0] == lede


def test_an_aside_in_brackets_loses_to_the_news() -> None:
    text = (
        "Harbour pilots walked out on Monday over a dispute about night shifts.\n\n"
        "(Pilots at the port have worn blue caps since the 1950s, a tradition nobody can quite explain.)\n\n"
        "The harbour board said it would apply to the High Court for an injunction to end the strike.\n\n"
        "Ships were held at anchor overnight and two ferry crossings were cancelled.\n\n"
        "A spokesman said talks would resume on Wednesday."
    )
    points = _points(text)
    assert len(points) == 3
    assert not any("blue caps" in p for p in points)


def test_nothing_after_a_related_stories_heading_is_used() -> None:
    text = (
        "Harbour pilots walked out on Monday over a dispute about night shifts. Ships were held at anchor overnight. "
        "Top stories The county council voted on Tuesday to close two libraries in the west of the county. "
        "A new bakery opened in the market square and will employ twelve people from next month. "
        "The regional museum has recovered a stolen painting that went missing twenty years ago."
    )
    joined = "\n".join(_points(text))
    assert "pilots walked out" in joined
    for other in ("libraries", "bakery", "museum"):
        assert other not in joined, other


@pytest.mark.parametrize(
    "sentence",
    [
        "Most read the strike notice as a bargaining tactic, but the board said it would seek an injunction.",
        "Most popular Cornish harbours charge visiting yachts twice what they did in 2020, the survey found.",
        "More from Brussels came on Tuesday, when the Commission said it would review the port subsidy.",
    ],
)
def test_a_heading_word_inside_the_article_does_not_end_it(sentence: str) -> None:
    text = "Harbour pilots walked out on Monday over a dispute about night shifts.\n\n" + sentence + "\n\n" + _BODY
    joined = "\n".join(_points(text))
    assert "tender documents" in joined  # a sentence after it is still the article


def test_a_heading_on_its_own_line_ends_the_article() -> None:
    text = (
        "Harbour pilots walked out on Monday over a dispute about night shifts.\n\n"
        "Ships were held at anchor overnight and two ferry crossings were cancelled.\n\n"
        "Most popular\n\n"
        "The county council voted on Tuesday to close two libraries in the west of the county.\n\n"
        "A new bakery opened in the market square and will employ twelve people from next month."
    )
    joined = "\n".join(_points(text))
    assert "anchor overnight" in joined
    assert "libraries" not in joined and "bakery" not in joined


def test_what_comes_before_the_repeated_headline_is_another_story() -> None:
    title = "Harbour pilots strike over night shifts"
    text = (
        "The new ferry timetable lets passengers book a return crossing with a single ticket online.\n\n"
        "Harbour pilots strike over night shifts\n\n"
        "Harbour pilots walked out on Monday over a dispute about night shifts.\n\n" + _BODY
    )
    points = _points(text, title=title)
    assert points[0] == "Harbour pilots walked out on Monday over a dispute about night shifts."
    assert not any("ferry timetable" in p for p in points)


def test_korean_sentences_are_split_at_their_full_stops() -> None:
    # Hangul has no capitals, so a boundary before a Hangul syllable is taken as a sentence start
    text = (
        "항구 도선사들이 월요일 파업에 들어갔다. 야간 근무를 둘러싼 분쟁 때문이다. "
        "항만청은 법원에 금지명령을 신청할 계획이다."
    )
    doc = split_document(text)
    assert [s.text for s in doc.sentences] == [
        "항구 도선사들이 월요일 파업에 들어갔다.",
        "야간 근무를 둘러싼 분쟁 때문이다.",
        "항만청은 법원에 금지명령을 신청할 계획이다.",
    ]


def test_a_german_abbreviation_does_not_end_the_sentence() -> None:
    text = "Die Lotsen streiken seit Montag bzw. Dienstag im Hafen von Kiel. Der Hafen bleibt geschlossen."
    assert [s.text for s in split_document(text).sentences] == [
        "Die Lotsen streiken seit Montag bzw. Dienstag im Hafen von Kiel.",
        "Der Hafen bleibt geschlossen.",
    ]
