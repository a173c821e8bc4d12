"""The knowledge base (pipeline/kb.py): a user aliases file extends it."""

from __future__ import annotations

import pytest


def test_aliases_user_aliases_file_extends_the_kb(tmp_path):
    from pipeline.kb import KnowledgeBaseError, load_kb

    aliases = tmp_path / "mine.yaml"
    aliases.write_text("people:\n  - name: Remco Breuker\n    aliases: [Breuker, prof. Breuker]\nplaces:\n  Moscow: [Moskva-stad]\n")
    kb = load_kb(extra=[aliases])
    assert kb.lookup("prof. Breuker").name == "Remco Breuker"
    assert kb.lookup("Moskva-stad").name == "Moscow"
    aliases.write_text("places:\n  Nergenshuizen aan Zee: [Nergens]\n")
    with pytest.raises(KnowledgeBaseError, match="Nergenshuizen"):
        load_kb(extra=[aliases])
