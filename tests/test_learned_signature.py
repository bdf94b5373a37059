"""The learned signature reader (``nlkst/header/learned_signature.py``): its shipped weights load and score without
scikit-learn, its office and name are read as the rules read them, and ``kst_header``'s switch round-trips.

The pages it reads where the rules read none are cases of ``tests/data/header_kinds.jsonl`` (kind
``learned_signature``)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import spacy

from nlkst.header import parse_header
from nlkst.header.learned_signature import LABELS, _same_signatory, _signatory, packaged_model, page_lines

KINDS = [json.loads(line) for line in
         (Path(__file__).parent / "data" / "header_kinds.jsonl").read_text(encoding="utf-8").splitlines()]
LEARNED = [case for case in KINDS if "learned_signature" in case["kind"]]


def test_the_model_loads_and_scores_without_scikit_learn():
    script = (
        "import sys; sys.modules['sklearn'] = None\n"
        "from nlkst.header.learned_signature import packaged_model, page_lines, line_features\n"
        "lines = page_lines('Gaarne zal ik die wetsontwerpen terugontvangen.\\nDe Minister van Marine,\\nKRUYS.')\n"
        "p = packaged_model().probabilities(line_features(lines, 2))\n"
        "print(max(p, key=p.get))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                          cwd=Path(__file__).resolve().parents[1])
    assert done.stdout.strip() == "NAME"


def test_the_model_file_is_plain_json_with_its_threshold():
    model = packaged_model()
    assert model.labels == LABELS and 0 < model.threshold < 1
    assert all(len(row) == len(LABELS) for row in list(model.weights.values())[:100])


def test_an_office_garbled_by_ocr_is_read_through_the_office_readers():
    # sgd-0000330355 (corpora/fresh-2026-12-07c): "De Minister ram Financien," / "ANT. VAN (U.IN."
    assert _signatory("De Minister ram Financien,", "ANT. VAN (U.IN.") == {
        "role": "minister", "portfolio": "Financiën", "name": "ANT. VAN (U.IN"}
    # OCR glued the role to its "van" (sgd-0000121356)
    assert _signatory("De Ministervan Financiën,", "H. 0. C. R. Ruding")["portfolio"] == "Financiën"


def test_an_office_far_from_every_known_portfolio_gives_no_signatory():
    assert _signatory("De Minister run, Binnenlandick» Zaken ,", "HEEMSKERK.") is None
    assert _signatory("Het Ministerie van Financiën,", "Afdeling Begrotingszaken") is None


def test_a_line_is_split_where_ocr_ran_the_office_on_after_the_last_sentence():
    # sgd-0000243910: "... en dat van Economische Zaken. De Minister van Defensie," / "DE JONG."
    lines = [line.text for line in page_lines("en dat van Economische Zaken. De Minister van Defensie,\nDE JONG.")]
    assert lines == ["en dat van Economische Zaken.", "De Minister van Defensie,", "DE JONG."]


def test_the_switch_turns_the_learned_reader_off():
    case = LEARNED[0]
    assert parse_header(case["text"]).fields["signatories"] == case["expected"]["signatories"]
    assert parse_header(case["text"], learned_signatures=False).fields["signatories"] is None


def test_the_switch_round_trips_in_a_saved_pipeline(tmp_path):
    import nlkst.components.header  # noqa: F401  (registers kst_header)

    nlp = spacy.blank("nl")
    nlp.add_pipe("kst_header", config={"learned_signatures": False})
    nlp.to_disk(tmp_path / "model")
    loaded = spacy.load(tmp_path / "model")
    assert loaded.get_pipe("kst_header").learned_signatures is False
    assert loaded.config["components"]["kst_header"]["learned_signatures"] is False
    case = LEARNED[0]
    assert loaded(case["text"])._.kamerstuk["signatories"] is None
    on = spacy.blank("nl")
    on.add_pipe("kst_header")
    on.to_disk(tmp_path / "on")
    assert spacy.load(tmp_path / "on")(case["text"])._.kamerstuk["signatories"] == case["expected"]["signatories"]


def test_a_vice_minister_president_is_no_office_of_the_list():
    # sgd-0000253842: "De" / "Vice-Minister-President," / "B. W. BIESHEUVEL."
    assert _signatory("De Vice-Minister-President,", "B. W. BIESHEUVEL.") is None


def test_a_bullet_in_the_margin_is_no_part_of_the_name():
    # sgd-0000343776: "De Minister van oorlog, • II. COLIJN."
    assert _signatory("De Minister van oorlog,", "• II. COLIJN.")["name"] == "II. COLIJN"


def test_one_minister_signing_several_stukken_is_one_signatory_whatever_ocr_made_of_the_initials():
    # sgd-0000355196: naturalisations each signed "De Minister van Justitie, E. VAN RAALTE", OCR "i; E." and "Iv E."
    one = {"role": "minister", "portfolio": "Justitie", "name": "i; E. VAN KAALTE"}
    other = {"role": "minister", "portfolio": "Justitie", "name": "Iv E. VAN KAALTE"}
    assert _same_signatory(one, other)
    assert not _same_signatory(one, {**other, "portfolio": "Financiën"})
