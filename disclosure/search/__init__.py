"""Search over published (masked) documents.

Callers use only this surface, so a server engine can replace Whoosh later:

    idx = open_index(path)            # a SearchIndex
    idx.upsert_many(docs); idx.search("청년일자리", department=..., page=2)

The index accepts exactly the keys in `DOC_FIELDS`; `text` must already be masked.
"""
from .interface import DOC_FIELDS, Hit, SearchIndex, SearchResults
from .whoosh_index import WhooshSearchIndex, open_index

__all__ = ["open_index", "SearchIndex", "SearchResults", "Hit", "DOC_FIELDS",
           "WhooshSearchIndex"]
