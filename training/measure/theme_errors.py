"""Where a theme classifier goes wrong: per theme, how many paragraphs it gives the theme wrongly and misses, by
source, and the paragraphs themselves (highest-scored false ones first, lowest-scored misses first).

The paragraphs are labelled JSON Lines files (the corpus splits, the fresh samples); ``--model`` scores them with its
``kst_themes`` (the shipped pipeline by default) at its thresholds. ``--unseen-by`` leaves out every paragraph whose id
a file lists, so that a model is judged only on what it was not trained on: the shipped classifier was trained on the
splits of commit ada92bf, so

    git show ada92bf:corpora/themes/train.jsonl > /tmp/train_ada.jsonl
    git show ada92bf:corpora/themes/dev.jsonl > /tmp/dev_ada.jsonl
    python training/measure/theme_errors.py corpora/themes/train.jsonl corpora/themes/dev.jsonl \\
        corpora/fresh-2026-12-0*/themes.jsonl --unseen-by /tmp/train_ada.jsonl /tmp/dev_ada.jsonl --theme rol_politiek

judges it on batches 18-22 and the fresh samples (never the test splits). ``--out-of-fold FILE`` reads the scores of
a ``themes_out_of_fold.jsonl`` that ``nlkst train`` wrote instead of scoring (its labels and sources with them;
thresholds from ``--model``).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from nlkst.schema import THEME_LABELS


def read_records(paths: list[Path]) -> list[dict]:
    """Every record of the JSON Lines ``paths``, in order, every field as written: an out-of-fold file's
    ``scores`` too, which ``nlkst.train.read_labelled`` does not keep."""
    records = []
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            records.extend(json.loads(line) for line in handle if line.strip())
    return records


def errors(records: list[dict], scores: list[dict[str, float]], thresholds: dict[str, float],
           themes=THEME_LABELS) -> dict[str, dict]:
    """Per theme: ``found`` (count), ``given_wrongly`` and ``missed`` (lists of (score, record)), ordered so that
    the surest mistakes come first."""
    result = {}
    for theme in themes:
        found, wrong, missed = 0, [], []
        for record, score in zip(records, scores):
            gold, predicted = theme in record.get("labels", []), score.get(theme, 0.0) >= thresholds[theme]
            if gold and predicted:
                found += 1
            elif predicted:
                wrong.append((score[theme], record))
            elif gold:
                missed.append((score.get(theme, 0.0), record))
        wrong.sort(key=lambda pair: -pair[0])
        missed.sort(key=lambda pair: pair[0])
        result[theme] = {"found": found, "given_wrongly": wrong, "missed": missed}
    return result


def summary_rows(result: dict[str, dict]) -> list[str]:
    """A Markdown table: per theme n, found, wrongly given and missed with the sources where most."""
    def where(pairs: list) -> str:
        counts = Counter(record.get("source", "?") for _, record in pairs)
        return ", ".join(f"{source} {n}" for source, n in counts.most_common(3))

    rows = ["| theme | n | found | missed (where most) | given wrongly (where most) | F1 |",
            "|---|---|---|---|---|---|"]
    for theme, row in result.items():
        found, wrong, missed = row["found"], len(row["given_wrongly"]), len(row["missed"])
        f1 = 2 * found / (2 * found + wrong + missed) if found else 0.0
        rows.append(f"| {theme} | {found + missed} | {found} | {missed} ({where(row['missed'])}) "
                    f"| {wrong} ({where(row['given_wrongly'])}) | {f1:.3f} |")
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("labelled", type=Path, nargs="*")
    parser.add_argument("--model", help="pipeline whose kst_themes scores (default: the shipped one)")
    parser.add_argument("--out-of-fold", type=Path, help="themes_out_of_fold.jsonl: its scores instead of scoring")
    parser.add_argument("--unseen-by", type=Path, nargs="*", default=[], help="leave out the ids these files hold")
    parser.add_argument("--theme", action="append", choices=THEME_LABELS, help="list this theme's mistakes")
    parser.add_argument("--list", type=int, default=25, help="mistakes listed per kind")
    args = parser.parse_args()
    import nlkst

    nlp = nlkst.load(args.model) if args.model else nlkst.load()
    component = nlp.get_pipe("kst_themes")
    if args.out_of_fold:
        records = read_records([args.out_of_fold])
        scores = [record["scores"] for record in records]
    else:
        records = read_records(args.labelled)
    seen = {record["id"] for record in read_records(args.unseen_by)}
    keep = [i for i, record in enumerate(records) if record["id"] not in seen]
    records = [records[i] for i in keep]
    scores = [scores[i] for i in keep] if args.out_of_fold else component.score_texts(r["text"] for r in records)
    result = errors(records, scores, component.thresholds)
    sources = Counter(record.get("source", "?") for record in records).most_common()
    print(f"{len(records)} paragraphs ({', '.join(f'{source} {n}' for source, n in sources)})")
    print("\n".join(summary_rows(result)))
    for theme in args.theme or []:
        for kind in ("given_wrongly", "missed"):
            print(f"\n{theme}, {kind.replace('_', ' ')}:")
            for score, record in result[theme][kind][:args.list]:
                text = " ".join(record["text"].split())[:240]
                print(f"  {score:.3f} [{record.get('source', '?')}; {record['id']}; {record.get('labels')}] {text}")


if __name__ == "__main__":
    main()
