"""Synthetic extractions for the grouped-merge prototype (scripts/grouped_merge.py): what
the per-article stages would hand the merge for an archive of any size, without parsing.

In:  an article count, a seed, a partition count
Out: `extractions(n)` → Extraction dicts (pipeline/schemas.py, valid); `write_partitions`
     → FOLDER/part-NNN.jsonl, each line {"seq": article number, "extraction": {…}}, the
     articles in input order across the files

The entities are `bench_merge.synthetic_entities` (people, bare surnames, organisations,
one in 25 a spelling variant of another) plus a few the KB knows, drawn with a long tail
so some recur in thousands of articles. One article in five is a copy of an earlier one
under its own id (a wire story in another paper): its meetings and statements are the
same reports, which the merge must join; a person is sometimes named by surname only, which
cross-article linking must join to the full name.
"""

from __future__ import annotations

import json
import random
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path

KNOWN = [("Q7747", "Vladimir Putin", "PERSON"), ("Q22686", "Donald Trump", "PERSON"), ("Q57792", "Mark Rutte", "PERSON"),
         ("geonames:2750405", "Netherlands", "PLACE"), ("geonames:2017370", "Russia", "PLACE"), ("Q7184", "NAVO", "ORG")]
CUES = ("zeggen", "verklaren", "benadrukken", "waarschuwen", "dreigen")
RULES = {"meeting": "trigger_verb", "call": "event_noun", "visit": "event_noun"}


def extractions(n: int, entities: int | None = None, seed: int = 23) -> Iterator[dict]:
    """n synthetic articles' extractions, in input order."""
    from scripts.bench_merge import synthetic_entities

    rng = random.Random(seed)
    pool = [(key, name, kind, None) for key, name, kind in synthetic_entities(entities or max(50, n // 2), seed)]
    pool += [(key, name, kind, key) for key, name, kind in KNOWN]
    weights = [1 / (rank + 1) ** 0.8 for rank in range(len(pool))]
    made: deque[dict] = deque(maxlen=200)  # the recent articles a wire copy repeats; never the whole input
    for index in range(n):
        doc_id = f"syn/{index:07d}"
        if made and rng.random() < 0.2:
            yield _copy(rng.choice(made), doc_id)
            continue
        article = _article(rng, doc_id, rng.choices(pool, weights, k=rng.randint(2, 6)))
        made.append(article)
        yield article


def _article(rng: random.Random, doc_id: str, chosen: list[tuple]) -> dict:
    published = f"2019-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    entities: dict[str, dict] = {}
    for key, name, kind, kb_id in chosen:
        if kind == "PERSON" and kb_id is None and " " in name and rng.random() < 0.15:
            name = name.rsplit(" ", 1)[1]  # this paper names the person by surname only
            key = f"PERSON:{name}"
        mentions = [{"text": rng.choice([name, name.split(" ")[-1]]), "start": 40 * i, "end": 40 * i + len(name)} for i in range(rng.randint(1, 4))]
        entities.setdefault(key, {"key": key, "name": name, "type": kind, "kb_id": kb_id, "mentions": mentions})
    people = [e for e in entities.values() if e["type"] in ("PERSON", "ORG", "PLACE")]
    places = [e["key"] for e in entities.values() if e["type"] == "PLACE"]
    meetings, statements, offset = [], [], 1000
    for _ in range(rng.choice((0, 0, 1, 1, 2))):
        if len(people) < 2:
            break
        a, b = rng.sample(people, 2)
        kind = rng.choice(("meeting", "meeting", "call", "visit"))
        sentence = f"{a['name']} sprak met {b['name']} over de toekomst."
        meetings.append({"type": kind, "participants": sorted({a["key"], b["key"]}), "place": rng.choice(places) if places and rng.random() < 0.3 else None,
                         "date": published, "date_source": "published", "rule": RULES[kind],
                         "evidence": {"doc_id": doc_id, "sentence": sentence, "start": offset, "end": offset + len(sentence)}})
        offset += 200
    for _ in range(rng.randint(0, 3)):
        speaker = rng.choice(people)
        text = f"We gaan {rng.choice(('door', 'niet door', 'snel verder', 'praten'))} met het plan voor {rng.randint(1, 400)} gemeenten"
        sentence = f"\"{text}\", zei {speaker['name']}."
        statements.append({"type": "direct", "speaker": speaker["key"], "addressee": None,
                           "about": [rng.choice(people)["key"]] if rng.random() < 0.2 else [], "text": text, "cue": rng.choice(CUES),
                           "date": published, "date_source": "published", "rule": "quote_cue_after",
                           "evidence": {"doc_id": doc_id, "sentence": sentence, "start": offset, "end": offset + len(sentence)}})
        offset += 200
    return {"doc_id": doc_id, "title": f"Artikel {doc_id}", "published": published, "source": f"{doc_id}.txt", "url": None, "site": None,
            "author": None, "entities": list(entities.values()), "meetings": meetings, "statements": statements}


def _copy(article: dict, doc_id: str) -> dict:
    copy = json.loads(json.dumps(article))
    copy.update(doc_id=doc_id, source=f"{doc_id}.txt", title=f"Artikel {doc_id}")
    for event in copy["meetings"] + copy["statements"]:
        event["evidence"]["doc_id"] = doc_id
    return copy


def write_partitions(folder: Path, articles: Iterable[dict], partitions: int, n: int) -> list[Path]:
    """The articles in `partitions` JSON-lines files of consecutive articles."""
    folder.mkdir(parents=True, exist_ok=True)
    per_file = -(-n // partitions)
    paths = [folder / f"part-{p:03d}.jsonl" for p in range(partitions)]
    handles = [path.open("w", encoding="utf8") for path in paths]
    try:
        for seq, article in enumerate(articles):
            handles[min(seq // per_file, partitions - 1)].write(json.dumps({"seq": seq, "extraction": article}, ensure_ascii=False) + "\n")
    finally:
        for handle in handles:
            handle.close()
    return paths
