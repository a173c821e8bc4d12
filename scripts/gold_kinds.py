"""Label each gold statement `direct`, `indirect` or `volgens` from the article text.

The gold files name a statement by speaker and key; its kind is a fact of the sentence the
key lies in: `volgens` when that sentence attributes with `volgens` + a surface form of the
speaker (or a pronoun), `direct` when the key lies inside a quotation mark pair, else
`indirect`. Only statements without a `kind` are labelled, so a hand correction stays.

    python -m scripts.gold_kinds data/gold/tune data/gold/heldout --shared ../shared
"""

from __future__ import annotations

import json
import re

from scripts.check_gold import gold_directories_and_texts

QUOTE_SPANS = re.compile(r",,[^\n]*?(?:''|”|\")|„[^\n]*?[”“\"]|“[^\n]*?”|«[^\n]*?»|\"[^\"\n]*?\"|‘[^\n]*?’|(?<![\w])'[^'\n]*?'(?!\w)")
SENTENCE = re.compile(r"[^.!?]*(?:[.!?]+['\"”’]*|$)")
VOLGENS_PRONOUNS = ("hem", "haar", "hen", "hun", "mij", "ons", "de", "het")


def sentence_around(text: str, start: int, end: int) -> str:
    left = max(text.rfind(mark, 0, start) for mark in (". ", "? ", "! ", "\n"))
    right = min((i for i in (text.find(mark, end) for mark in (". ", "? ", "! ", "\n")) if i >= 0), default=len(text))
    return text[left + 1:right + 1]


def kind_of(text: str, key: str, forms: list[str]) -> str:
    start = text.find(key)
    sentence = sentence_around(text, start, start + len(key))
    lowered = sentence.casefold()
    for match in re.finditer(r"\bvolgens\s+(\S+(?:\s+\S+){0,3})", lowered):
        following = match.group(1)
        if any(following.startswith(form.casefold()) for form in forms) or following.split()[0] in VOLGENS_PRONOUNS:
            return "volgens"
    if any(m.start() <= start and start + len(key) <= m.end() for m in QUOTE_SPANS.finditer(text)):
        return "direct"
    return "indirect"


def dumps(gold: dict) -> str:
    """A gold file in the layout of the hand-written ones: an entity, a meeting or a
    statement per line, so a diff shows the item that changed."""
    line = lambda value: json.dumps(value, ensure_ascii=False)  # noqa: E731
    head = {k: v for k, v in gold.items() if k not in ("entities", "meetings", "statements")}
    parts = [f'  {line(k)}: {line(v)}' for k, v in head.items()]
    entities = ",\n".join(f"    {line(name)}: {line(forms)}" for name, forms in gold.get("entities", {}).items())
    parts.append('  "entities": {\n' + entities + "\n  }" if entities else '  "entities": {}')
    for group in ("meetings", "statements"):
        items = ",\n".join(f"    {line(item)}" for item in gold.get(group, []))
        parts.append(f'  "{group}": [\n{items}\n  ]' if items else f'  "{group}": []')
    return "{\n" + ",\n".join(parts) + "\n}\n"


def main() -> None:
    directories, texts = gold_directories_and_texts(__doc__.splitlines()[0])
    for directory in directories:
        for path in sorted(directory.glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf8"))
            text = " ".join(texts.get(gold["doc_id"], "").split())
            changed = False
            for statement in gold.get("statements", []):
                if statement.get("kind") or " ".join(statement["key"].split()) not in text:
                    continue
                forms = [statement["speaker"], *gold["entities"].get(statement["speaker"], [])]
                statement["kind"] = kind_of(text, " ".join(statement["key"].split()), forms)
                changed = True
            if changed:
                path.write_text(dumps(gold), encoding="utf8")


if __name__ == "__main__":
    main()
