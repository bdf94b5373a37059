"""Leave-one-sample-out figures of the learned signature reader: for each ``corpora/fresh-*`` sample, the model
trained on every other gold (``corpora/headers/headers.jsonl`` included; none of the sample's pages), that sample's
headers read by the rules alone and by the rules with the learned fallback, every field pooled over the samples.

    python training/measure/leave_sample_out_signatures.py --shared ../shared [--errors]

The threshold of each held-out sample is chosen (``train_signature_model.choose_threshold``) on the out-of-fold
candidates of the other fresh samples, each scored by the model that left its own sample out; those models saw the
held-out sample, so the threshold is not strictly nested (one number chosen from many pages; the weights are).
"""

from __future__ import annotations

import argparse
import sys
from functools import partial
from pathlib import Path

sys.path.append(str(Path(__file__).resolve().parents[2]))  # training/ from the checkout; nlkst from PYTHONPATH first
from nlkst.header import parse_header  # noqa: E402
from training.measure.evaluate_headers import FieldScore, evaluate, report  # noqa: E402
from training.train_signature_model import (  # noqa: E402
    choose_threshold,
    examples,
    fit,
    load_golds,
    load_texts,
    scored_candidates,
    unique,
)


def _pool(total: dict[str, FieldScore], part: dict[str, FieldScore]) -> None:
    for name, score in part.items():
        into = total.setdefault(name, FieldScore())
        into.correct += score.correct
        into.total += score.total
        into.spurious += score.spurious
        into.errors.extend(score.errors)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--errors", action="store_true", help="list the signatory and sender changes")
    args = parser.parse_args()
    records = load_golds()
    texts = load_texts(records, args.shared)
    samples = sorted({r["sample"] for r in records if r["sample"].startswith("fresh-")})
    models, found = {}, {}
    for sample in samples:
        held = {r["id"] for r in records if r["sample"] == sample}
        training = unique([r for r in records if r["id"] not in held])
        models[sample] = fit(*examples(training, texts)[:2])
        found[sample] = scored_candidates(models[sample], [r for r in records if r["sample"] == sample], texts)
        print(f"{sample}: trained on {len(training)} pages", flush=True)
    rules: dict[str, FieldScore] = {}
    learned: dict[str, FieldScore] = {}
    for sample in samples:
        others = [r for r in records if r["sample"].startswith("fresh-") and r["sample"] != sample]
        other_found = {r["id"]: found[r["sample"]][r["id"]] for r in others if r["id"] in found[r["sample"]]}
        models[sample].threshold, _ = choose_threshold(others, other_found)
        held = [r for r in records if r["sample"] == sample]
        _pool(rules, evaluate(held, args.shared, partial(parse_header, learned_signatures=False), texts))
        _pool(learned, evaluate(held, args.shared, partial(parse_header, signature_model=models[sample]), texts))
        print(f"{sample}: threshold {models[sample].threshold}", flush=True)
    pooled = [r for r in records if r["sample"].startswith("fresh-")]
    oof = {r["id"]: found[r["sample"]][r["id"]] for r in pooled if r["id"] in found[r["sample"]]}
    _, table = choose_threshold(pooled, oof)
    print("\nout-of-sample candidates where the rules read none, by threshold (threshold, objective, right, wrong, "
          "spurious):")
    for row in table:
        if round(row[0] * 100) % 5 == 0:
            print("  ", row)
    for sample in samples:
        for doc_id, candidates in found[sample].items():
            for c in candidates:
                print(f"   {sample} {doc_id} {c.score:.3f} {c.signatory}")
    count = sum(1 for r in records if r["sample"].startswith("fresh-"))
    print(f"\n{count} headers of {len(samples)} fresh samples, rules alone:\n{report(rules)}")
    print(f"\nrules + learned fallback (leave-one-sample-out):\n{report(learned)}")
    if args.errors:
        for name in ("signatories", "sender", "co_senders"):
            before, after = set(rules[name].errors), set(learned[name].errors)
            for error in sorted(before - after):
                print(f"[{name}] mended: {error}")
            for error in sorted(after - before):
                print(f"[{name}] new: {error}")


if __name__ == "__main__":
    main()
