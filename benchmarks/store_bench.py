"""Store benchmark: load and named-query times on rdflib, raw pyoxigraph and our store.

Generates a synthetic defence-ties graph of about ``--triples`` triples with the
project's own build (:mod:`graph.model` records -> :func:`graph.build.generate_graph`),
so it has the real ontology's shape: ~200 countries with their identities,
alliances, private military companies, weapon systems, n-ary ties of every
type (multinational exercises with many participants), evidence quoting
synthetic articles at exact offsets, dataset records, provenance, and the
shortcut edges. It writes the graph as one N-Triples (or Turtle) file, then
times, in one run and on the same file:

(a) rdflib: ``Graph().parse`` into rdflib's memory store and ``Graph.query``
    with ``initBindings``: plain rdflib, the baseline;
(b) pyoxigraph: ``Store.load`` into the named graph and ``Store.query`` with
    substitutions, reading every solution's terms: the floor;
(c) ours: ``graph.load(FILE)`` and ``KnowledgeGraph.run(name, **params)``,
    as ``defence-graph query --graph FILE`` runs them (name resolution and
    conversion to Python values included).

The queries are the library of issue 4 (``LIBRARY``) and the two that
commands run on whole graphs, ``network-ties`` (every network view) and
``corroboration`` (``DEFAULT_QUERIES``); ``--queries`` chooses others.

Each figure is the median of ``--repeat`` runs (``--rdflib-repeat`` for rdflib,
which is slow; a query over ``--rdflib-timeout`` seconds is stopped and shown
as ``>T``, a lower bound). The last line is::

    load_x_oxigraph=<ours/pyoxigraph load> query_x_oxigraph=<worst ours/pyoxigraph>
    speedup_vs_rdflib=<worst rdflib/ours>

(one line). Peak resident memory is reported after the Oxigraph phases and at
the end. Examples::

    .venv/bin/python benchmarks/store_bench.py --triples 100000
    .venv/bin/python benchmarks/store_bench.py --triples 1000000 --keep /tmp/bench-1m.nt
    .venv/bin/python benchmarks/store_bench.py --data /tmp/bench-5m.nt --skip-rdflib
    .venv/bin/python benchmarks/store_bench.py --triples 200000 --queries corroboration network-ties
"""

from __future__ import annotations

import argparse
import gc
import multiprocessing
import random
import resource
import signal
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import pycountry
import pyoxigraph as ox
from rdflib import Graph

from graph.api import load
from graph.build import generate_graph
from graph.gazetteer import CountryRecord, Gazetteer, default_gazetteer
from graph.model import Article, Dataset, DatasetRecord, Entity, Evidence, Findings, Tie
from graph.namespaces import slug
from graph.query import bindings_for, named_queries
from graph.store import DEFAULT_GRAPH, to_oxigraph

# ---------------------------------------------------------------- the synthetic world

#: Countries that supply most arms (heavy-tailed, as in SIPRI's register).
MAJOR_SUPPLIERS = ("USA", "RUS", "FRA", "CHN", "DEU", "GBR", "ITA", "ISR", "KOR", "ESP",
                   "TUR", "UKR", "NLD", "SWE", "IND")
#: Countries that receive most arms.
MAJOR_RECIPIENTS = ("IND", "SAU", "EGY", "DZA", "QAT", "PAK", "CHN", "AUS", "ARE", "KOR",
                    "JPN", "UKR", "IRQ", "VNM", "MOZ")
ALLIANCES = ("NATO", "CSTO", "African Union", "SADC", "ECOWAS", "Shanghai Cooperation Organisation",
             "Gulf Cooperation Council", "Arab League", "ASEAN", "European Union")
COMPANIES = ("Wagner Group", "Africa Corps", "Dyck Advisory Group", "Sadat", "Bancroft Global")
WEAPON_KINDS = ("fighter aircraft", "attack helicopter", "main battle tank", "air defence system",
                "frigate", "armoured vehicle", "combat drone", "transport aircraft",
                "artillery system", "patrol vessel")

#: Share of ties of each type (JointExercise ties are often multinational).
TYPE_SHARES = {
    "ArmsTransfer": 0.34, "JointExercise": 0.14, "Training": 0.10, "MilitaryAid": 0.08,
    "DefenceAgreement": 0.08, "IntelligenceSharing": 0.05, "CounterTerrorism": 0.05,
    "MilitaryPresence": 0.05, "AllianceMembership": 0.05, "PrimaryPartner": 0.03,
    "PeacekeepingDeployment": 0.03,
}
#: Sentence that states a tie in a synthetic article: {a} is the source side.
SENTENCES = {
    "ArmsTransfer": "{a} delivered {weapon} units to {b} in {year}.",
    "JointExercise": "Forces of {a} and {b} held joint exercises in {year}.",
    "Training": "Instructors from {a} trained soldiers of {b} in {year}.",
    "MilitaryAid": "{a} gave military aid to {b} in {year}.",
    "DefenceAgreement": "{a} and {b} signed a defence cooperation agreement in {year}.",
    "IntelligenceSharing": "{a} and {b} agreed in {year} to share intelligence.",
    "CounterTerrorism": "{a} and {b} ran counter-terrorism operations together in {year}.",
    "MilitaryPresence": "{a} has kept troops stationed in {b} since {year}.",
    "AllianceMembership": "{a} is a member of {b}.",
    "PrimaryPartner": "{b} is the main defence partner of {a}.",
    "PeacekeepingDeployment": "{a} sent peacekeepers to {b} in {year}.",
}


def _country_record(country: Any) -> CountryRecord:
    """A gazetteer record of a pycountry country (the bundled record when there is one)."""
    bundled = default_gazetteer().countries.get(country.alpha_3)
    if bundled is not None:
        return bundled
    return CountryRecord(
        iso3=country.alpha_3, iso2=country.alpha_2,
        name=getattr(country, "common_name", None) or country.name,
        official_name=getattr(country, "official_name", None), wikidata=None, cow_code=None,
        cow_abbrev=None, capital=None, capital_wikidata=None, capital_lat=None,
        capital_lon=None, demonyms=(), aliases=(), historic=False, successors=())


@dataclass
class World:
    """Actors and weapon systems the synthetic ties are drawn from."""

    gazetteer: Gazetteer
    countries: list[Entity]
    supplier_weights: list[float]
    recipient_weights: list[float]
    alliances: list[Entity]
    companies: list[Entity]
    weapons: dict[str, list[Entity]] = field(default_factory=dict)


def synthetic_world(rng: random.Random, n_countries: int = 200) -> World:
    """About ``n_countries`` real countries, alliances, companies and weapon systems."""
    everything = sorted(pycountry.countries, key=lambda country: country.alpha_3)
    keep = set(MAJOR_SUPPLIERS) | set(MAJOR_RECIPIENTS) | set(default_gazetteer().countries)
    others = [country for country in everything if country.alpha_3 not in keep]
    chosen = [country for country in everything if country.alpha_3 in keep]
    chosen += rng.sample(others, max(0, n_countries - len(chosen)))
    gazetteer = Gazetteer(_country_record(country) for country in chosen)
    countries = [gazetteer.country_entity(iso3) for iso3 in sorted(gazetteer.countries)]
    # Heavy tails: a few suppliers and recipients hold most ties.
    supplier_weights = [30.0 if entity.key in MAJOR_SUPPLIERS else 0.3 for entity in countries]
    recipient_weights = [6.0 if entity.key in MAJOR_RECIPIENTS else 1.0 for entity in countries]
    alliances = [Entity(name, "Organisation", slug(name), category="Alliance")
                 for name in ALLIANCES]
    companies = [Entity(name, "Organisation", slug(name), category="PrivateMilitaryCompany")
                 for name in COMPANIES]
    world = World(gazetteer, countries, supplier_weights, recipient_weights, alliances,
                  companies)
    for supplier in countries:
        if supplier.key in MAJOR_SUPPLIERS or rng.random() < 0.2:
            world.weapons[supplier.key] = [
                Entity(f"{supplier.key} {kind} {number}", "WeaponSystem",
                       slug(f"{supplier.key}-{kind}-{number}"),
                       links=(("originCountry", supplier),))
                for kind in WEAPON_KINDS for number in range(1, rng.randint(2, 5))]
    return world


def _pick(rng: random.Random, world: World, weights: list[float]) -> Entity:
    return rng.choices(world.countries, weights)[0]


def _parties(rng: random.Random, world: World, tie_type: str) -> tuple[Entity, ...]:
    """Source, target and further participants of a tie of ``tie_type``."""
    if tie_type == "AllianceMembership":
        return (_pick(rng, world, world.recipient_weights), rng.choice(world.alliances))
    if tie_type == "MilitaryPresence" and rng.random() < 0.2:
        return (rng.choice(world.companies), _pick(rng, world, world.recipient_weights))
    if tie_type == "PrimaryPartner":  # a country names a major power as its main partner
        partner = _pick(rng, world, world.supplier_weights)
        country = _pick(rng, world, world.recipient_weights)
        return (country, partner) if country != partner else _parties(rng, world, tie_type)
    size = 2
    if tie_type == "JointExercise" and rng.random() < 0.4:
        size = rng.randint(3, 15)  # a multinational exercise: one tie, many participants
    parties = [_pick(rng, world, world.supplier_weights)]
    while len(parties) < size:
        other = _pick(rng, world, world.recipient_weights)
        if other not in parties:
            parties.append(other)
    return tuple(parties)


def _tie_details(rng: random.Random, world: World, tie_type: str,
                 parties: tuple[Entity, ...]) -> dict[str, Any]:
    year = rng.randint(1990, 2024)
    details: dict[str, Any] = {"year": year}
    if tie_type == "ArmsTransfer":
        catalogue = world.weapons.get(parties[0].key)
        if catalogue:
            details["weapons"] = (rng.choice(catalogue),)
        details["start"] = str(year + rng.randint(0, 3))
        details["end"] = str(int(details["start"]) + rng.randint(0, 4))
    if tie_type in ("AllianceMembership", "MilitaryPresence"):
        details = {"start": str(year)}
    return details


def _article(rng: random.Random, world: World, number: int) -> Findings:
    """A synthetic news article stating a few ties, each quoted at exact offsets."""
    plans = []
    for _ in range(rng.randint(3, 8)):
        tie_type = rng.choices(list(TYPE_SHARES), list(TYPE_SHARES.values()))[0]
        parties = _parties(rng, world, tie_type)
        plans.append((tie_type, parties, _tie_details(rng, world, tie_type, parties)))
    sentences, spans = [f"Defence brief {number}."], []
    offset = len(sentences[0]) + 1
    for tie_type, parties, details in plans:
        weapon = details["weapons"][0].name if "weapons" in details else "military equipment"
        sentence = SENTENCES[tie_type].format(
            a=parties[0].name, b=parties[1].name, weapon=weapon,
            year=details.get("year") or details.get("start"))
        spans.append((offset, offset + len(sentence)))
        sentences.append(sentence)
        offset += len(sentence) + 1
    text = " ".join(sentences)
    article = Article.from_text(text, title=f"Defence brief {number}",
                                published=f"{rng.randint(2000, 2024)}-01-15")
    ties = []
    for (tie_type, parties, details), (start, end) in zip(plans, spans, strict=True):
        evidence = Evidence.of(text, start, end, confidence=round(rng.uniform(0.5, 1.0), 2),
                               producer="extractor/synthetic")
        ties.append(Tie(tie_type, parties[0], parties[1], article, (evidence,),
                        others=parties[2:], **details))
    return Findings(article, [], ties)


SIPRI = Dataset("sipri", "SIPRI Arms Transfers Database (synthetic)", version="bench")
MME = Dataset("mme", "Multinational Military Exercises (synthetic)", version="bench")


def _record(rng: random.Random, world: World, number: int) -> Findings:
    """A synthetic dataset record: an arms deal (SIPRI-like) or an exercise (MME-like)."""
    tie_type = "ArmsTransfer" if rng.random() < 0.7 else "JointExercise"
    dataset = SIPRI if tie_type == "ArmsTransfer" else MME
    parties = _parties(rng, world, tie_type)
    details = _tie_details(rng, world, tie_type, parties)
    record = DatasetRecord(dataset, str(number), row=number,
                           text=",".join(entity.name for entity in parties))
    evidence = (Evidence(record.text, None, None, 1.0, f"importer/{dataset.key}"),)
    tie = Tie(tie_type, parties[0], parties[1], record, evidence, others=parties[2:], **details)
    return Findings(record, [], [tie])


def synthetic_findings(rng: random.Random, world: World, start: int,
                       count: int) -> Iterator[Findings]:
    """``count`` documents (half articles, half dataset records), numbered from ``start``."""
    for number in range(start, start + count):
        yield _article(rng, world, number) if number % 2 else _record(rng, world, number)


def _oxigraph_quads(rdf: Graph) -> Iterator[ox.Quad]:
    for subject, predicate, obj in rdf:
        yield ox.Quad(to_oxigraph(subject), to_oxigraph(predicate), to_oxigraph(obj))


def write_synthetic(path: Path, triples: int, seed: int = 0) -> int:
    """Write a synthetic graph of at least ``triples`` triples to ``path``; return its size.

    Batches of documents go through :func:`graph.build.generate_graph` (ontology
    and shortcut edges included) and are merged in a pyoxigraph store, which
    drops the triples batches share (countries, ontology, shortcut edges).
    """
    batch = max(5, min(400, triples // 200))  # a document gives about 100 triples
    rng = random.Random(seed)
    world = synthetic_world(rng)
    # Every country, alliance and company is described, whether or not a tie names it.
    actors = Findings(None, [*world.countries, *world.alliances, *world.companies])
    merged = ox.Store()
    merged.extend(_oxigraph_quads(generate_graph([actors], gazetteer=world.gazetteer)))
    number = 0
    while number == 0 or len(merged) < triples:
        rdf = generate_graph(synthetic_findings(rng, world, number, batch),
                             gazetteer=world.gazetteer)
        merged.extend(_oxigraph_quads(rdf))
        number += batch
        print(f"  generated {len(merged):,} triples", file=sys.stderr, end="\r")
    merged.dump(path, oxigraph_format(path), from_graph=ox.DefaultGraph())
    print(file=sys.stderr)
    return len(merged)


# ---------------------------------------------------------------- timing


class QueryTimeout(BaseException):
    """A query ran past the timeout (a BaseException, so rdflib cannot swallow it)."""


def _alarm(signum: int, frame: Any) -> None:
    raise QueryTimeout


def timed(action: Callable[[], Any], timeout: float | None = None) -> tuple[float, Any]:
    """Seconds ``action`` took and its result; (inf, None) past ``timeout`` seconds."""
    if timeout:
        signal.signal(signal.SIGALRM, _alarm)
        signal.setitimer(signal.ITIMER_REAL, timeout)
    start = time.perf_counter()
    try:
        result = action()
    except QueryTimeout:
        return float("inf"), None
    finally:
        if timeout:
            signal.setitimer(signal.ITIMER_REAL, 0)
    return time.perf_counter() - start, result


def median_time(action: Callable[[], Any], repeat: int,
                timeout: float | None = None) -> tuple[float, Any]:
    """Median seconds over ``repeat`` runs (stops at the first timeout) and the last result."""
    times, result = [], None
    for _ in range(repeat):
        seconds, result = timed(action, timeout)
        times.append(seconds)
        if seconds == float("inf"):
            break
    return statistics.median(times), result


def peak_rss_gib() -> float:
    """Peak resident memory of this process so far, in GiB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20


def _load_and_report(loader: Callable[[], Any], results: Any) -> None:
    loader()
    results.put(peak_rss_gib())


def load_peak_rss_gib(loader: Callable[[], Any]) -> float:
    """Peak resident memory of a fresh process that runs ``loader``, in GiB."""
    context = multiprocessing.get_context("fork")
    results = context.SimpleQueue()
    child = context.Process(target=_load_and_report, args=(loader, results))
    child.start()
    child.join()
    return results.get() if child.exitcode == 0 else float("nan")


# ---------------------------------------------------------------- the three contenders

#: The query library this benchmark was written for (issue 4).
LIBRARY = ("ties", "tie-types", "partners", "suppliers", "shared-partners", "two-hop",
           "evidence", "country-profile", "exercise-partners")
#: Timed unless --queries says otherwise: the library, the network view's rows
#: and the SPARQL twin of ``defence-graph corroborate`` (issue 7).
DEFAULT_QUERIES = (*LIBRARY, "network-ties", "corroboration")

#: Parameters of the named queries: a large recipient, two large suppliers.
QUERY_PARAMS = {"country": "Algeria", "a": "Russia", "b": "China", "source": "Russia",
                "target": "Algeria"}


def _params(name: str, country: str) -> dict[str, str]:
    params = {**QUERY_PARAMS, "country": country}
    return {p.name: params[p.name] for p in named_queries()[name].parameters if p.name in params}


def load_rdflib(path: Path) -> Graph:
    rdf = Graph(identifier=DEFAULT_GRAPH)
    rdf.parse(path, format="turtle" if path.suffix == ".ttl" else "nt")
    return rdf


def oxigraph_format(path: Path) -> ox.RdfFormat:
    return ox.RdfFormat.TURTLE if path.suffix == ".ttl" else ox.RdfFormat.N_TRIPLES


def load_pyoxigraph(path: Path) -> ox.Store:
    store = ox.Store()
    store.load(path=path, format=oxigraph_format(path), to_graph=ox.NamedNode(str(DEFAULT_GRAPH)))
    return store


def query_rdflib(rdf: Graph, text: str, bindings: dict) -> list:
    return list(rdf.query(text, initBindings=bindings))


def query_pyoxigraph(store: ox.Store, text: str, bindings: dict) -> list:
    substitutions = {ox.Variable(name): to_oxigraph(value) for name, value in bindings.items()}
    solutions = store.query(text, default_graph=ox.NamedNode(str(DEFAULT_GRAPH)),
                            substitutions=substitutions)
    return [tuple(solution) for solution in solutions]


@dataclass
class Row:
    """Times of one benchmark line, in seconds, per contender."""

    name: str
    times: dict[str, float] = field(default_factory=dict)
    rows: int | None = None


def _format_seconds(seconds: float | None, timeout: float) -> str:
    if seconds is None:
        return "-"
    if seconds == float("inf"):
        return f">{timeout:.0f} s"
    return f"{seconds:.3f} s" if seconds < 10 else f"{seconds:.1f} s"


def _ratio(numerator: float | None, denominator: float | None) -> float | None:
    if numerator is None or denominator in (None, 0):
        return None
    return numerator / denominator


def print_table(lines: list[Row], timeout: float) -> None:
    header = (f"{'':18} {'rdflib':>10} {'pyoxigraph':>11} {'ours':>10} {'rows':>8} "
              f"{'ours/pyox':>10} {'rdflib/ours':>12}")
    print(header)
    print("-" * len(header))
    for line in lines:
        rdflib_time = line.times.get("rdflib")
        versus_ox = _ratio(line.times.get("ours"), line.times.get("pyoxigraph"))
        # A timed-out rdflib query gives a lower bound on the speed-up.
        bound = rdflib_time == float("inf")
        speedup = _ratio(timeout if bound else rdflib_time, line.times.get("ours"))
        speedup_text = "-" if speedup is None else ((">" if bound else "") + f"{speedup:,.0f}")
        print(f"{line.name:18} {_format_seconds(rdflib_time, timeout):>10} "
              f"{_format_seconds(line.times.get('pyoxigraph'), timeout):>11} "
              f"{_format_seconds(line.times.get('ours'), timeout):>10} "
              f"{'' if line.rows is None else line.rows:>8} "
              f"{'-' if versus_ox is None else f'{versus_ox:.2f}':>10} {speedup_text:>12}")


def summary_line(lines: list[Row], timeout: float) -> str:
    """The last line: load and worst-query ratios."""
    load_line, query_lines = lines[0], lines[1:]
    load_x = _ratio(load_line.times["ours"], load_line.times["pyoxigraph"])
    query_x = max(line.times["ours"] / line.times["pyoxigraph"] for line in query_lines)
    speedups = [min(line.times["rdflib"], timeout) / line.times["ours"]
                for line in query_lines if "rdflib" in line.times]
    speedup = f"{min(speedups):.1f}" if speedups else "nan"
    return (f"load_x_oxigraph={load_x:.2f} query_x_oxigraph={query_x:.2f} "
            f"speedup_vs_rdflib={speedup}")


# ---------------------------------------------------------------- main


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--triples", type=int, default=100_000,
                        help="size of the synthetic graph (default 100000)")
    parser.add_argument("--data", type=Path, help="use this N-Triples/Turtle file instead")
    parser.add_argument("--keep", type=Path, help="write the synthetic graph here and keep it")
    parser.add_argument("--format", choices=("nt", "ttl"), default="nt",
                        help="file format of the synthetic graph (default nt)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeat", type=int, default=5,
                        help="runs per figure for pyoxigraph and ours (median; default 5)")
    parser.add_argument("--rdflib-repeat", type=int, default=1,
                        help="runs per figure for rdflib (default 1: it is slow)")
    parser.add_argument("--rdflib-timeout", type=float, default=300,
                        help="stop an rdflib query after this many seconds (default 300)")
    parser.add_argument("--skip-rdflib", action="store_true", help="time Oxigraph only")
    parser.add_argument("--queries", nargs="+", metavar="NAME", choices=sorted(named_queries()),
                        default=DEFAULT_QUERIES, help="named queries to time (default: "
                        + ", ".join(DEFAULT_QUERIES) + ")")
    parser.add_argument("--country", default=QUERY_PARAMS["country"],
                        help="the country parameter of the named queries (default Algeria)")
    return parser.parse_args(argv)


def _synthetic_file(args: argparse.Namespace, workdir: Path) -> Path:
    if args.data:
        return args.data
    path = args.keep or workdir / f"synthetic.{args.format}"
    # Generate in a child process, so its memory does not count in this one's peak.
    context = multiprocessing.get_context("fork")
    child = context.Process(target=write_synthetic, args=(path, args.triples, args.seed))
    child.start()
    child.join()
    if child.exitcode != 0:
        sys.exit(f"generating the synthetic graph failed (exit {child.exitcode})")
    return path


def _time_oxigraph(path: Path, args: argparse.Namespace, lines: list[Row]) -> None:
    load_line = lines[0]
    load_line.times["pyoxigraph"], store = median_time(partial(load_pyoxigraph, path),
                                                       args.repeat)
    load_line.times["ours"], kg = median_time(partial(load, path), args.repeat)
    load_line.rows = len(store)
    for line in lines[1:]:
        params = _params(line.name, args.country)
        bindings = bindings_for(kg.rdf, named_queries()[line.name], params)
        raw_query = partial(query_pyoxigraph, store, named_queries()[line.name].text, bindings)
        our_query = partial(kg.run, line.name, **params)
        timed(raw_query)  # warm both up once
        timed(our_query)
        ox_times, our_times = [], []
        for _ in range(args.repeat):  # interleaved, so load from other jobs hits both alike
            seconds, raw = timed(raw_query)
            ox_times.append(seconds)
            seconds, ours = timed(our_query)
            our_times.append(seconds)
        assert len(raw) == len(ours), f"{line.name}: {len(raw)} rows raw, {len(ours)} ours"
        line.times["pyoxigraph"] = statistics.median(ox_times)
        line.times["ours"] = statistics.median(our_times)
        line.rows = len(ours)


def _time_rdflib(path: Path, args: argparse.Namespace, lines: list[Row], kg_rows: dict) -> None:
    lines[0].times["rdflib"], rdf = median_time(partial(load_rdflib, path), args.rdflib_repeat)
    for line in lines[1:]:
        params = _params(line.name, args.country)
        bindings = bindings_for(rdf, named_queries()[line.name], params)
        rdflib_query = partial(query_rdflib, rdf, named_queries()[line.name].text, bindings)
        seconds, result = median_time(rdflib_query, args.rdflib_repeat, args.rdflib_timeout)
        line.times["rdflib"] = seconds
        if result is not None and len(result) != kg_rows[line.name]:
            print(f"warning: {line.name}: rdflib gave {len(result)} rows, ours "
                  f"{kg_rows[line.name]}", file=sys.stderr)


def main(argv: list[str] | None = None) -> None:
    args = _arguments(argv)
    with tempfile.TemporaryDirectory(prefix="store-bench-") as workdir:
        path = _synthetic_file(args, Path(workdir))
        size_mb = path.stat().st_size / 1e6
        lines = [Row("load")] + [Row(name) for name in args.queries]
        # Memory first, in child processes forked while this one is still small.
        memory = {"pyoxigraph": load_peak_rss_gib(partial(load_pyoxigraph, path)),
                  "ours": load_peak_rss_gib(partial(load, path))}
        _time_oxigraph(path, args, lines)
        print(f"graph: {path.name}, {lines[0].rows:,} triples, {size_mb:,.0f} MB; "
              f"country={args.country}; median of {args.repeat} (rdflib: "
              f"{args.rdflib_repeat}, timeout {args.rdflib_timeout:.0f} s)")
        untimed = sorted(set(named_queries()) - set(args.queries))
        if untimed:
            print(f"named queries not timed (see --queries): {', '.join(untimed)}")
        print(f"peak RSS of a process loading the graph: pyoxigraph "
              f"{memory['pyoxigraph']:.2f} GiB, ours {memory['ours']:.2f} GiB")
        print(f"peak RSS after the Oxigraph loads and queries (both stores held): "
              f"{peak_rss_gib():.2f} GiB")
        gc.collect()
        if not args.skip_rdflib:
            _time_rdflib(path, args, lines, {line.name: line.rows for line in lines[1:]})
            print(f"peak RSS at the end (rdflib included): {peak_rss_gib():.2f} GiB")
        print()
        print_table(lines, args.rdflib_timeout)
        print(summary_line(lines, args.rdflib_timeout))


if __name__ == "__main__":
    main()
