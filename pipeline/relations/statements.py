"""Statements: a Doc's quotes and speech verbs → `ArticleStatement`s (ANNOTATION.md).

In: the parsed Doc, its `LinkedEntities` (quotes and pronouns resolved), the lexicon.
Out: one statement per attribution: direct quotes attributed by the words around them
(`attribution.py`), run-on quote sentences joined to the quote before, a first-person quote
after a sentence about someone, an answer to an interviewer's question; the attributions
without a speech verb (`reports.py`: `volgens X`, `wat X betreft`, `aldus X`, `zoals X zegt`);
passive speech with its agent (`passives.py`: `is door Halsema verzocht om …`);
indirect speech, a speech verb with a complement clause or after the clause it reports.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.attrs import POS
from spacy.tokens import Doc, Span, Token

from ..dates import resolve_date
from ..lexicon import Lexicon, load_lexicon
from ..linking.linked import LinkedEntities
from ..quotes import Quote
from ..schemas import ArticleStatement, StatementRule, StatementType
from ..syntax import SUBJECT_DEPS, VERB_OR_NOUN, VERB_POS
from ..tokens import doc_text, tokens_where
from .assertion import asserted
from .attribution import attribute_quote, context_attribution, quoted_third_party_cues, reported_before
from .co_speakers import coordinated_speakers
from .content import complement_of, content_span_of, names_a_thing, states_an_intention
from .cues import cue_name, cue_tokens
from .evidence import entities_in, evidence_for
from .inversion import inverted_subject, nominal
from .labels import label_addressee
from .morphology import cue_lemma, full_lemma
from .passives import passive_agent_reports
from .postposed import attribution_opening, parenthetical_report, postposed_report
from .quote_runs import answers_a_question, interviewee, runs_on, starts_sentence
from .quoted_phrases import quoted_phrase_report, quoted_phrases_in_claim
from .recruitment import asked_for_a_role
from .reports import aldus_reports, naar_zeggen_reports, speech_noun_reports, wat_betreft_reports, zoals_clauses, zoals_reports
from .speakers import FIRST_PERSON, addressee_of, fronted_speaker, speaker_of
from .stances import stance_copula_reports, stance_predicate_reports
from .unnamed import said_by_someone_unnamed, said_by_the_other_sex
from .volgens import volgens_reports


@dataclass
class _Statement:
    speaker: str
    cue: str
    type: StatementType
    rule: StatementRule
    sentence: Span
    texts: list[str] = field(default_factory=list)
    addressee: str | None = None


def second_cue(verb: Token, reporter: str, reported_by: dict[int, str], lexicon: Lexicon) -> bool:
    """Rule `coordinated_cue`: `Maduro gaat er prat op dat hij de enige rechtmatige president
    is en beschuldigt de Amerikanen van een poging tot een staatsgreep`: a cue verb
    coordinated with one that already reported the same speaker's words in this sentence is
    a second attribution (ANNOTATION.md: one statement per attribution). Not a cue inside
    the first one's complement (`zegt dat hij vindt dat …`): that is what was said; nor two
    verbs of one clause (`hoopt en verwacht dat …`), the first's complement the second's."""
    if verb.dep_ != "conj" or reported_by.get(verb.head.i) != reporter:
        return False
    own = {t.i for t in verb.subtree}
    return not any(t.i in own for t in complement_of(verb.head, lexicon))


def quoted_in(sentence: Span, speaker: str, spoken: list[tuple[Quote, _Statement]]) -> list[tuple[Quote, _Statement]]:
    """The quotes inside the sentence given to the speaker, with their statements: that
    attribution is the sentence's statement of theirs (ANNOTATION.md: one statement per
    attribution)."""
    return [(q, s) for q, s in spoken if q.start >= sentence.start_char and q.end <= sentence.end_char and s.speaker == speaker]


def _headline(sentence: Span) -> bool:
    """Written in capitals throughout, as papers set headlines and intertitles."""
    letters = [c for c in sentence.text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def extract_statements(doc: Doc, linked: LinkedEntities, doc_id: str, published: str | None, lexicon: Lexicon | None = None) -> list[ArticleStatement]:
    """Doc + linked entities (with the quotes) → the article's statements."""
    lexicon = lexicon or load_lexicon()
    text = doc_text(doc)
    quotes = linked.quotes
    by_cue: dict[int, _Statement] = {}
    statements: list[_Statement] = []
    previous: _Statement | None = None
    previous_end = -1
    spoken: list[tuple[Quote, _Statement]] = []  # each quote with the statement it went into
    for quote in quotes:
        attribution = attribute_quote(quote, doc, quotes, lexicon, linked)
        if attribution and _headline(attribution[0].sent):
            continue  # `TUSK: 'VERNEDER MAY NIET'`: a headline alone is no statement (ANNOTATION.md)
        if attribution:
            verb, speaker, rule = attribution
            reported_clause = quoted_phrase_report(quote, verb, rule, lexicon)  # `zegt dat de regels 'naakt' verbieden`: the clause was said
            statement = by_cue.get(verb.i)
            if statement is None:
                cue = "colon" if verb.text.endswith(":") else "aldus" if verb.lower_ == "aldus" else cue_name(verb, lexicon)
                statement = _Statement(speaker, cue, "indirect" if reported_clause else "direct", rule, verb.sent,
                                       addressee=label_addressee(verb, linked, lexicon) if rule == "quote_colon_label" else addressee_of(verb, linked))
                by_cue[verb.i] = statement
                statements.append(statement)
            if not statement.texts:
                statement.texts.append(reported_clause or quote.text)
            elif statement.type == "direct":  # a reported clause already holds every quote of its sentence
                statement.texts.append(quote.text)
            spoken.append((quote, statement))
            previous, previous_end = statement, quote.end
        elif starts_sentence(quote, doc) and not said_by_someone_unnamed(quote, doc, quotes, lexicon, linked):
            if previous is not None and runs_on(doc, text, previous.sentence, previous_end, quote):
                previous.texts.append(quote.text)
                spoken.append((quote, previous))
                previous_end = quote.end
                continue
            context = context_attribution(quote, doc, quotes, linked, lexicon) or reported_before(quote, doc, quotes, linked, lexicon)
            if context and not said_by_the_other_sex(quote, context[1], doc, quotes, lexicon, linked):
                verb, speaker = context
                statement = _Statement(speaker, full_lemma(verb, lexicon), "direct", "introduced_quote", verb.sent, texts=[quote.text])
                by_cue[verb.i] = statement
                statements.append(statement)
                spoken.append((quote, statement))
                previous, previous_end = statement, quote.end
            elif answers_a_question(doc, previous_end, quote):
                span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
                answerer = previous.speaker if previous is not None else interviewee(doc, quote, linked) if span is not None else None
                if span is not None and answerer is not None:
                    statement = _Statement(answerer, "antwoorden", "direct", "answer_to_question", span[0].sent, texts=[quote.text])
                    statements.append(statement)
                    spoken.append((quote, statement))
                    previous, previous_end = statement, quote.end
    quote_speakers = {t.idx: statement.speaker for quote, statement in spoken
                      for t in doc.char_span(quote.start, quote.end, alignment_mode="expand") or () if t.lower_ in FIRST_PERSON}

    said: set[tuple[str, int]] = set()
    reported_by: dict[int, str] = {}  # a cue verb that gave an indirect statement → its speaker
    zoals = zoals_clauses(doc, lexicon)
    reports = [*volgens_reports(doc, linked, lexicon), *wat_betreft_reports(doc, linked, quotes, lexicon),
               *aldus_reports(doc, linked, quotes, lexicon), *zoals_reports(doc, linked, quotes, lexicon, zoals),
               *naar_zeggen_reports(doc, linked, quotes, lexicon), *speech_noun_reports(doc, linked, quotes, lexicon),
               *stance_predicate_reports(doc, linked, quotes, lexicon), *stance_copula_reports(doc, linked, quotes, lexicon),
               *passive_agent_reports(doc, linked, quotes, lexicon)]
    for report in reports:
        if own := quoted_in(report.sentence, report.speaker, spoken):
            # `Volgens Pence maakte dit duidelijk dat China '…'`: the quote's statement is the report's;
            # its claim is the content when the quotes are words inside it (`quoted_phrase_in_claim`)
            phrased = {id(s): s for _, s in own}
            if len(phrased) == 1 and quoted_phrases_in_claim(report, [q for q, _ in own]):
                (statement,) = phrased.values()
                statement.texts, statement.type = [report.text], "indirect"
            continue
        if (report.speaker, report.sentence.start) not in said:
            said.add((report.speaker, report.sentence.start))
            statements.append(_Statement(report.speaker, report.cue, "indirect", report.rule, report.sentence, texts=[report.text]))

    attributed_sentences = {report.sentence.start for report in reports}
    zoals_verbs = {verb.i for _, verb in zoals}  # a speech verb closing a `zoals` clause reports the clause around it
    candidates = list(tokens_where(doc, POS, VERB_OR_NOUN))
    for verb in sorted([*cue_tokens(candidates, lexicon, quotes), *quoted_third_party_cues(candidates, linked, lexicon)], key=lambda t: t.i):
        complement = complement_of(verb, lexicon)
        if complement and (names_a_thing(complement, verb, lexicon) or states_an_intention(complement, verb, lexicon) or asked_for_a_role(verb, lexicon)):
            complement = []
        # `…, betoogde hoogleraar Voermans.`: a noun object right after a postposed verb with
        # no subject before it is the inverted subject (`May, die …, vraagt om meer tijd` is no report)
        subject_before = any(c.dep_ in SUBJECT_DEPS and c.i < verb.i for c in verb.children)
        # (`…, laat een woordvoerder van de NS weten.`: after the finite verb of the cue's chain)
        finite = attribution_opening(verb)
        # (`…, zo hebben Salvini en Maltese autoriteiten gezegd`: a subject after the finite verb is the inverted one
        # after a clause; `Na het overleg, heeft Rutte de maatregelen aangekondigd` inverts after a phrase, reporting none)
        subject_inverted = any(c.dep_ in SUBJECT_DEPS and finite < c.i < verb.i for c in verb.children) and any(
            t.pos_ in VERB_POS for t in doc[verb.sent.start:finite])
        inverted = all((c.dep_ == "obj" or nominal(c)) and c.i > finite and c.pos_ != "PRON" for c in complement) and (subject_inverted or not subject_before)
        # `Het plan, zegt Rutte, is goed`: whatever the parser made the parenthesis's verb
        parenthesis = parenthetical_report(verb)
        # `Pieter Winsemius, indertijd …, prijst Nijpels`: a name and an aside before the comma are the subject, no report
        reported = postposed_report(verb, lexicon) if (not complement or inverted) and parenthesis is None and fronted_speaker(verb, linked) is None else None
        if verb.i in by_cue or verb.i in zoals_verbs or not (complement or reported or parenthesis) or not asserted(verb, lexicon):
            continue
        if cue_lemma(verb, lexicon) in lexicon.quoting_verbs:  # a medium passing a quote on reports nothing of its own
            continue
        if verb.sent.start in attributed_sentences:
            continue  # "volgens X moet Y … vragen": the sentence is X's
        inverted_speaker = None
        if reported is not None or parenthesis is not None:  # the speaker of `…, zei Rutte.` stands right after the verb
            inverted_speaker = inverted_subject(verb, linked, lexicon)
            reporter = linked.key_of_token(inverted_speaker) if inverted_speaker is not None else None
        else:
            reporter = speaker_of(verb, linked, quote_speakers, lexicon)
        if reporter is None or ((reporter, verb.sent.start) in said and not second_cue(verb, reporter, reported_by, lexicon)):
            continue
        if quoted_in(verb.sent, reporter, spoken):
            continue  # the speaker's quote in this sentence made it a direct statement above
        said.add((reporter, verb.sent.start))
        content = " ".join((parenthesis or (reported or content_span_of(verb, complement)).text).split())
        rule = "postposed_report" if reported is not None else "parenthetical_report" if parenthesis else "complement_clause"
        cue, addressee = cue_name(verb, lexicon), addressee_of(verb, linked)
        others = [k for k in coordinated_speakers(verb, reporter, linked, inverted_speaker) if (k, verb.sent.start) not in said]
        reported_by[verb.i] = reporter
        for speaker in (reporter, *others):
            said.add((speaker, verb.sent.start))
            statements.append(_Statement(speaker, cue, "indirect", rule, verb.sent, texts=[content], addressee=addressee))

    results = []
    for statement in statements:
        if statement.addressee == statement.speaker:  # `riep Rutte hem op`: `hem` is someone else, whoever
            statement.addressee = None
        text = " ".join(statement.texts)
        about = [k for k in entities_in((t for t in statement.sentence), linked) if k not in (statement.speaker, statement.addressee)]
        stated = resolve_date(statement.sentence.text, published)
        results.append(ArticleStatement(
            type=statement.type, speaker=statement.speaker, addressee=statement.addressee, about=about, text=text, cue=statement.cue,
            date=stated or published, date_source="text" if stated else "published" if published else None, rule=statement.rule,
            evidence=evidence_for(statement.sentence, doc_id),
        ))
    return sorted(results, key=lambda s: (s.evidence.start, s.speaker))
