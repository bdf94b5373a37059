"""Model architectures for nlkst's components, registered with spaCy's config system.

``nlkst.CharNgramBOW.v1`` is a bag-of-words text classifier like spaCy's
``TextCatBOW``, with character n-grams of every word added to the word uni- and
bigrams. Dutch glues its policy vocabulary into compounds
(``uitvoeringsorganisaties``, ``personeelstekorten``, ``wetgevingskwaliteit``)
and OCR splits words at random; character n-grams let the classifier share what
it learnt from ``uitvoering`` with every compound that contains it. Features are
sublinear counts scaled to unit length per paragraph, as in a TF-IDF baseline.

``nlkst.CharNgramBOW.v2`` weighs each feature by its inverse document frequency
in the training paragraphs, as TF-IDF does, and is trained for log loss. The
weights come from ``nlkst.document_frequencies.v1``, a callback run after
``initialize`` that counts the training corpus; they are a parameter of the model,
saved with it. Without them a word that every paragraph has (``de``, ``van``)
weighs as much as ``personeelstekort``. As for the loss: spaCy's
``textcat_multilabel`` returns ``scores - truths`` as the gradient of its loss,
and v1's ``Logistic`` output multiplies that by the sigmoid's slope, which makes
it the gradient of a squared error. A theme with a few dozen examples then hardly
learns: its positives sit at scores near 0, where the slope is near 0 too. v2's
output passes ``scores - truths`` to the linear layer unchanged, which is exactly
the gradient of the binary cross-entropy (logistic regression's loss).

``nlkst.CharNgramBOW.v3`` adds to v2's sparse linear scores a dense layer over the
sum of the paragraph's static word vectors. The few thousand labelled paragraphs
name a theme in words that other letters replace by their neighbours
(``gemeentes`` for ``uitvoeringsorganisaties``); vectors learnt from the 2.3
million unlabelled words of ``../shared/corpora`` (``training/resources/build_vectors.py``)
carry what the n-grams cannot. They ship in ``resources/theme_vectors`` and reach
the vocab through ``nlkst.static_vectors.v1``, a callback run before ``initialize``.

``nlkst.CharNgramBOW.v4`` adds to v3's dense layer one count per theme of the
paragraph's cue phrases (``resources/theme_cues.tsv``, a regular expression per
line, matched in the lower-cased text). Each count is one feature shared by all
its cues, so the weight that the common cues of a theme (``personeel``,
``achterstand``) earn in training also lifts the rare ones that modern letters use
and the labelled paragraphs lack (``knelpuntenbrief``, ``doenvermogen``). The cues
are kept in the model's attributes, so a saved classifier keeps the cues it was
trained with when the file changes.

``nlkst.CharNgramBOWTok2Vec.v1`` adds to v4's dense layer the mean of a tok2vec's
token vectors (a small CNN whose weights come from ``spacy pretrain`` through
``[initialize] init_tok2vec``; ``nlkst/configs/themes_pretrained_cpu.cfg``). The
whole model keeps v4's plain SGD at v4's step size; the pooled vector is scaled by
``pooled_scale`` and the gradient that reaches the tok2vec by ``tok2vec_grad_scale``,
so that the CNN is fine-tuned with a step a CNN can take (at SGD's 1.0 it diverges)
while the sparse weights keep theirs.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache, partial
from pathlib import Path
from typing import Optional, cast

import numpy
from spacy.attrs import IS_SPACE, LOWER
from spacy.ml.models.textcat import resize_and_set_ref
from spacy.strings import hash_string
from spacy.tokens import Doc, DocBin
from spacy.training.initialize import load_vectors_into_model
from spacy.util import registry
from thinc.api import (Linear, Logistic, Model, SparseLinear_v2, add, chain, concatenate, list2ragged,
                       reduce_mean, resizable, softmax_activation, with_cpu)
from thinc.layers.resizable import resize_linear_weighted
from thinc.types import Floats2d

_NEG_VALUE = -5000
THEME_VECTORS = Path(__file__).parent / "resources" / "theme_vectors"
THEME_CUES = Path(__file__).parent / "resources" / "theme_cues.tsv"


@lru_cache(maxsize=500_000)
def _char_ngram_keys(word: str, smallest: int, largest: int) -> tuple[int, ...]:
    """Hashes of the character n-grams of a lower-cased word padded with spaces (like ``char_wb``)."""
    padded = f" {word} "
    return tuple(
        hash_string(f"#{padded[start:start + size]}")
        for size in range(smallest, largest + 1)
        for start in range(len(padded) - size + 1)
    )


def extract_word_and_char_ngrams(ngram_size: int, char_ngram_sizes: tuple[int, int], idf_length: int = 0) -> Model:
    """Per doc: hashed word n-grams and character n-grams with their L2-normalised sublinear counts.

    With ``idf_length``, each count is also weighed by the inverse document frequency of
    its feature, kept per bucket (the key modulo ``idf_length``) in the ``idf`` parameter.
    """
    model: Model = Model("extract_word_and_char_ngrams", _extract_forward,
                         init=_init_idf if idf_length else None, params={"idf": None} if idf_length else {})
    model.attrs["ngram_size"] = ngram_size
    model.attrs["char_ngram_sizes"] = tuple(char_ngram_sizes)
    model.attrs["idf_length"] = idf_length
    return model


def _init_idf(model: Model, X=None, Y=None) -> None:
    # Every weight 1 until nlkst.document_frequencies.v1 has counted the training corpus.
    if not model.has_param("idf"):
        model.set_param("idf", model.ops.alloc1f(model.attrs["idf_length"]) + 1.0)


# Character n-gram keys by (lower-case word hash, smallest, largest): looked up from the doc's
# arrays, which spares a Token object and a string lookup per word (profiled: a third of
# kst_themes' time went there). Emptied when it grows past the size of _char_ngram_keys' cache.
_CHAR_KEYS_BY_HASH: dict[tuple[int, int, int], tuple[int, ...]] = {}


def doc_feature_keys(model: Model, doc: Doc) -> numpy.ndarray:
    """Every word n-gram and character n-gram key of a doc, with repeats."""
    smallest, largest = model.attrs["char_ngram_sizes"]
    columns = doc.to_array([LOWER, IS_SPACE])
    words = columns[:, 0].astype("uint64")
    keys = [words] + [model.ops.ngrams(n, words) for n in range(2, model.attrs["ngram_size"] + 1)]
    if len(_CHAR_KEYS_BY_HASH) > 500_000:
        _CHAR_KEYS_BY_HASH.clear()
    strings = doc.vocab.strings
    chars = []
    for lower, is_space in columns.tolist():
        if not is_space:
            word_keys = _CHAR_KEYS_BY_HASH.get((lower, smallest, largest))
            if word_keys is None:
                word_keys = _char_ngram_keys(strings[lower], smallest, largest)
                _CHAR_KEYS_BY_HASH[(lower, smallest, largest)] = word_keys
            chars.extend(word_keys)
    keys.append(numpy.asarray(chars, dtype="uint64"))
    return numpy.concatenate(keys)


def _extract_forward(model: Model, docs: list[Doc], is_train: bool):
    idf = model.ops.to_numpy(model.get_param("idf")) if model.attrs["idf_length"] else None
    batch_keys, batch_values = [], []
    for doc in docs:
        unique, counts = numpy.unique(doc_feature_keys(model, doc), return_counts=True)
        values = 1.0 + numpy.log(counts.astype("float32"))
        if idf is not None:
            values *= idf[unique % numpy.uint64(len(idf))]
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


def sum_of_static_vectors() -> Model[list[Doc], Floats2d]:
    """Per doc: the sum of its words' static vectors, scaled to unit length.

    The vectors are the vocab's (``nlkst.static_vectors.v1``), looked up by the
    lower-cased word; words without one add nothing. They are data, not weights:
    nothing flows back into them.
    """
    return Model("sum_of_static_vectors", _sum_of_static_vectors_forward)


def _sum_of_static_vectors_forward(model: Model, docs: list[Doc], is_train: bool):
    # spaCy's textcat never passes an empty batch to its model (it scores one itself).
    vectors = docs[0].vocab.vectors
    if vectors.shape[0] == 0:
        raise ValueError("nlkst.CharNgramBOW.v3 and v4 need static word vectors in the vocab: load them before "
                         "initialize, e.g. [initialize.before_init] @callbacks = \"nlkst.static_vectors.v1\"")
    table = model.ops.to_numpy(vectors.data)
    sums = numpy.zeros((len(docs), table.shape[1]), dtype="float32")
    for i, doc in enumerate(docs):
        if len(doc):
            rows = numpy.asarray(vectors.find(keys=doc.to_array([LOWER]).astype("uint64").ravel()))
            total = table[rows[rows >= 0]].sum(axis=0)
            sums[i] = total / (float(numpy.linalg.norm(total)) or 1.0)

    def backprop(d_sums: Floats2d) -> list:
        return []

    return model.ops.asarray2f(sums), backprop


def read_theme_cues(path: Path) -> list[list[str]]:
    """``[theme, pattern]`` rows of a tab-separated cue file with the header ``theme\tpattern``."""
    with open(path, encoding="utf8", newline="") as file:
        rows = list(csv.DictReader(file, delimiter="\t"))
    if not rows or set(rows[0]) != {"theme", "pattern"}:
        raise ValueError(f"{path}: a theme cue file has the columns 'theme' and 'pattern', tab-separated")
    for number, row in enumerate(rows, start=2):
        try:
            expression = re.compile(row["pattern"])
        except (re.error, TypeError) as error:
            raise ValueError(f"{path}, line {number}: not a regular expression: {row['pattern']!r} ({error})") from None
        if any(match.start() == match.end() for match in expression.finditer("De wet, 12 regels.")):
            raise ValueError(f"{path}, line {number}: {row['pattern']!r} matches the empty string, so it would count "
                             "positions rather than words")
    return [[row["theme"], row["pattern"]] for row in rows]


def theme_cue_counts(cues: list[list[str]]) -> Model[list[Doc], Floats2d]:
    """Per doc and theme: ``log(1 + n)`` for the n matches of the theme's cue patterns in the lower-cased text."""
    model: Model = Model("theme_cue_counts", _theme_cue_counts_forward)
    model.attrs["cues"] = cues
    return model


@lru_cache(maxsize=8)
def _cue_expressions(cues: tuple[tuple[str, str], ...]) -> tuple[tuple[int, re.Pattern], ...]:
    """Each cue compiled on its own, with the index of its theme's column."""
    themes = list(dict.fromkeys(theme for theme, _ in cues))
    return tuple((themes.index(theme), re.compile(_literal_first(pattern))) for theme, pattern in cues)


def _literal_first(pattern: str) -> str:
    r"""``\bburger`` as ``b(?<!\wb)urger``: the same matches, but Python's regex engine can jump to
    each ``b`` with a fast literal search instead of trying the pattern at every position (six
    times faster on the SGD corpus)."""
    if pattern.startswith("\\b") and pattern[2:3].isalpha():
        letter = pattern[2]
        return f"{letter}(?<!\\w{letter}){pattern[3:]}"
    return pattern


def _theme_cue_counts_forward(model: Model, docs: list[Doc], is_train: bool):
    expressions = _cue_expressions(tuple(tuple(cue) for cue in model.attrs["cues"]))
    width = len({theme for theme, _ in model.attrs["cues"]})
    counts = numpy.zeros((len(docs), width), dtype="float32")
    for i, doc in enumerate(docs):
        text = doc.text.lower()
        for column, expression in expressions:
            counts[i, column] += len(expression.findall(text))

    def backprop(d_counts: Floats2d) -> list:
        return []

    return model.ops.asarray2f(numpy.log1p(counts)), backprop


def sigmoid_for_log_loss() -> Model[Floats2d, Floats2d]:
    """A sigmoid whose backward pass takes ``scores - truths`` as the gradient of the log loss."""
    return Model("sigmoid_for_log_loss", _sigmoid_for_log_loss_forward)


def _sigmoid_for_log_loss_forward(model: Model, X: Floats2d, is_train: bool):
    def backprop(d_scores: Floats2d) -> Floats2d:
        # d(log loss)/d(logit) = sigmoid(logit) - truth, which is what the textcat passes in.
        return d_scores

    return model.ops.sigmoid(X, inplace=False), backprop


@registry.architectures("nlkst.CharNgramBOW.v2")
def build_char_ngram_bow_log_loss(
    exclusive_classes: bool,
    ngram_size: int = 2,
    char_ngram_min: int = 3,
    char_ngram_max: int = 5,
    length: int = 262144,
    idf_length: int = 262144,
    nO: Optional[int] = None,
) -> Model[list[Doc], Floats2d]:
    """``nlkst.CharNgramBOW.v1`` with TF-IDF features, trained for the log loss of each label (multi-label only)."""
    return _log_loss_bow("nlkst.CharNgramBOW.v2", exclusive_classes, ngram_size, char_ngram_min, char_ngram_max,
                         length, idf_length, nO)


@registry.architectures("nlkst.CharNgramBOW.v3")
def build_char_ngram_bow_with_vectors(
    exclusive_classes: bool,
    ngram_size: int = 2,
    char_ngram_min: int = 3,
    char_ngram_max: int = 5,
    length: int = 262144,
    idf_length: int = 262144,
    nO: Optional[int] = None,
) -> Model[list[Doc], Floats2d]:
    """``nlkst.CharNgramBOW.v2`` plus a dense layer over the sum of the paragraph's static word vectors."""
    return _log_loss_bow("nlkst.CharNgramBOW.v3", exclusive_classes, ngram_size, char_ngram_min, char_ngram_max,
                         length, idf_length, nO, dense_input=sum_of_static_vectors())


@registry.architectures("nlkst.CharNgramBOW.v4")
def build_char_ngram_bow_with_vectors_and_cues(
    exclusive_classes: bool,
    ngram_size: int = 2,
    char_ngram_min: int = 3,
    char_ngram_max: int = 5,
    length: int = 262144,
    idf_length: int = 262144,
    nO: Optional[int] = None,
) -> Model[list[Doc], Floats2d]:
    """``nlkst.CharNgramBOW.v3`` whose dense layer also reads a count per theme of the cues in ``THEME_CUES``.

    The cues are data that ships with nlkst, not a config path: a saved classifier
    carries its own cues and must load where that path does not exist.
    """
    dense_input = concatenate(sum_of_static_vectors(), theme_cue_counts(read_theme_cues(THEME_CUES)))
    return _log_loss_bow("nlkst.CharNgramBOW.v4", exclusive_classes, ngram_size, char_ngram_min, char_ngram_max,
                         length, idf_length, nO, dense_input=dense_input)


@registry.architectures("nlkst.CharNgramBOWTok2Vec.v1")
def build_char_ngram_bow_with_tok2vec(
    exclusive_classes: bool,
    tok2vec: Model[list[Doc], list[Floats2d]],
    ngram_size: int = 2,
    char_ngram_min: int = 3,
    char_ngram_max: int = 5,
    length: int = 262144,
    idf_length: int = 262144,
    tok2vec_grad_scale: float = 0.001,
    pooled_scale: float = 0.1,
    nO: Optional[int] = None,
) -> Model[list[Doc], Floats2d]:
    """``nlkst.CharNgramBOW.v4`` whose dense layer also reads the mean of ``tok2vec``'s token vectors, times
    ``pooled_scale`` (the mean's entries are of the order of 1, against the static vectors' sum of unit length)."""
    pooled = chain(tok2vec, scale_gradient(tok2vec_grad_scale), list2ragged(), reduce_mean(),
                   scale_features(pooled_scale))
    dense_input = concatenate(sum_of_static_vectors(), theme_cue_counts(read_theme_cues(THEME_CUES)), pooled)
    # Not inside thinc's with_cpu, which runs its layer as in training whatever is_train says (begin_update): the
    # tok2vec's dropout would then draw at prediction time too, and the same paragraph score differently each time.
    model = _log_loss_bow("nlkst.CharNgramBOWTok2Vec.v1", exclusive_classes, ngram_size, char_ngram_min,
                          char_ngram_max, length, idf_length, nO, dense_input=dense_input, dense_on_cpu=False)
    model.set_ref("tok2vec", tok2vec)  # where [initialize] init_tok2vec loads the pretrained weights
    return model


def scale_gradient(factor: float) -> Model[list[Floats2d], list[Floats2d]]:
    """The identity forward; backward, each gradient times ``factor``."""
    return Model("scale_gradient", _scale_gradient_forward, attrs={"factor": factor})


def _scale_gradient_forward(model: Model, X: list[Floats2d], is_train: bool):
    factor = model.attrs["factor"]

    def backprop(dY: list[Floats2d]) -> list[Floats2d]:
        return [d * factor for d in dY]

    return X, backprop


def scale_features(factor: float) -> Model[Floats2d, Floats2d]:
    """Each feature times ``factor``, forward and backward."""
    return Model("scale_features", _scale_features_forward, attrs={"factor": factor})


def _scale_features_forward(model: Model, X: Floats2d, is_train: bool):
    factor = model.attrs["factor"]
    return X * factor, lambda dY: dY * factor


def _log_loss_bow(name: str, exclusive_classes: bool, ngram_size: int, char_ngram_min: int, char_ngram_max: int,
                  length: int, idf_length: int, nO: Optional[int],
                  dense_input: Optional[Model] = None, dense_on_cpu: bool = True) -> Model[list[Doc], Floats2d]:
    """What v2, v3 and v4 share: TF-IDF n-gram features and the log-loss output, for multi-label classification;
    with ``dense_input`` (v3, v4), a linear layer over its output is added to the n-gram scores."""
    if exclusive_classes:
        raise ValueError(f"{name} is for multi-label classification; use nlkst.CharNgramBOW.v1 for exclusive classes")
    if dense_input is None:
        return _char_ngram_bow(ngram_size, char_ngram_min, char_ngram_max, length, nO, sigmoid_for_log_loss(),
                               idf_length=idf_length)
    dense_output = Linear(nO=nO)
    model = _char_ngram_bow(ngram_size, char_ngram_min, char_ngram_max, length, nO, sigmoid_for_log_loss(),
                            idf_length=idf_length, dense_branch=chain(dense_input, dense_output),
                            dense_on_cpu=dense_on_cpu)
    model.attrs["resize_output"] = partial(_resize_before_training, resize=model.attrs["resize_output"],
                                           dense_output=dense_output)
    return model


def _resize_before_training(model: Model, new_nO: int, resize, dense_output: Model) -> Model:
    # spaCy adds each label through resize_output while initializing, before the dense
    # layer knows its width; a label added to a trained classifier would leave it behind.
    if dense_output.has_dim("nO") and dense_output.get_dim("nO") != new_nO:
        raise ValueError("a trained nlkst.CharNgramBOW.v3 or v4 classifier cannot take new labels; train a new one")
    return resize(model, new_nO)


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
    output_layer = softmax_activation() if exclusive_classes else Logistic()
    model = _char_ngram_bow(ngram_size, char_ngram_min, char_ngram_max, length, nO, output_layer)
    model.attrs["multi_label"] = not exclusive_classes
    return model


def _char_ngram_bow(ngram_size: int, char_ngram_min: int, char_ngram_max: int, length: int, nO: Optional[int],
                    output_layer: Model, idf_length: int = 0,
                    dense_branch: Optional[Model] = None, dense_on_cpu: bool = True) -> Model[list[Doc], Floats2d]:
    length = 2 ** (length - 1).bit_length()
    sparse_linear = SparseLinear_v2(nO=nO, length=length)
    resizable_layer = resizable(
        sparse_linear, resize_layer=partial(resize_linear_weighted, fill_defaults={"b": _NEG_VALUE, "W": 0})
    )
    features = extract_word_and_char_ngrams(ngram_size, (char_ngram_min, char_ngram_max), idf_length)
    model = with_cpu(chain(features, resizable_layer),
                     sparse_linear.ops)
    if dense_branch is not None:
        model = add(model, with_cpu(dense_branch, dense_branch.ops) if dense_on_cpu else dense_branch)
    model = chain(model, with_cpu(output_layer, output_layer.ops))
    if nO is not None:
        model.set_dim("nO", cast(int, nO))
    model.set_ref("output_layer", sparse_linear)
    model.set_ref("features", features)
    model.attrs["multi_label"] = True
    model.attrs["resize_output"] = partial(resize_and_set_ref, resizable_layer=resizable_layer)
    return model


@registry.callbacks("nlkst.static_vectors.v1")
def create_static_vectors(path: Optional[str] = None):
    """Before ``initialize``: static word vectors into the vocab, for ``nlkst.CharNgramBOW.v3`` and v4.

    By default the vectors that ship with nlkst (``THEME_VECTORS``, built by
    ``training/resources/build_vectors.py``); ``path`` may name any spaCy pipeline with vectors.
    """

    def load_static_vectors(nlp):
        load_vectors_into_model(nlp, path or str(THEME_VECTORS))
        return nlp

    return load_static_vectors


@registry.callbacks("nlkst.document_frequencies.v1")
def create_document_frequencies(path: Optional[str]):
    """After ``initialize``: inverse document frequencies from the training corpus (a ``.spacy`` file).

    Smoothed as scikit-learn's ``TfidfVectorizer`` does: ``ln((1 + n) / (1 + df)) + 1``.
    """

    def set_document_frequencies(nlp):
        if path is None:
            return nlp
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
        for _, component in nlp.pipeline:
            model = getattr(component, "model", None)
            features = model.maybe_get_ref("features") if model is not None else None
            if features is None or not features.attrs.get("idf_length"):
                continue
            length = features.attrs["idf_length"]
            frequencies = numpy.zeros(length, dtype="float32")
            for doc in docs:
                frequencies[numpy.unique(doc_feature_keys(features, doc) % numpy.uint64(length))] += 1
            idf = numpy.log((1.0 + len(docs)) / (1.0 + frequencies)) + 1.0
            features.set_param("idf", features.ops.asarray1f(idf))
        return nlp

    return set_document_frequencies
