"""kutipan: attributed quotes from Indonesian news dumps.

Each stage is a plain function that a notebook can call alone::

    from pipeline import ingest, clean, dedup, segment, ner, attribute, tables
"""

__version__ = "0.1.0"
