"""Load a saved pipeline directory as ``spacy.load`` does, without two costs it pays at start-up.

Both were found by profiling ``nlkst annotate`` (docs/scale.md); the pipeline that comes out
is the same, and so is every record it writes.

- The tokenizer: ``spacy.load`` builds it from the config and then reads the saved one over
  it, adding all of Dutch's special cases a second time. Where the one built from the config
  serialises to the saved bytes, the saved one is not read again.
- The entity ruler: to turn its phrase patterns (4,000-odd gazetteer names) into ``Doc``
  objects, spaCy's ``entity_ruler`` runs every component before it over each pattern. Matching
  on a token attribute that the tokenizer alone sets, the patterns need nothing more, so
  the components before the ruler are switched off while it loads and on again after.
"""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language

# Token attributes the tokenizer sets by itself; a ruler matching on another (LEMMA, POS)
# needs the components before it to build its patterns.
_TOKENIZER_ATTRS = {None, "ORTH", "TEXT", "LOWER", "NORM", "SHAPE"}


def load_pipeline_dir(path: str | Path) -> Language:
    """``spacy.load(path)``, faster; the same pipeline."""
    path = Path(path)
    config = spacy.util.load_config(path / "config.cfg")
    names = list(config["nlp"]["pipeline"])
    disabled = set(config["nlp"].get("disabled") or [])
    rulers = [i for i, name in enumerate(names) if config["components"][name].get("factory") == "entity_ruler"
              and config["components"][name].get("phrase_matcher_attr") in _TOKENIZER_ATTRS]
    earlier = [name for name in names[:rulers[0]] if name not in disabled] if rulers else []
    nlp = spacy.load(path, exclude=["tokenizer"], disable=earlier)
    for name in earlier:
        nlp.enable_pipe(name)
    saved = path / "tokenizer"
    if saved.exists() and nlp.tokenizer.to_bytes(exclude=["vocab"]) != saved.read_bytes():
        nlp.tokenizer.from_disk(saved, exclude=["vocab"])
    return nlp
