"""Assemble the public PDF from kept vector pages and burned pages, carrying nothing else.

The output is a new file, not an edited copy: the writer starts with an empty catalog,
so the original's document information (title, author), XMP metadata, outlines, named
destinations and embedded files, JavaScript, open actions and the AcroForm never come
along. Each vector page is stripped *before* it is copied — only the keys a page needs
to draw itself survive — so annotations, link targets (mailto: addresses), attached
files and page-level actions are not even copied as orphan objects. Inside the page's
resources, metadata streams and private application data are dropped as well.
"""
from __future__ import annotations

import inspect
import io

#: The page keys a page needs to be drawn; everything else is left behind.
PAGE_KEYS = {"/Type", "/Parent", "/Resources", "/MediaBox", "/CropBox", "/BleedBox",
             "/TrimBox", "/ArtBox", "/Contents", "/Rotate", "/Group", "/UserUnit"}
#: Keys dropped wherever they appear below a kept page's resources.
RESOURCE_KEYS_DROPPED = {"/Metadata", "/PieceInfo", "/AA", "/JS", "/JavaScript", "/OC",
                         "/StructParent", "/StructParents", "/OPI", "/LastModified"}


def strip_page(page) -> None:
    """Remove from a pypdf page everything that is not drawing it."""
    for key in list(page.keys()):
        if key not in PAGE_KEYS:
            del page[key]
    if "/Resources" in page:
        _strip_tree(page["/Resources"], set())


def _strip_tree(obj, seen: set[int]) -> None:
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

    if isinstance(obj, IndirectObject):
        key = (obj.idnum, obj.generation)
        if key in seen:
            return
        seen.add(key)
        obj = obj.get_object()
    if isinstance(obj, DictionaryObject):          # streams are dictionaries too
        for key in list(obj.keys()):
            if key in RESOURCE_KEYS_DROPPED:
                del obj[key]
            elif key != "/Parent":
                _strip_tree(obj.raw_get(key), seen)
    elif isinstance(obj, ArrayObject):
        for item in obj:
            _strip_tree(item, seen)


def assemble(original: bytes | None, burned: bytes | None, burned_pages: list[int],
             page_count: int) -> bytes:
    """Pages ``burned_pages`` (in order) come from ``burned``; the rest are the
    original's pages, stripped. Returns the new file's bytes, without metadata."""
    from pypdf import PdfReader, PdfWriter

    source = PdfReader(io.BytesIO(original)) if original is not None else None
    raster = PdfReader(io.BytesIO(burned)) if burned is not None else None
    if raster is not None and len(raster.pages) != len(burned_pages):
        raise ValueError("burned pages and their numbers do not match")
    position = {page: i for i, page in enumerate(burned_pages)}
    writer = PdfWriter()
    for number in range(page_count):
        if number in position:
            page = raster.pages[position[number]]
        else:
            if source is None:
                raise ValueError(f"page {number + 1} has no source")
            page = source.pages[number]
        strip_page(page)
        writer.add_page(page)
    writer.metadata = None
    # Drop anything no page refers to (pypdf renamed the option in 7.0).
    params = inspect.signature(writer.compress_identical_objects).parameters
    writer.compress_identical_objects(
        **{"remove_unreferenced" if "remove_unreferenced" in params else "remove_orphans": True})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
