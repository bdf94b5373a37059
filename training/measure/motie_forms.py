"""How the fresh golds mark a motie or amendement named by a determiner, and how often the parser gives it a record.

    python training/measure/motie_forms.py [--prefix h-] [--show "de motie" left]

Every ``motie``/``amendement`` (and plural) in the gold passages of ``corpora/fresh-*`` whose id starts with
``--prefix`` (``h-`` Handelingen XML, ``sgd`` SGD), keyed by the word before it (with an ordinal or adjective, the
two words before: ``mijn tweede motie``; ``motie van orde`` left out): how many a gold record overlaps (marked) and
how many not (left), and how many a record of ``parse_references`` on the passage overlaps (parsed). ``--show`` lists
one form's marked or left mentions with their text, to read. Written to count the kind before building records for
moties said of one (docs/references.md, k21v).
"""

from __future__ import annotations

import argparse
import glob
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from nlkst.references import parse_references

_NOUN = re.compile(r"(?<![\w-])(motie|amendement|moties|amendementen)(?![\w-])(?! van orde)")
# --nouns stukken: a stuk named by description (k21u): a bill, its reports and memories, "de gewisselde stukken"
_STUK_NOUN = re.compile(r"(?<![\w-])(wets-?(?:ontwerp|voorstel)(?:en|len)?|ontwerp(?:en)?(?: van wet)?|voorstel(?:len)?"
                        r"|(?:voorlopig |voorloopig )?verslag|memorie van (?:toelichting|antwoord)"
                        r"|stukken|schrifturen)(?![\w-])")
_TWO_WORDS = {"eerste", "tweede", "derde", "vierde", "laatste", "volgende", "vorige", "andere", "gewijzigde",
              "desbetreffende", "aangehouden", "ingediende"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", default=str(Path(__file__).resolve().parents[2] / "corpora"))
    parser.add_argument("--prefix", default="h-")
    parser.add_argument("--nouns", choices=("moties", "stukken"), default="moties")
    parser.add_argument("--show", nargs=2, metavar=("FORM", "marked|left"))
    args = parser.parse_args()
    nouns = _STUK_NOUN if args.nouns == "stukken" else _NOUN
    counts: dict[str, Counter] = defaultdict(Counter)
    shown = []
    for gold_path in sorted(glob.glob(f"{args.corpora}/fresh-*/references_gold.jsonl")):
        with open(gold_path.replace("references_gold", "references_sample"), encoding="utf-8") as handle:
            texts = {item["id"]: item["text"] for item in map(json.loads, handle)}
        with open(gold_path, encoding="utf-8") as handle:
            for gold in map(json.loads, handle):
                if not gold["id"].startswith(args.prefix):
                    continue
                text = texts[gold["id"]]
                parsed = [(r["start"], r["end"]) for r in parse_references(text)]
                for match in nouns.finditer(text):
                    words = re.findall(r"[\w'-]+", text[max(0, match.start() - 40):match.start()])[-2:]
                    last = words[-1].lower() if words else ""
                    form = (" ".join(w.lower() for w in words) if last in _TWO_WORDS else last) + " " + match[1]
                    form = " ".join(form.split())
                    marked = any(r["start"] < match.end() and match.start() < r["end"] for r in gold["references"])
                    counts[form]["marked" if marked else "left"] += 1
                    counts[form]["parsed"] += any(s < match.end() and match.start() < e for s, e in parsed)
                    if args.show and form == args.show[0] and args.show[1] == ("marked" if marked else "left"):
                        shown.append((gold["id"], text[max(0, match.start() - 80):match.end() + 60]))
    print(f"{'form':34s} {'marked':>6s} {'left':>5s} {'parsed':>6s}")
    for form, count in sorted(counts.items(), key=lambda item: -(item[1]["marked"] + item[1]["left"])):
        print(f"{form:34s} {count['marked']:6d} {count['left']:5d} {count['parsed']:6d}")
    for passage, context in shown:
        print(passage, " ".join(context.split()))


if __name__ == "__main__":
    main()
