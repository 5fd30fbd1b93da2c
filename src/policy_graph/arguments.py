"""The ``policy-graph`` command line's arguments: every command, its options and their help (argparse)."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable, Mapping
from pathlib import Path

from . import __version__
from .choices import ENGINES, EXPORT_FORMATS, LAYOUTS, RESULT_FORMATS

__all__ = ["DEFAULT_GRAPH", "DEFAULT_SOURCES", "DEFAULT_VIEW", "Command", "parser"]

Command = Callable[[argparse.Namespace], int]
DEFAULT_SOURCES = Path("data/sources")
DEFAULT_GRAPH = Path("data/triples.ttl")
DEFAULT_VIEW = Path("data/view.html")
MAX_SIZE_HELP = ("refuse source files larger than MB megabytes (default 4, or $POLICY_GRAPH_MAX_SOURCE_MB): a build "
                 "takes about 6 s and 0.45 GB of memory per MB of text; split larger files")


def parser(commands: Mapping[str, Command]) -> argparse.ArgumentParser:
    """The command line's arguments; ``commands`` maps each command's name to the function that runs it."""
    parser = argparse.ArgumentParser(
        prog="policy-graph",
        description="Turn Chinese policy reports into a queryable RDF knowledge graph with provenance.")
    parser.add_argument("--version", action="version", version=f"policy-graph {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    raw = argparse.RawDescriptionHelpFormatter

    def graph_option(p: argparse.ArgumentParser) -> None:
        p.add_argument("-g", "--graph", default=None,
                       help="an RDF file (.ttl, .nt, .jsonld, .trig, .nq, .rdf), a store directory (build --store) or "
                            "a SPARQL endpoint URL; default data/triples.ttl")
        p.add_argument("--engine", choices=ENGINES, default="oxigraph",
                       help="for an RDF file: load it into an in-memory Oxigraph store (default, fast) or into rdflib")
        p.add_argument("--update-url", default=None, help="for an endpoint: its SPARQL Update URL, if different")

    p = sub.add_parser("build", help="ingest source texts into data/triples.ttl", formatter_class=raw,
                       epilog="examples:\n  policy-graph build data/sources/ -o data/triples.ttl\n"
                              "  policy-graph build data/sources/ --store data/store")
    p.add_argument("sources", nargs="*", type=Path, help="text files or directories (default data/sources/)")
    p.add_argument("-o", "--output", type=Path, default=None,
                   help="file to write; its suffix picks the format (.ttl, .trig keeps one graph per source, .nq, "
                        ".nt, .jsonld); default data/triples.ttl unless --store is given")
    p.add_argument("--store", type=Path, default=None, metavar="DIR",
                   help="also (or only) put the graph into the embedded store at DIR; each source in its own graph")
    p.add_argument("--no-validate", action="store_true", help="skip the SHACL validation")
    p.add_argument("-j", "--jobs", type=int, default=1, help="process the sources in N processes (default 1)")
    p.add_argument("--shards", type=Path, default=None, metavar="DIR",
                   help="also write one N-Quads file per source into DIR (for a triplestore's bulk loader)")
    p.add_argument("--keep-going", action="store_true", help="skip sources that cannot be read, and say which")
    p.add_argument("--report", type=Path, default=None, metavar="FILE",
                   help="write every warning (per file) to FILE instead of the terminal")
    p.add_argument("--max-size", type=float, default=None, metavar="MB", help=MAX_SIZE_HELP)
    p.add_argument("-q", "--quiet", action="store_true", help="print nothing on success")
    p.set_defaults(func=commands["build"])

    p = sub.add_parser("validate", help="check a graph against the SHACL shapes", formatter_class=raw,
                       epilog="example:\n  policy-graph validate -g data/triples.ttl")
    graph_option(p)
    p.set_defaults(func=commands["validate"])

    p = sub.add_parser("query", help="run a SPARQL query (text, .rq file, '-' or a saved query name)",
                       formatter_class=raw,
                       epilog="examples:\n  policy-graph query cq04-dibao-standards\n"
                              "  policy-graph query --format csv 'SELECT * WHERE { ?s a ?t } LIMIT 5'")
    graph_option(p)
    p.add_argument("query", help="SPARQL text, a .rq file, '-' for stdin, or a saved query's name")
    p.add_argument("--format", default="table", choices=RESULT_FORMATS, help="result format (default table)")
    p.add_argument("--param", action="append", metavar="NAME=VALUE", help="bind a query variable")
    p.set_defaults(func=commands["query"])

    p = sub.add_parser("queries", help="list the saved queries", formatter_class=raw,
                       epilog="example:\n  policy-graph queries")
    p.set_defaults(func=commands["queries"])

    p = sub.add_parser("export", help="export the graph (RDF syntaxes or the observations as CSV)",
                       formatter_class=raw,
                       epilog="examples:\n  policy-graph export --format csv -o observations.csv\n"
                              "  policy-graph export --format jsonld > graph.jsonld")
    graph_option(p)
    p.add_argument("--format", required=True, choices=sorted(EXPORT_FORMATS), help="output format")
    p.add_argument("-o", "--output", type=Path, default=None, help="file to write (default: standard output)")
    p.add_argument("--with-ontology", action="store_true", help="include the ontology's triples")
    p.set_defaults(func=commands["export"])

    p = sub.add_parser("evaluate", help="score extraction against hand-made gold files", formatter_class=raw,
                       epilog="example:\n  policy-graph evaluate tests/dev --misses")
    p.add_argument("gold_dir", type=Path, help="directory of cases: */gold.json and their source files")
    p.add_argument("--misses", action="store_true", help="list what was missed and what was extracted wrongly")
    p.add_argument("--json", type=Path, default=None, help="also write the scores as JSON to this file")
    p.add_argument("--max-size", type=float, default=None, metavar="MB", help=MAX_SIZE_HELP)
    p.set_defaults(func=commands["evaluate"])

    p = sub.add_parser("push", help="load a graph into a SPARQL 1.1 store (replacing its named graphs)",
                       formatter_class=raw,
                       epilog="examples:\n  policy-graph push -g data/store --to http://127.0.0.1:7878/query\n"
                              "  policy-graph push -g data/triples.ttl --to http://localhost:3030/ds/sparql "
                              "--update-url http://localhost:3030/ds/update")
    graph_option(p)
    p.add_argument("--to", required=True, metavar="URL", help="the store's SPARQL endpoint")
    p.add_argument("--token", default=None, help="a bearer token for stores that require one")
    p.add_argument("--no-ontology", action="store_true", help="do not push the ontology graph")
    p.set_defaults(func=commands["push"])

    kinds = ("Program", "PolicyDocument", "Region", "Organization", "Indicator", "Theme")
    p = sub.add_parser("analyze", help="central entities, communities, policy chains and consistency checks",
                       formatter_class=raw, epilog="examples:\n  policy-graph analyze --kind Program --top 5\n"
                                                   "  policy-graph analyze -o data/computed.trig")
    graph_option(p)
    p.add_argument("--kind", dest="kinds", action="append", choices=kinds, help="rank this kind (repeatable)")
    p.add_argument("--top", type=int, default=5, help="how many per kind (default 5)")
    p.add_argument("--measure", choices=("pagerank", "degree", "betweenness"), default="pagerank")
    p.add_argument("--seed", type=int, default=42, help="seed of the community detection (default 42)")
    p.add_argument("--resolution", type=float, default=1.0, help="Louvain resolution (default 1.0)")
    p.add_argument("--related-top", type=int, default=5, help="related entities written per entity with -o")
    p.add_argument("--lang", choices=("zh", "en"), default="zh")
    p.add_argument("-o", "--output", type=Path, default=None,
                   help="write the computed relations (.ttl, or .trig to keep them in …/graph/computed)")
    p.add_argument("--store", type=Path, default=None, metavar="DIR",
                   help="write the computed relations into this store, in their own named graph")
    p.add_argument("--strict", action="store_true", help="exit 1 when a check finds an inconsistency")
    p.set_defaults(func=commands["analyze"])

    p = sub.add_parser("path", help="how two entities are connected, as chains of labelled links",
                       formatter_class=raw,
                       epilog="examples:\n  policy-graph path 包头市 养老服务\n"
                              "  policy-graph path Region:内蒙古自治区 社会救助暂行办法 --lang both")
    graph_option(p)
    p.add_argument("a", help="an entity: IRI, label or part of it, or Kind:label")
    p.add_argument("b", help="another entity")
    p.add_argument("--max-paths", type=int, default=3)
    p.add_argument("--lang", choices=("zh", "en", "both"), default="zh")
    p.set_defaults(func=commands["path"])

    p = sub.add_parser("related", help="entities related to one, with a score and the shared neighbours",
                       formatter_class=raw, epilog="examples:\n  policy-graph related 公建民营\n"
                                                   "  policy-graph related 包头市 --kind Program")
    graph_option(p)
    p.add_argument("entity", help="an entity: IRI, label or part of it, or Kind:label")
    p.add_argument("--top", type=int, default=10)
    p.add_argument("--kind", dest="kinds", action="append", choices=kinds, help="only this kind (repeatable)")
    p.add_argument("--lang", choices=("zh", "en"), default="zh")
    p.set_defaults(func=commands["related"])

    p = sub.add_parser("serve", help="serve the graph over HTTP: SPARQL endpoint, query page, resource pages",
                       formatter_class=raw,
                       epilog="examples:\n  policy-graph serve -g data/triples.ttl\n"
                              "  policy-graph serve -g data/store --port 8080 --cors '*'")
    p.add_argument("-g", "--graph", default=None, help="an RDF file, a store directory or a SPARQL endpoint URL")
    p.add_argument("--engine", choices=ENGINES, default="oxigraph", help="for an RDF file: Oxigraph or rdflib")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=7878, help="port (default 7878; 0 picks a free one)")
    p.add_argument("--timeout", type=float, default=30.0, help="seconds a query may run (default 30)")
    p.add_argument("--max-rows", type=int, default=10000, help="rows or triples per answer, then truncated")
    p.add_argument("--workers", type=int, default=None, help="worker processes (default 2-4 by CPUs)")
    p.add_argument("--cors", metavar="ORIGIN", default=None, help="allow this origin (or *) to call from a page")
    p.add_argument("--allow-update", action="store_true", help="accept SPARQL Update on POST /update")
    p.add_argument("--token", default=os.environ.get("POLICY_GRAPH_TOKEN"),
                   help="bearer token for /update (or set POLICY_GRAPH_TOKEN)")
    p.set_defaults(func=commands["serve"])

    p = sub.add_parser("view", help="render the graph as an interactive offline HTML page",
                       formatter_class=raw, epilog="examples:\n  policy-graph view -o data/view.html\n"
                                                   "  policy-graph view --focus 包头市 --depth 2 -o baotou.html\n"
                                                   "  policy-graph view --theme 养老服务 --layout geographic")
    graph_option(p)
    p.add_argument("-o", "--output", type=Path, default=DEFAULT_VIEW, help="HTML file to write")
    p.add_argument("--title", default="policy-graph", help="page title")
    p.add_argument("--focus", metavar="ENTITY",
                   help="show only this node (IRI or part of its label) and its neighbours")
    p.add_argument("--depth", type=int, choices=(1, 2, 3), default=1, help="links away from --focus (default 1)")
    p.add_argument("--type", dest="types", action="append", metavar="TYPE",
                   help="keep this node type (repeatable): Region, 'policy document', 地区 …")
    p.add_argument("--theme", dest="themes", action="append", metavar="THEME",
                   help="keep nodes of this theme (repeatable; its label, part of it, or its IRI)")
    p.add_argument("--query", type=Path, metavar="FILE.rq", help="keep the nodes a SELECT or CONSTRUCT query names")
    p.add_argument("--observations", choices=("fold", "nodes"), default="fold",
                   help="fold observations into their indicator (default) or show them as nodes")
    p.add_argument("--layout", choices=LAYOUTS, default="auto",
                   help="precomputed in Python (auto, the default), physics in the browser, or geographic")
    p.set_defaults(func=commands["view"])
    return parser
