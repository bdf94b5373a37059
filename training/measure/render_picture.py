"""Draw the README's picture: displaCy's entity view of a seed letter's header and first paragraph.

    .venv/bin/python training/measure/render_picture.py ../shared/seeds/kst-31490-312.txt -o docs/entities.svg

displaCy's ``ent`` style is HTML; it is wrapped in an SVG ``foreignObject`` so that the README
can show it as an image. The same bytes each run for the same pipeline and letter.
"""

from __future__ import annotations

import argparse
import math
import re
from pathlib import Path

from spacy import displacy

import nlkst
from nlkst.schema import HEADER_SPANS, PARAGRAPH_SPANS

WIDTH = 980  # pixels
CHARS_PER_LINE = 100  # of displaCy's 16-pixel sans-serif text at that width, with room to spare
LINE_HEIGHT = 40  # displaCy's line-height of 2.5 at 16 pixels
COLOURS = {"MINISTER": "#feca74", "PERSON": "#aa9cfc", "REF": "#e4e7d2"}  # ORG keeps displaCy's own


def excerpt_html(path: Path) -> tuple[str, int]:
    """displaCy's HTML of the letter from its chamber line to the end of its first paragraph, and its line count."""
    nlp = nlkst.load()
    doc = nlp(path.read_text(encoding="utf-8"))
    chamber = next(span for span in doc.spans[HEADER_SPANS] if span.label_ == "chamber")
    first = doc.spans[PARAGRAPH_SPANS][0]
    excerpt = doc[chamber.start:first.end].as_doc()
    html = displacy.render(excerpt, style="ent", page=False, jupyter=False,
                            options={"colors": COLOURS})
    lines = sum(max(1, math.ceil(len(line) / CHARS_PER_LINE)) for line in excerpt.text.split("\n"))
    return html, lines


def as_svg(html: str, lines: int) -> str:
    """The HTML as well-formed XHTML inside an SVG image of a height that holds its lines."""
    xhtml = re.sub(r"<br>", "<br/>", html).replace("&nbsp;", "&#160;")
    height = lines * LINE_HEIGHT + 40
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
        f'viewBox="0 0 {WIDTH} {height}">\n'
        f'<rect width="100%" height="100%" fill="#ffffff"/>\n'
        f'<foreignObject x="10" y="10" width="{WIDTH - 20}" height="{height - 20}">\n'
        f'<div xmlns="http://www.w3.org/1999/xhtml" style="font-family: sans-serif; font-size: 16px">\n'
        f"{xhtml}\n</div>\n</foreignObject>\n</svg>\n"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("letter", type=Path)
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args()
    args.output.write_text(as_svg(*excerpt_html(args.letter)), encoding="utf-8")


if __name__ == "__main__":
    main()
