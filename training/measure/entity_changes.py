"""Which entities a change of code moves, over fixed slices of ``../shared/corpora`` (blind ids left out).

``dump`` writes the entities (REF left out) of the first 400 Belgian written questions (question and answer,
first 3,000 characters), the first 400 ParlSpeech speeches (first 3,000 characters) and, with ``--sgd``, the
first 300 SGD documents (first 20,000 characters); ``diff`` lists the spans of one label that the second dump
removed, added or relabelled, with their context. Run ``dump`` once with the old code (``git archive OLD | tar
-x -C /tmp/old``, then ``cd /tmp/old && PYTHONPATH=/tmp/old python ...``) and once with the new:

    python training/measure/entity_changes.py dump /tmp/before.json --shared ../shared [--sgd]
    python training/measure/entity_changes.py diff /tmp/before.json /tmp/after.json --label PERSON
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

BLIND_IDS = Path("/work/helpers/blind_doc_ids.txt")


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


def dump(output: Path, shared: Path, sgd: bool, blind_ids: Path) -> None:
    import nlkst

    blind = set(blind_ids.read_text().split()) if blind_ids.is_file() else set()
    texts = _texts(shared, sgd, blind)
    nlp = nlkst.load()
    entities = {}
    with nlp.select_pipes(disable=[name for name in ("kst_themes",) if name in nlp.pipe_names]):
        for doc_id, doc in zip(texts, nlp.pipe(texts.values())):
            entities[doc_id] = [[e.start_char, e.end_char, e.label_] for e in doc.ents if e.label_ != "REF"]
    output.write_text(json.dumps({"texts": texts, "entities": entities}), encoding="utf-8")


def diff(before_path: Path, after_path: Path, label: str) -> None:
    before, after = (json.loads(path.read_text(encoding="utf-8")) for path in (before_path, after_path))
    texts = before["texts"]
    changes: dict[str, list[str]] = {"removed": [], "added": [], "relabelled": []}
    totals = [0, 0]
    for doc_id, text in texts.items():
        old = {(s, e): lab for s, e, lab in before["entities"][doc_id]}
        new = {(s, e): lab for s, e, lab in after["entities"].get(doc_id, [])}
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
    diffing = commands.add_parser("diff")
    diffing.add_argument("before", type=Path)
    diffing.add_argument("after", type=Path)
    diffing.add_argument("--label", default="PERSON")
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.output, args.shared.resolve(), args.sgd, args.blind_ids)
    else:
        diff(args.before, args.after, args.label)


if __name__ == "__main__":
    main()
