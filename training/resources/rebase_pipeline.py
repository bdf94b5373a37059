"""A fresh rule pipeline carrying the trained components of a saved one.

The shipped pipeline stores its rule components' data (the gazetteer's patterns) and its
component order when it is written; after the rules or their data files change, this writes
``nlkst.pipeline.build()`` (today's rules and patterns) with the saved pipeline's trained
components (``ner``, ``kst_themes``) sourced unchanged, the ``ner`` before the rules that read
its guesses. Retraining the ``ner`` alone then starts from this base, so the theme
classifier stays byte-for-byte what it was:

    python training/resources/rebase_pipeline.py -o /tmp/nlkst-base
    nlkst train corpora/entities/train.jsonl corpora/entities/modern-train.jsonl \
        --dev corpora/entities/dev.jsonl --dev corpora/entities/modern-dev.jsonl \
        --base /tmp/nlkst-base -o nlkst/models/nlkst_default
"""

from __future__ import annotations

import argparse
from pathlib import Path

import spacy

from nlkst.pipeline import DEFAULT_MODEL_DIR, build

TRAINED = ("ner", "kst_themes")


def rebase(saved: Path) -> spacy.language.Language:
    """Today's rule pipeline with the trained components of the pipeline saved at ``saved``."""
    old = spacy.load(saved)
    nlp = build()
    if "ner" in old.pipe_names:
        before = next(name for name in ("kst_acronyms", "kst_entity_ids") if name in nlp.pipe_names)
        nlp.add_pipe("ner", source=old, before=before)
    if "kst_themes" in old.pipe_names:
        nlp.add_pipe("kst_themes", source=old)
    nlp.meta.update({key: old.meta[key] for key in ("name", "version", "description") if key in old.meta})
    return nlp


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, default=DEFAULT_MODEL_DIR, help="the saved pipeline")
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args()
    nlp = rebase(args.model)
    nlp.to_disk(args.output)
    print(f"{' > '.join(nlp.pipe_names)} written to {args.output}")


if __name__ == "__main__":
    main()
