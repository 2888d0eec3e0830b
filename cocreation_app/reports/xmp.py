"""XMP metadata of the draft PDF: title, author, subject, language, and the item map.

PDF readers that rewrite a file (and drop the custom ``/cocrea-item-map`` entry of the document
information dictionary) keep the catalog's XMP packet, so the item map travels there too, as the
text of ``cocrea:itemMap`` (namespace :data:`NAMESPACE`). :func:`descriptions` returns the
``rdf:Description`` elements so that another XMP writer can include them.
"""

from __future__ import annotations

from typing import Any
from xml.etree import ElementTree
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFName, PDFStream

NAMESPACE = "https://cocrea.mx/ns/item-map/1.0/"
MAX_PACKET = 40 * 1024 * 1024  # a packet this large is not ours: do not parse it


def timestamp(canv: Any) -> str:
    """The document's creation time as XMP writes dates (ISO 8601 with its UTC offset): the
    same instant as the information dictionary's /CreationDate and /ModDate."""
    stamp = canv._doc._timeStamp
    year, month, day, hour, minute, second = stamp.YMDhms
    sign = "-" if stamp.dhh < 0 else "+"
    return (
        f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}"
        f"{sign}{abs(stamp.dhh):02d}:{abs(stamp.dmm):02d}"
    )


def descriptions(
    *,
    title: str,
    author: str,
    subject: str,
    language: str,
    creator: str,
    created: str,
    item_map: str,
) -> str:
    """The packet's descriptions: Dublin Core, PDF, XMP basic and Cocrea's item map."""
    lang = escape(language or "x-default")
    return (
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(title)}</rdf:li></rdf:Alt>'
        "</dc:title>"
        f"<dc:creator><rdf:Seq><rdf:li>{escape(author)}</rdf:li></rdf:Seq></dc:creator>"
        f'<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{escape(subject)}</rdf:li>'
        "</rdf:Alt></dc:description>"
        f"<dc:language><rdf:Bag><rdf:li>{lang}</rdf:li></rdf:Bag></dc:language>"
        "<dc:format>application/pdf</dc:format>"
        "</rdf:Description>"
        '<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/" '
        'xmlns:pdf="http://ns.adobe.com/pdf/1.3/">'
        f"<xmp:CreatorTool>{escape(creator)}</xmp:CreatorTool>"
        f"<xmp:CreateDate>{created}</xmp:CreateDate>"
        f"<xmp:ModifyDate>{created}</xmp:ModifyDate>"
        f"<xmp:MetadataDate>{created}</xmp:MetadataDate>"
        f"<pdf:Producer>{escape(creator)}</pdf:Producer>"
        "</rdf:Description>"
        f'<rdf:Description rdf:about="" xmlns:cocrea="{NAMESPACE}">'
        f"<cocrea:itemMap>{escape(item_map)}</cocrea:itemMap>"
        "</rdf:Description>"
    )


def packet(body: str) -> bytes:
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        f"{body}</rdf:RDF></x:xmpmeta>"
        '<?xpacket end="w"?>'
    ).encode()


def attach(canv: Any, xml: bytes) -> None:
    """Make ``xml`` the document's XMP metadata stream (uncompressed, as the standard advises)."""
    stream = PDFStream(PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")}), xml)
    canv._doc.Catalog.Metadata = stream


def read_item_map(reader: Any) -> str | None:
    """The item map text in the XMP packet of a pypdf reader's document, or None."""
    try:
        stream = reader.trailer["/Root"].get_object().get("/Metadata")
        if stream is None:
            return None
        data = stream.get_object().get_data()
    except (AttributeError, KeyError, TypeError, ValueError):
        return None
    if not isinstance(data, bytes) or len(data) > MAX_PACKET:
        return None
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError:
        return None
    element = root.find(f".//{{{NAMESPACE}}}itemMap")
    return element.text if element is not None else None
