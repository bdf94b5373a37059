"""Draw modern paragraphs for a blind theme sample, richer in themes than a random draw.

Per source (Tweede Kamer speeches 1995-2019, Belgian written questions 2017): ``--cue`` paragraphs
holding a theme cue word (a broad list written from the names in ANNOTATION.md section 5, not from
the model) and ``--random`` paragraphs drawn at random, one a document; every document that a corpus
of the project or an earlier sample holds is left out. The last 120 lines of
``corpora/fresh-2026-12-03b/themes.jsonl`` were drawn so (the corpora it leaves out have grown since,
so a run today draws other documents):

    python training/corpora/draw_theme_sample.py --seed 20261205 --exclude /work/blind2/*_sample.jsonl \
        -o /work/blind2/themes2_sample.jsonl
"""

from __future__ import annotations

import argparse
import glob
import json
import random
import re

CUE = re.compile(
    r"uitvoering|dienstverlening|loket|digita|ICT|algoritm|wetgeving|wetsvoorstel|regelgeving"
    r"|samenwerk|ketensamen|Kamer|motie|toezegging|achterstand|capaciteit|personeel|burger",
    re.I,
)


def document_key(record: dict) -> str:
    key = str(record.get("doc_id") or record.get("id"))
    return key.split("#")[0] if "/" in key else key.split(":")[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default="../shared")
    parser.add_argument("--seed", type=int, default=20261205)
    parser.add_argument("--cue", type=int, default=30, help="paragraphs with a cue word, per source")
    parser.add_argument("--random", type=int, default=30, help="paragraphs at random, per source")
    parser.add_argument("--exclude", nargs="*", default=[], help="more JSON Lines files whose documents to leave out")
    parser.add_argument("-o", "--output", required=True)
    args = parser.parse_args()
    used = {document_key(json.loads(line)) for f in glob.glob("corpora/**/*.jsonl", recursive=True) + args.exclude
            for line in open(f, encoding="utf-8")}
    rng = random.Random(args.seed)
    corpora = f"{args.shared}/corpora"
    pool = []
    for line in open(f"{corpora}/parlspeech-sample/speeches.jsonl", encoding="utf-8"):
        speech = json.loads(line)
        if speech["id"] not in used:
            pool += [{"doc_id": speech["id"], "source": "parlspeech-sample", "date": speech["date"], "text": part}
                     for part in re.split(r"\s{3,}", speech["text"]) if 200 < len(part) < 1500]
    for line in open(f"{corpora}/be-questions/questions.jsonl", encoding="utf-8"):
        question = json.loads(line)
        if question["id"] not in used:
            pool += [{"doc_id": question["id"], "source": "be-questions", "date": question.get("date"),
                      "text": part.strip()}
                     for part in re.split(r"\n\s*\n", question.get("answer") or question["question"])
                     if 200 < len(part.strip()) < 1500]
    rng.shuffle(pool)
    drawn, seen = [], set()
    for source in ("parlspeech-sample", "be-questions"):
        for with_cue, count in ((True, args.cue), (False, args.random)):
            taken = 0
            for paragraph in pool:
                if taken == count:
                    break
                if paragraph["source"] != source or paragraph["doc_id"] in seen:
                    continue
                if with_cue and not CUE.search(paragraph["text"]):
                    continue
                seen.add(paragraph["doc_id"])
                drawn.append(paragraph)
                taken += 1
    for number, paragraph in enumerate(drawn):
        paragraph["id"] = f"{paragraph['doc_id']}:{number}"
    rng.shuffle(drawn)
    with open(args.output, "w", encoding="utf-8") as out:
        for paragraph in drawn:
            out.write(json.dumps(paragraph, ensure_ascii=False) + "\n")
    print(f"{len(drawn)} paragraphs written to {args.output}")


if __name__ == "__main__":
    main()
