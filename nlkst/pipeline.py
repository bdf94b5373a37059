"""Assemble and load the nlkst pipeline."""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language

from . import components, tokenizer  # noqa: F401  (registers the factories and the tokenizer)
from .gazetteer import ruler_patterns
from .loading import load_pipeline_dir

PIPELINE_NAME = "nlkst_default"
DEFAULT_MODEL_DIR = Path(__file__).parent / "models" / PIPELINE_NAME


def build() -> Language:
    """A fresh default pipeline from the registered components."""
    nlp = spacy.blank("nl", config={"nlp": {"tokenizer": {"@tokenizers": "nlkst.tokenizer.v1"}}})
    nlp.add_pipe("kst_header")
    nlp.add_pipe("kst_paragraphs")
    nlp.add_pipe("kst_references")
    ruler = nlp.add_pipe("entity_ruler", name="kst_gazetteer", config={"overwrite_ents": False})
    ruler.add_patterns(ruler_patterns())
    nlp.add_pipe("kst_members")
    nlp.add_pipe("kst_entity_ids")
    nlp.meta["name"] = PIPELINE_NAME
    return nlp


def load(name: str | Path | None = None) -> Language:
    """The default pipeline shipped in the package, or a saved pipeline directory."""
    if name is None:
        if (DEFAULT_MODEL_DIR / "config.cfg").exists():
            return load_pipeline_dir(DEFAULT_MODEL_DIR)
        return build()
    path = Path(name)
    if not path.exists():
        raise FileNotFoundError(
            f"No pipeline at {path!s}: give a directory written by `nlkst train` "
            "or leave the model out to use the default that ships with nlkst."
        )
    return load_pipeline_dir(path)
