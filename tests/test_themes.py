"""Theme classifier: the shipped model labels paragraphs; training on real labelled paragraphs works end to end."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy
import pytest
from conftest import sgd_documents, seed_text
from typer.testing import CliRunner

import nlkst
from nlkst.cli import app
from nlkst.schema import PARAGRAPH_SPANS, THEME_LABELS
from nlkst.metrics import score_labels
from nlkst.train import DEFAULT_CONFIG, TrainingDataError, read_labelled

CORPUS = Path(__file__).resolve().parents[1] / "corpora" / "themes"
runner = CliRunner()


def test_theme_corpus_loads_with_datasets_and_uses_only_contract_labels():
    from datasets import load_dataset

    corpus = load_dataset("json", data_files={s: str(CORPUS / f"{s}.jsonl") for s in ("train", "dev", "test")})
    assert sum(len(split) for split in corpus.values()) >= 600
    for split in corpus.values():
        for labels in split["labels"]:
            assert set(labels) <= set(THEME_LABELS)
    documents = {split: {row.split("#")[0] for row in corpus[split]["doc_id"]} for split in corpus}
    assert not documents["train"] & documents["test"]  # no letter on both sides of the split


def test_shipped_pipeline_scores_every_paragraph_and_tags_the_digital_agenda(nlp):
    doc = nlp(seed_text("kst-31490-312"))
    paragraphs = list(doc.spans[PARAGRAPH_SPANS])
    assert all(set(span._.theme_scores) == set(THEME_LABELS) for span in paragraphs)
    digital = next(span for span in paragraphs if span.text.startswith("o Versnellen digitale agenda"))
    assert "digitalisering" in digital._.themes


def test_annotate_output_carries_scores_and_labels(tmp_path, nlp):
    from nlkst.records import doc_to_record

    record = doc_to_record(nlp(seed_text("kst-31490-271")), "kst-31490-271", "seed", "nlkst_default")
    paragraph = record["paragraphs"][0]
    assert set(paragraph["scores"]) == set(THEME_LABELS)
    assert all(paragraph["scores"][label] >= 0 for label in paragraph["labels"])


def test_training_on_a_small_real_sample_writes_a_pipeline_that_labels(tmp_path):
    sample = tmp_path / "sample.jsonl"
    rows = (CORPUS / "train.jsonl").read_text(encoding="utf-8").splitlines()[:160]
    sample.write_text("\n".join(rows) + "\n", encoding="utf-8")
    model = tmp_path / "model"
    from nlkst.train import train

    report = train([sample], model, folds=0, overrides={"training.max_steps": 40, "training.eval_frequency": 20})
    assert {"themes", "thresholds from"} <= set(report) and report["thresholds from"] == "dev"
    assert set(report["themes"]) == {*THEME_LABELS, "macro"}
    reloaded = nlkst.load(model)
    doc = reloaded(seed_text("kst-31490-312"))
    assert all(set(span._.theme_scores) == set(THEME_LABELS) for span in doc.spans[PARAGRAPH_SPANS])
    assert reloaded.get_pipe("kst_themes").thresholds.keys() == set(THEME_LABELS)
    assert reloaded.meta["version"] == nlkst.__version__ and reloaded.meta["license"] == "EUPL-1.2"
    assert reloaded.meta["training_data"] == [sample.as_posix()]


def test_cross_validation_holds_out_whole_letters_and_chooses_thresholds_on_every_paragraph(
        tmp_path, monkeypatch, capsys):
    import nlkst.train as training

    sample = tmp_path / "sample.jsonl"
    rows = (CORPUS / "train.jsonl").read_text(encoding="utf-8").splitlines()[:120]
    sample.write_text("\n".join(rows) + "\n", encoding="utf-8")
    document_of = {json.loads(row)["text"]: json.loads(row)["doc_id"].split("#")[0] for row in rows}
    folds_seen = []
    real_spacy_train = training._spacy_train
    vocab = nlkst.pipeline.build().vocab

    def recording_spacy_train(config, train_docs, dev_docs, *args, **kwargs):
        folds_seen.append(({document_of[d.text] for d in train_docs.get_docs(vocab)},
                           {document_of[d.text] for d in dev_docs.get_docs(vocab)}, kwargs.get("last")))
        return real_spacy_train(config, train_docs, dev_docs, *args, **kwargs)

    monkeypatch.setattr(training, "_spacy_train", recording_spacy_train)
    report = training.train([sample], tmp_path / "model", folds=2,
                            overrides={"training.max_steps": 20, "training.eval_frequency": 10})
    *fold_runs, final = folds_seen
    assert len(fold_runs) == 2
    assert all(not trained & held for trained, held, _ in fold_runs)  # a letter is never on both sides
    assert set().union(*(held for _, held, _ in fold_runs)) == set(document_of.values())
    assert final[0] == set(document_of.values()) and all(last for *_, last in folds_seen)
    assert report["themes"]["macro"]["support"] == len(rows)  # out-of-fold scores for every paragraph
    kept = [json.loads(line) for line in (tmp_path / "model" / training.OUT_OF_FOLD_FILE).open(encoding="utf-8")]
    assert sorted(line["id"] for line in kept) == sorted(json.loads(row)["id"] for row in rows)  # beside the pipeline
    assert all(set(line["scores"]) == set(THEME_LABELS) and line["source"] for line in kept)
    assert "Fold 1 of 2" in capsys.readouterr().out  # each fold says what it does
    saved = nlkst.load(tmp_path / "model").get_pipe("kst_themes").classifier.config["training"]
    assert saved["eval_frequency"] == 10  # as asked, not the setting that skipped the evaluations
    with pytest.raises(TrainingDataError, match="--folds must be 0"):
        training.train([sample], tmp_path / "other", folds=1)


def test_cross_validation_over_a_single_letter_is_refused_before_training(tmp_path):
    seed_rows = [row for row in (CORPUS / "train.jsonl").read_text(encoding="utf-8").splitlines()
                 if json.loads(row)["doc_id"] == "kst-31490-312"]
    sample = tmp_path / "one-letter.jsonl"
    sample.write_text("\n".join(seed_rows) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["train", str(sample), "--dev", str(sample), "--folds", "3", "-o", str(tmp_path / "m")])
    assert result.exit_code == 2
    assert "too few documents for 3 folds" in result.output
    assert not (tmp_path / "m").exists()


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"text": "De Belastingdienst", "labels": ["belasting"]}', "sample.jsonl:2: unknown label 'belasting'"),
        ('{"text": "  ", "labels": []}', "sample.jsonl:2: 'text' is missing or empty"),
        ('{"text": "De Belastingdienst", "labels": ', "sample.jsonl:2: not valid JSON"),
    ],
)
def test_bad_training_lines_are_named_by_file_and_line(tmp_path, line, message):
    good = json.loads((CORPUS / "train.jsonl").read_text(encoding="utf-8").splitlines()[0])
    sample = tmp_path / "sample.jsonl"
    sample.write_text(json.dumps({"text": good["text"], "labels": good["labels"]}) + "\n" + line + "\n",
                      encoding="utf-8")
    with pytest.raises(TrainingDataError, match=message):
        read_labelled([sample])
    result = runner.invoke(app, ["train", str(sample), "-o", str(tmp_path / "m")])
    assert result.exit_code == 2 and message in result.output


def test_evaluate_prints_per_label_and_macro_scores_with_roc_auc(nlp):
    from sklearn.metrics import roc_auc_score

    result = runner.invoke(app, ["evaluate", str(CORPUS / "test.jsonl")])
    assert result.exit_code == 0, result.output
    rows = {line.split()[0]: line.split()[1:] for line in result.output.splitlines() if line.strip()}
    assert rows["label"] == ["P", "R", "F1", "n", "AUC"]
    paragraphs = read_labelled([CORPUS / "test.jsonl"])
    scores = nlp.get_pipe("kst_themes").score_texts(p.text for p in paragraphs)
    aucs = [roc_auc_score([label in p.labels for p in paragraphs], [s[label] for s in scores])
            for label in THEME_LABELS]
    for label, auc in zip(THEME_LABELS, aucs):
        assert float(rows[label][4]) == pytest.approx(auc, abs=5e-4)
    assert float(rows["macro"][4]) == pytest.approx(sum(aucs) / len(aucs), abs=5e-4)
    low, high = map(float, rows["macro-F1"][2].split("-"))  # macro-F1 95% interval 0.469-0.659 (...)
    assert low < float(rows["macro"][2]) < high


@pytest.fixture(scope="module")
def labelled_test_split(nlp) -> tuple[list[list[str]], list[list[str]], list[str]]:
    """The shipped model's labels for the test split, its gold labels, and each paragraph's document."""
    from nlkst.train import document_key

    paragraphs = read_labelled([CORPUS / "test.jsonl"])
    component = nlp.get_pipe("kst_themes")
    predicted = [component.labels_for(s) for s in component.score_texts(p.text for p in paragraphs)]
    return predicted, [p.labels for p in paragraphs], [document_key(p) for p in paragraphs]


def test_macro_f1_interval_resamples_whole_letters_and_brackets_the_test_figure(labelled_test_split):
    from nlkst.metrics import add_macro_f1_interval, document_draws

    predicted, gold, documents = labelled_test_split
    report = score_labels(predicted, gold)
    add_macro_f1_interval(report, predicted, gold, documents, resamples=30, seed=3)
    macro = report["macro"]
    assert macro["documents"] == len(set(documents)) < len(gold)
    assert macro["f_low"] < macro["f"] < macro["f_high"]

    names = sorted(set(documents))  # the same draws, scored one by one as score_labels scores a split
    resampled = []
    for counts in document_draws(len(names), 30, seed=3):
        chosen = [i for name, count in zip(names, counts) for i in range(len(gold))
                  if documents[i] == name for _ in range(count)]
        draw_predicted, draw_gold = [predicted[i] for i in chosen], [gold[i] for i in chosen]
        used = [label for label in THEME_LABELS if any(label in x for x in draw_predicted + draw_gold)]
        resampled.append(score_labels(draw_predicted, draw_gold, labels=used)["macro"]["f"])
    low, high = numpy.percentile(resampled, [2.5, 97.5])
    assert (macro["f_low"], macro["f_high"]) == (pytest.approx(low), pytest.approx(high))

    perfect = score_labels(gold, gold)
    add_macro_f1_interval(perfect, gold, gold, documents, resamples=30)
    assert perfect["macro"]["f_low"] == perfect["macro"]["f_high"] == 1.0
    unthemed = [[] for _ in gold]  # nothing to score in any draw: no interval, no nan
    empty = score_labels(unthemed, unthemed)
    add_macro_f1_interval(empty, unthemed, unthemed, documents, resamples=30)
    assert "f_low" not in empty["macro"]


def test_the_macro_over_themes_with_ten_paragraphs_leaves_out_the_modern_splits_rare_ones(nlp):
    from nlkst.metrics import add_common_macro_f1, format_report
    from nlkst.train import document_key

    paragraphs = read_labelled([CORPUS / "test_modern.jsonl"])
    component = nlp.get_pipe("kst_themes")
    predicted = [component.labels_for(s) for s in component.score_texts(p.text for p in paragraphs)]
    gold, documents = [p.labels for p in paragraphs], [document_key(p) for p in paragraphs]
    report = score_labels(predicted, gold)
    add_common_macro_f1(report, predicted, gold, documents)
    kept = [label for label in THEME_LABELS if report[label]["support"] >= 10]
    assert "wetgeving" not in kept and len(kept) == 5  # 6 wetgeving paragraphs in the modern split
    macro = report["macro"]
    assert macro["common_themes"] == 5
    assert macro["f_common"] == pytest.approx(numpy.mean([report[label]["f"] for label in kept]))
    assert macro["f_common_low"] < macro["f_common"] < macro["f_common_high"]
    assert f"themes with at least 10 paragraphs: {macro['f_common']:.3f}" in format_report(report)
    every_theme = score_labels(gold, gold)  # every theme common enough: nothing beside the plain macro
    add_common_macro_f1(every_theme, gold, gold, documents, minimum=1)
    assert "f_common" not in every_theme["macro"]


def test_two_classifiers_are_compared_on_the_same_document_draws(labelled_test_split):
    from nlkst.metrics import bootstrap_macro_f1

    shipped, gold, documents = labelled_test_split
    without_rol = [[label for label in labels if label != "rol_politiek"] for labels in shipped]
    first, again = bootstrap_macro_f1(shipped, gold, documents), bootstrap_macro_f1(shipped, gold, documents)
    assert not (first - again).any()  # the same draws
    other = bootstrap_macro_f1(without_rol, gold, documents)
    assert (first - other).std() < min(first.std(), other.std())  # paired: the letters' luck cancels


def test_threshold_ceiling_is_never_below_the_shipped_thresholds(monkeypatch, capsys):
    from training.measure import threshold_ceiling

    monkeypatch.setattr(sys, "argv", ["threshold_ceiling", str(CORPUS / "test.jsonl")])
    threshold_ceiling.main()
    shipped_part, ceiling_part = capsys.readouterr().out.split("\n\n")
    f1 = [{line.split()[0]: float(line.split()[3]) for line in part.splitlines()[2:]}
          for part in (shipped_part, ceiling_part)]
    assert set(f1[0]) == {*THEME_LABELS, "macro"} == set(f1[1])
    assert all(f1[1][label] >= f1[0][label] for label in f1[0])  # no threshold beats the best ones
    assert f1[1]["macro"] > f1[0]["macro"]  # the shipped thresholds, chosen on other paragraphs, are not those


def test_scores_count_true_and_false_positives():
    report = score_labels([["wetgeving"], [], ["wetgeving", "rol_politiek"]], [["wetgeving"], ["wetgeving"], []])
    assert report["wetgeving"] == {"p": 0.5, "r": 0.5, "f": 0.5, "support": 2}
    assert report["rol_politiek"]["p"] == 0.0


def test_thresholds_from_positives_scores_do_at_least_as_well_as_the_grid_and_better_for_a_rare_theme(nlp):
    from nlkst.metrics import prf
    from nlkst.train import choose_thresholds

    # The shipped model was trained on train and dev: held-out scores are the test split's.
    held_out = read_labelled([CORPUS / "test.jsonl"])
    scores = nlp.get_pipe("kst_themes").score_texts(p.text for p in held_out)
    gold = [p.labels for p in held_out]
    thresholds = choose_thresholds(scores, gold)

    def f1(label: str, threshold: float, scored: list[dict[str, float]] = scores) -> float:
        return prf([s[label] >= threshold for s in scored], [label in g for g in gold])[2]

    grid_best = {label: max(f1(label, step / 100) for step in range(5, 96, 5)) for label in THEME_LABELS}
    assert all(f1(label, thresholds[label]) >= grid_best[label] for label in THEME_LABELS)
    # A classifier that scores a rare theme far lower (a rol_politiek paragraph at 0.002) ranks it
    # the same; no grid step reaches those scores, a threshold from the positives' scores does.
    lower = [{**s, "rol_politiek": s["rol_politiek"] / 100} for s in scores]
    lowered = choose_thresholds(lower, gold)["rol_politiek"]
    assert max(f1("rol_politiek", step / 100, lower) for step in range(5, 96, 5)) == 0.0
    assert f1("rol_politiek", lowered, lower) == f1("rol_politiek", thresholds["rol_politiek"]) > 0.0


def test_review_draw_is_blind_leaves_out_test_and_read_paragraphs_and_takes_the_widest_disagreements(
        tmp_path, monkeypatch):
    import sys

    sys.path.insert(0, str(CORPUS.parents[1]))
    from training.corpora import draw_for_review

    corpus = tmp_path / "themes"
    corpus.mkdir()
    for split in ("train", "dev"):
        rows = (CORPUS / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()[:150]
        (corpus / f"{split}.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    labelled = [json.loads(line) for split in ("train", "dev") for line in (corpus / f"{split}.jsonl").open()]

    def fake_scores(text: str) -> dict[str, float]:  # stands in for the cross-validated classifier
        return {label: (len(text) % 97) / 97 for label in THEME_LABELS}

    def ranked(theme: str, rows: list[dict], carrying: bool) -> list[str]:
        chosen = [r for r in rows if (theme in r["labels"]) == carrying]
        return [r["id"] for r in sorted(chosen, key=lambda r: fake_scores(r["text"])[theme] * (1 if carrying else -1))]

    read_before = ranked("rol_politiek", labelled, carrying=False)[0]  # would be drawn first, but was read
    (tmp_path / "read.jsonl").write_text(json.dumps({"id": read_before}) + "\n", encoding="utf-8")
    monkeypatch.setattr(draw_for_review, "cross_validate_themes",
                        lambda config, nlp, paragraphs, folds: [fake_scores(p.text) for p in paragraphs])
    out, scores = tmp_path / "review.jsonl", tmp_path / "oof.jsonl"
    monkeypatch.setattr(sys, "argv", ["draw_for_review", str(corpus), "-o", str(out), "--scores", str(scores),
                                      "--missing", "3", "--doubtful", "2", "--controls", "5",
                                      "--skip", str(tmp_path / "read.jsonl")])
    draw_for_review.main()

    drawn = [json.loads(line) for line in out.open()]
    assert all(set(row) == {"id", "text"} for row in drawn)  # neither labels nor scores reach the reader
    drawn_ids = {row["id"] for row in drawn}
    test_ids = {json.loads(line)["id"] for line in (CORPUS / "test.jsonl").open()}
    assert not drawn_ids & test_ids and read_before not in drawn_ids
    unread = [r for r in labelled if r["id"] != read_before]
    for theme in draw_for_review.REVIEWED_THEMES:
        assert set(ranked(theme, unread, carrying=False)[:3]) <= drawn_ids  # highest-scored without the theme
        assert set(ranked(theme, unread, carrying=True)[:2]) <= drawn_ids  # lowest-scored with it
    assert len(scores.read_text(encoding="utf-8").splitlines()) == len(labelled)


def test_read_labelled_keeps_each_lines_id_document_and_corpus_of_origin():
    paragraphs = read_labelled([CORPUS / "dev.jsonl"])
    rows = [json.loads(line) for line in (CORPUS / "dev.jsonl").open(encoding="utf-8")]
    assert [(p.paragraph_id, p.document, p.origin) for p in paragraphs] == [
        (row["id"], row["doc_id"], row["source"]) for row in rows]
    assert {p.origin for p in paragraphs} >= {"modern-letters", "sgd", "modern-gov"}


def test_second_labelling_is_scored_against_the_first_over_the_labels_either_gives():
    import sys

    sys.path.insert(0, str(CORPUS.parents[1]))
    from training.measure.theme_agreement import second_against_first

    rows = [json.loads(line) for line in (CORPUS / "agreement" / "relabelled_test.jsonl").open(encoding="utf-8")]
    first = {row["id"]: set(row["first_labels"]) for row in rows}
    second = {row["id"]: set(row["labels"]) for row in rows}
    report = second_against_first(first, second)
    agreed = sum("samenwerking" in first[i] and "samenwerking" in second[i] for i in first)
    assert report["samenwerking"]["p"] == agreed / sum("samenwerking" in labels for labels in second.values())
    assert report["samenwerking"]["r"] == agreed / sum("samenwerking" in labels for labels in first.values())
    assert 0.7 < report["macro"]["f"] < 1.0  # two readings of real paragraphs differ, but not by much

    # The paragraphs that neither reading gives rol_politiek: that theme leaves the macro average.
    without = {i for i in first if "rol_politiek" not in first[i] | second[i]}
    subset = second_against_first({i: first[i] for i in without}, {i: second[i] for i in without})
    assert "rol_politiek" not in subset
    named = [label for label in subset if label != "macro"]
    assert subset["macro"]["f"] == pytest.approx(sum(subset[label]["f"] for label in named) / len(named))


def test_train_written_to_a_file_has_no_colour_codes_redraws_or_temporary_paths(tmp_path):
    import subprocess
    import tempfile

    sample = tmp_path / "sample.jsonl"
    sample.write_text("\n".join((CORPUS / "train.jsonl").read_text(encoding="utf-8").splitlines()[:160]) + "\n",
                      encoding="utf-8")
    config = tmp_path / "short.cfg"  # the shipped config, stopped after 30 steps
    config.write_text(
        "\n".join("max_steps = 30" if line.startswith("max_steps") else line
                  for line in DEFAULT_CONFIG.read_text().splitlines()) + "\n")
    log = tmp_path.parent / f"{tmp_path.name}-train.log"
    with log.open("w") as handle:
        # Two folds, not the default five: the log of each fold is alike, and three trainings are half of six.
        code = subprocess.run([sys.executable, "-m", "nlkst", "train", str(sample), "--config", str(config),
                               "--folds", "2", "-o", str(tmp_path / "model")], stdout=handle, stderr=subprocess.STDOUT,
                              timeout=600).returncode
    output = log.read_text(encoding="utf-8")
    assert code == 0, output
    assert "\x1b[" not in output and "\r" not in output
    assert tempfile.gettempdir() + "/tmp" not in output and "output directory" not in output
    assert "Training pipeline" in output and f"Pipeline written to {tmp_path / 'model'}" in output
    assert "Fold 2 of 2" in output  # the folds' lines are in the file too


def test_report_per_source_scores_each_kind_of_text_on_its_own_paragraphs(nlp):
    from nlkst.metrics import format_source_reports
    from nlkst.train import source_reports

    paragraphs = read_labelled([CORPUS / "test_modern.jsonl"])
    component = nlp.get_pipe("kst_themes")
    scores = component.score_texts(p.text for p in paragraphs)
    reports = source_reports(component, scores, paragraphs)
    assert set(reports) == {"seeds", "modern-gov", "handelingen-xml", "parlspeech-sample", "be-questions"}
    speeches = [i for i, p in enumerate(paragraphs) if p.origin == "parlspeech-sample"]
    predicted = [component.labels_for(scores[i]) for i in speeches]
    gold = [paragraphs[i].labels for i in speeches]
    used = [label for label in THEME_LABELS if any(label in labels for labels in predicted + gold)]
    assert reports["parlspeech-sample"] == score_labels(predicted, gold, labels=used)  # its macro over those
    assert len(used) < len(THEME_LABELS) and "-" in format_source_reports(reports)
    assert format_source_reports(reports).splitlines()[1].startswith("be-questions")


def test_a_theme_too_rare_where_its_threshold_is_chosen_is_named_with_its_threshold():
    from nlkst.train import MIN_THRESHOLD_EXAMPLES, threshold_warnings

    dev = read_labelled([CORPUS / "dev.jsonl"])
    gold = [p.labels for p in dev]
    rare = {label for label in THEME_LABELS if sum(label in g for g in gold) < MIN_THRESHOLD_EXAMPLES}
    assert "wetgeving" in rare  # 5 dev paragraphs carry it since the decision rules and batch 18
    warnings = threshold_warnings(gold, {"wetgeving": 0.113}, "of dev")
    assert {w.split(":")[0] for w in warnings} == rare
    count = sum("wetgeving" in labels for labels in gold)
    assert any(w.startswith(f"wetgeving: only {count} of the {len(gold)} paragraphs of dev") and "(0.113)" in w
               for w in warnings)


def test_train_uses_cross_validated_thresholds_by_default_and_dev_where_the_documents_are_too_few(
        tmp_path, monkeypatch):
    import nlkst.train as training

    asked = []
    monkeypatch.setattr(training, "cross_validate_themes",
                        lambda config, nlp, paragraphs, folds, *args: asked.append(folds) or [{} for _ in paragraphs])
    monkeypatch.setattr(training, "_spacy_train", lambda *args, **kwargs: None)
    monkeypatch.setattr(training, "evaluate", lambda nlp, dev: {})
    sample = tmp_path / "sample.jsonl"
    rows = [json.loads(line) for line in (CORPUS / "train.jsonl").open(encoding="utf-8")]
    sample.write_text("".join(json.dumps(row) + "\n" for row in rows[:400]), encoding="utf-8")
    report = training.train([sample], tmp_path / "model")
    assert asked == [training.DEFAULT_FOLDS] and report["thresholds from"].startswith("5-fold")
    seed_only = tmp_path / "seed.jsonl"
    seed_only.write_text("".join(json.dumps(row) + "\n" for row in rows if row["doc_id"] == "kst-31490-312"),
                         encoding="utf-8")
    report = training.train([seed_only], tmp_path / "model2", dev_paths=[seed_only])
    assert asked == [training.DEFAULT_FOLDS] and report["thresholds from"] == "dev"  # one letter: no folds


def test_paragraphs_are_scored_from_their_tokens_as_from_their_text(nlp):
    """``kst_themes`` copies each paragraph's tokens instead of tokenizing its text again: the scores must be
    those of the text, on OCR (SGD) and on a modern letter, or the shortcut changed the output."""
    texts = [*list(sgd_documents().values())[:40], seed_text("kst-31490-312")]
    component = nlp.get_pipe("kst_themes")
    paragraphs = [span for doc in nlp.pipe(texts) for span in doc.spans[PARAGRAPH_SPANS]]
    assert len(paragraphs) > 100
    from_text = component.score_texts(span.text for span in paragraphs)
    for span, scores in zip(paragraphs, from_text):
        assert span._.theme_scores == pytest.approx(scores, abs=1e-6), span.text[:80]


def test_modern_draw_leaves_out_held_documents_and_keeps_only_those_of_the_asked_split(tmp_path, nlp):
    from conftest import SHARED

    from training.corpora import sample_modern_themes as sampler
    from training.corpora.build_theme_corpus import split_of

    held = sampler.corpus_documents(CORPUS.parent)
    themed = json.loads((CORPUS / "train.jsonl").open(encoding="utf-8").readline())
    assert themed["doc_id"] in held  # a document of the theme corpus
    entity = json.loads((CORPUS.parent / "entities" / "modern-train.jsonl").open(encoding="utf-8").readline())
    assert entity["doc_id"] in held  # and one of another corpus
    speeches = [json.loads(line) for line in (SHARED / "corpora/parlspeech-sample/speeches.jsonl").open(
        encoding="utf-8")]
    longest = sorted(speeches, key=lambda speech: -len(speech["text"]))[:40]
    shared = tmp_path / "shared"
    (shared / "corpora/parlspeech-sample").mkdir(parents=True)
    (shared / "corpora/parlspeech-sample/speeches.jsonl").write_text(
        "".join(json.dumps(speech, ensure_ascii=False) + "\n" for speech in longest), encoding="utf-8")
    excluded = {longest[0]["id"]}
    pool = sampler.modern_pool(nlp, shared, excluded, set(), ["parlspeech-sample"], "train")
    drawn = {record["doc_id"] for record in pool}
    train_documents = {speech["id"] for speech in longest[1:] if split_of({"doc_id": speech["id"]}) == "train"}
    assert drawn and drawn <= train_documents and longest[0]["id"] not in drawn
    everywhere = {record["doc_id"] for record in sampler.modern_pool(nlp, shared, set(), set(), ["parlspeech-sample"])}
    assert everywhere - drawn and any(split_of({"doc_id": d}) != "train" for d in everywhere)


def test_batch_21_draw_knows_every_text_the_corpora_hold_and_none_of_the_pool_it_drew_from(tmp_path):
    """The texts a corpus holds, whatever the key (a paragraph's text, a Belgian question or answer), are left out."""
    from training.corpora import draw_theme_batch21 as batch21
    from training.corpora.sample_modern_themes import _normalised

    held = batch21.held_texts(CORPUS.parent)
    fresh = json.loads((CORPUS.parent / "fresh-2026-12-04" / "themes.jsonl").open(encoding="utf-8").readline())
    assert _normalised(fresh["text"]) in held  # a fresh blind sample's paragraph, now development data
    corpus = tmp_path / "corpora"
    (corpus / "questions").mkdir(parents=True)
    question = {"id": "be-1", "question": "  Hoeveel   politie-inspecteurs werden aangeworven?",
                "answer": "Zie bijlage."}
    (corpus / "questions" / "q.jsonl").write_text(json.dumps(question) + "\n", encoding="utf-8")
    assert batch21.held_texts(corpus) == {"hoeveel politie-inspecteurs werden aangeworven?", "zie bijlage."}
    batch = [json.loads(line) for line in (CORPUS / "train.jsonl").open(encoding="utf-8")][-104:]
    assert {record["source"] for record in batch} <= {"be-questions", "handelingen-xml"}

def test_modern_thresholds_are_placed_on_modern_paragraphs_and_scored_on_modern_documents_held_out(tmp_path):
    from training.measure import modern_thresholds

    rows = [json.loads(line) for line in (CORPUS / "dev.jsonl").open(encoding="utf-8")]
    modern = {row["id"]: row["source"] != "sgd" for row in rows}
    assert any(modern.values()) and not all(modern.values())
    with (tmp_path / "oof.jsonl").open("w", encoding="utf-8") as out:
        for row in rows:  # modern scores separate the themes at 0.5; SGD ones are shifted up past it
            base = 0.3 if modern[row["id"]] else 0.7
            out.write(json.dumps({"id": row["id"], "doc_id": row["doc_id"], "source": row["source"],
                                  "labels": row["labels"], "scores": {label: base + 0.2 * (label in row["labels"])
                                                                      for label in THEME_LABELS}}) + "\n")
    paragraphs, scores = modern_thresholds.read_out_of_fold(tmp_path / "oof.jsonl")
    flags = [modern[p.paragraph_id] for p in paragraphs]
    predicted = modern_thresholds.cross_validated(paragraphs, scores, flags, 3)
    gold = [p.labels for p, m in zip(paragraphs, flags) if m]
    assert len(predicted["modern"]) == len(gold) == sum(flags)
    on_modern = score_labels(predicted["modern"], gold)
    on_all = score_labels(predicted["all"], gold)
    carried = [label for label in THEME_LABELS if on_modern[label]["support"]]
    assert all(on_modern[label]["f"] == 1.0 for label in carried)  # placed where the scale is the modern one
    assert on_modern["macro"]["f"] > on_all["macro"]["f"]


def test_a_blend_with_the_linear_model_scores_as_written_round_trips_and_goes_with_a_new_classifier(tmp_path, nlp):
    """``kst_themes`` with a linear model and a blend scores with the blend (texts and spans alike), keeps it
    through to_disk/from_disk, and drops it when given a new classifier (its blend was placed on the old one)."""
    from nlkst.components.themes import ThemeClassifier
    from nlkst.linear_themes import LinearThemeModel, blend, logit, spread

    paragraphs = read_labelled([CORPUS / "dev.jsonl"])
    texts = [p.text for p in paragraphs]
    linear = LinearThemeModel.fit(texts[:300], [p.labels for p in paragraphs[:300]])
    held = texts[300:340]
    wanted = [["digitalisering" in p.labels] for p in paragraphs[300:340]]
    log_odds = linear.log_odds(held)
    digital = [row[THEME_LABELS.index("digitalisering")] for row in log_odds]
    # the linear model has learnt the commonest theme on paragraphs it never saw
    assert numpy.mean([d for d, (w,) in zip(digital, wanted) if w]) > numpy.mean([d for d, (w,) in zip(digital, wanted)
                                                                                     if not w])
    component = ThemeClassifier(thresholds=nlp.get_pipe("kst_themes").thresholds)
    component.classifier = nlp.get_pipe("kst_themes").classifier
    alone = component.score_texts(held)
    settings = {"weight": 0.5, "spacy": spread([[logit(s[label]) for label in THEME_LABELS] for s in alone]),
                "linear": spread(log_odds)}
    component.linear, component.blend = linear, settings
    blended = component.score_texts(held)
    assert blended == blend(alone, log_odds, settings) and blended != alone
    component.to_disk(tmp_path / "kst_themes")
    again = ThemeClassifier().from_disk(tmp_path / "kst_themes")
    for first, second in zip(blended, again.score_texts(held)):
        assert second == pytest.approx(first, abs=1e-3)  # weights are saved as float16
    docs = list(nlp.pipe([seed_text("kst-31490-312")]))
    spans = list(docs[0].spans[PARAGRAPH_SPANS])
    for from_span, from_text in zip(again.score_spans(spans), again.score_texts(span.text for span in spans)):
        assert from_span == pytest.approx(from_text, abs=1e-6)
    again.classifier = again.classifier
    assert again.linear is None and again.score_texts(held)[0] == pytest.approx(alone[0], abs=1e-6)


# be-dekamer-184506 (../shared/corpora/be-questions): a Belgian written question and its answer
BPOST_QUESTION = ("Het gebouw van het voormalige postkantoor op de Boondaalsesteenweg 55 in Elsene verkeert vandaag in "
                  "bouwvallige staat. 1. Exploiteert bpost dat gebouw, dat naar aanleiding van de opening van het "
                  "postkantoor in de Werystraat voor het publiek gesloten werd, nog altijd?")
BPOST_ANSWER = ("1. Het gebouw aan de Boondaalsesteenweg te Elsene wordt nog steeds gebruikt door de brievenpost- en "
                "pakjesdienst van bpost. Deze activiteiten vinden plaats in heel het gebouw met uitzondering van de "
                "derde verdieping.")


def test_threshold_transfer_reads_questions_and_answers_as_paragraphs_and_leaves_out_excluded_documents(tmp_path):
    from training.measure import threshold_transfer

    pool = tmp_path / "questions.jsonl"
    with pool.open("w", encoding="utf-8") as out:
        out.write(json.dumps({"id": "be-dekamer-184506", "question": "Gebouw in Elsene. \n\n " + BPOST_QUESTION,
                              "answer": BPOST_ANSWER}) + "\n")
        out.write(json.dumps({"id": "be-dekamer-184507", "question": BPOST_QUESTION, "answer": ""}) + "\n")
    texts = threshold_transfer.pool_texts([pool], {"be-dekamer-184507"}, 10, 0)
    # the short heading is no paragraph, the question and the answer are; the excluded document gives nothing
    assert sorted(texts) == sorted([" ".join(BPOST_QUESTION.split()), BPOST_ANSWER])


def test_threshold_transfer_keeps_the_folds_rate_on_the_final_classifiers_scale():
    from training.measure import threshold_transfer

    fold = [{label: value for label in THEME_LABELS} for value in (0.01, 0.02, 0.03, 0.04, 0.05)]
    final = [{label: 3 * s[label] for label in THEME_LABELS} for s in fold]  # the same order, higher scores
    thresholds = {label: 0.035 for label in THEME_LABELS} | {"wetgeving": 0.5}
    carried = threshold_transfer.carried_over(fold, final, thresholds)
    assert carried["rol_politiek"] == pytest.approx(0.12)  # two of five above 0.035 on the fold's scale
    assert sum(s["rol_politiek"] >= carried["rol_politiek"] for s in final) == 2
    assert carried["wetgeving"] == 0.5  # never assigned on the pool: kept as it was


def test_modern_paragraphs_are_written_again_with_their_document_and_stripped_back(tmp_path):
    from training.corpora import weight_modern_themes

    rows = [json.loads(line) for line in (CORPUS / "dev.jsonl").open(encoding="utf-8")]
    modern = next(row for row in rows if row["source"] == "be-questions")
    old = next(row for row in rows if row["source"] == "sgd")
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(r) + "\n" for r in (modern, old)), encoding="utf-8")
    weight_modern_themes.main([str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "w.jsonl"), "--times", "3"])
    weighted = [json.loads(line) for line in (tmp_path / "w.jsonl").open(encoding="utf-8")]
    assert [r["id"] for r in weighted] == [modern["id"], modern["id"] + "#w1", modern["id"] + "#w2", old["id"]]
    assert {r["doc_id"] for r in weighted[:3]} == {modern["doc_id"]}  # copies stay in their paragraph's fold
    weight_modern_themes.main([str(tmp_path / "w.jsonl"), "-o", str(tmp_path / "s.jsonl"), "--strip"])
    stripped = [json.loads(line)["id"] for line in (tmp_path / "s.jsonl").open(encoding="utf-8")]
    assert stripped == [modern["id"], old["id"]]


FRESH_THEMES = Path(__file__).resolve().parents[1] / "corpora"


def test_the_fallback_ratio_gives_a_paragraph_that_reaches_no_threshold_its_nearest_rarer_theme(nlp):
    """be-dekamer-190946:80 (fresh-2026-12-03b, gold samenwerking) and be-dekamer-186953 (fresh-2026-12-06b, gold
    uitvoeringskracht, Belgocontrol's air traffic controllers): the shipped thresholds give them no theme; their gold
    theme is the rarer theme nearest its threshold, at 0.85 and 0.66 of it, so a ratio of 0.5 gives it and 0.9 does
    not. Off (the default), the labels are the thresholds' alone."""
    from nlkst.components.themes import ThemeClassifier

    paragraphs = {p.paragraph_id: p for p in read_labelled([FRESH_THEMES / "fresh-2026-12-03b" / "themes.jsonl",
                                                           FRESH_THEMES / "fresh-2026-12-06b" / "themes.jsonl"])}
    held = [paragraphs["be-dekamer-190946:80"], paragraphs["be-dekamer-186953"]]
    shipped = nlp.get_pipe("kst_themes")
    scores = shipped.score_texts(p.text for p in held)
    assert shipped.fallback_ratio is None and [shipped.labels_for(s) for s in scores] == [[], []]
    at_half = ThemeClassifier(thresholds=shipped.thresholds, fallback_ratio=0.5)
    gold = [p.labels for p in held]
    assert [at_half.labels_for(s) for s in scores] == [["samenwerking"], ["uitvoeringskracht"]] == gold
    at_nine_tenths = ThemeClassifier(thresholds=shipped.thresholds, fallback_ratio=0.9)
    assert [at_nine_tenths.labels_for(s) for s in scores] == [[], []]
    # a paragraph that reaches a threshold keeps what it reaches, with or without the fallback
    reached = next(s for s in shipped.score_texts(p.text for p in paragraphs.values()) if shipped.labels_for(s))
    assert at_half.labels_for(reached) == shipped.labels_for(reached)


def test_the_fallback_ratio_is_a_config_setting_saved_with_the_component(tmp_path):
    """Set in the config (``nlp.add_pipe``) or after loading (``--fallback-ratio``), the ratio goes to disk with the
    thresholds; a component saved before the setting existed keeps the config's (off)."""
    import spacy

    from nlkst.components.themes import ThemeClassifier

    nlp = spacy.blank("nl")
    component = nlp.add_pipe("kst_themes", config={"fallback_ratio": 0.5})
    assert component.fallback_ratio == 0.5 and nlp.config["components"]["kst_themes"]["fallback_ratio"] == 0.5
    component.to_disk(tmp_path / "set")
    assert ThemeClassifier().from_disk(tmp_path / "set").fallback_ratio == 0.5
    component.fallback_ratio = None
    component.to_disk(tmp_path / "off")
    assert ThemeClassifier(fallback_ratio=0.5).from_disk(tmp_path / "off").fallback_ratio is None
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "thresholds.json").write_text(json.dumps(component.thresholds), encoding="utf-8")
    assert ThemeClassifier(fallback_ratio=0.5).from_disk(tmp_path / "old").fallback_ratio == 0.5
    # the whole pipeline: a ratio set after building is what the saved pipeline loads with
    component.fallback_ratio = 0.4
    nlp.to_disk(tmp_path / "pipeline")
    assert spacy.load(tmp_path / "pipeline").get_pipe("kst_themes").fallback_ratio == 0.4


def test_evaluate_with_a_fallback_ratio_scores_the_fallbacks_labels():
    """fresh-2026-12-06b: at 0.5 the fallback gives be-dekamer-186953 its gold uitvoeringskracht, so that theme's
    recall rises; a ratio outside (0, 1] is refused before the pipeline loads."""
    data = str(FRESH_THEMES / "fresh-2026-12-06b" / "themes.jsonl")
    rows = []
    for extra in ([], ["--fallback-ratio", "0.5"]):
        result = runner.invoke(app, ["evaluate", data, *extra])
        assert result.exit_code == 0, result.output
        rows.append({line.split()[0]: line.split()[1:] for line in result.output.splitlines() if line.strip()})
    assert float(rows[1]["uitvoeringskracht"][1]) > float(rows[0]["uitvoeringskracht"][1])
    for command in (["evaluate", data], ["annotate", data]):
        result = runner.invoke(app, [*command, "--fallback-ratio", "1.5"])
        assert result.exit_code == 2 and "--fallback-ratio 1.5" in result.output
