"""``kst_paragraphs``: the body's paragraphs as ``doc.spans["paragraphs"]``."""

from __future__ import annotations

import re
from spacy.language import Language
from spacy.tokens import Doc

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
        spans = []
        for p_start, p_end in self.paragraph_offsets(text, start, end, excluded):
            span = doc.char_span(p_start, p_end, label="paragraph", alignment_mode="expand")
            if span is not None and len(span):
                spans.append(span)
        doc.spans[PARAGRAPH_SPANS] = spans
        return doc

    def paragraph_offsets(
        self, text: str, start: int, end: int, excluded: list[tuple[int, int]]
    ) -> list[tuple[int, int]]:
        """Character offsets of the paragraphs in ``text[start:end]``."""
        lines = []
        position = start
        for raw in text[start:end].split("\n"):
            line_start = position + len(raw) - len(raw.lstrip())
            line_end = position + len(raw.rstrip())
            position += len(raw) + 1
            if line_end <= line_start or any(s <= line_start < e for s, e in excluded):
                lines.append(None)  # a blank line or furniture: a break
                continue
            lines.append((line_start, line_end))
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
