"""CPU seconds of each step of the nlkst pipeline in one process: import, loading, the tokenizer, each
component over all the documents, building and writing the records.

CPU time (``time.process_time``) rather than wall time: on a machine other jobs share, it moves less.
Run it in turns with another version of the code to compare (docs/scale.md):

    python training/measure/component_cpu.py --shared ../shared --limit 480
    git archive <commit> nlkst | tar -x -C /tmp/before
    PYTHONPATH=/tmp/before python training/measure/component_cpu.py --shared ../shared --limit 480
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

start = time.process_time()
import nlkst  # noqa: E402  (timed)
from nlkst.pipeline import load  # noqa: E402
from nlkst.records import doc_to_record  # noqa: E402

IMPORTED = time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--limit", type=int, default=480, help="first N documents of sgd_ocr.jsonl")
    parser.add_argument("--batch-size", type=int, default=16, help="as nlkst annotate's default")
    args = parser.parse_args()
    texts = []
    with (args.shared / "corpora" / "sgd" / "sgd_ocr.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            texts.append(json.loads(line)["text"])
            if len(texts) >= args.limit:
                break
    seconds = {"import": IMPORTED}
    start = time.process_time()
    nlp = load(None)
    seconds["load"] = time.process_time() - start
    start = time.process_time()
    docs = [nlp.make_doc(text) for text in texts]
    seconds["tokenizer"] = time.process_time() - start
    for name, component in nlp.pipeline:
        start = time.process_time()
        if hasattr(component, "pipe"):
            docs = list(component.pipe(docs, batch_size=args.batch_size))
        else:
            docs = [component(doc) for doc in docs]
        seconds[name] = time.process_time() - start
    start = time.process_time()
    for number, doc in enumerate(docs):
        json.dumps(doc_to_record(doc, f"doc-{number}", "sgd", nlp.meta.get("name", "nlkst")), ensure_ascii=False)
    seconds["records+JSON"] = time.process_time() - start
    after_load = sum(value for key, value in seconds.items() if key not in ("import", "load"))
    print(f"{len(texts)} documents, nlkst from {Path(nlkst.__file__).parent}")
    print(" ".join(f"{key} {value:.2f}" for key, value in seconds.items()) + f" | after loading {after_load:.2f}")


if __name__ == "__main__":
    main()
