"""Topics as keyword sets, and the built-in default: X (the platform), Grok and xAI under regulation."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields
from functools import lru_cache
from typing import TypeVar

from summariser._text import without_surrogates
from summariser._topic_government import AUTHORITIES, INTERVENTIONS, RESPONSES


@dataclass(frozen=True, slots=True)
class Topic:
    """A topic as keyword sets: a story is relevant when it is about a subject and about a concern.

    Keywords with a capital letter match that spelling (or all capitals); lower-case ones match any case and simple
    inflections (ban → bans, fined → fines is not inferred: list irregular forms). Short subjects such as "X" are
    ambiguous: they count only in a platform context (see `context`) or next to a telling word ("on X", "X's").
    Exclusions are phrases whose words never count ("Malcolm X", "X-ray" needs no entry: hyphenated words never do).
    """

    name: str
    subjects: tuple[str, ...]
    concerns: tuple[str, ...]
    exclusions: tuple[str, ...] = ()
    weak_concerns: tuple[str, ...] = ()  # count half: harms and reactions rather than law or government
    context: tuple[str, ...] = ()  # words that make an ambiguous subject (e.g. "X") the platform
    ambiguous: tuple[str, ...] = field(default=())  # subjects that need context; default: those of ≤ 2 letters
    # second references ("the chatbot", "Musk's social network"), the subject's owners ("Musk" in a headline) and the
    # rivals whose presence makes both unsafe (another chatbot, another of the owner's companies): see _topic_refs
    descriptions: tuple[str, ...] = ()
    owners: tuple[str, ...] = ()
    rivals: tuple[str, ...] = ()
    # government acting on the subject in a headline ("Malaysia restricts …", "Japan urges X to …", "after French
    # pressure") and the subject answering it ("X agrees to …", "X appeals …"): see _topic_frames
    authorities: tuple[str, ...] = AUTHORITIES
    interventions: tuple[str, ...] = INTERVENTIONS
    responses: tuple[str, ...] = RESPONSES
    # the hash, computed once: every call looks the compiled matchers up by topic, and hashing a dozen keyword tuples
    # (several hundred words) each time would cost more than judging a headline
    _hash: int = field(default=0, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_hash", hash(tuple(getattr(self, f.name) for f in fields(self) if f.compare)))

    def __hash__(self) -> int:
        return self._hash

    def __reduce__(self) -> tuple[type[Topic], tuple[object, ...]]:
        # rebuilt through __init__ in a worker process, whose string hashes differ: never ship the cached hash
        return (type(self), tuple(getattr(self, f.name) for f in fields(self) if f.init))

    @classmethod
    def from_keywords(
        cls,
        name: str,
        *,
        subjects: Iterable[str],
        concerns: Iterable[str],
        exclusions: Iterable[str] = (),
        weak_concerns: Iterable[str] = (),
        context: Iterable[str] | None = None,
        descriptions: Iterable[str] = (),
        owners: Iterable[str] = (),
        rivals: Iterable[str] = (),
        authorities: Iterable[str] | None = None,
        interventions: Iterable[str] | None = None,
        responses: Iterable[str] | None = None,
    ) -> Topic:
        """Build a topic from plain keyword lists (as in feeds.yaml); "X" as a subject gets the built-in context, and
        every topic the built-in governments, interventions and responses unless it lists its own."""
        subj = _clean(subjects)
        ambiguous = tuple(s for s in subj if len(s) <= 2)
        excl = _clean(exclusions)
        if "X" in ambiguous:
            # the letter X needs its decoys whatever the operator listed
            excl = tuple(dict.fromkeys([*excl, *X_EXCLUSIONS]))
        ctx = _clean(context) if context is not None else (X_CONTEXT if ambiguous else ())
        return cls(
            name=name,
            subjects=subj,
            concerns=_clean(concerns),
            exclusions=excl,
            weak_concerns=_clean(weak_concerns),
            context=ctx,
            ambiguous=ambiguous,
            descriptions=_clean(descriptions),
            owners=_clean(owners),
            rivals=_clean(rivals),
            authorities=_clean(authorities) if authorities is not None else AUTHORITIES,
            interventions=_clean(interventions) if interventions is not None else INTERVENTIONS,
            responses=_clean(responses) if responses is not None else RESPONSES,
        )


_Compiled = TypeVar("_Compiled")


def per_topic(build: Callable[[Topic], _Compiled]) -> Callable[[Topic], _Compiled]:
    """`build` cached per topic (topics are frozen and few), the last topic asked for remembered by identity: a
    worker's topic, unpickled, equals but is not the one cached first, and comparing two topics field by field
    (several hundred keywords) costs more than judging a headline."""
    cached = lru_cache(maxsize=32)(build)
    last: list[tuple[Topic, _Compiled]] = []

    def compiled(topic: Topic) -> _Compiled:
        if last:
            known, value = last[0]
            if known is topic:
                return value
        value = cached(topic)
        last[:] = [(topic, value)]
        return value

    compiled.__doc__ = build.__doc__
    return compiled


def _clean(words: Iterable[str]) -> tuple[str, ...]:
    # a "\ud800" escape in feeds.yaml parses to a lone surrogate, which the matcher could not encode
    return tuple(dict.fromkeys(without_surrogates(w).strip() for w in words if w and w.strip()))


def _phrases(text: str) -> tuple[str, ...]:
    """Keyword phrases from a block of text, separated by semicolons or line ends."""
    return _clean(text.replace("\n", ";").split(";"))


# Phrases in which an X is not the platform. Hyphenated forms (X-ray, X-Men, X-rated) never match anyway.
X_EXCLUSIONS: tuple[str, ...] = _phrases(
    """
    Malcolm X; The X Factor; X Factor; Generation X; Gen X; Model X; Tesla Model X; Space X; X Games; X Files;
    X chromosome; X chromosomes; X axis; X and Y; Mr X; Ms X; Mrs X; Miss X; Mx X; Dr X; Person X; Patient X;
    Child X; Baby X; Witness X; Officer X; Soldier X; Subject X; Company X; Brand X; Planet X; Project X; Day X;
    Fast X; Final Fantasy X; Mega Man X; Pope Pius X; Pius X; Louis X; Charles X; Leo X; Gregory X; Clement X;
    Alfonso X; Super Bowl X; Country X; Player X; Team X; Version X; Option X; son X; son, X; X Æ A-12;
    X Æ A-Xii; X AE A-XII; X marks the spot; letter X;
    the letter X; X v; v X; Vitamin X; Factor X; Xbox; SpaceX
    """
)

# Words that, in the same sentence, make a bare "X" the platform.
X_CONTEXT: tuple[str, ...] = _phrases(
    """
    Musk; Grok; xAI; Twitter; Yaccarino; Bluesky; Threads; Meta; Facebook; Instagram; TikTok; YouTube; Telegram;
    Snapchat; platform; platforms; social media; social network; social networking; site; app; apps; app store;
    chatbot; post; posts; posted; posting; tweet; tweets; tweeted; user; users; account; accounts; followers;
    timeline; feed; algorithm; content moderation; moderation; Community Notes; blue tick; verification; Premium;
    subscribers; deepfake; deepfakes; online; tech; social
    """
)

# Regulators, laws, enforcement, government and politics.
_CONCERNS = _phrases(
    """
    Ofcom; regulator; regulators; regulatory; regulation; regulations; regulate; watchdog; European Commission;
    Brussels; EU; eSafety; eSafety commissioner; ICO; Information Commissioner; data protection;
    Data Protection Commission; CNIL; Arcom; Coimisiún na Meán; AGCOM; Garante; FTC; Federal Trade Commission; FCC;
    Department of Justice; DoJ; attorney general; attorneys general; MeitY; IT ministry; MCMC; Komdigi;
    Internet Watch Foundation; IWF; Online Safety Act; Digital Services Act; DSA; AI Act; GDPR; Take It Down Act;
    DEFIANCE Act; Kids Online Safety Act; KOSA; Section 230; Crime and Policing Bill; Act; law; laws; legislation;
    legislative; legislate; statute; offence; offense; criminal; criminalise; criminalize; illegal; unlawful;
    online safety; child safety; safe harbour; safe harbor; investigation; investigate; investigating;
    investigated; probe; inquiry; fined; fines; fining; penalty; penalties; sanction; sanctions; enforcement;
    enforce; compliance; comply; breach; breached; violation; violations; violate; violated; court; courts;
    lawsuit; sue; sued; suing; ruling; prosecutor; prosecutors; prosecution; police; arrested; convicted;
    conviction; sentenced; tribunal; legal action; ban; banned; banning; takedown; removal order; formal notice;
    summoned; government; governments; minister; ministers; ministry; prime minister; secretary of state;
    technology secretary; home secretary; culture secretary; parliament; parliamentary; MP; MPs; MEP; MEPs; Lords;
    Commons; Congress; congressional; senator; senators; Senate; lawmakers; legislators; Downing Street; No 10;
    Whitehall; Westminster; Holyrood; Senedd; Stormont; White House; select committee; Starmer;
    Keir Starmer; Liz Kendall; Kendall; Badenoch; von der Leyen;
    Virkkunen; Macron; Albanese; Bonta
    """
)

# Harms and reactions: half weight, so they support a story about the subject but do not make one.
_WEAK_CONCERNS = _phrases(
    """
    fine; judge; charged; peers; block; blocked; blocking; restrict; restricted; notice; order; ordered; warned;
    warning; demanded; urged; calls for; called for; campaigners; campaign group; petition; political; politicians;
    politics; election; elections; censorship; free speech; backlash; outcry; scandal; controversy; condemned;
    criticised; criticized; criticism; pressure; accountability; deepfake; deepfakes; sexualised; sexualized;
    sexual; explicit; nude; nudify; nudification; undress; undressing; intimate image; intimate images;
    child sexual abuse; CSAM; abuse; non-consensual; nonconsensual; harmful; harms; misinformation; disinformation;
    hate speech; extremism; extremist; antisemitic; antisemitism; safeguards; age verification;
    crackdown; clampdown
    """
)

# Second references to X, Grok or xAI: a headline's "AI chatbot", a lede's "Elon Musk's social network". Singular
# only: "chatbots" and "social networks" are the industry, not the subject. The "Musk's …" ones are generic nouns
# that only their owner makes specific.
_DESCRIPTIONS = _phrases(
    """
    chatbot; AI chatbot; social network; social media platform; social media company; social media site;
    social media firm; AI company; AI start-up; AI startup; AI firm; artificial intelligence company;
    Musk's platform; Musk's AI
    """
)

# The subject's owner: a headline that names him over a lede about the subject is about the subject.
_OWNERS = ("Musk", "Elon Musk")

# Rivals a description or the owner could stand for: other chatbots and their makers, other networks, the owner's
# other companies and political ventures.
_RIVALS = _phrases(
    """
    OpenAI; ChatGPT; Gemini; Claude; Anthropic; Copilot; Meta AI; DeepSeek; Perplexity; Character AI; Mistral;
    Llama; Replika; TikTok; Meta; Facebook; Instagram; WhatsApp; YouTube; Snapchat; Bluesky; Threads; Telegram;
    Reddit; Discord; Roblox; Truth Social; Rumble; Tesla; SpaceX; Starlink; Neuralink; Boring Company; DOGE;
    Department of Government Efficiency; America Party; Baidu; Ernie; ByteDance; Doubao; Qwen; Alibaba; Kimi;
    Pinterest; LinkedIn; Twitch; Mastodon; Parler; Gab
    """
)

DEFAULT_TOPIC = Topic(
    name="X/Grok regulation",
    subjects=("Grok", "xAI", "X", "X Corp", "X Holdings", "x.com", "Twitter", "Grok Imagine"),
    concerns=_CONCERNS,
    weak_concerns=_WEAK_CONCERNS,
    exclusions=X_EXCLUSIONS,
    context=X_CONTEXT,
    ambiguous=("X",),
    descriptions=_DESCRIPTIONS,
    owners=_OWNERS,
    rivals=_RIVALS,
)
