"""Common given names with their usual gender, a weak signal used only when the article gives no stronger one.

Honorifics (Mr, Ms, Sir, Dame) and the pronouns the article itself uses always win over this list.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

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

# more common given names (surname-like ones such as Grant, Carter or Warren left out: a surname is no evidence)
_MALE_MORE = """
abraham ahmad akira alain alfred alvin amir andres angelo anton antoine armando arnold arturo austin barry bart
bernie billy blake bobby bradley brandon brett bryan byron caleb calvin cameron cesar chad chester christoph clarence
clifford clint cody connor conor cory curtis dale damon dan darius darrell darryl declan dermot desmond devin diego
dieter dmitry don donovan drew dustin dwight dylan earl edgar edmund eduardo edwin elias elijah elliot elliott emil
emilio enrique ernest erik ernesto eugene ewan fabian farhan fernando finn floyd francesco franco francisco frederick
gabriel garrett gene geoff gerard gerry gilbert glen glenn gustavo hans harold harvey hector herbert hiroshi howard
hugo humberto ibrahim ignacio igor isaiah ismail jaime jamal jan jasper jay jerome jesse jimmy joao joaquin joey johan
johannes johnny jonah jorge josef juergen julio jurgen kai karim kazuo kelvin kenneth kenji kirk klaus kurt kwame
lamar larry laurence lawrence leo leon leonard leonardo leroy lionel lorenzo louis luis lukas luther magnus manuel
marc marcel marcus mario marius mauricio maxwell melvin micah milo mitchell mohammad moses muhammad nathaniel ned
neville nico nicolas niels nikolai noel norman olivier orlando oswaldo otto pablo paolo pascal percy philippe pieter
quentin rafael ramon randall randy raphael raul reggie reginald ricardo ricky robbie rod rodney rodrigo roland rolf
roman ronnie rory ruben rudy rudolph salvador sanjay santiago saul sergio seth shane shaun shawn sheldon sid sidney
silvio sven takeshi tariq terrence theo theodore thorsten travis trevor tristan troy ulrich uwe vernon vladimir wade
wayne wesley wilbur willem willie winston wolfgang xavier yosef yuri zachary
"""

_FEMALE_MORE = """
abby ada adele agnes aileen alana alessandra alexa alexis alina allison alma amber amelie amina anastasia
angelica anita annabel annette april ariana arlene astrid audrey ava barbara beatriz belinda bella bernadette bettina
betty beverly bianca bonnie brianna brigitte brittany brooke camila camille candice cara carla carmen carol carole
cassandra cathy cecilia celia chantal charlene cheryl christina cindy colleen connie constance cora courtney cristina
crystal cynthia daniela danielle daphne darlene debbie debra delia delphine dina dolly doris dorothy edith edna eileen
elaine elisa elise eliza elke ellie elsa elsie emilia erica erika erin esther estelle eunice farah fatima faye
felicity flora florence freya gabrielle gail gayle geraldine gina ginny gladys gloria greta gwen hailey hazel heidi
helga henrietta hilary hillary ida ilse inez iris irma isobel ivy jade jana janice jeanette jeanne jenna jo joan
jocelyn josie joy joyce juanita judy julianne juliet june justine kaitlyn kamala karin karla katharina katrina kayla
keira kelly kendra kira kristen kristin kylie lana laurie layla leila lesley leslie lila lillian lily linda lindsay
lindsey liv lois lola loretta lorna lorraine louisa lucia lucille luisa lynda mabel maeve magdalena maggie mandy
manon mara marcia margo margot mariana marianne marilyn marisa marjorie marla marta martina maud maureen mavis maxine
melinda mercedes meredith mildred millie mira miranda moira mona monique muriel myra natalia nell nellie nia nikki
noelle nora norma odette olga olive paige pamela patricia patsy paulette pearl peggy penelope petra philippa phyllis
polly priscilla rachael ramona raquel regina renee rhonda rita roberta rochelle rose rosemary roxanne ruby sabrina
sadie samira sasha selena selina serena shannon shauna shelley sheryl shirley sienna silvia simone sinead siobhan
sofia sonia sonja sonya stacey stacy susanna susie sylvia tabitha tamara tammy tara tatiana tess tessa thea thelma
tiffany tina toni tracy trudy valentina vera verity veronica vicky viola violet virginia vivian wanda whitney wilma
yasmin yolanda zara zelda
"""

# given names of many countries whose gender is clear (unisex ones such as Yuki, Min or Wei left out: the gender
# decides which pronoun finds them); written without accents, which the lookup strips ("Zoltán", "Věra")
_MALE_WORLD = """
abdullah abdulrahman ahmet aleksander aleksandr alexei anatoly andrei andrzej antonin arnaud arvind ashok bartosz
bogdan cedric cristian daisuke dariusz dmitri emre faisal florin gheorghe goran grzegorz hamad haruto hideki hussein
imran istvan jakub jaroslav jaroslaw jens jiri joachim joaquim jonas jorgen jozef juha kazuki khalid kenta krzysztof
lajos laszlo lukas lukasz mahmoud manish marek mariusz mateusz matteo mehmet mihai miroslav mustafa nabil
nikos nils ondrej pavel pawel petr piotr pradeep radoslaw rajiv ramesh recep rizal ryo sandeep sergei shinzo shigeru
stanislav suresh taro tarek tomasz tomas vaclav vijay viktor vitaly walid wojciech yannis yiannis yoshihide youssef
yousef zbigniew zoltan
antti mikko jussi jukka petteri pekka timo
dirk carsten karsten torsten heiko holger rainer ralf volker norbert gunter bernd hendrik florian markus matthias
francois sebastien guillaume benoit mathieu julien clement thibault alejandro alberto giuseppe giovanni alessandro
massimo stefano maarten joost wouter henk sjoerd ruud
"""
_FEMALE_WORLD = """
agata agnieszka aleksandra anjali beata carrie dorota ewa hanna ilona ioana irina jolanta kasia katarzyna lakshmi
ludmila magda malgorzata marta mette milena monika nadezhda nirmala oksana pilar pooja sanna sigrid smriti sunita
lori marketa svetlana tereza ulla urszula veronika yulia zofia zuzana christel christelle
henna minna riikka tiina paivi kaisa anu aino
mareike annalena ricarda sabine susanne birgit heike anke silke jutta dagmar barbel renate franziska svenja katrin
segolene elisabeth aurore mathilde sandrine nathalie sylvie celine helene isabelle veronique francoise fernanda
juliana giulia giorgia chiara renata femke lotte anouk sanne
"""

GIVEN_NAMES: dict[str, str] = {
    **{n: "m" for n in (_MALE + _MALE_MORE + _MALE_WORLD).split()},
    **{n: "f" for n in (_FEMALE + _FEMALE_MORE + _FEMALE_WORLD).split()},
}


# given names worn by men and women alike ("Alex Cooney … she said"; "Jan" is a man in Dutch, Czech or Polish and a
# woman in English: "Jan Schakowsky"): evidence of a person, no evidence of a gender
_UNISEX = frozenset(["alex", "sam", "jamie", "jordan", "charlie", "robin", "jo", "kim", "drew", "lee", "jan"])


def pronoun_gender(first: str) -> str | None:
    """The gender a given name makes likely for "he"/"she", or None; unlike `gender_of_first_name`, unisex names
    such as Alex or Sam give none, so the article's own pronouns decide."""
    return None if first.lower() in _UNISEX else gender_of_first_name(first)


def gender_of_first_name(first: str) -> str | None:
    """'m', 'f' or None for a given name not on the list (or used for both)."""
    return GIVEN_NAMES.get(first.lower()) or (_folded(first) if not first.isascii() else None)


@lru_cache(maxsize=2048)  # pure, and asked again for every mention of the same name
def _folded(first: str) -> str | None:
    """The gender of a given name written with accents: "Zoltán" -> "zoltan", "Łukasz" -> "lukasz"."""
    plain = unicodedata.normalize("NFD", first.lower().replace("ł", "l").replace("ı", "i"))
    return GIVEN_NAMES.get("".join(c for c in plain if not unicodedata.combining(c)))


def surname_gender(last: str) -> str | None:
    """ "f" for a Czech or Slovak woman's surname ("Horáková", "Dvorská", "Malecká"): those endings are only ever
    women's, so they tell a name and a gender the given-name list may lack; None otherwise."""
    return "f" if len(last) > 4 and last.endswith(("ová", "ská", "cká")) and last[:1].isupper() else None
