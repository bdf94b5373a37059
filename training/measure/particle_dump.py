"""Dump the pipeline's PERSON/MINISTER entities (with kb_ids) and the header's signatories over a seeded random
draw of pool texts, to show that a refactoring moves none (blind ids and the repo's ``corpora/`` left out).

Draw (seed 30): 150 SGD documents (first 20,000 characters), 100 Belgian questions (question and answer, first
6,000 characters), 50 Handelingen XML paragraphs of 200 characters or more, 100 ParlSpeech speeches (first 3,000
characters). Run once with the old code (``git archive OLD | tar -x -C /tmp/old``) and once with the new:

    python training/measure/particle_dump.py /tmp/before.json
    python training/measure/particle_dump.py /tmp/after.json
    cmp /tmp/before.json /tmp/after.json
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from training.measure.entity_changes import _blind_ids, _repo_ids


def _draw(shared: Path, seed: int) -> dict[str, str]:
    from nlkst.io import SourceDocument, read_sources

    held = _blind_ids() | _repo_ids()
    rng = random.Random(seed)
    texts: dict[str, str] = {}

    def jsonl(name: str, count: int, length: int) -> None:
        with (shared / "corpora" / name).open(encoding="utf-8") as lines:
            records = [r for r in map(json.loads, lines) if r["id"] not in held]
        for r in rng.sample(records, count):
            text = f"{r.get('question') or ''}\n\n{r.get('answer') or ''}" if "question" in r else r["text"]
            texts[r["id"]] = text[:length]

    jsonl("sgd/sgd_ocr.jsonl", 150, 20000)
    jsonl("be-questions/questions.jsonl", 100, 6000)
    blocks = []
    for path in sorted((shared / "corpora" / "handelingen-xml").glob("*.xml")):
        if path.stem in held:
            continue
        for source in read_sources([path]):
            if isinstance(source, SourceDocument):
                blocks += [(f"{path.stem}#{n}", b) for n, b in enumerate(source.text.split("\n\n")) if len(b) >= 200]
    texts.update(rng.sample(blocks, min(50, len(blocks))))
    jsonl("parlspeech-sample/speeches.jsonl", 100, 3000)
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("output", type=Path)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--seed", type=int, default=30)
    args = parser.parse_args()
    import nlkst

    texts = _draw(args.shared, args.seed)
    nlp = nlkst.load()
    out = {}
    with nlp.select_pipes(disable=[n for n in ("kst_themes",) if n in nlp.pipe_names]):
        for doc_id, doc in zip(texts, nlp.pipe(texts.values())):
            out[doc_id] = {
                "ents": [[e.start_char, e.end_char, e.label_, e.kb_id_] for e in doc.ents
                         if e.label_ in ("PERSON", "MINISTER")],
                "signatories": (doc._.kamerstuk or {}).get("signatories"),
            }
    args.output.write_text(json.dumps(out, ensure_ascii=False, indent=0, sort_keys=True), encoding="utf-8")
    print(len(texts), "texts;", sum(len(v["ents"]) for v in out.values()), "PERSON/MINISTER spans;",
          sum(bool(v["signatories"]) for v in out.values()), "with signatories")


if __name__ == "__main__":
    main()
