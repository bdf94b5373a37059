"""Build tests/data/header_cases.jsonl: real text excerpts with the fields their hand-checked gold gives.

    python training/corpora/build_header_cases.py --shared ../shared --exclude ids.txt

Every Aanhangsel record of the gold (corpora/headers/), three records a layout drawn at random (seed 22)
among those the reader gets right, and the known misses (XFAIL, each with its reason). The excerpt runs
from the document's start to just past its last header span, or is the whole text where a shorter one
would read otherwise. ``--exclude`` names documents never to use (one id a line).
"""

import argparse
import json
import random
from pathlib import Path
from nlkst.header import parse_header
from nlkst.schema import HEADER_FIELDS

parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
parser.add_argument("--shared", type=Path, default=Path("../shared"))
parser.add_argument("--exclude", type=Path)
args = parser.parse_args()
texts = {}
for line in open(args.shared / "corpora" / "sgd" / "sgd_ocr.jsonl", encoding="utf-8"):
    d = json.loads(line)
    texts[d["id"]] = d["text"]
gold = [json.loads(line) for line in open("corpora/headers/headers.jsonl")] + [
    json.loads(line) for line in open("corpora/headers/aanhangsel_sgd.jsonl")
]
blind = set(args.exclude.read_text().split()) if args.exclude else set()
XFAIL = {
    "sgd-0000334119": "pre-war motie whose heading OCR garbled (TOOKGESTELDE MOTIE VAN OSDE) is not found",
    "sgd-0000402699": "KONINKLIJKE BOODSCHAP over an ONTWERP VAN WET: the second heading is read",
    "sgd-0000046050": "stuk number misread by OCR (331 for 231) is taken as printed",
    "sgd-0000065290": "a Bijlage page holding two stukken (434, 435): its chamber line is not seen",
    "sgd-0000079831": "a 1940s signature block read with a garbled portfolio where the gold has none",
    "sgd-0000410006": "an 1876 Bijlage whose heading OCR garbled (1UJI.AGE ObtS) is not found",
    "sgd-0000058653": "a Bijlage whose number (457.) stands below a page-range running head (5-6.): no number read",
    "sgd-0000041000": "a dossier title printed over several lines is not joined to its number",
    "sgd-0000292924": "the running head (291. / 3.) and the stuk marker (291. 8., OCR for 3) disagree: "
    "the marker is read",
}
rng = random.Random(22)
by_layout = {}
for r in gold:
    if r["id"] in blind or r["corpus"] != "corpora/sgd/sgd_ocr.jsonl":
        continue
    by_layout.setdefault(r["layout"], []).append(r)
chosen = []
for layout, records in sorted(by_layout.items()):
    ok = [
        r
        for r in records
        if r["id"] not in XFAIL
        and all(parse_header(texts[r["id"]]).fields.get(k) == r["header"].get(k) for k in HEADER_FIELDS)
    ]
    take = ok if layout.startswith("aanhangsel") else rng.sample(ok, min(3, len(ok)))
    chosen += take
chosen += [r for r in gold if r["id"] in XFAIL]
out = []
for r in chosen:
    text = texts[r["id"]]
    expected = {k: r["header"].get(k) for k in HEADER_FIELDS}
    full = parse_header(text).fields
    spans = parse_header(text).spans
    cut = min(len(text), max([e for s, e, line in spans] + [0]) + 120)
    excerpt = text[:cut]
    if any(parse_header(excerpt).fields.get(k) != full.get(k) for k in HEADER_FIELDS):
        excerpt = text
    case = {
        "id": r["id"],
        "source": f"corpora/sgd/sgd_ocr.jsonl#{r['id']}",
        "layout": r["layout"],
        "text": excerpt,
        "expected": expected,
    }
    if r["id"] in XFAIL:
        case["xfail"] = XFAIL[r["id"]]
    out.append(case)
with open("tests/data/header_cases.jsonl", "w") as f:
    for c in out:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(out), sum(len(c["text"]) for c in out))
