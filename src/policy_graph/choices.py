"""The names a user picks from: export formats, query result formats, graph engines and view layouts.

They live apart from the modules that implement them, in a module that imports nothing, so that the command line
can offer them (and ``policy-graph --help`` list them) without loading rdflib, Oxigraph, networkx or pyvis.

>>> sorted(EXPORT_FORMATS)
['csv', 'graphml', 'jsonld', 'nquads', 'ntriples', 'trig', 'turtle', 'xml']
"""

__all__ = ["ENGINES", "EXPORT_FORMATS", "LAYOUTS", "RESULT_FORMATS"]

#: ``export --format``: each name, and the rdflib serializer that writes it (csv and graphml are the project's own)
EXPORT_FORMATS = {"turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld", "trig": "trig", "nquads": "nquads",
                  "xml": "xml", "csv": "csv", "graphml": "graphml"}
#: ``query --format``
RESULT_FORMATS = ("table", "csv", "tsv", "json", "xml", "turtle")
#: ``--engine``: what an RDF file is loaded into
ENGINES = ("oxigraph", "rdflib")
#: ``view --layout``
LAYOUTS = ("auto", "physics", "precomputed", "geographic")
