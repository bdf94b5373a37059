"""Plain text, publication HTML and XML, and JSON Lines corpora."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

SUFFIXES = {".txt", ".html", ".htm", ".xml", ".jsonl"}
READABLE_KINDS = ".txt, .html, .xml and .jsonl"  # SUFFIXES as messages name them
# Document formats that kamerstukken also come in and nlkst does not read: in a directory
# they are reported by name with how to convert them, rather than passed over as a stray
# README or image is.
UNREAD_DOCUMENT_SUFFIXES = {".pdf", ".doc", ".docx", ".odt", ".rtf"}
# Leading bytes of those formats, whatever the file's name: what it is, and what to do.
_UNREAD_FORMATS = (
    (b"%PDF-", "a PDF, not text", "extract its text first, e.g. `pdftotext {name}`"),
    (b"PK\x03\x04", "a zip archive (a .docx or .odt document?), not text", "save it as text or HTML first"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a Word 97-2003 (OLE) file, not text", "save it as text first"),
    (b"{\\rtf", "an RTF document, not text", "save it as text first"),
)

# Elements whose text is a block of its own in official publication HTML and XML.
_BLOCK_TAGS = {
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "br", "table", "section", "article",
    "al", "kop", "titel", "tussenkop", "dossiernummer", "dossiertitel", "ondernummer", "dossier",
    "kamerstukkop", "kamer", "vergaderjaar", "ondertekening", "functie", "naam", "noot", "voetnoot",
    "item-titel", "nr", "spreker", "ondertitel", "kenmerk", "plaats", "datum", "aanhef", "slotformulering",
    "lijst", "onderwerp", "motie", "amendement", "nota", "brief", "handtekening",
}
_SKIP_TAGS = {"script", "style", "nav", "header", "footer", "noscript", "head", "metadata", "meta"}
# A UTF-8 lead byte (C2-F4) shown as Latin-1, followed by a continuation byte (80-BF).
_MOJIBAKE_RE = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u2018-\u203a\u20ac\u0152-\u0178]")


@dataclass
class SourceDocument:
    """One document's text, with where it came from."""

    id: str
    text: str
    source: str
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class ReadError:
    """A document that could not be read: the record says which and why."""

    id: str
    source: str
    error: str


def read_sources(
    paths: Iterable[str | Path], *, leave_out: Iterable[str | Path] = ()
) -> Iterator[SourceDocument | ReadError]:
    """Every document under ``paths`` (files, or directories read recursively), in order.

    In a directory, files of the readable kinds and of ``UNREAD_DOCUMENT_SUFFIXES`` count
    (the latter as errors that say how to convert them); other files are passed over, as
    are the files in ``leave_out`` (the output being written into the directory read).
    """
    for path in _files_to_read(paths, leave_out):
        if path.exists():
            yield from read_file(path)
        else:
            yield ReadError(path.stem, str(path), f"{path}: no such file or directory")


def _files_to_read(paths: Iterable[str | Path], leave_out: Iterable[str | Path] = ()) -> Iterator[Path]:
    """The files ``read_sources`` reads, in its order: those named, and those counted in a directory."""
    left_out = {Path(path).resolve() for path in leave_out}
    for path in map(Path, paths):
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file() and _counts_in_directory(p)):
                if child.resolve() not in left_out:
                    yield child
        else:
            yield path


def count_documents(paths: Iterable[str | Path], *, leave_out: Iterable[str | Path] = ()) -> int:
    """How many documents (and error records) ``read_sources`` will yield, without reading them.

    One per file, one per non-blank line of a JSON Lines file: the total a progress bar
    needs for its time left, counted in a fraction of a second for the whole SGD corpus.
    """
    total = 0
    for path in _files_to_read(paths, leave_out):
        if path.suffix.lower() != ".jsonl":
            total += 1
            continue
        try:
            with path.open("rb") as handle:
                lines = sum(1 for line in handle if line.strip())
        except OSError:
            lines = 1  # the read error is one record
        total += max(lines, 1)  # an empty file is one error record
    return total


def passed_over(paths: Iterable[str | Path]) -> list[Path]:
    """The files in the directories among ``paths`` that ``read_sources`` passes over.

    A README, an image, a file saved without a suffix: not read, but named, so that a user
    can see that nothing meant as a document was left behind. Hidden files are left out.
    """
    return [child for path in map(Path, paths) if path.is_dir()
            for child in sorted(path.rglob("*"))
            if child.is_file() and not _counts_in_directory(child)
            and not any(part.startswith(".") for part in child.relative_to(path).parts)]


def _counts_in_directory(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES | UNREAD_DOCUMENT_SUFFIXES


def read_file(path: str | Path) -> Iterator[SourceDocument | ReadError]:
    """The documents in one file: one for text, HTML and XML, one per line for JSON Lines."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        yield ReadError(path.stem, str(path), f"{path}: cannot be read ({error.strerror})")
        return
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from _read_jsonl(path, data)
        return
    problem = _problem_with(path, data)
    if problem:
        yield ReadError(path.stem, str(path), problem)
        return
    text, repaired = repair_mojibake(data.decode("utf-8-sig"))
    meta: dict[str, str] = {}
    if repaired:
        meta["repaired"] = "mojibake: UTF-8 that had been decoded as Latin-1 was decoded again"
    try:
        if suffix == ".xml":
            text, xml_meta = xml_to_text(text)
            meta.update(xml_meta)
            if not data.lstrip().startswith(b"<"):
                meta["repaired_bom"] = "a byte-order mark after leading blank lines was dropped"
        elif suffix in {".html", ".htm"}:
            text = html_to_text(text)
    except ElementTree.ParseError as error:
        yield ReadError(path.stem, str(path), f"{path}: broken XML ({error})")
        return
    if not text.strip():
        yield ReadError(path.stem, str(path), f"{path}: no text in the document")
        return
    yield SourceDocument(meta.pop("id", None) or path.stem, text, str(path), meta)


def _problem_with(path: Path, data: bytes) -> str | None:
    if not data.strip():
        return f"{path}: the file is empty"
    for magic, what, advice in _UNREAD_FORMATS:
        if data.startswith(magic):
            return f"{path}: {what}; nlkst reads {READABLE_KINDS}: {advice.format(name=path.name)}"
    if b"\x00" in data[:4096]:
        return f"{path}: a binary file, not text (it holds NUL bytes)"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        return (
            f"{path}: not UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start}); "
            "convert it first, e.g. `iconv -f cp1252 -t utf-8`"
        )
    return None


def repair_mojibake(text: str) -> tuple[str, bool]:
    """Undo UTF-8 that was decoded as Latin-1 once (``cliÃ«nten`` -> ``cliënten``), where safe."""
    if not _MOJIBAKE_RE.search(text):
        return text, False
    try:
        return text.encode("latin-1").decode("utf-8"), True
    except (UnicodeEncodeError, UnicodeDecodeError):
        pieces = re.split(r"(\s+)", text)
        fixed = []
        for piece in pieces:
            if _MOJIBAKE_RE.search(piece):
                for codec in ("latin-1", "cp1252"):
                    try:
                        piece = piece.encode(codec).decode("utf-8")
                        break
                    except (UnicodeEncodeError, UnicodeDecodeError):
                        continue
            fixed.append(piece)
        repaired = "".join(fixed)
        return repaired, repaired != text


def _read_jsonl(path: Path, data: bytes) -> Iterator[SourceDocument | ReadError]:
    if not data.strip():
        yield ReadError(path.stem, str(path), f"{path}: the file is empty")
        return
    for number, raw in enumerate(data.split(b"\n"), start=1):
        if not raw.strip():
            continue
        where = f"{path}:{number}"
        fallback_id = f"{path.stem}:{number}"
        try:
            record = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError:
            yield ReadError(fallback_id, where, f"{where}: not UTF-8")
            continue
        except json.JSONDecodeError as error:
            yield ReadError(fallback_id, where, f"{where}: broken JSON ({_json_problem(error)})")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            yield ReadError(fallback_id, where, f'{where}: expected an object with a "text" string')
            continue
        doc_id = str(record.get("id") or fallback_id)
        if not record["text"].strip():
            yield ReadError(doc_id, where, f"{where}: empty text")
            continue
        if record.get("date") is not None and not _is_iso_date(record["date"]):
            yield ReadError(doc_id, where, f'{where}: "date" must be an ISO date (YYYY-MM-DD), not {record["date"]!r}')
            continue
        # Everything else the line gives is metadata, passed through to the output record as it is.
        meta = {k: v for k, v in record.items() if k not in {"id", "text"}}
        yield SourceDocument(doc_id, record["text"], where, meta)


def _is_iso_date(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", value))


def _json_problem(error: json.JSONDecodeError) -> str:
    """``Expecting value at column 7``; a message that ends in "at" (``Unterminated string starting at``)
    is not doubled."""
    joint = " column" if error.msg.endswith(" at") else " at column"
    return f"{error.msg}{joint} {error.colno}"


class _TextExtractor(HTMLParser):
    """HTML to text: one block per paragraph-like element, navigation dropped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self.skip_depth += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skip_depth:
            self.parts.append(data)


def _normalise_blocks(raw: str) -> str:
    blocks = (re.sub(r"[ \t\r\n]+", " ", block).strip() for block in re.split(r"\n\s*\n", raw))
    return "\n\n".join(block for block in blocks if block)


def html_to_text(html: str) -> str:
    """The text of an official publication page, a blank line between blocks."""
    extractor = _TextExtractor()
    extractor.feed(html)
    extractor.close()
    return _normalise_blocks("".join(extractor.parts))


def xml_to_text(xml: str) -> tuple[str, dict[str, str]]:
    """The text of publication XML (``<officiele-publicatie>``, ``<kamerstuk>``), and its id."""
    root = ElementTree.fromstring(xml.lstrip(" \t\r\n\ufeff").encode("utf-8"))
    parts: list[str] = []

    def walk(element: ElementTree.Element) -> None:
        tag = element.tag.split("}")[-1]
        if tag in _SKIP_TAGS:
            if element.tail:
                parts.append(element.tail)
            return
        block = tag in _BLOCK_TAGS
        if block:
            parts.append("\n\n")
        if element.text:
            parts.append(element.text)
        for child in element:
            walk(child)
        if block:
            parts.append("\n\n")
        if element.tail:
            parts.append(element.tail)

    walk(root)
    meta: dict[str, str] = {}
    for element in root.iter():
        if element.tag.split("}")[-1] == "meta" and element.get("name") == "OVERHEIDop.externMetadataRecord":
            match = re.search(r"/([a-z]+-[\w-]+)/metadata\.xml", element.get("content", ""))
            if match:
                meta["id"] = match.group(1)
    return _normalise_blocks("".join(parts)), meta
