"""Assemble and load the nlkst pipeline."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.vocab import Vocab
from thinc.api import Config

from . import __version__, components, tokenizer  # noqa: F401  (registers the factories and the tokenizer)
from .gazetteer import ruler_patterns
from .loading import load_pipeline_dir

PIPELINE_NAME = "nlkst_default"
# What a pipeline's meta.json says about itself; ``nlkst train`` writes it into every pipeline.
PIPELINE_META: dict[str, Any] = {
    "version": __version__,
    "description": "Reads Dutch parliamentary documents (kamerstukken): header fields, paragraphs and "
                   "footnotes, references with canonical ids, MINISTER/PERSON/ORG/REF entities, and the six "
                   "Werk aan Uitvoering themes per paragraph.",
    "author": "nlkst contributors",
    "license": "EUPL-1.2",
    "sources": [
        {"name": "Staten-Generaal Digitaal (kamerstukken 1814-1995, OCR)",
         "url": "https://www.statengeneraaldigitaal.nl", "license": "no copyright (Auteurswet art. 11)"},
        {"name": "Handelingen Tweede Kamer 5 April 2018 (official publication XML)",
         "url": "https://zoek.officielebekendmakingen.nl", "license": "no copyright (Auteurswet art. 11)"},
        {"name": "kamerstukken 31490-271 and 31490-312, Kamerbrief 2023-02-03",
         "url": "https://www.tweedekamer.nl", "license": "no copyright (Auteurswet art. 11)"},
        {"name": "developer.overheid.nl, Algoritmekader and MOZa pages (Ministerie van BZK)",
         "url": "https://github.com/MinBZK/Algoritmekader", "license": "EUPL-1.2"},
        {"name": "nlkst corpora/themes and corpora/entities (the project's annotations of the texts above)",
         "license": "EUPL-1.2"},
    ],
}
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
    nlp.add_pipe("kst_acronyms")
    nlp.add_pipe("kst_entity_ids")
    nlp.add_pipe("kst_holders")
    nlp.meta["name"] = PIPELINE_NAME
    nlp.meta.update(PIPELINE_META)
    return nlp


class PipelineNotFoundError(FileNotFoundError):
    """A pipeline named by path that is not there, or is not a saved pipeline."""


def resolve(name: str | Path | None = None) -> Path | None:
    """The directory ``load(name)`` reads (``None``: the default is built), or why it cannot.

    Checked before anything loads, so that a mistyped ``--model`` is said at once rather
    than after seconds of loading.
    """
    if name is None:
        return DEFAULT_MODEL_DIR if (DEFAULT_MODEL_DIR / "config.cfg").exists() else None
    path = Path(name)
    if not path.exists():
        raise PipelineNotFoundError(
            f"{path}: no such pipeline directory; give a directory written by `nlkst train`, "
            "or leave the model out to use the one that ships with nlkst"
        )
    if not (path / "config.cfg").is_file():
        raise PipelineNotFoundError(
            f"{path} is not a saved pipeline (it has no config.cfg): give a directory written by "
            "`nlkst train` (the directory itself, not a file in it)"
        )
    return path


def load(
    name: str | Path | None = None,
    *,
    vocab: Vocab | bool = True,
    disable: str | Iterable[str] = (),
    enable: str | Iterable[str] = (),
    exclude: str | Iterable[str] = (),
    config: dict[str, Any] | Config | None = None,
) -> Language:
    """The default pipeline shipped in the package, or a saved pipeline directory.

    Takes ``spacy.load``'s keyword arguments, so that ``spacy.load("nlkst", exclude=[...])``
    works as it does for any pipeline package (spaCy calls the package's ``load`` with them).
    """
    path = resolve(name)
    if path is None:
        nlp = build()
        for component in [exclude] if isinstance(exclude, str) else exclude:
            nlp.remove_pipe(component)
        return nlp
    if vocab is True and not disable and not enable and not exclude and not config:
        return load_pipeline_dir(path)  # the same pipeline as spacy.load's, sooner (nlkst.loading)
    return spacy.load(path, vocab=vocab, disable=disable, enable=enable, exclude=exclude, config=config or {})
