"""Role descriptions: `de Russische president`, `de hoogleraar`, `de Fransman` found in the
text, learnt from appositions in the article, and resolved to the entity they name on the
article's date.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from ..kb import KBEntry, KnowledgeBase
from ..lexicon import Lexicon
from ..names import first_name_gender, fold
from ..quotes import Quote, find_quotes
from ..sentences import is_heading
from ..tokens import doc_text, remembered, token_indices
from .clusters import Cluster
from .genders import noun_gender
from .pronouns import PRONOUN_GENDER, narration_window_start

DETERMINERS = frozenset({"de", "het", "die", "deze"})
SUBJECT_PRONOUNS = frozenset({"hij", "zij", "ze"})


@dataclass(frozen=True)
class Description:
    """`de Russische president` → role ("president", "RU"); `de hoogleraar` → noun "hoogleraar";
    `de Fransman` → nationality "FR"."""

    start: int  # token index
    end: int
    role: tuple[str, str] | None = None
    noun: str | None = None
    nationality: str | None = None
    # a speaking description (`zegt de voetballer`) that nothing else resolves: the one person
    # named from char offset `recent` (two sentences back) to `at` (its head), of `gender`
    recent: int = -1
    at: int = -1
    gender: str | None = None
    quoted: tuple[tuple[int, int], ...] = ()  # the quotes in that stretch: who is named there is the speaker's story


def _match_title(doc: Doc, start: int, kb: KnowledgeBase) -> tuple[str, int] | None:
    """Longest title phrase of titles.yaml starting at token `start`: (role, end)."""
    if start >= len(doc) or fold(doc[start].text) not in kb.title_first_words:
        return None
    for length in range(min(6, len(doc) - start), 0, -1):
        if doc[start + length - 1].is_punct:
            continue
        role = kb.titles.get(fold(doc[start:start + length].text))
        if role:
            return role, start + length
    return None


def _country_after(doc: Doc, index: int, kb: KnowledgeBase) -> tuple[str, int] | None:
    """`van Rusland`, `van de VS` after a title: (country code, end)."""
    if index >= len(doc) or doc[index].lower_ != "van":
        return None
    first = index + 1 + (index + 1 < len(doc) and doc[index + 1].lower_ == "de")
    for length in range(min(4, len(doc) - first), 0, -1):
        if doc[first + length - 1].is_punct:
            continue
        country = kb.country_of(doc[first:first + length].text)
        if country:
            return country, first + length
    return None


def find_descriptions(doc: Doc, kb: KnowledgeBase, lexicon: Lexicon) -> list[Description]:
    """Role, noun and nationality descriptions, left to right, not overlapping."""
    found: list[Description] = []
    end = 0
    all_quotes: list[Quote] | None = None  # found when a description speaks: most articles have none
    # where a description can start: a demonym, a title's first word, a person title
    starts = token_indices(doc, LOWER, remembered("description_start", (kb, lexicon), lambda word: (
        fold(word) in kb.demonyms or fold(word) in kb.title_first_words or lexicon.is_person_title(word)
        or word in lexicon.person_nouns or agent_noun(word, lexicon))))
    for index in starts:
        if index < end:
            continue
        token = doc[index]
        description = None
        country = kb.demonyms.get(fold(token.text)) if token.text[:1].isupper() else None
        if country:
            title = _match_title(doc, index + 1, kb)
            if title:
                description = Description(index, title[1], role=(title[0], country), noun=fold(doc[index + 1:title[1]].text))
            elif token.pos_ in ("NOUN", "PROPN") and not token.text.lower().endswith("e") and token.i > 0 and doc[token.i - 1].lower_ in DETERMINERS:
                description = Description(index, index + 1, nationality=country)
            elif _female_demonym(token):  # `benadrukt de Engelse`
                description = Description(index, index + 1, nationality=country, gender="f")
        elif token.is_lower or (token.is_sent_start and token.text[1:].islower()):
            title = _match_title(doc, index, kb)
            if title:
                country_after = _country_after(doc, title[1], kb)
                if country_after:
                    description = Description(index, country_after[1], role=(title[0], country_after[0]))
                else:
                    description = Description(index, title[1], noun=fold(doc[index:title[1]].text))
            elif token.pos_ == "NOUN" and lexicon.is_person_title(token.text):
                description = Description(index, index + 1, noun=(token.lemma_ or token.text).lower())
            elif person_noun(token, lexicon):
                description = Description(index, index + 1, noun=token.lower_)
        if description is None and not country and _title_tagged_as_name(token, lexicon):
            description = Description(index, index + 1, noun=token.lower_)
        head = doc[description.end - 1] if description else None
        if description and head is not None and (description.noun or description.nationality) and not description.role \
                and (_speaks(head, lexicon) or _after_aldus(doc, description.start, lexicon)) and _singular(head) \
                and doc[max(0, description.start - 1)].lower_ not in ("zijn", "haar", "hun", "mijn", "onze") \
                and not _someone_else(head, lexicon) and fold(head.text) not in kb.titles:  # `zijn vader` is someone else
            if all_quotes is None:
                all_quotes = find_quotes(doc_text(doc))
            gender = description.gender or noun_gender(description.noun, lexicon) or noun_gender(head.lower_, lexicon)
            recent = _through_a_pronoun(doc, _two_sentences_back(head), head, gender, all_quotes)
            quoted = tuple((q.start, q.end) for q in find_quotes(doc_text(doc)[recent:head.idx]))
            description = replace(description, recent=recent, at=head.idx, gender=gender,
                                  quoted=tuple((recent + start, recent + end) for start, end in quoted))
        if description:
            found.append(description)
            end = description.end
    return found


def _female_demonym(token: Token) -> bool:
    """`de Engelse`, `de Française` as a noun (a woman), not an adjective (`de Engelse premier`)."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    # a tagger may call the noun an adjective (`benadrukt de Engelse.`); one that modifies nothing is the noun
    nominal = token.pos_ in ("NOUN", "PROPN") or (token.pos_ == "ADJ" and token.dep_ != "amod")
    return (token.text.lower().endswith("e") and nominal and token.i > 0 and token.doc[token.i - 1].lower_ == "de"
            and (following is None or following.pos_ not in ("NOUN", "PROPN", "ADJ")))


def _singular(token: Token) -> bool:
    """Not `agenten`: a plural, by its morphology or by a noun's lemma shorter than the word
    (an adjective's is its uninflected form: `de Engelse`, lemma `Engels`, is one woman). A
    noun the morphology calls singular is one whatever its lemma (`onderzoekster`, lemma
    `onderzoekst`)."""
    number = token.morph.get("Number", [])
    return "Plur" not in number and ("Sing" in number or not (token.pos_ != "ADJ" and token.lemma_ and len(token.lemma_) < len(token.text)))


def _speaks(token: Token, lexicon: Lexicon) -> bool:
    """The description is the subject of a speech verb (data/lexicon/speech_verbs.txt), or
    the noun right after one in the subject's inverted place (`zegt de voetballer`, often
    labelled an object). Elsewhere a description is left to the other rules: a wrong guess
    there would join two people into one entity."""
    verb = token.head
    if verb.pos_ != "VERB" or (verb.lemma_ or "").lower() not in lexicon.speech_verbs:
        return False
    return token.dep_ in ("nsubj", "nsubj:pass") or (token.dep_ in ("obj", "nmod", "xcomp") and verb.i < token.i <= verb.i + 3)


def _after_aldus(doc: Doc, start: int, lexicon: Lexicon) -> bool:
    """Rule `aldus_description`: `'…', aldus de burgemeester.`, `…, aldus de onderzoekster`:
    the description right after `aldus` (data/lexicon/report_markers.tsv), with its article,
    speaks as the subject of a speech verb does; `aldus` is no verb, so `_speaks` misses it."""
    before = start - 1 if start > 0 and doc[start - 1].lower_ in DETERMINERS else start
    return before > 0 and doc[before - 1].lower_ in lexicon.markers("aldus")


def _someone_else(head: Token, lexicon: Lexicon) -> bool:
    """Rule `described_newcomer`: a speaking description that is not the person named before:
    one a relative clause introduces (`aldus de ondernemer, die anoniem wil blijven`), one
    whose name follows in its sentence (`zegt de burgemeester van Almelo, Arjen Gerritsen`),
    one a `van` phrase tells whose it is (`zegt de advocaat van een bejaarde man`, `aldus
    de moeder van het slachtoffer`: a relation of someone else), and a spokesperson (`aldus
    de partijwoordvoerder`: the voice of a body, voices.py). (Nor is a title of the knowledge
    base's roles, `zei de minister-president`: it names a holder the knowledge base knows,
    `named_role_holder`, not a stranger nearby.)"""
    doc = head.doc
    after = doc[head.i + 1:head.sent.end]
    relative = any(c.dep_ == "acl:relcl" for c in head.children) or (len(after) > 1 and after[0].text == "," and after[1].lower_ in ("die", "dat"))
    named = any(t.ent_type_ in ("PER", "PERSON") for t in after)
    return relative or named or of_someone_else(head, lexicon) or any(head.lower_.endswith(noun) for noun in lexicon.spokesperson_nouns)


def of_someone_else(head: Token, lexicon: Lexicon) -> bool:
    """`de advocaat van een bejaarde man`, `de moeder van het slachtoffer`: a `van` phrase
    right after the description says whose it is, someone indefinite or a person's noun; `de
    nummer 2 van de partij` is her own role and says nothing of the kind."""
    after = head.doc[head.i + 1:head.sent.end]
    owner = next((t for t in after[1:4] if t.pos_ == "NOUN"), None) if len(after) > 1 and after[0].lower_ == "van" else None
    return owner is not None and (after[1].lower_ == "een" or person_noun(owner, lexicon) or lexicon.is_person_title(owner.text))


def _two_sentences_back(token: Token) -> int:
    """Where the two sentences before the token's own begin, a subheading not counted."""
    sentence, counted = token.sent, 0
    while counted < 2 and sentence.start > 0:
        sentence = token.doc[sentence.start - 1].sent
        counted += not is_heading(sentence)
    return sentence.start_char


def _through_a_pronoun(doc: Doc, recent: int, head: Token, gender: str | None, quotes: list[Quote]) -> int:
    """Rule `description_after_pronoun`: `Maar Kirsty Carden … houdt vol dat … "…", zegt zij.
    En wat haar blij maakt: … "…", zegt de onderzoekster.`: a narrated subject pronoun (of the
    description's gender) in the stretch before a speaking description stands for the person
    the description names, so when the stretch names no one outside quotes it reaches back as
    far as that pronoun's own (its sentence and two narrated before it); `nearby_person` still
    wants exactly one person there."""
    window = doc.char_span(recent, head.idx, alignment_mode="expand")
    if window is not None and any(t.ent_type_ in ("PER", "PERSON") and not any(q.start <= t.idx < q.end for q in quotes) for t in window):
        return recent  # someone is named in reach: the pronoun may be theirs
    for token in window if window is not None else ():
        if token.dep_ == "nsubj" and token.lower_ in SUBJECT_PRONOUNS and gender in (None, PRONOUN_GENDER[token.lower_]) \
                and not any(q.start <= token.idx < q.end for q in quotes):
            return min(recent, narration_window_start(token, quotes))
    return recent


def nearby_person(description: Description, clusters: list[Cluster]) -> Cluster | None:
    """The one person named (not described) in the two sentences before a speaking
    description and its own, of its gender when it has one and not one the knowledge base
    knows: `Klaas-Jan Huntelaar … is verontwaardigd. "…", zegt de voetballer.` Two people
    there, or none, resolve nothing."""
    # a person the knowledge base knows is described by their role (`de president`), which the
    # role lookup resolves; `de student` near Trump is someone else
    people = [c for c in clusters if c.type == "PERSON" and c.merged_into is None and c.entry is None
              and any(not m.description and description.recent <= m.start < description.at
                      and not any(start <= m.start < end for start, end in description.quoted) for m in c.mentions)]
    if description.gender:
        people = [c for c in people if first_name_gender(max(c.names, key=len, default="")) in (None, description.gender)]
    return people[0] if len(people) == 1 else None


def _title_tagged_as_name(token: Token, lexicon: Lexicon) -> bool:
    """`Burgemeester Femke Halsema`, `Premier Rutte`: a capitalised title the tagger took for
    part of the name, right before the person entity it introduces."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (token.pos_ == "PROPN" and lexicon.is_person_title(token.text) and following is not None
            and following.ent_iob_ == "B" and following.ent_type_ in ("PER", "PERSON"))


def person_noun(token: Token, lexicon: Lexicon) -> bool:
    """`de voetballer`, `de verdachte`: a singular noun for a person (data/lexicon/person_nouns.txt);
    `de verkeerskundige`, `de monteur`: an agent noun by its ending (`agent_noun`), not after
    `het` (`het interieur`) and not a plural (`de deskundigen`, lemma shorter than the word)."""
    if "Plur" in token.morph.get("Number", []):
        return False
    if token.pos_ == "NOUN" and token.lower_ in lexicon.person_nouns:
        return True
    before = token.doc[token.i - 1].lower_ if token.i > 0 else ""
    # a tagger may call `de verkeerskundige` an adjective; one that modifies nothing is the noun
    nominal = token.pos_ == "NOUN" or (token.pos_ == "ADJ" and token.dep_ != "amod" and before in DETERMINERS)
    return nominal and agent_noun(token.lower_, lexicon) and _singular(token) and before != "het"


def agent_noun(word: str, lexicon: Lexicon) -> bool:
    """Rule `agent_noun_ending`: a word with a person noun's ending (data/lexicon/
    person_noun_suffixes.txt: verkeers-kundige, socio-loog, mont-eur) and at least three
    letters before it (`de deur`, `de kleur` are no one)."""
    return any(word.endswith(suffix) and len(word) >= len(suffix) + 3 for suffix in lexicon.person_noun_suffixes)


def description_target(description: Description, clusters: list[Cluster], local: dict, kb: KnowledgeBase,
                        published: date | None, at: int, quoted: bool = False) -> Cluster | KBEntry | None:
    """The entity a description at char offset `at` names, or None. Inside a quote a bare
    title is the speaker's words, so it names no role holder by the narrator's count:
    `Poetin … 'Ik kreeg de indruk dat de president geneigd is …'` (Trump, whom the article
    names only as `de president van de Verenigde Staten`)."""
    if description.role:
        if description.role in local:
            return local[description.role]
        return kb.role_holder(*description.role, published)
    if description.noun:
        return local.get(description.noun) or (nearby_person(description, clusters) if description.recent >= 0 else None) or (
            None if quoted else named_role_holder(kb.titles.get(description.noun), clusters, at, published))
    if description.nationality:
        matches = [c for c in clusters if c.type == "PERSON" and c.entry and c.entry.nationality == description.nationality]
        matches += [c for key, c in local.items() if key == ("nationality", description.nationality) and c not in matches]
        if len(matches) == 1:
            return matches[0]
        return nearby_person(description, clusters) if description.recent >= 0 and not matches else None
    return None


def named_role_holder(role: str | None, clusters: list[Cluster], at: int, published: date | None) -> Cluster | None:
    """Rule `bare_title_holder`: `Mark Rutte … De premier reisde af naar Brussel`, `Trump …
    zei de president`: a bare title (titles.yaml, no country) names the one person named
    before it whom the knowledge base gives that role on the article's date (any country).
    Two such people (`Rutte … Merkel … de premier`) or none resolve nothing."""
    if role is None:
        return None
    holders = [c for c in clusters if c.type == "PERSON" and c.merged_into is None and c.entry is not None
               and any(not m.description and m.start < at for m in c.mentions)
               and any(r.role == role and (r.held_on(published) if published else r.end is None) for r in c.entry.roles)]
    return holders[0] if len(holders) == 1 else None
