"""Alias linking end to end: short Dutch texts through `newsgraph run`, and a table of
surface forms that must (or must not) end up on one entity node."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from pipeline.cli import app

pytestmark = pytest.mark.slow

# Each case: the articles (one string each, published 2019-05-14), two surface forms, and
# whether they must name the same node.
CASES = [
    # within one article: short forms, possessives, inflections, descriptions
    (["De Russische president Vladimir Poetin sprak in Moskou. Poetin was tevreden."], "Vladimir Poetin", "Poetin", True),
    (["De Russische president Vladimir Poetin sprak in Moskou. Later sprak de Russische president opnieuw."], "Vladimir Poetin", "de Russische president", True),
    (["Minister Mike Pompeo reisde naar Rusland. Het was Pompeo's eerste bezoek."], "Mike Pompeo", "Pompeo's", True),
    (["President Donald Trump kwam aan in Hanoi. Trumps delegatie volgde later."], "Donald Trump", "Trumps", True),
    (["Ivanka Trump, de dochter van de president, was in Berlijn. Ivanka sprak daar met ondernemers."], "Ivanka Trump", "Ivanka", True),
    (["De Noord-Koreaanse leider Kim Jong-un reisde per trein. Kim kwam dinsdag aan in Hanoi."], "Kim Jong-un", "Kim", True),
    (["Dat zegt hoogleraar Remco Breuker van de Universiteit Leiden. Volgens de hoogleraar is het regime stabiel."], "Remco Breuker", "de hoogleraar", True),
    (["Bondskanselier Angela Merkel sprak in Berlijn. Merkel wil een snelle oplossing."], "Angela Merkel", "Merkel", True),
    (["Premier Mark Rutte was maandag in Brussel. Rutte sprak met journalisten."], "Mark Rutte", "Rutte", True),
    (["De Amerikaanse regering steunt oppositieleider Juan Guaidó. Guaidó riep zichzelf uit tot president."], "Juan Guaidó", "Guaidó", True),
    (["Minister Sergej Lavrov sprak in Moskou. Lavrov was kritisch over de Verenigde Staten."], "Sergej Lavrov", "Lavrov", True),
    (["De VS en Rusland praten weer. De Verenigde Staten willen een akkoord."], "VS", "Verenigde Staten", True),
    (["Amerika zet de sancties door. De Verenigde Staten willen druk houden."], "Amerika", "Verenigde Staten", True),
    (["Het Verenigd Koninkrijk verlaat de EU. Het VK wil meer tijd."], "Verenigd Koninkrijk", "VK", True),
    (["De Europese Unie wil een deal. De EU geeft Londen meer tijd."], "Europese Unie", "EU", True),
    (["De Verenigde Naties waarschuwen voor honger. De VN vragen om hulp."], "Verenigde Naties", "VN", True),
    # across articles and languages
    (["Poetin ontving gasten in Moskou.", "De president bleef in Moscow, schrijft Reuters."], "Moskou", "Moscow", True),
    (["Pompeo was in Sotsji.", "De ontmoeting vond plaats in Sochi aan de Zwarte Zee."], "Sotsji", "Sochi", True),
    (["Vladimir Poetin sprak in Moskou.", "Vladimir Putin sprak in Sint-Petersburg."], "Vladimir Poetin", "Vladimir Putin", True),
    (["President Volodymyr Zelensky sprak in Kiev.", "President Zelenski reisde naar Brussel."], "Volodymyr Zelensky", "Zelenski", True),
    (["President Volodymyr Zelenskyy sprak in Kiev.", "President Volodymyr Zelensky reisde naar Brussel."], "Volodymyr Zelenskyy", "Volodymyr Zelensky", True),
    (["Oppositieleider Juan Guaidó sprak in Caracas.", "Oppositieleider Juan Guaido sprak opnieuw in Caracas."], "Juan Guaidó", "Juan Guaido", True),
    (["President Recep Tayyip Erdogan sprak in Ankara.", "President Recep Tayyip Erdoğan sprak in Istanbul."], "Recep Tayyip Erdogan", "Recep Tayyip Erdoğan", True),
    (["Premier Benjamin Netanyahu sprak in Jeruzalem.", "Premier Benjamin Netanjahoe sprak in Tel Aviv."], "Benjamin Netanyahu", "Benjamin Netanjahoe", True),
    (["Oud-president Petro Porosjenko sprak in Kiev.", "Oud-president Petro Poroshenko sprak in Odessa."], "Petro Porosjenko", "Petro Poroshenko", True),
    (["De Sovjetleider Nikita Chroesjtsjov sprak in Moskou.", "Sovjetleider Nikita Khrushchev bezocht New York."], "Nikita Chroesjtsjov", "Nikita Khrushchev", True),
    (["Hoogleraar Remco Breuker sprak in Leiden.", "Breuker waarschuwde opnieuw voor het regime."], "Remco Breuker", "Breuker", True),
    (["Kim Jong-un sprak in Pyongyang.", "Kim Jong Un reisde naar Vladivostok."], "Kim Jong-un", "Kim Jong Un", True),
    (["President Emmanuel Macron sprak in Parijs.", "Macron wil een Europees leger."], "Emmanuel Macron", "Macron", True),
    (["Toen sprak de Amerikaanse president in het Witte Huis.", "President Donald Trump tekende het besluit."], "de Amerikaanse president", "Donald Trump", True),
    (["De NAVO vergaderde.", "Secretaris-generaal Jens Stoltenberg sprak namens de NATO."], "NAVO", "NATO", True),
    (["President Xi Jinping sprak in Peking.", "President Xi Jinping kwam aan in Beijing."], "Peking", "Beijing", True),
    # different entities that look alike
    (["De Noord-Koreaanse leider Kim Jong-un en zijn zus Kim Yo-jong kwamen aan in Hanoi."], "Kim Jong-un", "Kim Yo-jong", False),
    (["Ivanka Trump en haar vader Donald Trump kwamen aan in Tokio."], "Ivanka Trump", "Donald Trump", False),
    (["Olena Zelenska, de vrouw van Volodymyr Zelensky, sprak in Kiev."], "Olena Zelenska", "Volodymyr Zelensky", False),
    (["Het Kremlin reageerde niet. President Poetin zweeg."], "Kremlin", "Poetin", False),
    (["Paris Hilton was vorige week in Parijs voor de modeweek."], "Paris Hilton", "Parijs", False),
    (["Het Witte Huis bevestigde dat president Donald Trump naar Hanoi reist."], "Witte Huis", "Donald Trump", False),
    (["Rusland kondigde aan dat Moskou nieuwe sancties invoert."], "Rusland", "Moskou", False),
    (["Anna de Vries en Piet de Vries wonen in Utrecht."], "Anna de Vries", "Piet de Vries", False),
    (["Premier Mark Rutte sprak met Mark Zuckerberg in Den Haag."], "Mark Rutte", "Mark Zuckerberg", False),
    (["Barack Obama en Michelle Obama waren in Chicago."], "Barack Obama", "Michelle Obama", False),
    (["Brussel is de hoofdstad van België."], "Brussel", "België", False),
    (["Poetin sprak met Trump.", "Ivanka Trump opende een winkel."], "Trump", "Ivanka Trump", False),
]


@pytest.fixture(scope="module")
def graph_nodes(tmp_path_factory):
    root = tmp_path_factory.mktemp("alias_cases")
    inputs = root / "in"
    inputs.mkdir()
    for case, (articles, _, _, _) in enumerate(CASES):
        for index, text in enumerate(articles):
            (inputs / f"case{case:02d}_{index}.txt").write_text(f" date 2019-05-14 {text}\n", encoding="utf8")
    result = CliRunner().invoke(app, ["run", str(inputs), "--out", str(root / "out"), "--quiet"])
    assert result.exit_code == 0, result.output
    data = json.loads((root / "out" / "graph.json").read_text())
    return [node for node in data["nodes"] if node["kind"] == "entity"]


def node_of(nodes, surface: str, doc_prefix: str):
    """The entity node that has `surface` among its aliases in this case's articles."""
    found = [n for n in nodes if surface in n["aliases"] and any(d.startswith(doc_prefix) for d in n["doc_ids"])]
    assert found, f"no entity with alias {surface!r} in {doc_prefix}"
    return found[0]["id"]


@pytest.mark.parametrize(("case", "articles", "first", "second", "same"), [(i, *c) for i, c in enumerate(CASES)],
                         ids=[f"{c[1]}={'=' if c[3] else '/'}{c[2]}" for c in CASES])
def test_alias_table(graph_nodes, case, articles, first, second, same):
    prefix = f"case{case:02d}_"
    assert (node_of(graph_nodes, first, prefix) == node_of(graph_nodes, second, prefix)) is same
