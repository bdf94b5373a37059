"""Model architectures for nlkst's components, registered with spaCy's config system.

``nlkst.CharNgramBOW.v1`` is a bag-of-words text classifier like spaCy's
``TextCatBOW``, with character n-grams of every word added to the word uni- and
bigrams. Dutch glues its policy vocabulary into compounds
(``uitvoeringsorganisaties``, ``personeelstekorten``, ``wetgevingskwaliteit``)
and OCR splits words at random; character n-grams let the classifier share what
it learnt from ``uitvoering`` with every compound that contains it. Features are
sublinear counts scaled to unit length per paragraph, as in a TF-IDF baseline.
"""

from __future__ import annotations

from functools import lru_cache, partial
from typing import Optional, cast

import numpy
from spacy.attrs import LOWER
from spacy.ml.models.textcat import resize_and_set_ref
from spacy.strings import hash_string
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import Logistic, Model, SparseLinear_v2, chain, resizable, softmax_activation, with_cpu
from thinc.layers.resizable import resize_linear_weighted
from thinc.types import Floats2d

_NEG_VALUE = -5000


@lru_cache(maxsize=500_000)
def _char_ngram_keys(word: str, smallest: int, largest: int) -> tuple[int, ...]:
    """Hashes of the character n-grams of a lower-cased word padded with spaces (like ``char_wb``)."""
    padded = f" {word} "
    return tuple(
        hash_string(f"#{padded[start:start + size]}")
        for size in range(smallest, largest + 1)
        for start in range(len(padded) - size + 1)
    )


def extract_word_and_char_ngrams(ngram_size: int, char_ngram_sizes: tuple[int, int]) -> Model:
    """Per doc: hashed word n-grams and character n-grams with their L2-normalised sublinear counts."""
    model: Model = Model("extract_word_and_char_ngrams", _extract_forward)
    model.attrs["ngram_size"] = ngram_size
    model.attrs["char_ngram_sizes"] = tuple(char_ngram_sizes)
    return model


def _extract_forward(model: Model, docs: list[Doc], is_train: bool):
    smallest, largest = model.attrs["char_ngram_sizes"]
    batch_keys, batch_values = [], []
    for doc in docs:
        words = doc.to_array([LOWER]).astype("uint64").ravel()
        keys = [words] + [model.ops.ngrams(n, words) for n in range(2, model.attrs["ngram_size"] + 1)]
        chars = [key for token in doc if not token.is_space
                 for key in _char_ngram_keys(token.lower_, smallest, largest)]
        keys.append(numpy.asarray(chars, dtype="uint64"))
        unique, counts = numpy.unique(numpy.concatenate(keys), return_counts=True)
        values = 1.0 + numpy.log(counts.astype("float32"))
        norm = float(numpy.sqrt((values * values).sum())) or 1.0
        batch_keys.append(unique)
        batch_values.append(values / norm)
    lengths = model.ops.asarray([len(keys) for keys in batch_keys], dtype="int32")
    keys = model.ops.asarray(numpy.concatenate(batch_keys) if batch_keys else numpy.zeros(0, "uint64"),
                             dtype="uint64")
    values = model.ops.asarray(numpy.concatenate(batch_values) if batch_values else numpy.zeros(0, "f"),
                               dtype="f")

    def backprop(d_output):
        return []

    return (keys, values, lengths), backprop


@registry.architectures("nlkst.CharNgramBOW.v1")
def build_char_ngram_bow(
    exclusive_classes: bool,
    ngram_size: int = 2,
    char_ngram_min: int = 3,
    char_ngram_max: int = 5,
    length: int = 262144,
    nO: Optional[int] = None,
) -> Model[list[Doc], Floats2d]:
    """A sparse linear classifier over word and character n-gram features."""
    length = 2 ** (length - 1).bit_length()
    sparse_linear = SparseLinear_v2(nO=nO, length=length)
    output_layer = softmax_activation() if exclusive_classes else Logistic()
    resizable_layer = resizable(
        sparse_linear, resize_layer=partial(resize_linear_weighted, fill_defaults={"b": _NEG_VALUE, "W": 0})
    )
    model = with_cpu(chain(extract_word_and_char_ngrams(ngram_size, (char_ngram_min, char_ngram_max)), resizable_layer),
                     sparse_linear.ops)
    model = chain(model, with_cpu(output_layer, output_layer.ops))
    if nO is not None:
        model.set_dim("nO", cast(int, nO))
    model.set_ref("output_layer", sparse_linear)
    model.attrs["multi_label"] = not exclusive_classes
    model.attrs["resize_output"] = partial(resize_and_set_ref, resizable_layer=resizable_layer)
    return model
