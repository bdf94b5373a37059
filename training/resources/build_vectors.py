"""Build the static word vectors that the theme classifier ships with (``nlkst/resources/theme_vectors``).

The labelled paragraphs are a few thousand; the unlabelled kamerstukken, Handelingen
and modern government text beside them hold 2.3 million words. Vectors learnt from
those let the classifier relate words it never saw labelled to words it did
(``gemeentes`` to ``uitvoeringsorganisaties``), which raised its ROC AUC on
sources left out of training (README, "Themes").

How: words are the lower-cased tokens of nlkst's own tokenizer that hold a letter;
co-occurrences within five words, weighted 1/distance, become positive pointwise
mutual information (context counts smoothed to the power 0.75) and a truncated SVD
gives each word ``dimensions`` numbers (singular values to the power 0.5, rows scaled
to unit length). Each row is then multiplied by the smooth inverse frequency
``a / (a + p(word))`` (Arora et al., 2017), so that the sum of a paragraph's vectors
is led by its rare words, not by ``de`` and ``van``. Deterministic: the same text
gives the same vectors.

The documents of the theme test split are left out (``--exclude``), so that the
test figures measure text the vectors never saw.

    python training/resources/build_vectors.py ../shared/corpora ../shared/seeds \\
        --exclude corpora/themes/test.jsonl -o nlkst/resources/theme_vectors
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import numpy
import spacy
from scipy import sparse
from sklearn.decomposition import TruncatedSVD
from spacy.vectors import Vectors
from tqdm import tqdm

from nlkst.io.readers import ReadError, read_sources
from nlkst.train import document_group, read_labelled

WINDOW = 5
CONTEXT_SMOOTHING = 0.75
SIF_A = 1e-3


def words_of(texts: list[str]) -> list[list[str]]:
    """The lower-cased words (tokens that hold a letter) of each text, as nlkst's tokenizer splits them."""
    nlp = spacy.blank("nl", config={"nlp": {"tokenizer": {"@tokenizers": "nlkst.tokenizer.v1"}}})
    return [[t.lower_ for t in doc if any(c.isalpha() for c in t.text)]
            for doc in tqdm(nlp.tokenizer.pipe(texts, batch_size=256), total=len(texts), desc="tokenising")]


def ppmi_svd_vectors(documents: list[list[str]], size: int, dimensions: int) -> tuple[list[str], numpy.ndarray]:
    """The ``size`` most frequent words and their SIF-weighted PPMI-SVD vectors."""
    counts = Counter(word for words in documents for word in words)
    vocabulary = [word for word, _ in counts.most_common(size)]
    index = {word: i for i, word in enumerate(vocabulary)}
    rows, cols, weights = [], [], []
    for words in documents:
        ids = numpy.asarray([index.get(word, -1) for word in words], dtype="int64")
        for distance in range(1, WINDOW + 1):
            left, right = ids[:-distance], ids[distance:]
            both = (left >= 0) & (right >= 0)
            rows += [left[both], right[both]]
            cols += [right[both], left[both]]
            weights += [numpy.full(int(both.sum()), 1.0 / distance)] * 2
    n = len(vocabulary)
    cooccurrence = sparse.coo_matrix((numpy.concatenate(weights), (numpy.concatenate(rows), numpy.concatenate(cols))),
                                     shape=(n, n)).tocsr().tocoo()
    word_totals = numpy.asarray(cooccurrence.sum(axis=1)).ravel()
    context = word_totals ** CONTEXT_SMOOTHING
    pmi = numpy.log(cooccurrence.data * context.sum()
                    / (word_totals[cooccurrence.row] * context[cooccurrence.col]))
    positive = pmi > 0
    ppmi = sparse.csr_matrix((pmi[positive], (cooccurrence.row[positive], cooccurrence.col[positive])), shape=(n, n))
    svd = TruncatedSVD(n_components=dimensions, n_iter=7, random_state=0)
    vectors = svd.fit_transform(ppmi) / numpy.sqrt(svd.singular_values_)
    vectors /= numpy.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
    probability = numpy.asarray([counts[word] for word in vocabulary], dtype="float64") / sum(counts.values())
    vectors *= (SIF_A / (SIF_A + probability))[:, None]
    return vocabulary, vectors.astype("float32")


def excluded_groups(paths: list[Path]) -> set[str]:
    """The document groups of labelled paragraphs (``doc_id``) whose text the vectors must not see."""
    return {document_group(p.document) for p in read_labelled(paths) if p.document} if paths else set()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sources", nargs="+", type=Path, help="files or directories of unlabelled text")
    parser.add_argument("--exclude", nargs="*", type=Path, default=[],
                        help="labelled JSON Lines whose documents to skip")
    parser.add_argument("--size", type=int, default=20000, help="number of words (the most frequent)")
    parser.add_argument("--dimensions", type=int, default=100)
    parser.add_argument("-o", "--output", type=Path, required=True, help="spaCy pipeline directory to write")
    args = parser.parse_args()
    skip = excluded_groups(args.exclude)
    texts, skipped = [], 0
    for document in read_sources(args.sources):
        if isinstance(document, ReadError):
            print(f"skipped: {document.error}")
        elif document_group(document.id) in skip:
            skipped += 1
        else:
            texts.append(document.text)
    vocabulary, vectors = ppmi_svd_vectors(words_of(texts), args.size, args.dimensions)
    nlp = spacy.blank("nl")
    nlp.vocab.vectors = Vectors(data=vectors, keys=[nlp.vocab.strings.add(word) for word in vocabulary])
    nlp.meta["name"] = "theme_vectors"
    nlp.meta["description"] = (f"SIF-weighted PPMI-SVD word vectors from {len(texts)} documents "
                               f"({skipped} of the theme test split left out); training/resources/build_vectors.py")
    nlp.to_disk(args.output)
    print(f"{len(vocabulary)} words x {vectors.shape[1]} dimensions from {len(texts)} documents "
          f"({skipped} left out) -> {args.output}")


if __name__ == "__main__":
    main()
