"""Draw fresh random samples for blind annotation, leaving out every document already annotated.

References (70 passages around a reference cue in speeches, SGD Handelingen and kamerstukken,
one passage a document), headers (24 SGD documents that name an Aanhangsel near their start, 24
random SGD documents, the modern Aanhangsel and letter), 100 body paragraphs given alone and 55
random paragraphs for entities, and 80 modern paragraphs (1995 onwards) for the themes. Written
outside the checkout (so that the people who build the code do not read them); the gold made
from them goes to corpora/fresh-<date>/.

    python training/corpora/draw_fresh_samples.py --seed 20261203 --out /work/blind   # the draw of 2026-12-03
    python training/corpora/draw_fresh_samples.py --seed 20261204 --out /work/blind2  # the next one

Until 2026-12-03 19:40 the speeches and Belgian questions of the reference, fragment and entity
samples were not checked against the corpora (SGD documents and the theme sample were): the draw
of seed 20261204 has 43 documents that a corpus held, which corpora/fresh-2026-12-03b/README.md
lists and its figures leave out.

Until 2026-12-04 14:30 the modern-gov pages of the theme sample were not checked against the
corpora (their ids were cut short before comparing): the draw of seed 20261208 has two modern-gov
paragraphs that a theme corpus held (corpora/fresh-2026-12-04/README.md lists them).

By 2026-12-04 the speeches are used up (the 122 that no corpus holds are a line or two long), so
the entity draw of seed 20261210 found 57 Belgian paragraphs and no speech. Where the entity
sample is short of 70, it is topped up with Handelingen XML paragraphs (2017/18 debates) whose
text no corpus holds, from a second generator seeded with seed + 1, so that every draw above it
stays as it was. The reference sample is topped up the same way (seed + 2) to 45 Handelingen
passages, with windows from Handelingen XML minutes whose text no corpus holds.

By 2026-12-05 the speeches no corpus holds are fewer than the 120 the entity draw asked for, and the draw of
seed 20261216 stopped there, after writing the reference, header and fragment samples (which it drew first, so
they are as they would be). The entity draw now takes the speeches that are left, and the Handelingen XML top-up
what is left of it.

From 2026-12-07 the sizes can be set (`--sgd-headers`, `--handelingen-passages`, `--kamerstuk-passages`); their
defaults are the sizes of every earlier draw, so those draws stay reproducible. The pools of speeches, Belgian
questions and SGD Aanhangsel pages are nearly spent, so a larger sample now means more random SGD pages and passages:

    python training/corpora/draw_fresh_samples.py --seed 20261234 --sgd-headers 48 --kamerstuk-passages 40 \\
        --out /work/blind27

By 2026-12-07 (after the thirtieth sample) fewer than 100 SGD pages are held by no corpus: the fragment slices
and theme paragraphs of the earlier draws took most of the pool. A page that the corpora hold only as a fragment
slice or a theme paragraph has never had its header or its references annotated, so `--reopen-paragraph-pages`
lets the header and reference draws take it again (about 1,780 pages); the fragment, entity and theme draws still
leave it out, and `texts_held_by_corpora.json` shows any overlap:

    python training/corpora/draw_fresh_samples.py --seed 20261238 --reopen-paragraph-pages --sgd-headers 48 \\
        --kamerstuk-passages 40 --out /work/blind31

Run again, it draws other documents: the corpora it leaves out have grown since (the gold of
this draw among them), which is what the next fresh sample needs.
"""

import argparse
import glob
import json
import os
import random
import re

from nlkst.io.readers import read_file

parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
parser.add_argument("--seed", type=int, default=20261203)
parser.add_argument("--out", default="/work/blind", help="directory for the samples (outside the checkout)")
parser.add_argument("--sgd-headers", type=int, default=24,
                    help="random SGD header pages (24 in every draw to 2026-12-06)")
parser.add_argument("--handelingen-passages", type=int, default=45, help="Handelingen reference passages")
parser.add_argument("--kamerstuk-passages", type=int, default=25, help="kamerstuk reference passages")
parser.add_argument("--reopen-paragraph-pages", action="store_true",
                    help="let the header and reference draws take SGD pages that corpora hold only as a fragment "
                         "slice or a theme paragraph (their headers and references were never annotated)")
args = parser.parse_args()
OUT = args.out
os.makedirs(OUT, exist_ok=True)
S = "../shared/corpora"
used = set()
used_full = set()  # whole ids: a modern-gov page id holds ':' and '/', which the document key cuts off
annotated = set()  # documents whose header, references or entities some corpus holds


def holds_paragraphs_only(path: str) -> bool:
    """A fragment gold or a theme corpus: it holds paragraphs of a page, never its header or references."""
    return os.path.basename(path).startswith(("fragments", "themes")) or "/themes/" in path


for f in glob.glob("corpora/**/*.jsonl", recursive=True):
    for line in open(f):
        d = json.loads(line)
        for k in ("doc_id", "id", "corpus"):
            if k in d:
                used.add(str(d[k]).split(":")[0].split("/")[-1].removesuffix(".txt"))
                used_full.add(str(d[k]))
                if not holds_paragraphs_only(f):
                    annotated.add(str(d[k]).split(":")[0].split("/")[-1].removesuffix(".txt"))
rng = random.Random(args.seed)
sgd = [json.loads(line) for line in open(f"{S}/sgd/sgd_ocr.jsonl")]
sgd_fresh = [d for d in sgd if d["id"] not in (annotated if args.reopen_paragraph_pages else used)]
# every speech and Belgian question that a corpus of the project holds is left out, as SGD documents are
speeches = [sp for line in open(f"{S}/parlspeech-sample/speeches.jsonl") if (sp := json.loads(line))["id"] not in used]
CUE = re.compile(
    r"\b(nrs?\.|[Ss]tuk|Kamerstuk|Handelingen|[Aa]rtikel|[Mm]otie|[Aa]mendement|Stb\.|Staatsblad|Stcrt"
    r"|[Bb]rief|[Ww]etsvoorstel|ECLI|\d{5}|\d\d \d{3})"
)


def windows(doc_id, text, source, n_chars=700):
    out = []
    for m in CUE.finditer(text):
        s = text.rfind("\n", 0, max(0, m.start() - 250)) + 1
        e = text.find("\n", min(len(text), m.end() + 350))
        e = len(text) if e < 0 else e
        out.append({"id": f"{doc_id}:{s}", "doc_id": doc_id, "source": source, "start": s, "end": e, "text": text[s:e]})
    return out


def is_handelingen(t):
    h = t[:600].lower()
    return ("handelingen" in h or "vergadering" in h) and "aanhangsel" not in h


# --- references: Handelingen windows (45 by default) and kamerstuk windows (25 by default)
hand, kst = [], []
for sp in speeches:
    t = sp["text"]
    for m in CUE.finditer(t):
        s = max(0, m.start() - 300)
        e = min(len(t), m.end() + 400)
        hand.append(
            {
                "id": f"{sp['id']}:{s}",
                "doc_id": sp["id"],
                "source": "parlspeech-sample",
                "date": sp["date"],
                "start": s,
                "end": e,
                "text": t[s:e],
            }
        )
for d in sgd_fresh:
    (hand if is_handelingen(d["text"]) else kst).extend(
        dict(w, source="sgd") for w in windows(d["id"], d["text"], "sgd")
    )
for f in sorted(glob.glob(f"{S}/handelingen-xml/*.xml")):
    for r in read_file(f):
        if hasattr(r, "text") and r.id not in used:
            hand.extend(windows(r.id, r.text, "handelingen-xml"))


def pick(pool, n):
    rng.shuffle(pool)
    seen = set()
    out = []
    for w in pool:
        if w["doc_id"] in seen:
            continue
        seen.add(w["doc_id"])
        out.append(w)
        if len(out) == n:
            break
    return out


refs = pick(hand, args.handelingen_passages) + pick(kst, args.kamerstuk_passages)
rng.shuffle(refs)
with open(f"{OUT}/refs_sample.jsonl", "w") as f:
    for w in refs:
        f.write(json.dumps(w, ensure_ascii=False) + "\n")
# --- headers: 24 aanhangsel docs from SGD (random), random SGD docs (24 by default), modern letters and aanhangsel
ah = [d for d in sgd_fresh if "aanhangsel" in d["text"][:400].lower()]
refdocs = {w["doc_id"] for w in refs}
ah = [d for d in ah if d["id"] not in refdocs]
rng.shuffle(ah)
rest = [d for d in sgd_fresh if d["id"] not in refdocs and d not in ah[:24]]
rng.shuffle(rest)
hdr = [dict(id=d["id"], source="sgd-aanhangsel", text=d["text"]) for d in ah[:24]]
hdr += [dict(id=d["id"], source="sgd-random", text=d["text"]) for d in rest[: args.sgd_headers]]
for f in sorted(glob.glob(f"{S}/modern-aanhangsel/*.txt")) + sorted(glob.glob(f"{S}/modern-letters/*.txt")):
    if f.split("/")[-1][:-4] not in used:
        hdr.append(dict(id=f.split("/")[-1][:-4], source=f.split("/")[-2], text=open(f, encoding="utf-8").read()))
with open(f"{OUT}/headers_sample.jsonl", "w") as f:
    for d in hdr:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
hdrdocs = {d["id"] for d in hdr}
# --- fragments: 100 random body paragraphs (fresh sgd/parlspeech/be), no header expected
frag = []
for sp in rng.sample(speeches, 40):
    parts = [p for p in re.split(r"\s{3,}", sp["text"]) if len(p) > 200]
    if parts:
        frag.append({"id": sp["id"], "source": "parlspeech-sample", "text": rng.choice(parts)})
be = [q for line in open(f"{S}/be-questions/questions.jsonl") if (q := json.loads(line))["id"] not in used]
for q in rng.sample(be, 30):
    parts = [p.strip() for p in re.split(r"\n\s*\n", q.get("answer") or q["question"]) if len(p.strip()) > 200]
    if parts:
        frag.append({"id": q["id"], "source": "be-questions", "text": rng.choice(parts)})
spare = [d for d in rest[args.sgd_headers :] if d["id"] not in used]
for d in rng.sample(spare, min(150, len(spare))):  # the fresh SGD pool ran below 150 pages on 2026-12-07
    t = d["text"]
    mid = len(t) // 2
    s = t.find("\n", mid) + 1
    e = t.find("\n", s + 400)
    if s > 0 and e > 0:
        frag.append({"id": d["id"], "source": "sgd", "text": t[s:e]})
    if len(frag) >= 100:
        break
with open(f"{OUT}/fragments_sample.jsonl", "w") as f:
    for d in frag[:100]:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
# --- entities: 70 random paragraphs (parlspeech, be-questions, handelingen-xml paragraphs), not chosen for entities
ent = []
for sp in rng.sample(speeches, min(120, len(speeches))):  # the pool runs out (2026-12-05)
    if sp["id"] in refdocs:
        continue
    parts = [p for p in re.split(r"\s{3,}", sp["text"]) if 150 < len(p) < 1500]
    if parts:
        ent.append({"id": sp["id"], "source": "parlspeech-sample", "date": sp["date"], "text": rng.choice(parts)})
    if len(ent) >= 35:
        break
for q in rng.sample(be, 120):
    txt = q.get("answer") or q["question"]
    parts = [p.strip() for p in re.split(r"\n\s*\n", txt) if 150 < len(p.strip()) < 1500]
    if parts:
        ent.append({"id": q["id"], "source": "be-questions", "date": q.get("date"), "text": rng.choice(parts)})
    if len(ent) >= 70:
        break
with open(f"{OUT}/entities_sample.jsonl", "w") as f:
    for d in ent:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
# --- themes: 80 modern paragraphs (1995 onwards) from documents no theme corpus holds, one a document
theme_pool = [
    {"id": sp["id"], "source": "parlspeech-sample", "date": sp["date"], "text": p}
    for sp in speeches
    if sp["id"] not in used and sp["id"] not in refdocs
    for p in re.split(r"\s{3,}", sp["text"])
    if 200 < len(p) < 1500
]
theme_pool += [
    {"id": q["id"], "source": "be-questions", "date": q.get("date"), "text": p.strip()}
    for q in be
    if q["id"] not in used
    for p in re.split(r"\n\s*\n", q.get("answer") or q["question"])
    if 200 < len(p.strip()) < 1500
]
used_pages = {u.split("#")[0] for u in used_full}
for line in open(f"{S}/modern-gov/paragraphs.jsonl"):
    d = json.loads(line)
    if d["id"].split("#")[0] not in used_pages and 200 < len(d["text"]) < 1500:
        theme_pool.append({"id": d["id"], "source": "modern-gov", "date": d.get("date"), "text": d["text"]})
for f in sorted(glob.glob(f"{S}/handelingen-xml/*.xml")):
    for r in read_file(f):
        if hasattr(r, "text") and r.id not in used:
            theme_pool.extend(
                {"id": f"{r.id}:{i}", "source": "handelingen-xml", "text": p.strip()}
                for i, p in enumerate(r.text.split("\n\n"))
                if 200 < len(p.strip()) < 1500
            )
for d in theme_pool:
    d["doc_id"] = d["id"].split(":")[0].split("#")[0]
per_source = {"parlspeech-sample": 42, "be-questions": 35, "modern-gov": 15, "handelingen-xml": 10}
themes = [d for src, n in per_source.items() for d in pick([d for d in theme_pool if d["source"] == src], n)]
rng.shuffle(themes)
with open(f"{OUT}/themes_sample.jsonl", "w") as f:
    for d in themes:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(
    len(themes),
    len(refs),
    sum(w["source"] == "sgd" and not is_handelingen(w["text"]) for w in refs),
    len(hdr),
    len(frag[:100]),
    len(ent),
)
# --- top-up of the entity sample: Handelingen XML paragraphs that no corpus holds, drawn last
if len(ent) < 70:
    held_texts = set()
    for f in glob.glob("corpora/**/*.jsonl", recursive=True):
        for line in open(f):
            held_texts.add(" ".join(str(json.loads(line).get("text", "")).split()))
    drawn_texts = {" ".join(d["text"].split()) for d in refs + frag + themes}
    xml_paragraphs = [
        {"id": f"{r.id}:{i}", "source": "handelingen-xml", "date": None, "text": p.strip()}
        for f in sorted(glob.glob(f"{S}/handelingen-xml/*.xml"))
        for r in read_file(f)
        if hasattr(r, "text")
        for i, p in enumerate(r.text.split("\n\n"))
        if 150 < len(p.strip()) < 1500
        and " ".join(p.split()) not in held_texts
        and not any(" ".join(p.split()) in t for t in drawn_texts)
    ]
    topped = random.Random(args.seed + 1).sample(xml_paragraphs, min(len(xml_paragraphs), 70 - len(ent)))
    with open(f"{OUT}/entities_sample.jsonl", "a") as f:
        for d in topped:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"entities topped up with {len(topped)} Handelingen XML paragraphs")
# --- top-up of the reference sample to its Handelingen passages: Handelingen XML windows no corpus holds
n_hand = sum(w["source"] != "sgd" or is_handelingen(w["text"]) for w in refs)
if n_hand < args.handelingen_passages:
    held_texts = set()
    for f in glob.glob("corpora/**/*.jsonl", recursive=True):
        for line in open(f):
            held_texts.add(" ".join(str(json.loads(line).get("text", "")).split()))
    xml_windows = [
        w
        for f in sorted(glob.glob(f"{S}/handelingen-xml/*.xml"))
        for r in read_file(f)
        if hasattr(r, "text")
        for w in windows(r.id, r.text, "handelingen-xml")
        if not any(" ".join(w["text"].split())[:200] in t for t in held_texts)
    ]
    second = random.Random(args.seed + 2)
    second.shuffle(xml_windows)
    topped_refs, taken_docs = [], set()
    for w in xml_windows:  # at most two windows a document, apart from each other
        if sum(t["doc_id"] == w["doc_id"] for t in topped_refs) < 2 and all(
            t["doc_id"] != w["doc_id"] or abs(t["start"] - w["start"]) > 5000 for t in topped_refs
        ):
            topped_refs.append(w)
        if len(topped_refs) == args.handelingen_passages - n_hand:
            break
    with open(f"{OUT}/refs_sample.jsonl", "a") as f:
        for w in topped_refs:
            f.write(json.dumps(w, ensure_ascii=False) + "\n")
    print(f"references topped up with {len(topped_refs)} Handelingen XML passages")
