"""Draw the second batch of theme paragraphs: candidates for the four rare themes.

The first sample (``sample_paragraphs.py``) left dienstverlening, wetgeving,
samenwerking, uitvoeringskracht and rol_politiek with 18-49 examples each. This
pool draws, with a fixed seed and leaving out every paragraph already labelled:

- SGD paragraphs (150-1,200 characters) with a word of those themes
  (``dienstverlening``, ``deregulering``, ``interdepartementaal``, ``werkvoorraad``,
  ``toezegging``, ...);
- paragraphs of the 2018 Handelingen (``handelingen-xml``) of at least 200
  characters with a word about execution, rules, cooperation or the Kamer;
- every unlabelled MijnOverheid Zakelijk paragraph and modern-gov paragraphs that
  speak of citizens, law, cooperation, staff or politics.

Many candidates carry no theme at all once read; they are labelled as such and
stay in the corpus as hard negatives.

``--remaining-debate`` draws the third batch instead: every Handelingen paragraph
not yet labelled (at least 120 characters) that speaks of execution, supervision,
informing the Kamer, staff or money, which is where uitvoeringskracht and
rol_politiek live (seed 31).

``--execution-words`` draws the fourth batch: every SGD paragraph not yet
labelled, of any length from 100 characters, that names a backlog, executability,
an agency being made autonomous, waiting times, staff shortages, the bedrijfs-
verenigingen or information provision. Paragraphs longer than about 1,500
characters were labelled from their opening and the passages around those words.

``--modern-capacity`` draws the fifth batch: every modern-gov paragraph not yet labelled
that speaks of councils, politics or administrators, or of staff, skills, training,
expertise or budgets (AI literacy of civil servants is uitvoeringskracht).

    python training/corpora/sample_rare_themes.py --shared ../shared --labelled corpora/themes -o /tmp/pool2.jsonl
    python training/corpora/sample_rare_themes.py --remaining-debate --seed 31 -o /tmp/pool3.jsonl
    python training/corpora/sample_rare_themes.py --execution-words -o /tmp/pool4.jsonl
    python training/corpora/sample_rare_themes.py --modern-capacity -o /tmp/pool5.jsonl
    python training/corpora/sample_rare_themes.py --model-ranked 40 -o /tmp/pool6.jsonl
    python training/corpora/sample_rare_themes.py --model-ranked 25 -o /tmp/pool7.jsonl  # the next model
    python training/corpora/sample_rare_themes.py --model-ranked 15 -o /tmp/pool8.jsonl  # and the one after
    python training/corpora/sample_rare_themes.py --model-ranked 30 --themes uitvoeringskracht rol_politiek \
        -o /tmp/pool9.jsonl  # by the cross-validated model
    python training/corpora/sample_rare_themes.py --algorithm-governance -o /tmp/pool10.jsonl
    python training/corpora/sample_rare_themes.py --model-ranked 20 --themes dienstverlening samenwerking \
        -o /tmp/pool11.jsonl
    python training/corpora/sample_rare_themes.py --model-ranked 15 -o /tmp/pool12.jsonl  # by the model after that
    # by the classifier with theme cues
    python training/corpora/sample_rare_themes.py --model-ranked 15 -o /tmp/pool13.jsonl
    python training/corpora/sample_rare_themes.py --model-ranked 30 --themes uitvoeringskracht rol_politiek \
        -o /tmp/pool14.jsonl  # by that classifier retrained on batch 12
    python training/corpora/sample_rare_themes.py --model-ranked 15 --sources modern-gov handelingen-xml \
        -o /tmp/pool15.jsonl  # modern text only, by the classifier retrained on batch 13
    # by the one retrained on batch 14
    python training/corpora/sample_rare_themes.py --model-ranked 15 -o /tmp/pool16.jsonl

``--algorithm-governance`` draws the tenth batch: every unlabelled Algoritmekader paragraph
(from 100 characters) that speaks of politics, administrators, accountability, cooperation,
governance, commissioning, staff, knowledge, budgets, citizens, comprehensibility or complaints:
modern government prose where the rarer themes meet digitalisering.

``--model-ranked K`` draws the sixth batch by the shipped classifier rather than by words:
of every unlabelled paragraph (SGD, Handelingen and modern-gov, 100-1,500 characters), the
K that it scores highest for each of the four rarest themes (dienstverlening, samenwerking,
uitvoeringskracht, rol_politiek). The file holds no scores, so that reading them is not
steered by what the model thinks; a paragraph drawn for one theme is labelled like any other.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

import nlkst
from nlkst.io.readers import SourceDocument, read_sources
from nlkst.schema import PARAGRAPH_SPANS

SGD_WORDS = re.compile(
    r"dienstverlening|klantvriendelijk|klantgericht|wachttijd|bereikbaarheid|loket|publieksvoorlichting|"
    r"uitvoerbaarheid|uitvoeringstoets|deregulering|administratieve lasten|vereenvoudiging|"
    r"samenwerking tussen|interdepartementa|coördinatie|regie|stuurgroep|personeelstekort|werkvoorraad|"
    r"achterstand|uitvoeringskosten|uitvoeringsorganisatie|uitvoeringsorganen|uitvoeringsinstelling|"
    r"toezegging|informatievoorziening|parlementaire enquête|verantwoordelijkheid|verzelfstandiging|"
    r"automatisering",
    re.IGNORECASE,
)
SGD_CAPACITY_WORDS = re.compile(
    r"personeelstekort|werkvoorraad|achterstand|tekort aan (personeel|medewerkers|ambtenaren)|wachtlijst|"
    r"doorlooptijd|werkdruk|uitvoeringskosten|uitvoeringsorganisatie|personeelsformatie|extra formatie",
    re.IGNORECASE,
)
DEBATE_WORDS = re.compile(
    r"uitvoering|regelgeving|wet\b|samenwerk|toezicht|verantwoordelijk|Kamer|motie|toegang|wachtlijst|"
    r"personeel|capaciteit|digitaal|gemeenten|zorgkantoor|loket|burger"
)
ROLE_OR_CAPACITY_WORDS = re.compile(
    r"uitvoering|informeren|informatie aan de Kamer|toezegging|verantwoordelijkheid|toezicht|inspectie|"
    r"rol van|politiek|personeel|capaciteit|medewerkers|wachtlijst|tekort|werkdruk|budget|geld|financier|middelen"
)
EXECUTION_WORDS = re.compile(
    r"achterstand|uitvoerbaar|verzelfstandig|wachttijd|personeelstekort|tekort aan personeel|\bGAK\b|"
    r"bedrijfsvereniging|informatievoorziening|uitvoeringsorgan|uitvoeringsinstelling|uitvoeringsorganisatie",
    re.IGNORECASE,
)
MODERN_CAPACITY_WORDS = re.compile(
    r"gemeenteraad|volksvertegenwoordig|democratisch|politiek|bestuurder|parlement|Tweede Kamer|raadsleden|"
    r"Staten|verantwoording afleggen|bestuurlijk|capaciteit|personeel|medewerkers|vaardigheden|geletterdheid|"
    r"opleiding|training|budget|financiering|schaarste|tekort|werving|kennis en kunde|expertise"
)
GOVERNANCE_WORDS = re.compile(
    r"politiek|bestuurder|bestuurlijk|gemeenteraad|volksvertegenwoordig|democrat|toezichthoud|verantwoording|"
    r"samenwerk|ketenpartner|governance|rollen en verantwoordelijk|opdrachtgever|capaciteit|medewerkers|opleid|"
    r"training|kennis|expertise|budget|burger|begrijpelijk|toegankelijk|bezwaar|klacht",
    re.IGNORECASE,
)
MODERN_WORDS = re.compile(
    r"dienstverlening|burger|ondernemer|toegankelijk|begrijpelijk|loket|contact|MijnOverheid|berichtenbox|"
    r"\bwet\b|wetgeving|AVG|regelgeving|verordening|Awb|juridisch|wettelijk|samenwerk|governance|regie|"
    r"gezamenlijk|medeoverheden|capaciteit|personeel|medewerkers|opleiding|financiering|budget|Kamer|"
    r"minister|politiek|bestuurlijk|verantwoording|democratisch"
)


def _paragraphs(nlp, document_id: str, text: str, source: str) -> list[dict]:
    doc = nlp(text)
    return [{"id": f"{document_id}:{span.start_char}", "doc_id": document_id, "source": source,
             "start": span.start_char, "end": span.end_char, "text": span.text}
            for span in doc.spans[PARAGRAPH_SPANS]]


def _records(path: Path):
    """The JSON objects of a JSON Lines file, one at a time."""
    with path.open(encoding="utf-8") as handle:
        yield from map(json.loads, handle)


def _modern_paragraphs(shared: Path, skip: set[str]) -> list[tuple[dict, dict]]:
    """Each unlabelled modern-gov record with its paragraph (the record's whole text)."""
    return [(record, {"id": record["id"], "doc_id": record["id"], "source": "modern-gov",
                      "start": 0, "end": len(record["text"]), "text": record["text"]})
            for record in _records(shared / "corpora/modern-gov/paragraphs.jsonl") if record["id"] not in skip]


def labelled_ids(corpus: Path) -> set[str]:
    return {json.loads(line)["id"] for split in ("train", "dev", "test")
            for line in (corpus / f"{split}.jsonl").read_text("utf-8").splitlines() if line.strip()}


def _debate_paragraphs(nlp, shared: Path, minimum: int) -> list[dict]:
    paragraphs = []
    for source in read_sources([shared / "corpora/handelingen-xml"]):
        if isinstance(source, SourceDocument):
            paragraphs += [p for p in _paragraphs(nlp, source.id, source.text, "handelingen-xml")
                           if len(p["text"]) >= minimum]
    return paragraphs


RANKED_THEMES = ("dienstverlening", "samenwerking", "uitvoeringskracht", "rol_politiek")
RANKED_SOURCES = ("sgd", "handelingen-xml", "modern-gov")


def _model_ranked(nlp, shared: Path, sgd_records, skip: set[str], per_theme: int,
                  themes: tuple[str, ...] = RANKED_THEMES, sources: tuple[str, ...] = RANKED_SOURCES) -> list[dict]:
    """The ``per_theme`` unlabelled paragraphs of ``sources`` that the shipped classifier scores highest for
    each of ``themes``."""
    candidates = []
    if "sgd" in sources:
        candidates += [p for record in sgd_records for p in _paragraphs(nlp, record["id"], record["text"], "sgd")]
    if "handelingen-xml" in sources:
        candidates += _debate_paragraphs(nlp, shared, 100)
    if "modern-gov" in sources:
        candidates += [paragraph for _, paragraph in _modern_paragraphs(shared, skip)]
    candidates = [p for p in candidates if p["id"] not in skip and 100 <= len(p["text"]) <= 1500]
    scores = nlp.get_pipe("kst_themes").score_texts(p["text"] for p in candidates)  # disabled, still there
    chosen: dict[str, dict] = {}
    for theme in themes:
        ranked = sorted(range(len(candidates)), key=lambda i: scores[i][theme], reverse=True)
        for i in [i for i in ranked if candidates[i]["id"] not in chosen][:per_theme]:
            chosen[candidates[i]["id"]] = candidates[i]
    return sorted(chosen.values(), key=lambda p: p["id"])


def _write(pool: list[dict], output: Path) -> None:
    with output.open("w", encoding="utf-8") as out:
        for paragraph in pool:
            out.write(json.dumps(paragraph, ensure_ascii=False) + "\n")
    print(f"{len(pool)} paragraphs written to {output}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--labelled", type=Path, default=Path("corpora/themes"), help="corpus whose ids to skip")
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=29)
    parser.add_argument("--remaining-debate", action="store_true", help="draw the third batch (see above)")
    parser.add_argument("--execution-words", action="store_true", help="draw the fourth batch (see above)")
    parser.add_argument("--modern-capacity", action="store_true", help="draw the fifth batch (see above)")
    parser.add_argument("--algorithm-governance", action="store_true", help="draw the tenth batch (see above)")
    parser.add_argument("--model-ranked", type=int, metavar="K", help="draw the sixth batch (see above)")
    parser.add_argument("--themes", nargs="+", default=list(RANKED_THEMES), choices=RANKED_THEMES,
                        help="the themes --model-ranked ranks by")
    parser.add_argument("--sources", nargs="+", default=list(RANKED_SOURCES), choices=RANKED_SOURCES,
                        help="the pools --model-ranked draws from")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    skip = labelled_ids(args.labelled)
    nlp = nlkst.load()
    nlp.select_pipes(enable=["kst_header", "kst_paragraphs"])
    if args.remaining_debate:
        pool = [p for p in _debate_paragraphs(nlp, args.shared, 120)
                if p["id"] not in skip and ROLE_OR_CAPACITY_WORDS.search(p["text"])]
        rng.shuffle(pool)
        _write(pool, args.output)
        return
    if args.modern_capacity:
        _write([paragraph for record, paragraph in _modern_paragraphs(args.shared, skip)
                if MODERN_CAPACITY_WORDS.search(record["text"])], args.output)
        return
    if args.algorithm_governance:
        _write([paragraph for record, paragraph in _modern_paragraphs(args.shared, skip)
                if record["repo"] == "MinBZK/Algoritmekader" and len(record["text"]) >= 100
                and GOVERNANCE_WORDS.search(record["text"])], args.output)
        return
    sgd_records = _records(args.shared / "corpora/sgd/sgd_ocr.jsonl")
    if args.model_ranked:
        _write(_model_ranked(nlp, args.shared, sgd_records, skip, args.model_ranked, tuple(args.themes),
                             tuple(args.sources)), args.output)
        return
    if args.execution_words:
        pool = [p for record in sgd_records if EXECUTION_WORDS.search(record["text"])
                for p in _paragraphs(nlp, record["id"], record["text"], "sgd")
                if p["id"] not in skip and len(p["text"]) >= 100 and EXECUTION_WORDS.search(p["text"])]
        _write(pool, args.output)
        return

    sgd = [p for record in sgd_records for p in _paragraphs(nlp, record["id"], record["text"], "sgd")
           if p["id"] not in skip and 150 <= len(p["text"]) <= 1200]
    themed = [p for p in sgd if SGD_WORDS.search(p["text"])]
    rng.shuffle(themed)
    pool = themed[:170]

    debate = [p for p in _debate_paragraphs(nlp, args.shared, 200) if DEBATE_WORDS.search(p["text"])]
    rng.shuffle(debate)
    pool += debate[:110]

    modern, business = [], []
    for record, paragraph in _modern_paragraphs(args.shared, skip):
        if record["repo"] == "MinBZK/moza-site":
            business.append(paragraph)
        elif len(record["text"]) >= 120 and MODERN_WORDS.search(record["text"]):
            modern.append(paragraph)
    rng.shuffle(modern)
    pool += business + modern[:150]

    chosen = {p["id"] for p in pool}
    capacity = [p for p in sgd if p["id"] not in chosen and SGD_CAPACITY_WORDS.search(p["text"])]
    _write(pool + capacity, args.output)


if __name__ == "__main__":
    main()
