"""The alias knowledge base: who and what newsgraph knows by name, loaded from `data/kb/`.

- `curated.yaml`: people and organisations with Wikidata ids, Dutch and English aliases,
  nationality and dated roles; extra place aliases (`VS`, `Amerika`).
- `places.jsonl.gz`: countries, continents, US states and cities with their GeoNames and
  CLDR names (built by `scripts/build_kb.py`).
- `demonyms.tsv` and `titles.yaml`: the words of role descriptions (`de Russische president`).
- `peoples.tsv`: plural names of peoples (`de Fransen`), which as a subject are their country.
- Optional user files (`--aliases FILE`, YAML in the shape of curated.yaml) extend it.

Lookups are by `names.fold` key; when a name fits several entries, curated entries win over
generated ones and bigger places over smaller ones.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from pathlib import Path

import yaml
from rapidfuzz.distance import JaroWinkler

from . import kb_store
from .names import fold, is_given_name, skeleton
from .resources import data_dir
from .schemas import EntityType

KB_DIR = data_dir() / "kb"
BIG_PLACE = 250_000
SUBDIVISION_KEY = "iso3166-2:"
CLOSE_SPELLING = 0.82  # Jaro-Winkler of skeletons: `Torino` / `Turin` 0.84, `Landen` / `London` 0.80


class KnowledgeBaseError(Exception):
    pass


class _CountryCodeSafeLoader(yaml.SafeLoader):
    """YAML 1.1's SafeLoader with YAML 1.2's booleans: only true/false are booleans, so an
    unquoted country code stays a string (`nationality: NO` is Norway, not False, and so
    are `ON`, `Y` and `YES`)."""


_CountryCodeSafeLoader.yaml_implicit_resolvers = {
    first: [(tag, regex) for tag, regex in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_CountryCodeSafeLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


def read_yaml(text: str):
    """A KB YAML file's data, booleans as YAML 1.2 has them (`_CountryCodeSafeLoader`)."""
    loader = _CountryCodeSafeLoader(text)  # what yaml.safe_load does, with this SafeLoader
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


_COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")


@dataclass(frozen=True)
class Role:
    role: str
    holder_of: str  # ISO country code or organisation key
    start: date | None
    end: date | None

    def held_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True)
class KBEntry:
    key: str
    name: str
    type: EntityType
    kb_id: str | None = None
    aliases: tuple[str, ...] = ()
    nationality: str | None = None
    country: str | None = None
    population: int = 0
    roles: tuple[Role, ...] = ()
    curated: bool = False

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    @property
    def is_subdivision(self) -> bool:
        """A province or region (data/kb/regions.tsv, keyed by its ISO 3166-2 code), not a town."""
        return self.key.startswith(SUBDIVISION_KEY)


@dataclass
class KnowledgeBase:
    entries: dict[str, KBEntry] = field(default_factory=dict)
    by_name: dict[str, list[str]] = field(default_factory=dict)
    by_skeleton: dict[str, list[str]] = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)
    peoples: dict[str, str] = field(default_factory=dict)  # folded plural (`fransen`) -> ISO code
    titles: dict[str, str] = field(default_factory=dict)
    title_first_words: set[str] = field(default_factory=set)
    countries: dict[str, str] = field(default_factory=dict)  # ISO code -> entry key
    role_holders: set[str] = field(default_factory=set)  # keys of entries with dated roles

    def add(self, entry: KBEntry) -> None:
        """Add an entry; an entry with a known key adds its aliases to the known one."""
        if entry.key in self.entries:
            old = self.entries[entry.key]
            entry = replace(old, aliases=tuple(dict.fromkeys(old.aliases + entry.aliases)), curated=old.curated or entry.curated)
        self.entries[entry.key] = entry
        if entry.roles:
            self.role_holders.add(entry.key)
        for name in entry.names:
            for index, key in ((self.by_name, fold(name)), (self.by_skeleton, skeleton(name))):
                bucket = index.setdefault(key, [])
                if entry.key not in bucket:
                    bucket.append(entry.key)

    @staticmethod
    def _rank(entry: KBEntry) -> tuple:
        return (not entry.curated, -entry.population, entry.key)

    def lookup(self, name: str, types: Iterable[str] | None = None, fuzzy: bool = True) -> KBEntry | None:
        """The best entry for `name` (exact fold match first, then transliteration skeleton),
        restricted to `types` when given."""
        allowed = set(types) if types else None
        indexes = (self.by_name, self.by_skeleton) if fuzzy else (self.by_name,)
        for index, key in zip(indexes, (fold(name), skeleton(name))):
            candidates = [self.entries[k] for k in index.get(key, ())]
            candidates = [e for e in candidates if allowed is None or e.type in allowed]
            if candidates:
                return min(candidates, key=self._rank)
        return None

    def role_holder(self, role: str, holder_of: str, day: date | None) -> KBEntry | None:
        """Who held `role` for the country/organisation on `day` (ongoing roles if no date)."""
        candidates = [
            entry for entry in (self.entries[key] for key in self.role_holders)
            for r in entry.roles if r.role == role and r.holder_of == holder_of and (r.held_on(day) if day else r.end is None)
        ]
        return candidates[0] if len(candidates) == 1 else None

    def name_patterns(self) -> list[tuple[str, EntityType, bool]]:
        """(name, type, strong) for the known-names component. Strong: curated people and
        organisations, whose names override what NER made of them. Weak: countries and
        cities of 250,000+ people, which fill gaps and retype non-person entities only
        (a city name is also many a person's name)."""
        countries = set(self.countries.values())
        strong: set[tuple[str, EntityType]] = {(name, entry.type) for entry in self.entries.values() if entry.curated and entry.type != "PLACE"
                  for name in entry.names if len(name) > 1}
        # Dutch genitives of known people: Trumps, Poetins, Pompeo's
        strong |= {(f"{name}{ending}", "PERSON") for name, kind in list(strong) if kind == "PERSON" and " " not in name
                   and not name.endswith("s") for ending in ("s", "'s")}
        weak: set[tuple[str, EntityType]] = {(name, "PLACE") for entry in self.entries.values()
                if entry.type == "PLACE" and (entry.key in countries or entry.curated or entry.population >= BIG_PLACE)
                for name in entry.names if len(name) > 2}
        return sorted({(n, k, True) for n, k in strong} | {(n, k, False) for n, k in weak - strong})

    def country_of(self, name: str) -> str | None:
        """ISO code of a country named `name` (`Rusland`, `VS`), or None."""
        entry = self.lookup(name, types=["PLACE"], fuzzy=False)
        if entry and entry.country and self.countries.get(entry.country) == entry.key:
            return entry.country
        return None


def _date(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _curated_entries(data: dict, source: str) -> Iterable[KBEntry]:
    sections: tuple[tuple[str, EntityType], ...] = (("people", "PERSON"), ("organisations", "ORG"))
    for section, kind in sections:
        for item in data.get(section) or []:
            try:
                nationality = item.get("nationality")
                if nationality is not None and not (isinstance(nationality, str) and _COUNTRY_CODE.match(nationality)):
                    raise ValueError(f"nationality {nationality!r} is no two-letter ISO country code (quote it: 'NO')")
                kb_id = item.get("kb_id")
                yield KBEntry(
                    key=kb_id or f"{kind}:{item['name']}", name=item["name"], type=kind, kb_id=kb_id,
                    aliases=tuple(item.get("aliases") or ()), nationality=nationality,
                    roles=tuple(Role(r[0], r[1], _date(r[2]), _date(r[3])) for r in item.get("roles") or ()), curated=True,
                )
            except (KeyError, IndexError, TypeError, ValueError) as err:
                raise KnowledgeBaseError(f"{source}: bad {section} entry {item!r}: {err}") from None


def load_aliases_file(kb: KnowledgeBase, path: Path) -> None:
    """Add a user's aliases file (YAML shaped like curated.yaml) to `kb`."""
    try:
        data = read_yaml(Path(path).read_text(encoding="utf8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as err:
        raise KnowledgeBaseError(f"{path}: cannot read aliases file: {err}") from None
    if not isinstance(data, dict):
        raise KnowledgeBaseError(f"{path}: aliases file must be a mapping with people/organisations/places")
    for entry in _curated_entries(data, str(path)):
        kb.add(entry)
    _add_place_aliases(kb, data.get("places") or {}, str(path))


def _add_place_aliases(kb: KnowledgeBase, places: dict, source: str) -> None:
    """`United States: [VS, Amerika]`: aliases for places the KB has by their canonical name."""
    for name, aliases in places.items():
        target = kb.lookup(name, types=["PLACE"], fuzzy=False)
        if target is None:
            raise KnowledgeBaseError(f"{source}: place {name!r} is not in the knowledge base")
        kb.add(replace(target, aliases=tuple(aliases), curated=True))


def _load_places(kb: KnowledgeBase, path: Path) -> None:
    """The places of `path`, each city's GeoNames alternates sifted by `foreign_alternate_kept`
    against every place's own name and the names of the curated people and organisations
    (which `kb` must hold already)."""
    with gzip.open(path, "rt", encoding="utf8") as lines:
        rows = [json.loads(line) for line in lines]
    taken = {fold(row["name"]) for row in rows}
    taken |= {fold(name) for entry in kb.entries.values() if entry.curated and entry.type != "PLACE" for name in entry.names}
    for row in rows:
        aliases = row["aliases"] if row["kind"] != "city" else [a for a in row["aliases"] if foreign_alternate_kept(a, row["name"], taken)]
        kb.add(KBEntry(key=row["kb_id"], name=row["name"], type="PLACE", kb_id=row["kb_id"], aliases=tuple(aliases),
                       country=row["country"], population=row["population"]))
        if row["kind"] == "country":
            kb.countries[row["country"]] = row["kb_id"]


def foreign_alternate_kept(alternate: str, name: str, taken: set[str]) -> bool:
    """Whether a GeoNames alternate name of the city `name` names it in a Dutch text. GeoNames
    lists names in many languages and former names; one not spelled like the city's own name
    (`close_spelling`) is dropped when Dutch news means something else by it:

    - the own name of another place, or a name of a curated person or organisation (`taken`,
      folded): `Victoria` of Hong Kong is a dozen towns, `Stalin` of Donetsk the dictator;
    - a given name (gender-guesser's lists): `Landen` of London, `Franklin` of Columbus,
      `Ariel` of Jerusalem are people.

    Close spellings stay, given names or not: `Tokio` (Tokyo), `Odessa` (Odesa, though a town
    in Texas has the name), `Riyad` (Riyadh), `Sofija` (Sofia); and so do far ones that
    collide with nothing: `Luik` (Liège), `Aken` (Aachen)."""
    if close_spelling(alternate, name):
        return True
    return fold(alternate) not in taken and not is_given_name(alternate)


def close_spelling(a: str, b: str) -> bool:
    """Skeletons of which one begins the other or that are close (Jaro-Winkler ≥ CLOSE_SPELLING):
    `Riyad` / `Riyadh`, `Torino` / `Turin`; not `Landen` / `London`."""
    sa, sb = skeleton(a), skeleton(b)
    return sa.startswith(sb) or sb.startswith(sa) or JaroWinkler.similarity(sa, sb) >= CLOSE_SPELLING


def _load_demonyms(table: dict[str, str], path: Path) -> None:
    for line in path.read_text(encoding="utf8").splitlines():
        if line and not line.startswith("#") and not line.startswith("form\t"):
            form, country = line.split("\t")
            table[fold(form)] = country


def _load_titles(kb: KnowledgeBase, path: Path) -> None:
    for role, phrases in read_yaml(path.read_text(encoding="utf8")).items():
        for phrase in phrases:
            kb.titles[fold(phrase)] = role
            kb.title_first_words.add(fold(phrase).split(" ")[0])


def load_kb(kb_dir: Path = KB_DIR, extra: Sequence[Path] = ()) -> KnowledgeBase:
    """The KB of `kb_dir` (from its compact file in the cache folder when that is there and
    fresh, see pipeline/kb_store.py), extended by the user's alias files `extra`."""
    kb = kb_store.cached(kb_dir, lambda: build_kb(kb_dir))
    for path in extra:
        load_aliases_file(kb, path)
    return kb


def build_kb(kb_dir: Path = KB_DIR) -> KnowledgeBase:
    """The KB built from the source files of `kb_dir`, nothing cached."""
    kb = KnowledgeBase()
    curated = read_yaml((kb_dir / "curated.yaml").read_text(encoding="utf8"))
    for entry in _curated_entries(curated, "curated.yaml"):
        kb.add(entry)
    _load_places(kb, kb_dir / "places.jsonl.gz")
    _load_demonyms(kb.demonyms, kb_dir / "demonyms.tsv")
    _load_demonyms(kb.peoples, kb_dir / "peoples.tsv")
    _load_titles(kb, kb_dir / "titles.yaml")
    _add_place_aliases(kb, curated.get("places") or {}, "curated.yaml")
    return kb


def default_kb(extra: tuple[Path, ...] = ()) -> KnowledgeBase:
    """The shipped knowledge base (plus user alias files), loaded once per process."""
    return _default_kb(tuple(extra))


@lru_cache(maxsize=4)
def _default_kb(extra: tuple[Path, ...]) -> KnowledgeBase:
    # one cache key for `default_kb()` and `default_kb(())`, which lru_cache tells apart
    return load_kb(KB_DIR, extra)
