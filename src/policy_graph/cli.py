"""The ``policy-graph`` command: a thin layer over the library.

Exit codes: 0 success; 1 the command ran and found a problem (the graph does
not conform to the shapes); 2 bad usage or bad input.  Errors are one line on
standard error, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .arguments import DEFAULT_GRAPH, DEFAULT_SOURCES, Command, parser
from .checks import check_graph_file, check_output, check_output_dir, explain_graph_error
from .errors import GraphLoadError, OutputError, PolicyGraphError, QueryError, SourceError, UsageError

if TYPE_CHECKING:
    from rdflib import Graph

__all__ = ["main"]



def _out(data: bytes, output: Path | None) -> None:
    from .store import write_atomic

    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        write_atomic(output, data)


def _load(args: argparse.Namespace, *, with_ontology: bool = True) -> Graph:
    """The graph ``-g`` names, with a clear message when it cannot be used."""
    from .store import load_graph

    check_graph_file(args.graph)
    try:
        return load_graph(args.graph, with_ontology=with_ontology, engine=args.engine,
                          update_url=getattr(args, "update_url", None))
    except GraphLoadError as exc:
        raise explain_graph_error(args.graph, exc) from None


def _source_limit(megabytes: float | None) -> int:
    """The largest source file to read, in bytes: ``--max-size`` or the default (checked before any work)."""
    from .read import max_source_bytes

    if megabytes is None:
        return max_source_bytes()  # a bad POLICY_GRAPH_MAX_SOURCE_MB is reported now, not once per file
    if not megabytes > 0:
        raise UsageError(f"--max-size must be a positive number of megabytes, not {megabytes:g}")
    return int(megabytes * 1024 * 1024)


def _progress_bar(quiet: bool) -> Callable[[int, int, str], None] | None:
    """A one-line progress bar on standard error (only on a terminal, and not with --quiet)."""
    if quiet or not sys.stderr.isatty():
        return None

    def show(done: int, total: int, name: str) -> None:
        width = 30
        filled = width * done // total
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {name[:40]:<40}")
        if done == total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return show


def cmd_build(args: argparse.Namespace) -> int:
    import time

    from .build import SOURCE_SUFFIXES, build_graph, dataset_of, fewer_collections, find_sources
    from .export import TURTLE_PREFIXES, export, format_for_path
    from .store import write_atomic, write_store
    from .turtle import serialize_ntriples
    from .validate import validate_parts

    started = time.perf_counter()
    output: Path | None = args.output if args.output is not None or args.store is not None else DEFAULT_GRAPH
    if args.jobs < 1:
        raise UsageError(f"--jobs must be at least 1, not {args.jobs}")
    for path, example in ((output, "triples.ttl"), (args.report, "report.txt")):  # the outputs, before the work
        check_output(path, example)
    check_output_dir(args.store, "store")
    check_output_dir(args.shards, "shards", must_exist=True)
    fmt = format_for_path(output) if output is not None else None
    sources = args.sources or [DEFAULT_SOURCES]
    for source in sources:
        if source.is_dir() and not find_sources([source]):
            raise SourceError("no source files found in this directory", path=str(source),
                              hint=f"give text or HTML files ({', '.join(SOURCE_SUFFIXES)})")
    result = build_graph(sources, jobs=args.jobs, shards=args.shards, progress=_progress_bar(args.quiet),
                         keep_going=args.keep_going, max_bytes=_source_limit(args.max_size))
    if not args.no_validate:
        with fewer_collections():
            report = validate_parts(result.parts, jobs=args.jobs)  # in batches: bounded memory, in N processes
        if not report.conforms:
            for violation in report.violations[:20]:
                print(violation, file=sys.stderr)
            print(f"policy-graph: the graph does not conform to the shapes ({len(report.violations)} violations);"
                  " nothing was written", file=sys.stderr)
            return 1
    if output is not None and fmt == "turtle":
        write_atomic(output, serialize_ntriples(result.parts.values(), TURTLE_PREFIXES))
    elif output is not None and fmt is not None:
        whole = dataset_of(result) if fmt in ("trig", "nquads") else result.graph
        write_atomic(output, export(whole, fmt))
    if args.store is not None:
        write_store(args.store, result.parts)
    problems = result.warnings + [f"skipped: {reason}" for reason in result.failed]
    if args.report is not None:
        write_atomic(args.report, "".join(f"{line}\n" for line in problems).encode("utf-8"))
    if not args.quiet:
        where = " and ".join(str(p) for p in (output, args.store) if p is not None)
        union = result.lines()
        print(f"built {where} from {len(result.sources)} source(s): {len(union)} triples "
              f"in {time.perf_counter() - started:.1f} s")
        if len(result.sources) > 1:
            print(f"  {'file':<44}{'obs':>6}{'docs':>6}{'regions':>8}{'warn':>6}")
            for summary in result.sources:
                print(f"  {summary.name[:43]:<44}{summary.observations:>6}{summary.documents:>6}"
                      f"{summary.regions:>8}{len(summary.warnings):>6}")
        for name, count in result.counts(union).items():
            print(f"  {name:<18}{count:>6}")
        print("  validation        " + ("skipped" if args.no_validate else "conforms"))
        if problems and args.report is None:
            for line in problems[:10]:
                print(f"warning: {line}", file=sys.stderr)
            if len(problems) > 10:
                print(f"... and {len(problems) - 10} more warnings (write them all with --report FILE)",
                      file=sys.stderr)
        elif problems:
            print(f"  {len(problems)} warning(s) written to {args.report}")
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    from .validate import validate

    report = validate(_load(args, with_ontology=False))
    if report.conforms:
        print(f"{args.graph or 'data/triples.ttl'}: conforms to the shapes")
        return 0
    for violation in report.violations:
        print(violation)
    print(f"{len(report.violations)} violation(s)", file=sys.stderr)
    return 1


def cmd_query(args: argparse.Namespace) -> int:
    from .query import answer, read_query

    bindings = {}
    for item in args.param or []:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise UsageError(f"bad --param '{item}'", hint="write --param name=value")
        bindings[name] = value
    name, text = read_query(args.query)
    graph = _load(args)
    with _query_named(None if name.startswith("<") else name):
        _out(answer(graph, text, args.format, bindings), None)
    return 0


@contextlib.contextmanager
def _query_named(path: str | Path | None) -> Iterator[None]:
    """Errors about the query name the file it came from."""
    try:
        yield
    except QueryError as exc:
        if path is not None and exc.path is None:
            exc.path = str(path)
        raise


def cmd_queries(args: argparse.Namespace) -> int:
    from .query import saved_queries

    for name, saved in saved_queries().items():
        print(f"{name:<28}{saved.description}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from .export import export

    check_output(args.output, f"graph.{args.format}")
    graph = _load(args, with_ontology=args.with_ontology)
    _out(export(graph, args.format, include_ontology=args.with_ontology), args.output)
    return 0


def cmd_view(args: argparse.Namespace) -> int:
    from .query import read_query_file
    from .view import render_view

    check_output(args.output, "view.html")
    query = read_query_file(args.query) if args.query is not None else None
    graph = _load(args)
    try:
        with _query_named(args.query):
            stats = render_view(graph, args.output, title=args.title, focus=args.focus, depth=args.depth,
                                types=args.types, themes=args.themes, query=query,
                                fold_observations=args.observations == "fold", layout=args.layout)
    except OSError as exc:
        raise OutputError(exc.strerror or str(exc), path=str(args.output)) from None  # no "[Errno 2]"
    print(f"wrote {stats.path}: {stats.nodes} nodes, {stats.edges} edges (open it in a browser)")
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    import json

    from .evaluate import evaluate_dir, format_report, totals

    check_output(args.json, "scores.json")
    results = evaluate_dir(args.gold_dir, max_bytes=_source_limit(args.max_size))
    print(format_report(results, misses=args.misses), end="")
    if args.json:
        from .store import write_atomic

        summary = {
            "cases": {r.name: {k: vars(s) | {"f1": round(s.f1, 4)} for k, s in r.scores.items()} for r in results},
            "total": {k: vars(s) | {"precision": round(s.precision, 4), "recall": round(s.recall, 4),
                                    "f1": round(s.f1, 4)} for k, s in totals(results).items()},
        }
        write_atomic(args.json, (json.dumps(summary, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))
    return 0


def cmd_push(args: argparse.Namespace) -> int:
    from .remote import push

    graph = _load(args, with_ontology=not args.no_ontology)
    report = push(graph, args.to, update_url=args.update_url, token=args.token,
                  include_ontology=not args.no_ontology)
    print(f"pushed {report.triples} triples in {report.graphs} graph(s) to {args.to} ({report.requests} requests)")
    return 0


def cmd_analyze(args: argparse.Namespace) -> int:
    from .analysis import centrality, prepare
    from .communities import communities, section_agreement
    from .export import format_for_path
    from .relations import check_consistency, compute_relations, policy_chains

    check_output(args.output, "computed.trig")
    if args.output is not None:
        format_for_path(args.output)  # an unknown suffix is refused before the work
    check_output_dir(args.store, "store")
    graph = _load(args)
    prepared = prepare(graph)
    for kind in args.kinds or ["Program", "PolicyDocument", "Region"]:
        print(f"most central {kind} ({args.measure}):")
        for entry in centrality(prepared, kind, args.top, measure=args.measure, seed=args.seed):
            print(f"  {entry.rank:>3}. {entry.score:.6f}  {entry.name(args.lang)}")
    found = communities(prepared, seed=args.seed, resolution=args.resolution)
    agreement = section_agreement(prepared, found)
    print(f"communities: {len(found)} (against the sections: purity {agreement.purity:.2f}, NMI {agreement.nmi:.2f})")
    for index, community in enumerate(found, 1):
        label = community.label_en if args.lang == "en" else community.label
        print(f"  {index}. {label} ({len(community.members)} members)")
    chains = policy_chains(prepared)
    if chains:
        print("policy chains (central → local):")
        for chain in chains:
            print("  " + " → ".join(f"《{d.title}》" for d in chain))
    findings = check_consistency(prepared)
    print(f"consistency checks: {len(findings)}")
    for finding in findings:
        print("  " + finding.format(args.lang).replace("\n", "\n  "))
    if args.output is not None:
        from rdflib import Dataset

        from .export import export, turtle_bytes
        from .relations import COMPUTED_GRAPH
        from .store import write_atomic

        computed = compute_relations(graph, seed=args.seed, resolution=args.resolution, related_top=args.related_top)
        fmt = format_for_path(args.output)
        if fmt == "turtle":
            data = turtle_bytes(computed)
        else:
            dataset = Dataset()
            target = dataset.graph(COMPUTED_GRAPH)
            for triple in computed:
                target.add(triple)
            data = export(dataset, fmt)
        write_atomic(args.output, data)
        print(f"wrote the computed relations ({len(computed)} triples) to {args.output}")
    if args.store is not None:
        from .relations import COMPUTED_GRAPH
        from .store import write_store

        computed = compute_relations(graph, seed=args.seed, resolution=args.resolution, related_top=args.related_top)
        del graph, prepared  # a store directory opened read-only must be released before it is written
        write_store(args.store, {COMPUTED_GRAPH: computed}, ontology=False)
        print(f"wrote the computed relations ({len(computed)} triples) into {args.store}, graph <{COMPUTED_GRAPH}>")
    inconsistent = [f for f in findings if not f.consistent]
    return 1 if args.strict and inconsistent else 0


def cmd_path(args: argparse.Namespace) -> int:
    from .analysis import explain_path

    paths = explain_path(_load(args), args.a, args.b, args.max_paths)
    if not paths:
        print(f"policy-graph: no path between '{args.a}' and '{args.b}' (they are not connected)", file=sys.stderr)
        return 1
    for path in paths:
        for lang in ("zh", "en") if args.lang == "both" else (args.lang,):
            print(path.format(lang))
    return 0


def _short_reason(kind: str, label: str) -> str:
    if kind not in ("Program", "PolicyDocument", "Region", "Organization", "Indicator", "Theme"):
        from .script import to_simplified

        return f"同句「{to_simplified(label)[:12]}…」"  # a sentence both are named in
    return label if len(label) <= 24 else label[:22] + "…"


def cmd_related(args: argparse.Namespace) -> int:
    from .analysis import related

    graph = _load(args)
    found = related(graph, args.entity, args.top, kinds=args.kinds)
    if not found:
        print(f"nothing shares a program, theme, document, region or sentence with '{args.entity}'")
    for item in found:
        reasons = "、".join(_short_reason(r.kind, r.label) for r in item.reasons[:4])
        print(f"{item.score:.3f}  {item.other.kind:<15} {item.other.name(args.lang)}  (shared: {reasons})")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from .server import serve

    check_graph_file(args.graph)
    try:
        serve(args.graph, host=args.host, port=args.port, timeout=args.timeout, max_rows=args.max_rows,
              cors=args.cors, allow_update=args.allow_update, token=args.token, engine=args.engine,
              workers=args.workers)
    except GraphLoadError as exc:
        raise explain_graph_error(args.graph, exc) from None
    return 0


COMMANDS: dict[str, Command] = {
    "build": cmd_build, "validate": cmd_validate, "query": cmd_query, "queries": cmd_queries, "export": cmd_export,
    "view": cmd_view, "evaluate": cmd_evaluate, "push": cmd_push, "analyze": cmd_analyze, "path": cmd_path,
    "related": cmd_related, "serve": cmd_serve}


def _parser() -> argparse.ArgumentParser:
    return parser(COMMANDS)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args = _parser().parse_args(argv)
    try:
        code: int = args.func(args)
        return code
    except PolicyGraphError as exc:
        print(f"policy-graph: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("policy-graph: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
