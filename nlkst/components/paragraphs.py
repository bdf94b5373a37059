"""``kst_paragraphs``: the body's paragraphs as ``doc.spans["paragraphs"]``."""

from __future__ import annotations

import re
from spacy.language import Language
from spacy.tokens import Doc

from ..header import aanhangsel
from ..header.lines import split_lines
from ..layout import page_furniture
from ..schema import FOOTNOTE_SPANS, PARAGRAPH_SPANS


@Language.factory(
    "kst_paragraphs",
    default_config={"min_chars": 60},
    requires=["doc._.kst_body"],
    assigns=["doc.spans"],
)
def make_paragraph_segmenter(nlp: Language, name: str, min_chars: int) -> ParagraphSegmenter:
    return ParagraphSegmenter(name, min_chars=min_chars)


class ParagraphSegmenter:
    """Splits the body between header and signature into paragraphs.

    Three ways text marks a paragraph: a blank line (web pages), one line per
    paragraph (SGD OCR), or lines wrapped at a page width whose last line ends a
    sentence and falls short of the width (PDF letters). Footnotes and page
    furniture are left out; so are headings: a block shorter than ``min_chars``
    that ends no sentence.
    """

    def __init__(self, name: str = "kst_paragraphs", *, min_chars: int = 60) -> None:
        self.name = name
        self.min_chars = min_chars

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        start, end = doc._.kst_body or (0, len(text))
        excluded = [(s.start_char, s.end_char) for s in doc.spans.get(FOOTNOTE_SPANS, [])]
        excluded += page_furniture(text)
        header = doc._.kamerstuk or {}
        if header.get("doc_type") == "aanhangsel":
            offsets = self.aanhangsel_offsets(text, start, end, excluded)
        else:
            offsets = self.paragraph_offsets(text, start, end, excluded)
        spans = []
        for p_start, p_end in offsets:
            span = doc.char_span(p_start, p_end, label="paragraph", alignment_mode="expand")
            if span is not None and len(span):
                spans.append(span)
        doc.spans[PARAGRAPH_SPANS] = spans
        return doc

    def paragraph_offsets(
        self, text: str, start: int, end: int, excluded: list[tuple[int, int]]
    ) -> list[tuple[int, int]]:
        """Character offsets of the paragraphs in ``text[start:end]``."""
        lines: list[tuple[int, int] | None] = [
            None if not line.text or any(s <= line.start < e for s, e in excluded) else (line.start, line.end)
            for line in split_lines(text, start, end, keep_blank=True)
        ]  # None: a blank line or furniture, which breaks a block
        blocks: list[list[tuple[int, int]]] = [[]]
        for line in lines:
            if line is None:
                if blocks[-1]:
                    blocks.append([])
            else:
                blocks[-1].append(line)
        offsets = []
        for block in blocks:
            for piece in self._split_block(text, block):
                s, e = piece[0][0], piece[-1][1]
                chunk = text[s:e]
                if len(chunk) < self.min_chars and not re.search(r"[.:;?!]\W*$", chunk):
                    continue
                offsets.append((s, e))
        return self._join_page_breaks(text, offsets, excluded)

    @staticmethod
    def _join_page_breaks(
        text: str, offsets: list[tuple[int, int]], excluded: list[tuple[int, int]]
    ) -> list[tuple[int, int]]:
        """A sentence that a page break cut (``... zijn van andere`` / sidebar, footnotes, ``Pagina 3 van 8``
        / ``landen voor onze ...``) is one paragraph: it runs on across the page furniture between."""
        joined: list[tuple[int, int]] = []
        for s, e in offsets:
            if joined and _runs_on(text, joined[-1][1], s, excluded):
                joined[-1] = (joined[-1][0], e)
            else:
                joined.append((s, e))
        return joined

    def aanhangsel_offsets(
        self, text: str, start: int, end: int, excluded: list[tuple[int, int]]
    ) -> list[tuple[int, int]]:
        """Written questions and answers: each question and each answer is one paragraph. Labels
        (``Vraag 1``, ``Antwoord van ...``) break them and belong to none; a question that runs over a
        page break stays one paragraph; OCR that holds several numbered questions on a line is split."""
        cuts = aanhangsel.non_paragraph_ranges(text, start, end)
        excluded = excluded + cuts
        offsets = []
        piece_start = start
        for cut_start, cut_end in cuts + [(end, end)]:
            if cut_start > piece_start:
                found = self.paragraph_offsets(text, piece_start, cut_start, excluded)
                wrapped = any("\n" in text[s:e] for s, e in found) or (
                    len(found) > 1 and max(e - s for s, e in found) < 150)
                if found and wrapped:
                    offsets.append((found[0][0], found[-1][1]))
                else:
                    for s, e in found:
                        offsets.extend(piece for piece in aanhangsel.split_numbered(text, s, e)
                                       if any(c.isalpha() for c in text[piece[0]:piece[1]]))
            piece_start = max(piece_start, cut_end)
        return offsets

    @staticmethod
    def _split_block(text: str, block: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
        if len(block) <= 1:
            return [block] if block else []
        lengths = sorted(e - s for s, e in block)
        if lengths[len(lengths) // 2] > 200:
            return [[line] for line in block]  # one paragraph a line
        width = lengths[-1]
        pieces: list[list[tuple[int, int]]] = [[]]
        for index, (s, e) in enumerate(block):
            pieces[-1].append((s, e))
            line = text[s:e]
            ends_sentence = bool(re.search(r"[.:;?!][\"'”’»)]*$", line))
            short = e - s < 0.8 * width
            next_line = text[block[index + 1][0] : block[index + 1][1]] if index + 1 < len(block) else ""
            heading = short and not ends_sentence and next_line[:1].isupper() and index and pieces[-1] == [(s, e)]
            if (ends_sentence and short) or heading:
                pieces.append([])
        return [p for p in pieces if p]


def _runs_on(text: str, previous_end: int, next_start: int, excluded: list[tuple[int, int]]) -> bool:
    """Whether only page furniture stands between a paragraph that ends without ending its sentence and
    one that starts in lower case."""
    if re.search(r"[.:;?!][\"'”’»)]*$", text[:previous_end]) or not text[next_start : next_start + 1].islower():
        return False
    between = [line for line in split_lines(text, previous_end, next_start)]
    furniture = [line for line in between if any(s <= line.start < e for s, e in excluded)]
    return bool(furniture) and len(furniture) == len(between)
