"""Score the reference parser against a gold file of references.

    python training/measure/evaluate_references.py SAMPLE.jsonl GOLD.jsonl [--json REPORT.json]
    python training/measure/evaluate_references.py corpora/references/dev.jsonl corpora/references/dev.jsonl

SAMPLE lines are ``{"id", "text", ...}``; GOLD lines ``{"id", "references": [{"start", "end",
"text", "type", "id", "implicit"}, ...]}`` (a gold record without an id is a reference that the
passage does not resolve: it counts for span recall only). Each text is parsed on its own, given what
the pipeline has from the header of its whole document (``nlkst/components/references.py``): the document's year
(``document_year``: a law made after the text is not the law it names), the sample line's ``date``, else, for an
SGD passage, the header of its whole document in ``--shared`` (its date, else the later year of its
vergaderjaar); and, as the pipeline has it from the header it reads, the own dossier (what ``het wetsvoorstel``
and a bare ``stuk nr. 12`` mean), the own stuk, the amendement or motie it is, and the chamber, where asked:
``--header passage`` (the default since k21hp, 2026-12-06) from the header the passage itself holds, as the pipeline
reads it when given the passage (``nlp(passage)``: what a user gets; the blind golds too are annotated from the
passage alone, header included); ``--header document`` from the whole SGD document's header, as the pipeline has it
on the whole document (which the passage's gold mostly does not know); ``--header none`` without (the default of
every run before k21hp: compare with figures from before it so). On the pooled fresh golds ``passage`` scores at
least as well as ``none`` on every count, with no more ids the gold lacks (docs/references.md, "The passage's own
header as the default"). ``--no-document-year`` parses without the year. Reported:

- per type, precision/recall/F1 of ids, matched as multisets per passage (a type the parser
  names differently, ``amendement`` for a gold ``motie``, still counts in the ``all`` row; a type the spec does
  not define, ``traktatenblad``, has its row but stays out of ``all``: since 2026-12-06, seventh session);
- explicit kamerstuk ids right: the share of gold explicit ``kamerstuk``/``motie``/``amendement``
  ids the parser gives in the same passage;
- implicit resolved: the share of gold implicit references with an id that the parser resolves
  to that id (as an implicit record); and how many implicit records it gives an id the gold does
  not have (guesses);
- wet id accuracy: of the gold law references with an id that the parser finds (spans overlap),
  the share with the right JuriConnect id; and wet id recall;
- mention span recall: the share of gold mentions that a parser record overlaps (and matches exactly).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any
from collections.abc import Iterable

from nlkst.references import ReferenceParser, header_context

KAMERSTUK_TYPES = {"kamerstuk", "motie", "amendement"}
# The types ANNOTATION.md section 4 defines, which the golds annotate. The parser also reads citations the spec
# does not name (the Traktatenblad): they get their own row and stay out of the ``all`` row, since no gold marks
# them and counting them there would charge the parser for reading more than the contract asks.
SPEC_TYPES = KAMERSTUK_TYPES | {"handelingen", "aanhangsel", "document_id", "staatsblad", "staatscourant", "ecli",
                                "wet"}


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        sys.exit(f"error: {path} does not exist")
    items = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                items.append(json.loads(line))
            except json.JSONDecodeError as error:
                sys.exit(f"error: {path}, line {number}: not JSON ({error})")
            if "id" not in items[-1]:
                sys.exit(f"error: {path}, line {number}: no 'id'")
    return items


def prf(true_positive: int, predicted: int, gold: int) -> dict[str, float]:
    precision = true_positive / predicted if predicted else 0.0
    recall = true_positive / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "tp": true_positive, "predicted": predicted,
            "gold": gold}


def _overlap(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def _multiset_hits(predicted: Iterable[str], gold: Iterable[str]) -> int:
    return sum((Counter(predicted) & Counter(gold)).values())


def document_years(samples: list[dict[str, Any]], shared: Path | None) -> dict[str, int]:
    """The year of each passage's document, as the pipeline reads it: the sample's ``date``, else the header of
    the whole SGD document (its date, else the later year of its vergaderjaar)."""
    return {passage: context["year"] for passage, context in document_contexts(samples, shared).items()
            if context.get("year")}


def _header_context(fields: dict[str, Any], spans: list[tuple[int, int, str]], offset: int,
                    year: int | None) -> dict[str, Any]:
    """What the pipeline's reference component takes from a document's header (``references.header_context``), for
    a passage that starts at ``offset`` of the document: a span only where the passage holds it; no dossier for a
    document before the continuous numbering (``header_dossier``)."""
    inside = [(start - offset, end - offset, name) for start, end, name in spans if start >= offset]
    return header_context(fields, inside, year)


def passage_contexts(samples: list[dict[str, Any]], years: dict[str, int]) -> dict[str, dict[str, Any]]:
    """Per passage, the header context the pipeline reads from the passage itself (``_header_context``): a passage
    that opens with a stuk's header has its own dossier, a slice from the middle of a document none."""
    from nlkst.header import parse_header

    contexts = {}
    for item in samples:
        header = parse_header(item["text"])
        contexts[item["id"]] = _header_context(header.fields, header.spans, 0, years.get(item["id"]))
    return contexts


def document_contexts(samples: list[dict[str, Any]], shared: Path | None) -> dict[str, dict[str, Any]]:
    """Per passage, what the pipeline reads from its whole document: ``year`` (the sample's ``date``, else the SGD
    document's header: its date, else the later year of its vergaderjaar) and, for an SGD passage, the header's
    context for the reference parser (``_header_context``)."""
    contexts: dict[str, dict[str, Any]] = defaultdict(dict)
    years: dict[str, int] = {}
    wanted: dict[str, list[str]] = defaultdict(list)
    for item in samples:
        day = str(item.get("date") or "")
        if day[:4].isdigit():
            years[item["id"]] = int(day[:4])
        if str(item.get("doc_id", "")).startswith("sgd-"):
            wanted[item["doc_id"]].append(item["id"])
    for passage, year in years.items():
        contexts[passage]["year"] = year
    corpus = shared / "corpora" / "sgd" / "sgd_ocr.jsonl" if shared else None
    if not wanted or corpus is None or not corpus.exists():
        return dict(contexts)
    from nlkst.header import parse_header

    offsets = {item["id"]: int(item.get("start") or 0) for item in samples}
    with corpus.open(encoding="utf-8") as handle:
        for line in handle:
            if not any(f'"{doc_id}"' in line[:80] for doc_id in wanted):
                continue
            document = json.loads(line)
            if document["id"] not in wanted:
                continue
            header = parse_header(document["text"])
            fields = header.fields
            for day in (fields.get("date"), (fields.get("vergaderjaar") or "")[-4:]):
                if day and str(day)[:4].isdigit():
                    for passage in wanted[document["id"]]:
                        contexts[passage].setdefault("year", int(str(day)[:4]))
                    break
            for passage in wanted[document["id"]]:
                contexts[passage].update(_header_context(fields, header.spans, offsets[passage],
                                                         contexts[passage].get("year")))
    return dict(contexts)


def parse_passage(text: str, year: int | None, context: dict[str, Any] | None) -> list[dict[str, Any]]:
    """The passage's records as the pipeline gives them, with its document's year and header context (or none)."""
    context = {key: value for key, value in (context or {}).items() if key != "year"}
    parser = ReferenceParser(document_year=year, **context)
    return [record for mention in parser.mentions(text) for record in mention.records]


def evaluate(samples: list[dict[str, Any]], golds: list[dict[str, Any]],
             years: dict[str, int] | None = None,
             contexts: dict[str, dict[str, Any]] | None = None) -> dict[str, Any]:
    texts = {item["id"]: item["text"] for item in samples}
    years = years or {}
    contexts = contexts or {}
    missing = [item["id"] for item in golds if item["id"] not in texts]
    if missing:
        raise ValueError(f"{len(missing)} gold passages have no text in the sample, first {missing[0]!r}")
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # type -> tp, predicted, gold
    explicit = [0, 0]
    implicit = [0, 0]
    guessed_implicit = 0
    wet_found = [0, 0]  # right id, found
    wet_recall = [0, 0]
    spans = [0, 0, 0]  # overlapped, exact, gold
    for item in golds:
        gold_refs = item.get("references", [])
        predicted = parse_passage(texts[item["id"]], years.get(item["id"]), contexts.get(item["id"]))
        by_type_gold: dict[str, list[str]] = defaultdict(list)
        by_type_pred: dict[str, list[str]] = defaultdict(list)
        for ref in gold_refs:
            if ref.get("id"):
                by_type_gold[ref["type"]].append(ref["id"])
        for ref in predicted:
            if ref.get("id"):
                by_type_pred[ref["type"]].append(ref["id"])
        for kind in set(by_type_gold) | set(by_type_pred):
            counts[kind][0] += _multiset_hits(by_type_pred[kind], by_type_gold[kind])
            counts[kind][1] += len(by_type_pred[kind])
            counts[kind][2] += len(by_type_gold[kind])
        all_pred = [r["id"] for r in predicted if r.get("id") and r["type"] in SPEC_TYPES]
        all_gold = [r["id"] for r in gold_refs if r.get("id")]
        counts["all"][0] += _multiset_hits(all_pred, all_gold)
        counts["all"][1] += len(all_pred)
        counts["all"][2] += len(all_gold)

        gold_explicit = [r["id"] for r in gold_refs if r.get("id") and not r.get("implicit")
                         and r["type"] in KAMERSTUK_TYPES]
        pred_explicit = [r["id"] for r in predicted if r.get("id") and not r.get("implicit")]
        explicit[0] += _multiset_hits(pred_explicit, gold_explicit)
        explicit[1] += len(gold_explicit)

        gold_implicit = [r for r in gold_refs if r.get("implicit")]
        pred_implicit = [r for r in predicted if r.get("implicit") and r.get("id")]
        implicit[0] += _multiset_hits([r["id"] for r in pred_implicit], [r["id"] for r in gold_implicit if r.get("id")])
        implicit[1] += sum(1 for r in gold_implicit if r.get("id"))
        for ref in pred_implicit:
            if not any(_overlap(ref, g) and g.get("id") for g in gold_implicit):
                guessed_implicit += 1

        for ref in gold_refs:
            if ref["type"] == "wet" and ref.get("id"):
                wet_recall[1] += 1
                found = [p for p in predicted if p["type"] == "wet" and _overlap(p, ref)]
                if found:
                    wet_found[1] += 1
                    wet_found[0] += any(p["id"] == ref["id"] for p in found)
                    wet_recall[0] += any(p["id"] == ref["id"] for p in found)
            spans[2] += 1
            spans[0] += any(_overlap(p, ref) for p in predicted)
            spans[1] += any(p["start"] == ref["start"] and p["end"] == ref["end"] for p in predicted)
    return {
        "passages": len(golds),
        "passages_with_year": sum(1 for item in golds if item["id"] in years),
        "passages_with_own_dossier": sum(1 for item in golds if (contexts.get(item["id"]) or {}).get("own_dossier")),
        "ids": {kind: prf(*values) for kind, values in sorted(counts.items())},
        "explicit_kamerstuk_ids_right": {"right": explicit[0], "gold": explicit[1],
                                          "rate": explicit[0] / explicit[1] if explicit[1] else None},
        "implicit_resolved": {"right": implicit[0], "gold": implicit[1],
                              "rate": implicit[0] / implicit[1] if implicit[1] else None,
                              "implicit_ids_without_gold_id": guessed_implicit},
        "wet": {"right_id_of_found": wet_found[0], "found": wet_found[1],
                "accuracy": wet_found[0] / wet_found[1] if wet_found[1] else None,
                "recall": wet_recall[0] / wet_recall[1] if wet_recall[1] else None, "gold": wet_recall[1]},
        "mention_span_recall": {"overlap": spans[0] / spans[2] if spans[2] else None,
                                "exact": spans[1] / spans[2] if spans[2] else None, "gold": spans[2]},
    }


def _rate(value: float | None) -> str:
    return "   n/a" if value is None else f"{value:6.3f}"


def print_report(report: dict[str, Any]) -> None:
    print(f"{report['passages']} passages ({report.get('passages_with_year', 0)} with their document's year, "
          f"{report.get('passages_with_own_dossier', 0)} with its own dossier)\n")
    print(f"{'type':<14} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'pred':>5} {'gold':>5}")
    for kind, row in report["ids"].items():
        print(f"{kind:<14} {row['precision']:6.3f} {row['recall']:6.3f} {row['f1']:6.3f} {row['tp']:5d} "
              f"{row['predicted']:5d} {row['gold']:5d}")
    explicit, implicit, wet, spans = (report[k] for k in ("explicit_kamerstuk_ids_right", "implicit_resolved", "wet",
                                                          "mention_span_recall"))
    print(f"\nexplicit kamerstuk ids right   {_rate(explicit['rate'])}  ({explicit['right']}/{explicit['gold']})")
    print(f"implicit resolved              {_rate(implicit['rate'])}  ({implicit['right']}/{implicit['gold']}; "
          f"{implicit['implicit_ids_without_gold_id']} implicit ids where the gold has none)")
    print(f"wet id accuracy (found)        {_rate(wet['accuracy'])}  ({wet['right_id_of_found']}/{wet['found']}; "
          f"recall {_rate(wet['recall']).strip()} of {wet['gold']})")
    print(f"mention span recall            {_rate(spans['overlap'])}  (exact {_rate(spans['exact']).strip()}, "
          f"{spans['gold']} gold mentions)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sample", type=Path, help="JSON lines with id and text")
    parser.add_argument("gold", type=Path, help="JSON lines with id and references")
    parser.add_argument("--json", type=Path, default=None, help="also write the report as JSON here")
    parser.add_argument("--shared", type=Path, default=Path("../shared"),
                        help="the shared data, for the year of an SGD passage's document (default ../shared)")
    parser.add_argument("--source", nargs="+", default=None,
                        help="score only the passages of these sources (the sample's 'source': handelingen-xml, "
                             "parlspeech-sample, sgd)")
    parser.add_argument("--no-document-year", action="store_true",
                        help="parse every passage without its document's year (the figures before issue 21)")
    parser.add_argument("--header", choices=("passage", "document", "none"), default="passage",
                        help="where the own dossier, stuk and chamber come from: the header the passage holds "
                             "(default, as nlp(passage)), the whole SGD document's header (as the pipeline on the "
                             "whole document), or none (the default before k21hp)")
    args = parser.parse_args()
    try:
        samples = read_jsonl(args.sample)
        golds = read_jsonl(args.gold)
        if args.source:
            samples = [item for item in samples if item.get("source") in args.source]
            kept = {item["id"] for item in samples}
            golds = [item for item in golds if item["id"] in kept]
        contexts = document_contexts(samples, args.shared)
        years = {} if args.no_document_year else {passage: context["year"] for passage, context in contexts.items()
                                                  if context.get("year")}
        headers = {"passage": lambda: passage_contexts(samples, years), "document": lambda: contexts,
                   "none": dict}[args.header]()
        report = evaluate(samples, golds, years, headers)
    except ValueError as error:
        sys.exit(f"error: {error}")
    print_report(report)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
