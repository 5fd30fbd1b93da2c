"""The ontology's SKOS concept schemes, read once, as the vocabulary extraction classifies with.

Themes, document types and program types carry their cue words as
``skos:hiddenLabel``: the extractor's keyword lists live in the ontology, not in code.

>>> vocab = load_vocabulary()
>>> vocab.document_type("内蒙古自治区养老服务机构等级评定办法").key
'measures'
>>> vocab.classify_theme("城市低保对象")
'social-assistance'
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass

from rdflib import Graph, Literal, URIRef

from .namespaces import PG, RDF, SKOS
from .resources import ontology_path

__all__ = ["Concept", "Vocabulary", "load_vocabulary"]

_CACHED_LENGTH = 80  # texts up to this long have their theme remembered; longer ones (section bodies) rarely recur


@dataclass(frozen=True)
class Concept:
    key: str
    iri: URIRef
    label: str      # zh-Hans
    label_en: str
    cues: tuple[str, ...]  # zh-Hans hidden labels (keywords, title endings)


@dataclass(frozen=True)
class Vocabulary:
    themes: dict[str, Concept]
    document_types: dict[str, Concept]
    program_types: dict[str, Concept]
    units: dict[str, Concept]  # by unit code

    def classify_theme(self, text: str) -> str | None:
        """The key of the theme whose cue words cover most of ``text`` (longer cues weigh more; ties go to
        the first key in sorted order)."""
        if len(text) <= _CACHED_LENGTH:
            return self._cached_theme(text)
        return self._theme_of(text)

    @functools.cached_property
    def _cached_theme(self) -> Callable[[str], str | None]:
        """:meth:`_theme_of`, remembered for short texts: indicators, program labels and titles recur."""
        return functools.lru_cache(maxsize=4096)(self._theme_of)

    def _theme_of(self, text: str) -> str | None:
        scores: dict[str, int] = {}
        by_initial = self._theme_cues_by_initial
        for initial in set(text):  # only cues that can occur at all are counted (the order makes no difference)
            for cue, key in by_initial.get(initial, ()):
                found = text.count(cue)
                if found:
                    scores[key] = scores.get(key, 0) + len(cue) * found
        if len(scores) <= 1:
            return next(iter(scores), None)
        return min(scores, key=lambda key: (-scores[key], key))

    @functools.cached_property
    def _theme_cues_by_initial(self) -> dict[str, tuple[tuple[str, str], ...]]:
        grouped: dict[str, list[tuple[str, str]]] = {}
        for key, concept in sorted(self.themes.items()):
            for cue in concept.cues:
                if cue:
                    grouped.setdefault(cue[0], []).append((cue, key))
        return {initial: tuple(cues) for initial, cues in grouped.items()}

    def document_type(self, title: str) -> Concept | None:
        """The document type whose title ending is the longest that ``title`` ends with."""
        return _longest_ending(self.document_types, title)

    def program_type(self, label: str) -> Concept | None:
        """The program type whose name ending ``label`` ends with (模式, 试点, 平台 ...)."""
        return _longest_ending(self.program_types, label)

    @functools.cached_property
    def program_endings(self) -> tuple[str, ...]:
        """Name endings that mark a program phrase on their own (服务 and 经验 end too many ordinary words)."""
        return tuple(sorted({cue for key, c in self.program_types.items() if key not in ("service", "experience")
                             for cue in c.cues if len(cue) >= 2}))

    @functools.cached_property
    def theme_cues(self) -> tuple[str, ...]:
        """Every theme's cue words."""
        return tuple(sorted({cue for concept in self.themes.values() for cue in concept.cues}))


def _longest_ending(concepts: dict[str, Concept], text: str) -> Concept | None:
    found: tuple[int, str, Concept] | None = None
    for key, concept in concepts.items():
        for cue in concept.cues:
            if text.endswith(cue) and (found is None or (len(cue), key) > (found[0], found[1])):
                found = (len(cue), key, concept)
    return found[2] if found else None


def _text(graph: Graph, subject: URIRef, predicate: URIRef, lang: str) -> str:
    for obj in graph.objects(subject, predicate):
        if isinstance(obj, Literal) and obj.language == lang:
            return str(obj)
    return ""


def _concepts(graph: Graph, cls: URIRef) -> dict[str, Concept]:
    out: dict[str, Concept] = {}
    for iri in sorted(s for s in graph.subjects(RDF.type, cls) if isinstance(s, URIRef)):
        notation = graph.value(iri, SKOS.notation)
        code = graph.value(iri, PG.unitCode)
        key = str(code if code is not None else notation)
        label = _text(graph, iri, SKOS.prefLabel, "zh-Hans")
        cues = {str(o) for o in graph.objects(iri, SKOS.hiddenLabel) if isinstance(o, Literal)}
        out[key] = Concept(key=key, iri=iri, label=label, label_en=_text(graph, iri, SKOS.prefLabel, "en"),
                           cues=tuple(sorted(cues)))
    return out


@functools.cache
def load_vocabulary() -> Vocabulary:
    """Read the concept schemes from the packaged ontology (once per process)."""
    graph = Graph(bind_namespaces="none")
    graph.parse(ontology_path(), format="turtle")
    return Vocabulary(themes=_concepts(graph, PG.Theme), document_types=_concepts(graph, PG.DocumentType),
                      program_types=_concepts(graph, PG.ProgramType), units=_concepts(graph, PG.Unit))
