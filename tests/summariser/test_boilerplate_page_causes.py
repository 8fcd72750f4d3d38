"""Boilerplate lines found among real pages' key points: sponsor notes, link text, comment moderation notices."""

from __future__ import annotations

import pytest

from summariser._boilerplate import is_boilerplate_line


@pytest.mark.parametrize(
    "line",
    [
        "This post has been compensated by Brightside Media and its advertiser.",
        "- This week's Harbour Hour podcast is sponsored by the Falmouth Boat Show.",
        "You can view our March open thread here.",
        "You can listen to the full interview with the harbour master here.",
        "Comments that are abusive or off topic will be removed by our moderators.",
        "ATENÇÃO: Comentários ofensivos não serão aprovados pelo moderador.",
    ],
)
def test_furniture_lines(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "The regatta is sponsored by a local brewery, which has paid for the new pontoons.",
        "This is the third year the festival has been sponsored by the harbour board.",
        "You can see why the pilots are angry: they have not had a pay rise since 2019.",
        "The minister's comments were criticised by the moderator of the Church of Scotland.",
    ],
)
def test_news_sentences_that_share_the_words(line: str) -> None:
    assert not is_boilerplate_line(line)
