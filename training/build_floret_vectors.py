"""Build the static word vectors that the theme classifier ships with (``nlkst/resources/theme_vectors``).

The labelled paragraphs are a few thousand; the unlabelled kamerstukken, Handelingen,
speeches, Belgian written questions and modern government text beside them hold about
five million words. Vectors learnt from those let the classifier relate words it never saw
labelled to words it did (``gemeentes`` to ``uitvoeringsorganisaties``).

How: words are the lower-cased tokens of nlkst's own tokenizer that hold a letter. The
``floret`` package (fastText with its subword n-grams hashed into a small table, the
library spaCy's floret vectors come from) learns skip-gram vectors with the character
3-5-grams of every word, so that a rare compound or an OCR-split word shares what its
parts learnt. The ``size`` most frequent words are then looked up in that model, scaled to
unit length and multiplied by the smooth inverse frequency ``a / (a + p(word))`` (Arora
et al., 2017), so that the sum of a paragraph's vectors is led by its rare words, not by
``de`` and ``van``; they ship as an ordinary spaCy vectors table. One training thread
(fastText's seed is fixed): the same text gives the same vectors.

The documents of the theme test split are left out (``--exclude``), so that the
test figures measure text the vectors never saw.

    python training/build_vectors.py ../shared/corpora ../shared/seeds \\
        --questions ../shared/corpora/be-questions/questions.jsonl \\
        --exclude corpora/themes/test.jsonl -o nlkst/resources/theme_vectors
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections import Counter
from pathlib import Path

import floret
import numpy
import spacy
from spacy.vectors import Vectors
from tqdm import tqdm

from nlkst.io.readers import ReadError, read_sources
from nlkst.train import document_group, read_labelled

SIF_A = 1e-3


def words_of(texts: list[str]) -> list[list[str]]:
    """The lower-cased words (tokens that hold a letter) of each text, as nlkst's tokenizer splits them."""
    nlp = spacy.blank("nl", config={"nlp": {"tokenizer": {"@tokenizers": "nlkst.tokenizer.v1"}}})
    return [[t.lower_ for t in doc if any(c.isalpha() for c in t.text)]
            for doc in tqdm(nlp.tokenizer.pipe(texts, batch_size=256), total=len(texts), desc="tokenising")]


def floret_vectors(documents: list[list[str]], size: int, dimensions: int, epochs: int,
                   buckets: int) -> tuple[list[str], numpy.ndarray]:
    """The ``size`` most frequent words and their SIF-weighted vectors from a floret skip-gram model."""
    counts = Counter(word for words in documents for word in words)
    vocabulary = [word for word, _ in counts.most_common(size)]
    with tempfile.TemporaryDirectory() as folder:
        text = Path(folder) / "words.txt"
        text.write_text("\n".join(" ".join(words) for words in documents if words) + "\n", encoding="utf8")
        model = floret.train_unsupervised(str(text), model="skipgram", mode="floret", hashCount=2, bucket=buckets,
                                          minn=3, maxn=5, minCount=3, dim=dimensions, epoch=epochs, ws=5, neg=10,
                                          thread=1, verbose=0)
    vectors = numpy.asarray([model.get_word_vector(word) for word in vocabulary], dtype="float64")
    vectors /= numpy.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
    probability = numpy.asarray([counts[word] for word in vocabulary], dtype="float64") / sum(counts.values())
    vectors *= (SIF_A / (SIF_A + probability))[:, None]
    return vocabulary, vectors.astype("float32")


def question_texts(path: Path) -> list[tuple[str, str]]:
    """``(id, text)`` of each written question of a JSON Lines file: the question, a blank line, the answer."""
    records = [json.loads(line) for line in path.open(encoding="utf8") if line.strip()]
    return [(record["id"], f"{record['question'].strip()}\n\n{(record.get('answer') or '').strip()}".strip())
            for record in records]


def excluded_groups(paths: list[Path]) -> set[str]:
    """The document groups of labelled paragraphs (``doc_id``) whose text the vectors must not see."""
    return {document_group(p.document) for p in read_labelled(paths) if p.document} if paths else set()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sources", nargs="+", type=Path, help="files or directories of unlabelled text")
    parser.add_argument("--exclude", nargs="*", type=Path, default=[],
                        help="labelled JSON Lines whose documents to skip")
    parser.add_argument("--questions", nargs="*", type=Path, default=[],
                        help="JSON Lines of written questions with answers ('question', 'answer'), read as such")
    parser.add_argument("--size", type=int, default=20000, help="number of words (the most frequent)")
    parser.add_argument("--dimensions", type=int, default=100)
    parser.add_argument("--epochs", type=int, default=5, help="floret's passes over the text")
    parser.add_argument("--buckets", type=int, default=200000, help="rows of floret's subword hash table")
    parser.add_argument("-o", "--output", type=Path, required=True, help="spaCy pipeline directory to write")
    args = parser.parse_args()
    skip = excluded_groups(args.exclude)
    texts, skipped = [], 0
    for document in read_sources(args.sources, leave_out=args.questions):
        if isinstance(document, ReadError):
            print(f"skipped: {document.error}")
        elif document_group(document.id) in skip:
            skipped += 1
        else:
            texts.append(document.text)
    for path in args.questions:
        for question_id, text in question_texts(path):
            if document_group(question_id) in skip:
                skipped += 1
            else:
                texts.append(text)
    documents = words_of(texts)
    vocabulary, vectors = floret_vectors(documents, args.size, args.dimensions, args.epochs, args.buckets)
    nlp = spacy.blank("nl")
    nlp.vocab.vectors = Vectors(data=vectors, keys=[nlp.vocab.strings.add(word) for word in vocabulary])
    nlp.meta["name"] = "theme_vectors"
    nlp.meta["description"] = (f"SIF-weighted floret skip-gram word vectors (subwords 3-5), {len(texts)} documents, "
                               f"{sum(map(len, documents))} words ({skipped} documents of the theme test split left "
                               "out); training/build_floret_vectors.py")
    nlp.to_disk(args.output)
    print(f"{len(vocabulary)} words x {vectors.shape[1]} dimensions from {len(texts)} documents "
          f"({skipped} left out) -> {args.output}")


if __name__ == "__main__":
    main()
