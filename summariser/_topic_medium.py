"""The subject named as a medium rather than as what regulatory language is about: "posted on X", "her X account",
"Twitter users", "former Twitter chief executive" (see `_relevance`, which counts such mentions for less)."""

from __future__ import annotations

__all__ = ["as_medium"]

# "posted on X", "across Twitter", "her X account", "Twitter users": the platform as a medium people use, not the
# subject of the regulatory language
_MEDIUM_BEFORE = frozenset(b"on onto across via through".split())
_MEDIUM_AFTER = frozenset(
    b"account accounts handle handles user users feed feeds page pages profile profiles post posts followers follower "
    b"thread threads bio video videos message messages name username poll spaces timeline chat chats".split()
)


# "a ban on X", "called on X to act", "cracking down on X", "must act on Grok", "dithering on Grok", "taking on Grok":
# the platform is the target after all
_TARGET_ON = frozenset(
    b"turn turns turned turning mounts mounting grows growing piles piling "
    b"ban bans crackdown clampdown down pressure fine fines restriction restrictions limits rules sanctions action "
    b"attack attacks war probe investigation inquiry vote levy tax duty duties block blocks ruling order orders call "
    b"calls called calling reliance dependence act acts acted acting dither dithers dithered dithering delay delays "
    b"delayed u-turn stance position rethink take takes took taking".split()
)


# "former Twitter chief executive Jack Dorsey", "X's owner": the platform in a person's title, a biography
_ROLE_AFTER = frozenset(
    b"chief ceo founder co-founder cofounder founders chairman chairwoman boss owner president executive executives "
    b"employee employees staff engineer engineers investor investors shareholder shareholders".split()
)
_ROLE_BEFORE = frozenset(b"former ex".split())


_ALIASES = frozenset((b"x", b"twitter"))


def as_medium(lows: list[bytes], at: int) -> bool:
    """Is the subject named at token `at` only as a medium (a place people post) or in a person's title, not as an
    actor or a target?"""
    end = at + 1  # the token after the name
    if end < len(lows) and lows[end] in _ALIASES and lows[end] != lows[at]:  # "Twitter/X users": one name twice
        end += 1
    nxt = lows[end] if end < len(lows) else b""
    if nxt == b"s":  # "X's owner"
        nxt = lows[end + 1] if end + 1 < len(lows) else b""
    if nxt in _MEDIUM_AFTER or nxt in _ROLE_AFTER:
        return True
    prev = lows[at - 1] if at > 0 else b""
    if prev in _ROLE_BEFORE or (prev == b"of" and at > 1 and lows[at - 2] in _ROLE_AFTER):  # "the owner of X"
        return True
    return prev in _MEDIUM_BEFORE and (at < 2 or lows[at - 2] not in _TARGET_ON)
