"""Which entities a change of code moves, over fixed slices of ``../shared/corpora`` (blind ids left out).

``dump`` writes the entities (REF left out) of the first 400 Belgian written questions (question and answer,
first 3,000 characters), the first 400 ParlSpeech speeches (first 3,000 characters) and, with ``--sgd``, the
first 300 SGD documents (first 20,000 characters); ``diff`` lists the spans of one label that the second dump
removed, added or relabelled, with their context. Run ``dump`` once with the old code (``git archive OLD | tar
-x -C /tmp/old``, then ``cd /tmp/old && PYTHONPATH=/tmp/old python ...``) and once with the new:

    python training/measure/entity_changes.py dump /tmp/before.json --shared ../shared [--sgd]
    python training/measure/entity_changes.py diff /tmp/before.json /tmp/after.json --label PERSON

``dump --random`` takes instead a seeded random draw: 500 Belgian questions (first 6,000 characters; no blind id,
none of the repo's ``corpora/``) and 200 debate paragraphs of 200 characters or more: those of the Handelingen XML
files no blind list holds (3 paragraphs in seed 17's draw), then ParlSpeech speeches (first 3,000 characters; no
blind id) for the rest; the dump records the seconds the pipeline took, so that two dumps on one machine compare
speed too:

    python training/measure/entity_changes.py dump /tmp/before.json --random --seed 17

``--ref`` keeps the REF entities in the dump, so that `diff --label REF` lists the references a change moved.

``dump --mixed`` takes a seeded draw of all four sources (what ``particle_dump.py`` drew before it became this
mode): 150 SGD documents (first 20,000 characters), 100 Belgian questions (first 6,000 characters), 50 Handelingen
XML paragraphs of 200 characters or more and 100 ParlSpeech speeches (first 3,000 characters); no blind id, none of
the repo's ``corpora/``. Every dump keeps each entity's kb_id and each document's signatories (from the header);
``compare`` says whether two dumps hold the same entities, kb_ids and signatories, with the counts, and lists the
documents that differ (exit status 1). To show that a refactoring moves no output, run the old code with this
script (``PYTHONPATH=/tmp/old python training/measure/entity_changes.py ...`` from the new tree) and the new:

    python training/measure/entity_changes.py dump /tmp/before.json --mixed --seed 30 [--labels PERSON MINISTER]
    python training/measure/entity_changes.py dump /tmp/after.json --mixed --seed 30 [--labels PERSON MINISTER]
    python training/measure/entity_changes.py compare /tmp/before.json /tmp/after.json
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

BLIND_IDS = Path("/work/helpers/blind_doc_ids.txt")
# Every blind sample's ids: a random draw leaves them out, whichever round's list --blind-ids names.
BLIND_LISTS = "/work/helpers/blind*doc_ids.txt"
REPO_CORPORA = Path(__file__).resolve().parents[2] / "corpora"


def _texts(shared: Path, sgd: bool, blind: set[str]) -> dict[str, str]:
    texts: dict[str, str] = {}
    slices = [("be-questions/questions.jsonl", 400, 3000), ("parlspeech-sample/speeches.jsonl", 400, 3000)]
    if sgd:
        slices.append(("sgd/sgd_ocr.jsonl", 300, 20000))
    for name, count, length in slices:
        taken = 0
        with (shared / "corpora" / name).open(encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                if record["id"] in blind:
                    continue
                if "question" in record:
                    text = f"{record.get('question') or ''}\n\n{record.get('answer') or ''}"
                else:
                    text = record["text"]
                texts[record["id"]] = text[:length]
                taken += 1
                if taken == count:
                    break
    return texts


def _blind_ids() -> set[str]:
    """The ids of every blind list."""
    import glob

    return {line.strip() for path in glob.glob(BLIND_LISTS) for line in open(path, encoding="utf-8") if line.strip()}


def _repo_ids() -> set[str]:
    """Every document id that the repo's ``corpora/`` holds."""
    import re

    held: set[str] = set()
    for path in REPO_CORPORA.rglob("*.json*"):
        held.update(re.findall(r'"(?:doc_)?id": "([^"]+)"', path.read_text(encoding="utf-8", errors="replace")))
    return held


def _random_texts(shared: Path, seed: int, questions: int = 500, paragraphs: int = 200) -> dict[str, str]:
    """``questions`` random Belgian questions (no blind id, none the repo's ``corpora/`` holds) and ``paragraphs``
    random debate paragraphs of 200 characters or more: every one of the Handelingen XML files that no blind list
    holds (10 of its 14 are blind), and ParlSpeech speeches (no blind id) for the rest (seeded)."""
    import random

    from nlkst.io import SourceDocument, read_sources

    blind = _blind_ids()
    held = blind | _repo_ids()
    rng = random.Random(seed)
    with (shared / "corpora" / "be-questions" / "questions.jsonl").open(encoding="utf-8") as lines:
        records = [record for record in map(json.loads, lines) if record["id"] not in held]
    texts = {record["id"]: f"{record.get('question') or ''}\n\n{record.get('answer') or ''}"[:6000]
             for record in rng.sample(records, questions)}
    blocks = []
    for path in sorted((shared / "corpora" / "handelingen-xml").glob("*.xml")):
        if path.stem in blind:
            continue
        for source in read_sources([path]):
            if isinstance(source, SourceDocument):
                blocks += [(f"{path.stem}#{n}", block) for n, block in enumerate(source.text.split("\n\n"))
                           if len(block) >= 200]
    blocks = rng.sample(blocks, min(paragraphs, len(blocks)))
    if len(blocks) < paragraphs:
        with (shared / "corpora" / "parlspeech-sample" / "speeches.jsonl").open(encoding="utf-8") as lines:
            speeches = [(record["id"], record["text"][:3000]) for record in map(json.loads, lines)
                        if record["id"] not in blind and len(record["text"]) >= 200]
        blocks += rng.sample(speeches, paragraphs - len(blocks))
    texts.update(blocks)
    return texts


def _mixed_texts(shared: Path, seed: int) -> dict[str, str]:
    """A seeded draw of the four sources (see the module's docstring); no blind id, none the repo's ``corpora/``
    holds."""
    import random

    from nlkst.io import SourceDocument, read_sources

    held = _blind_ids() | _repo_ids()
    rng = random.Random(seed)
    texts: dict[str, str] = {}

    def jsonl(name: str, count: int, length: int) -> None:
        with (shared / "corpora" / name).open(encoding="utf-8") as lines:
            records = [record for record in map(json.loads, lines) if record["id"] not in held]
        for record in rng.sample(records, count):
            text = f"{record.get('question') or ''}\n\n{record.get('answer') or ''}" if "question" in record \
                else record["text"]
            texts[record["id"]] = text[:length]

    jsonl("sgd/sgd_ocr.jsonl", 150, 20000)
    jsonl("be-questions/questions.jsonl", 100, 6000)
    blocks = []
    for path in sorted((shared / "corpora" / "handelingen-xml").glob("*.xml")):
        if path.stem in held:
            continue
        for source in read_sources([path]):
            if isinstance(source, SourceDocument):
                blocks += [(f"{path.stem}#{n}", block) for n, block in enumerate(source.text.split("\n\n"))
                           if len(block) >= 200]
    texts.update(rng.sample(blocks, min(50, len(blocks))))
    jsonl("parlspeech-sample/speeches.jsonl", 100, 3000)
    return texts


def dump(output: Path, shared: Path, sgd: bool, blind_ids: Path, seed: int | None = None, ref: bool = False,
         mixed: bool = False, labels: list[str] | None = None) -> None:
    """Run the pipeline over the texts (the fixed slices, or with ``seed`` a random or, ``mixed``, a four-source
    draw) and write their entities (``labels`` only, or all but REF unless ``ref``) and signatories."""
    import time

    import nlkst

    blind = set(blind_ids.read_text().split()) if blind_ids.is_file() else set()
    if mixed:
        texts = _mixed_texts(shared, seed)
    else:
        texts = _texts(shared, sgd, blind) if seed is None else _random_texts(shared, seed)
    nlp = nlkst.load()
    nlp("warm up")
    entities, signatories = {}, {}
    started = time.perf_counter()
    with nlp.select_pipes(disable=[name for name in ("kst_themes",) if name in nlp.pipe_names]):
        for doc_id, doc in zip(texts, nlp.pipe(texts.values())):
            entities[doc_id] = [[e.start_char, e.end_char, e.label_, e.kb_id_] for e in doc.ents
                                if (e.label_ in labels if labels else ref or e.label_ != "REF")]
            signatories[doc_id] = (doc._.kamerstuk or {}).get("signatories")
    seconds = time.perf_counter() - started
    print(f"{len(texts)} texts, {sum(map(len, texts.values()))} characters, {seconds:.1f} s (themes off)")
    output.write_text(json.dumps({"texts": texts, "entities": entities, "signatories": signatories,
                                  "seconds": seconds}), encoding="utf-8")


def compare(before_path: Path, after_path: Path) -> bool:
    """Whether the two dumps hold the same texts, entities (with kb_ids) and signatories; prints the counts and the
    documents that differ."""
    from collections import Counter

    before, after = (json.loads(path.read_text(encoding="utf-8")) for path in (before_path, after_path))
    for name, data in (("before", before), ("after", after)):
        labels = Counter(span[2] for spans in data["entities"].values() for span in spans)
        signed = sum(bool(names) for names in data.get("signatories", {}).values())
        print(f"{name}: {len(data['texts'])} texts, {sum(labels.values())} entities "
              f"({', '.join(f'{label} {count}' for label, count in sorted(labels.items()))}), "
              f"{signed} with signatories, {data['seconds']:.1f} s")
    differing = [doc_id for doc_id in before["texts"] | after["texts"]
                 if before["texts"].get(doc_id) != after["texts"].get(doc_id)
                 or before["entities"].get(doc_id) != after["entities"].get(doc_id)
                 or before.get("signatories", {}).get(doc_id) != after.get("signatories", {}).get(doc_id)]
    print(f"{len(differing)} documents differ", *differing[:50], sep="\n  ")
    return not differing


def diff(before_path: Path, after_path: Path, label: str) -> None:
    before, after = (json.loads(path.read_text(encoding="utf-8")) for path in (before_path, after_path))
    texts = before["texts"]
    changes: dict[str, list[str]] = {"removed": [], "added": [], "relabelled": []}
    totals = [0, 0]
    for doc_id, text in texts.items():
        old = {(s, e): lab for s, e, lab, *_ in before["entities"][doc_id]}  # older dumps have no kb_id
        new = {(s, e): lab for s, e, lab, *_ in after["entities"].get(doc_id, [])}
        totals[0] += sum(lab == label for lab in old.values())
        totals[1] += sum(lab == label for lab in new.values())
        for spans, others, side in ((old, new, "removed"), (new, old, "added")):
            for (s, e), lab in spans.items():
                kind = side
                if lab != label or others.get((s, e)) == label:
                    continue
                if (s, e) in others:
                    kind = "relabelled"  # only one side holds the label, so it is counted once
                context = f"{text[max(0, s - 50):s]}[[{text[s:e]}]]{text[e:e + 30]}".replace("\n", " ")
                other = others.get((s, e))
                note = "" if other is None else f" (now {other})" if side == "removed" else f" (was {other})"
                changes[kind].append(f"  {doc_id} {text[s:e]!r}{note} :: {context}")
    for kind, lines in changes.items():
        print(f"== {label} {kind}: {len(lines)}")
        print("\n".join(lines))
    print(f"{label} in all: {totals[0]} -> {totals[1]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    dumping = commands.add_parser("dump")
    dumping.add_argument("output", type=Path)
    dumping.add_argument("--shared", type=Path, default=Path("../shared"))
    dumping.add_argument("--sgd", action="store_true", help="also the first 300 SGD documents")
    dumping.add_argument("--blind-ids", type=Path, default=BLIND_IDS)
    dumping.add_argument("--random", action="store_true", help="a seeded random draw instead of the fixed slices")
    dumping.add_argument("--seed", type=int, help="the draw's seed: 17 for --random, 30 for --mixed if not given")
    dumping.add_argument("--ref", action="store_true", help="keep the REF entities too (for `diff --label REF`)")
    dumping.add_argument("--mixed", action="store_true",
                         help="a seeded draw of all four sources (SGD, questions, Handelingen, ParlSpeech)")
    dumping.add_argument("--labels", nargs="+", help="keep only these labels")
    diffing = commands.add_parser("diff")
    diffing.add_argument("before", type=Path)
    diffing.add_argument("after", type=Path)
    diffing.add_argument("--label", default="PERSON")
    comparing = commands.add_parser("compare", help="whether two dumps hold the same entities, kb_ids, signatories")
    comparing.add_argument("before", type=Path)
    comparing.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "dump":
        seed = None if not (args.random or args.mixed) else args.seed or (30 if args.mixed else 17)
        dump(args.output, args.shared.resolve(), args.sgd, args.blind_ids, seed, args.ref, args.mixed, args.labels)
    elif args.command == "compare":
        raise SystemExit(0 if compare(args.before, args.after) else 1)
    else:
        diff(args.before, args.after, args.label)


if __name__ == "__main__":
    main()
