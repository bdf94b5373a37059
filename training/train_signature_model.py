"""Train the learned signature reader (``nlkst/header/learned_signature.py``) on the pooled header golds and write
its weights to ``nlkst/resources/signature_model.json``.

    python training/train_signature_model.py --shared ../shared [--out nlkst/resources/signature_model.json]

The golds: every ``corpora/fresh-*/headers_gold.jsonl`` and ``corpora/headers/headers.jsonl``, each page's text from
the shared corpora. Each gold signatory is found on its page's lines (the name as printed, fuzzily where the gold
mended it; the office on its line or up to three lines above), which labels the lines ``OFFICE``, ``NAME``, ``BOTH``
or ``OTHER``; every line of a page whose gold has no signatory is ``OTHER``. A page whose signatory is not found is
left out. The model: scikit-learn's multinomial logistic regression (L2, fixed seed) over the features of
``learned_signature.line_features`` seen at least twice. The threshold: chosen on out-of-fold scores (five folds of
pages) where the rules read no signatory, for precision: each right signature list counts one, a wrong one half
against, a signature on a page that has none two against; at least 0.5.
"""

from __future__ import annotations

import argparse
import datetime
import difflib
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.append(str(Path(__file__).resolve().parents[1]))  # training/ from the checkout; nlkst from PYTHONPATH first
from nlkst.header import learned_signature, parse_header  # noqa: E402
from nlkst.header.learned_signature import LABELS, Candidate, Line, SignatureModel, line_features, page_lines  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SEED = 20261207


def load_golds(root: Path = ROOT) -> list[dict]:
    """Every pooled gold header, with the sample it came from (``fresh-...`` or ``headers``)."""
    records = []
    paths = sorted(root.glob("corpora/fresh-*/headers_gold.jsonl")) + [root / "corpora/headers/headers.jsonl"]
    for path in paths:
        sample = path.parent.name
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                records.append({**json.loads(line), "sample": sample})
    return records


def load_texts(records: list[dict], shared: Path) -> dict[str, str]:
    from training.measure.evaluate_headers import load_texts as load

    return load(records, shared)


def _norm(value: str) -> str:
    return re.sub(r"\s+", " ", value).strip(" \t.,;:")


def _role_like(text: str) -> bool:
    """Whether the text opens with an office, its role word as OCR printed it (``Mini-iler``, ``Miniêter``)."""
    words = [re.sub(r"[\W\d_]", "", w).lower() for w in text.split()[:3]]
    return any(difflib.SequenceMatcher(None, w, role).ratio() >= 0.7 for w in words
               for role in ("minister", "staatssecretaris"))


def _find_name(lines: list[Line], name: str) -> int | None:
    """The last line that ends with the name (as printed, or within a few letters of it)."""
    wanted = _norm(name)
    best, best_ratio = None, 0.0
    for i, line in enumerate(lines):
        text = _norm(line.text)
        if not text:
            continue
        if text.endswith(wanted):
            best, best_ratio = i, 2.0
            continue
        tail = text[-len(wanted) - 2 :]
        ratio = difflib.SequenceMatcher(None, tail, wanted).ratio()
        if ratio >= 0.8 and ratio >= best_ratio and best_ratio < 2.0:
            best, best_ratio = i, ratio
    return best


def label_lines(text: str, signatories: list[dict] | None) -> tuple[list[Line], list[str]] | None:
    """The page's lines and their labels; None where a signatory is not found on the page."""
    lines = page_lines(text)
    labels = ["OTHER"] * len(lines)
    for signatory in signatories or []:
        name = signatory.get("name")
        if not name:
            return None
        i = _find_name(lines, name)
        if i is None:
            return None
        before = _norm(lines[i].text)[: -len(_norm(name))] if _norm(lines[i].text).endswith(_norm(name)) else None
        if signatory.get("role") is None:
            labels[i] = "NAME"  # the monarch: a name under no office (the decoder reads none such)
            continue
        if before is None:
            cut = _norm(lines[i].text).rfind(",")
            before = _norm(lines[i].text)[:cut] if cut > 0 else ""
        if len(before.split()) >= 3 and _role_like(before):
            labels[i] = "BOTH"
            continue
        labels[i] = "NAME"
        above = [j for j in range(i - 1, -1, -1) if lines[j].text.strip()][:3]
        for k, j in enumerate(above):
            if _role_like(lines[j].text):
                for m in above[: k + 1]:
                    labels[m] = "OFFICE"
                break
    return lines, labels


def examples(records: list[dict], texts: dict[str, str]) -> tuple[list[list[str]], list[str], list[str]]:
    """Features, labels and the page id of every line of every page that could be labelled."""
    features, labels, ids = [], [], []
    for record in records:
        labelled = label_lines(texts[record["id"]], record["header"].get("signatories"))
        if labelled is None:
            continue
        lines, line_labels = labelled
        for i, line in enumerate(lines):
            if line.text.strip():
                features.append(line_features(lines, i))
                labels.append(line_labels[i])
                ids.append(record["id"])
    return features, labels, ids


def fit(features: list[list[str]], labels: list[str], c: float = 8.0, min_count: int = 2) -> SignatureModel:
    """A multinomial logistic regression over the features seen ``min_count`` times, as a ``SignatureModel``."""
    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    counts = Counter(f for row in features for f in set(row))
    vocabulary = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= min_count and f != "bias"))}
    rows, cols = [], []
    for r, row in enumerate(features):
        for f in set(row):
            if f in vocabulary:
                rows.append(r)
                cols.append(vocabulary[f])
    x = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(features), len(vocabulary)))
    y = np.array([LABELS.index(label) for label in labels])
    # the signature's lines are one in a hundred: weighed five times, the threshold set for precision afterwards
    model = LogisticRegression(C=c, max_iter=2000, random_state=SEED,
                               class_weight={i: (1.0 if label == "OTHER" else 5.0) for i, label in enumerate(LABELS)})
    model.fit(x, y)
    # a label the training data lacks gets no column: score it as never
    coef = np.full((len(LABELS), x.shape[1]), 0.0)
    intercept = np.full(len(LABELS), -30.0)
    for k, label_index in enumerate(model.classes_):
        coef[label_index] = model.coef_[k] if len(model.classes_) > 2 else 0.0
        intercept[label_index] = model.intercept_[k] if len(model.classes_) > 2 else 0.0
    weights = {f: [round(float(w), 4) for w in coef[:, i]] for f, i in vocabulary.items()
               if np.abs(coef[:, i]).max() >= 5e-4}
    return SignatureModel(weights, [round(float(b), 4) for b in intercept], threshold=0.5)


class _Recording(SignatureModel):
    """A model that keeps nothing and records the candidates it was asked to keep."""

    seen: list[Candidate]

    def keep(self, found: list[Candidate]) -> list[Candidate]:
        self.seen = found
        return []


def scored_candidates(model: SignatureModel, records: list[dict], texts: dict[str, str]) -> dict[str, list[Candidate]]:
    """For each page whose signature the rules do not read, the candidates the model reads there (all scores)."""
    recorder = _Recording(model.weights, model.intercept, model.threshold)
    found: dict[str, list[Candidate]] = {}
    for record in records:
        recorder.seen = None
        parse_header(texts[record["id"]], signature_model=recorder)
        if recorder.seen is not None:
            found[record["id"]] = recorder.seen
    return found


def _signatories_at(found: list[Candidate], threshold: float) -> list[dict] | None:
    kept: list[dict] = []
    for candidate in found:
        same = any(learned_signature._same_signatory(candidate.signatory, k) for k in kept)
        if candidate.score >= threshold and not same:
            kept.append(candidate.signatory)
    return kept or None


def choose_threshold(records: list[dict], found: dict[str, list[Candidate]]) -> tuple[float, list[tuple]]:
    """The threshold that maximises right signature lists less half the wrong ones less twice the spurious ones, on
    out-of-fold candidates; ties to the higher threshold. Never below one half: a signature less likely than not is
    not read, however few pages the out-of-fold count rests on."""
    gold = {r["id"]: r["header"].get("signatories") or None for r in records}
    table = []
    for step in range(50, 100):
        threshold = step / 100
        right = wrong = spurious = 0
        for doc_id, candidates in found.items():
            guess = _signatories_at(candidates, threshold)
            if guess is None:
                continue
            if gold[doc_id] is None:
                spurious += 1
            elif guess == gold[doc_id]:
                right += 1
            else:
                wrong += 1
        table.append((threshold, right - 0.5 * wrong - 2 * spurious, right, wrong, spurious))
    best = max(table, key=lambda row: (row[1], row[0]))
    return best[0], table


def train(records: list[dict], texts: dict[str, str], folds: int = 5) -> SignatureModel:
    """The model on all ``records``, its threshold chosen on ``folds`` out-of-fold parts of them."""
    ids = sorted({r["id"] for r in records})
    random.Random(SEED).shuffle(ids)
    part = {doc_id: i % folds for i, doc_id in enumerate(ids)}
    found: dict[str, list[Candidate]] = {}
    for fold in range(folds):
        inside = [r for r in records if part[r["id"]] != fold]
        outside = [r for r in records if part[r["id"]] == fold]
        model = fit(*examples(inside, texts)[:2])
        found.update(scored_candidates(model, outside, texts))
    threshold, table = choose_threshold(records, found)
    model = fit(*examples(records, texts)[:2])
    model.threshold = threshold
    model.meta = {"threshold_table": [list(row) for row in table if row[0] * 100 % 5 == 0]}
    return model


def unique(records: list[dict]) -> list[dict]:
    """One record per page (the first sample that annotated it)."""
    seen, kept = set(), []
    for record in records:
        if record["id"] not in seen:
            seen.add(record["id"])
            kept.append(record)
    return kept


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--out", type=Path, default=ROOT / "nlkst/resources" / learned_signature.MODEL_FILE)
    args = parser.parse_args()
    records = unique(load_golds())
    texts = load_texts(records, args.shared)
    model = train(records, texts)
    model.meta.update({"source": "corpora/fresh-*/headers_gold.jsonl and corpora/headers/headers.jsonl "
                       f"({len(records)} pages), training/train_signature_model.py, seed {SEED}",
                       "date": datetime.date.today().isoformat()})
    args.out.write_text(json.dumps(model.to_json(), ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(model.weights)} features, threshold {model.threshold}")


if __name__ == "__main__":
    main()
