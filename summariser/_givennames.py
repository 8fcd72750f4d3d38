"""Common given names with their usual gender, a weak signal used only when the article gives no stronger one.

Honorifics (Mr, Ms, Sir, Dame) and the pronouns the article itself uses always win over this list.
"""

from __future__ import annotations

_MALE = """
aaron abdul adam anders andre adrian ahmed aidan alan albert alex alexander alexandre ali alistair amit andreas
andrew andy anil anthony antonio arjun arthur ashwini barack ben benjamin bernard bill bob boris brad brendan brian
bruce carl carlos charles charlie chris christian christopher chuck colin craig damian daniel danny darren dave
david dean dennis derek dominic donald doug douglas duncan ed eddie edward elon emmanuel eric ethan evan felix
francis frank fred friedrich gary gavin geoffrey george gerald giorgio gordon graham greg gregory hakeem hamish
harry hassan henry hugh iain ian isaac ivan jack jacob jake james jamie jared jason javier jean jeff jeffrey jensen
jeremy jim joe joel john jon jonathan jordan jose joseph josh joshua juan julian justin kamal karl keir keith ken
kevin kieran kyle lars lee liam lloyd luca lucas luke malcolm marco mark martin mateo matt matthew max michael
michel miguel mike mohamed mohammed narendra nathan neil nick nicholas nigel noah oliver olaf omar oscar owen
patrick paul pedro pete peter phil philip pierre rahul raj rajeev ralph ravi ray richard rick rishi rob robert
roberto rohan roger ron ronald ross roy rupert ryan sadiq sam samuel satya scott sean sebastian sergey shashi simon
stefan stephen steve steven stuart sundar ted terry thierry thomas tim timothy tobias todd tom tommy tony valdis
victor vikram vincent vivek walter wes william wes yusuf zach zack
"""

_FEMALE = """
abigail adriana aisha amelia anika alexandra alice alicia alison amanda amy ana andrea angela angelina ann anna
anne annie antonia beatrice becky beth bethany brenda bridget caroline carolyn catherine charlotte chloe christine
claire clara claudia daisy dawn deborah denise diana diane dolores dominique donna dora eleanor elena elizabeth
ella ellen emily emma eva evelyn fiona frances francesca gabriela gemma georgia gillian grace hannah harriet
heather helen helena holly imogen ingrid irene isabel isabella jacinda jackie jacqueline jane jennifer janet
jasmine jenny jess jessica jill joanna joanne jodie josephine judith julia julie karen kate katherine kathleen
kathy katie kay kemi kerry kim kirsty kristina laura lauren leah lena liz lisa louise lucy lydia lynn madeleine
maria marie margaret margrethe marina marion martha mary maya meg megan melanie melissa mia michelle miriam molly
monica nadia nadine nancy naomi natalie natasha nicola nicole nina nirmala olivia paula pauline penny phoebe priti
priya rachel rebecca rosie ruth sally samantha sandra sara sarah shabana sharon sheila shivani sophie stella
stephanie sue susan suzanne tamsin tanya teresa theresa tracey tulip ursula valerie vanessa victoria wendy yvette
yvonne zoe
"""

GIVEN_NAMES: dict[str, str] = {**{n: "m" for n in _MALE.split()}, **{n: "f" for n in _FEMALE.split()}}


def gender_of_first_name(first: str) -> str | None:
    """'m', 'f' or None for a given name not on the list (or used for both)."""
    return GIVEN_NAMES.get(first.lower())
