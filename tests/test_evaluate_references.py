"""training/measure/evaluate_references.py on the project's dev gold and on passages whose score is known."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training" / "measure"))

from evaluate_references import evaluate, read_jsonl  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "corpora" / "references" / "dev.jsonl"
# A real sentence of the 1990 EU-council letter (sgd-0000040744): one explicit kamerstuk.
PASSAGE = ("Gevolg gevend aan mijn toezegging tijdens het mondeling overleg van 5 april jl. "
           "(Kamerstuk 21 501-02, nr. 6)")


def test_the_dev_gold_scores_as_the_readme_says():
    report = evaluate(read_jsonl(DEV), read_jsonl(DEV))
    assert report["passages"] == 60
    assert report["explicit_kamerstuk_ids_right"]["rate"] == 1.0
    assert report["wet"]["accuracy"] == 1.0
    assert report["ids"]["all"]["precision"] == 1.0
    # 74 read blind; 9 header dossiers added later; 1 motie header added with issue 21; 1 Bijlagen label (issue 21);
    # 1 stuk header with its kind before the number (`VERSLAG No. 7`, issue 21); 1 foot label that repeats the
    # header (`11135 3`, k21ac); less the amendement's `het amendement` naming itself (k21hp: the fresh golds leave it);
    # the eindverslag's `over het voorstel` under its header's bill (refs-implicit: the fresh golds mark the formula)
    assert report["mention_span_recall"]["gold"] == 87


def test_ids_are_matched_as_a_multiset_per_passage():
    gold_ref = {"start": 81, "end": 107, "text": "Kamerstuk 21 501-02, nr. 6", "type": "kamerstuk",
                "id": "kst-21501-02-6", "implicit": False}
    sample = [{"id": "p", "text": PASSAGE}]
    once = evaluate(sample, [{"id": "p", "references": [gold_ref]}])
    twice = evaluate(sample, [{"id": "p", "references": [gold_ref, gold_ref]}])
    wrong = evaluate(sample, [{"id": "p", "references": [dict(gold_ref, id="kst-21501-02-7")]}])
    assert once["ids"]["kamerstuk"]["f1"] == 1.0 and once["mention_span_recall"]["exact"] == 1.0
    assert twice["ids"]["kamerstuk"]["recall"] == 0.5
    assert wrong["ids"]["kamerstuk"]["precision"] == 0.0 and wrong["mention_span_recall"]["overlap"] == 1.0


def test_a_gold_passage_without_text_is_an_error():
    with pytest.raises(ValueError, match="no text in the sample"):
        evaluate([{"id": "a", "text": PASSAGE}], [{"id": "b", "references": []}])


def test_the_command_reports_and_names_a_missing_file(tmp_path):
    script = ROOT / "training" / "measure" / "evaluate_references.py"
    ran = subprocess.run([sys.executable, str(script), str(DEV), str(DEV), "--json", str(tmp_path / "r.json")],
                         capture_output=True, text=True, check=True)
    assert "explicit kamerstuk ids right" in ran.stdout
    report = json.loads((tmp_path / "r.json").read_text())
    assert report["passages"] == 60
    assert report["passages_with_own_dossier"] > 0  # the header the passage holds, the default since k21hp
    missing = subprocess.run([sys.executable, str(script), str(tmp_path / "none.jsonl"), str(DEV)],
                             capture_output=True, text=True)
    assert missing.returncode != 0 and "does not exist" in missing.stderr


def test_the_header_context_is_what_the_pipeline_passes():
    from evaluate_references import _header_context

    fields = {"dossiers": [{"number": "14100-VIII"}], "ondernummer": "57", "doc_type": "brief",
              "chamber": "Tweede Kamer der Staten-Generaal"}
    context = _header_context(fields, [(88, 99, "dossiers")], 0, 1977)
    assert (context["own_dossier"], context["own_stuk"], context["own_dossier_span"]) == (
        "14100-VIII", "kst-14100-VIII-57", (88, 99))
    assert _header_context(fields, [(88, 99, "dossiers")], 200, 1977)["own_dossier_span"] is None  # not in the passage
    assert _header_context(fields, [], 0, 1891)["own_dossier"] is None  # session-numbered Bijlagen


def test_a_type_the_spec_does_not_define_stays_out_of_the_all_row():
    # A real sentence of a 1961 memorie van toelichting (sgd-0000250740): the Traktatenblad, which ANNOTATION.md
    # section 4 does not name and the golds leave, is read by the parser and scored in its own row only.
    text = ("Het onderwerpelijke verdrag is in zijn uiteindelijke tekst ontworpen door de Eerste Commissie van de in "
            "oktober 1960 gehouden Negende Zitting van de Haagse Conferentie voor Internationaal Privaatrecht "
            "(vide Trb. 1960, 170).")
    report = evaluate([{"id": "p", "text": text}], [{"id": "p", "references": []}])
    assert report["ids"]["traktatenblad"]["predicted"] == 1
    assert report["ids"]["all"]["predicted"] == 0


def test_the_misses_listed_are_the_ids_the_evaluator_counts_as_missed():
    """``reference_misses.py`` lists, on a blind sample's real passages, exactly the explicit kamerstuk and implicit
    ids that ``evaluate`` counts as not right, and no law id the parser gets right."""
    from evaluate_references import document_years, passage_contexts
    from reference_misses import misses

    folder = ROOT / "corpora" / "fresh-2026-12-07i"
    samples = read_jsonl(folder / "references_sample.jsonl")
    golds = read_jsonl(folder / "references_gold.jsonl")
    years = document_years(samples, None)
    report = evaluate(samples, golds, years, passage_contexts(samples, years))
    listed = misses(samples, golds, None)
    explicit = report["explicit_kamerstuk_ids_right"]
    implicit = report["implicit_resolved"]
    assert sum(row["kind"] == "EXPL" for row in listed) == explicit["gold"] - explicit["right"] > 0
    assert sum(row["kind"] == "IMPL" for row in listed) == implicit["gold"] - implicit["right"] > 0
    # a law named again (`de wet`) is listed with the implicit ones; the evaluator's law recall counts it too
    laws_missed = sum(row["kind"] == "WET" or row["gold"].startswith("jci") for row in listed)
    assert laws_missed == report["wet"]["gold"] - round(report["wet"]["recall"] * report["wet"]["gold"])
