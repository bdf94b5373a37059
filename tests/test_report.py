"""`nlkst report`: the page of annotated documents, its links, its safety, and how it opens in Chromium."""

from __future__ import annotations

import json
import os
import re
import shutil
from itertools import islice
from pathlib import Path

import pytest
from conftest import SEEDS, SGD, seed_text
from typer.testing import CliRunner

import nlkst
from nlkst.annotate import annotate_paths
from nlkst.cli import app
from nlkst.report.links import dossier_url, reference_url

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
# In CI the browser is installed (.ci/install_browser.sh) and its absence is a failure, not a skip.
needs_browser = pytest.mark.skipif(
    not CHROMIUM and not os.environ.get("CI"), reason="Chromium is not installed: run .ci/install_browser.sh"
)


def annotate(nlp, path: Path) -> Path:
    """``nlkst annotate --include-text`` of ``path``, as a JSON Lines file beside it."""
    out = path.parent / (path.stem + ".annotated.jsonl")
    with out.open("w", encoding="utf-8") as handle:
        annotate_paths(nlp, [path], handle, progress=False, include_text=True)
    return out


@pytest.fixture(scope="module")
def seed_records(nlp, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("seeds") / "seeds.jsonl"
    with out.open("w", encoding="utf-8") as handle:
        annotate_paths(nlp, [SEEDS], handle, progress=False, include_text=True)
    return out


# Markup and script in the text and in the input's metadata: all of it must show as written.
HOSTILE_TEXT = (
    '<script>window.__ran = "script"; console.log("ran")</script>'
    "<img src=x onerror=\"window.__ran = 'img'; alert(1)\">"
    '<a href="javascript:alert(2)">lees de brief</a>'
)
HOSTILE_ID = '<img src=x onerror=alert(3)>" onmouseover="alert(4)'


@pytest.fixture(scope="module")
def hostile_records(nlp, tmp_path_factory) -> Path:
    letter = seed_text("kst-31490-312")
    cut = letter.index("Bij het debat over de regeringsverklaring")
    text = letter[:cut] + HOSTILE_TEXT + "\n\n" + letter[cut:]
    line = {
        "id": HOSTILE_ID,
        "text": text,
        "date": "2022-02-15",
        "url": "javascript:alert(5)",
        "titel": "</script><script>alert(6)</script>",
    }
    source = tmp_path_factory.mktemp("hostile") / "hostile.jsonl"
    source.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    return annotate(nlp, source)


def test_reference_ids_link_to_their_official_publication():
    assert reference_url("kst-29362-295") == "https://zoek.officielebekendmakingen.nl/kst-29362-295.html"
    assert reference_url("kst-36200-VII-5") == "https://zoek.officielebekendmakingen.nl/kst-36200-VII-5.html"
    assert reference_url("h-tk-20212022-38-6") == "https://zoek.officielebekendmakingen.nl/h-tk-20212022-38-6.html"
    assert reference_url("ah-tk-20202021-1234") == "https://zoek.officielebekendmakingen.nl/ah-tk-20202021-1234.html"
    assert reference_url("stb-2021-123") == "https://zoek.officielebekendmakingen.nl/stb-2021-123.html"
    assert reference_url("stcrt-2022-4567") == "https://zoek.officielebekendmakingen.nl/stcrt-2022-4567.html"
    assert (
        reference_url("ECLI:NL:RVS:2019:3536")
        == "https://uitspraken.rechtspraak.nl/inziendocument?id=ECLI:NL:RVS:2019:3536"
    )
    assert (
        reference_url("jci1.3:c:BWBR0005537&artikel=3:4&lid=1")
        == "https://wetten.overheid.nl/jci1.3:c:BWBR0005537&artikel=3:4&lid=1"
    )
    assert dossier_url("36200-VII") == "https://zoek.officielebekendmakingen.nl/dossier/36200-VII"


def test_ids_that_are_not_canonical_get_no_link():
    for bad in (
        "javascript:alert(1)",
        "kst-29362-295.html#x",
        'kst-1-2" onclick="x',
        "2022D05920",
        "https://evil.example/kst-1-2",
        "jci1.3:c:BWBR0005537&artikel=<b>",
        None,
        42,
    ):
        assert reference_url(bad) is None
    assert dossier_url("31490 <script>") is None


def test_seed_report_holds_each_document_view_with_links_and_themes(seed_records, tmp_path):
    out = tmp_path / "seeds.html"
    summary = nlkst.report([seed_records], out)
    assert (summary.documents, summary.errors, summary.undated) == (2, 0, 0)
    html = out.read_text(encoding="utf-8")
    assert "Content-Security-Policy" in html and "https://cdn" not in html and 'src="http' not in html
    data = json.loads(html.split('<script type="application/json" id="nlkst-data">')[1].split("</script>")[0])
    assert [row[0] for row in data["docs"]] == ["kst-31490-271", "kst-31490-312"]
    assert [row[2] for row in data["docs"]] == [2020, 2022]
    view = json.loads(html.split('<script type="application/json" id="doc-0">')[1].split("</script>")[0])
    # The letter of 2020 cites two kamerstukken; both link to the official publication.
    assert 'href="https://zoek.officielebekendmakingen.nl/kst-29362-282.html"' in view
    assert 'href="https://zoek.officielebekendmakingen.nl/kst-31490-269.html"' in view
    assert 'class="entity"' in view and "Belastingdienst" in view  # displaCy's entity markup
    assert "dienstverlening" in view and "paragraph 1" in view


def test_a_reference_without_id_is_shown_unresolved(seed_records, tmp_path):
    record = json.loads(seed_records.read_text(encoding="utf-8").splitlines()[0])
    ref = record["references"][0]
    record["references"][0] = {k: v for k, v in ref.items() if k != "id"}
    for entity in record["entities"]:
        if (entity["start"], entity["end"]) == (ref["start"], ref["end"]):
            entity["kb_id"] = None
    source = tmp_path / "one.jsonl"
    source.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    nlkst.report(source, tmp_path / "one.html")
    html = (tmp_path / "one.html").read_text(encoding="utf-8")
    view = json.loads(html.split('<script type="application/json" id="doc-0">')[1].split("</script>")[0])
    assert "unresolved" in view and "kst-29362-282.html" not in view


def test_office_holders_and_the_input_date_are_used_where_records_have_them(seed_records):
    from nlkst.report.corpus import Names, document_date, document_mentions

    record = json.loads(seed_records.read_text(encoding="utf-8").splitlines()[0])  # the letter of 14 Feb 2020
    minister = next(e for e in record["entities"] if e["label"] == "MINISTER" and e["kb_id"] == "SZW")
    minister["holder"] = {"name": "W. Koolmees", "id": None, "from": "2017-10-26", "to": "2022-01-10"}
    record["header"]["date"] = None
    record["meta"] = {"date": "2020-02-14"}
    assert document_date(record) == "2020-02-14"
    names = Names()
    counts = document_mentions(record, names)
    labels = names.labels()
    shown = {labels[index]: count for index, count in counts.items()}
    assert shown["W. Koolmees"] == 1
    assert shown["29362"] == 1 and shown["31490"] == 1  # the two kamerstukken it cites
    assert any(label.endswith("(SZW)") for label in shown)


def test_records_without_text_still_report_header_and_references(nlp, tmp_path):
    out = tmp_path / "plain.jsonl"
    with out.open("w", encoding="utf-8") as handle:
        annotate_paths(nlp, [SEEDS / "kst-31490-271.txt"], handle, progress=False)
    nlkst.report(out, tmp_path / "plain.html")
    html = (tmp_path / "plain.html").read_text(encoding="utf-8")
    assert "--include-text" in html and "kst-29362-282.html" in html


def test_cli_annotate_include_text_then_report(tmp_path):
    records = tmp_path / "seeds.jsonl"
    result = CliRunner().invoke(
        app, ["annotate", str(SEEDS / "kst-31490-312.txt"), "--include-text", "--quiet", "-o", str(records)]
    )
    assert result.exit_code == 0, result.output
    record = json.loads(records.read_text(encoding="utf-8"))
    assert record["text"] == seed_text("kst-31490-312")
    subject = next(span for span in record["header_spans"] if span["label"] == "subject")
    assert record["text"][subject["start"] : subject["end"]].startswith("Planning programma Werk aan Uitvoering")
    result = CliRunner().invoke(app, ["report", str(records), "-o", str(tmp_path / "report.html")])
    assert result.exit_code == 0, result.output
    assert "1 documents" in result.output and (tmp_path / "report.html").stat().st_size > 100_000


def test_cli_report_names_a_broken_input_line(seed_records, tmp_path):
    broken = tmp_path / "broken.jsonl"
    broken.write_text(seed_records.read_text(encoding="utf-8") + '{"id": "x", "header": \n', encoding="utf-8")
    result = CliRunner().invoke(app, ["report", str(broken), "-o", str(tmp_path / "r.html")])
    assert result.exit_code == 2
    assert f"{broken}:3: broken JSON" in result.output


def test_hostile_markup_is_escaped_in_the_html(hostile_records, tmp_path):
    out = tmp_path / "hostile.html"
    nlkst.report(hostile_records, out)
    html = out.read_text(encoding="utf-8")
    # The data blocks hold values as JSON, where no "</" can end the block; the page around them
    # and the views inside them hold the markup only escaped.
    blocks = re.findall(r'<script type="application/json" id="[\w-]+">(.*?)</script>', html, flags=re.S)
    assert len(blocks) == 2 and not any("</" in block or "<!" in block for block in blocks)
    page = re.sub(r'<script type="application/json" id="[\w-]+">.*?</script>', "", html, flags=re.S)
    views = [json.loads(block) for block in blocks[1:]]
    for part in [page, *views]:
        assert "<script>window.__ran" not in part and "<img src=x" not in part and 'href="javascript:' not in part
    assert "&lt;script&gt;window.__ran" in views[0] and "&lt;img src=x onerror" in views[0]
    assert page.count("<script>") == 2  # the Vega bundle and the page's own script


# --- in the browser ---------------------------------------------------------------------------


def open_report(path: Path, shots: Path, click_first: bool = True, doc_type: str | None = None) -> dict:
    """Open a report in headless Chromium; what it logged, what it showed, screenshots under ``shots``."""
    from playwright.sync_api import sync_playwright

    if not CHROMIUM:
        pytest.fail("Chromium is not installed: run .ci/install_browser.sh")
    seen: dict = {"console": [], "dialogs": [], "errors": [], "requests": []}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.on("console", lambda message: seen["console"].append(f"{message.type}: {message.text}"))
            page.on("pageerror", lambda error: seen["errors"].append(str(error)))
            page.on("dialog", lambda dialog: (seen["dialogs"].append(dialog.message), dialog.dismiss()))
            page.on("request", lambda request: seen["requests"].append(request.url))
            page.goto(path.as_uri())
            page.wait_for_selector("body[data-ready]", timeout=60_000)
            seen["ready"] = page.evaluate("document.body.dataset.ready")
            seen["charts"] = page.locator("#overview svg.marks").count()
            page.screenshot(path=str(shots / "overview.png"))
            if click_first:
                page.locator("#doc-table tbody a").first.click()
                page.wait_for_selector("#doc-view .header-card")
            seen["rows"] = page.locator("#doc-table tbody tr").count()
            seen["view_text"] = page.locator("#doc-view").inner_text()
            seen["view_images"] = page.locator("#doc-view img").count()
            seen["view_js_links"] = page.locator(
                '#doc-view a[href^="javascript"], #doc-table a[href^="javascript"]'
            ).count()
            seen["table_text"] = page.locator("#doc-table").inner_text()
            seen["ran"] = page.evaluate("window.__ran === undefined ? null : window.__ran")
            page.screenshot(path=str(shots / "document.png"))
            if doc_type:  # filter the table and the charts by doc_type and by years
                page.select_option("#f-type", doc_type)
                page.fill("#f-from", "1990")
                page.dispatch_event("#f-from", "change")
                page.wait_for_timeout(500)
                seen["filtered_types"] = page.locator("#doc-table tbody tr td:nth-child(2)").all_inner_texts()
                seen["filtered_dates"] = page.locator("#doc-table tbody tr td:nth-child(1)").all_inner_texts()
                seen["selection"] = page.locator("#selection").inner_text()
                seen["filtered_charts"] = page.locator("#overview svg.marks").count()
                page.screenshot(path=str(shots / "filtered.png"))
        finally:
            browser.close()
    return seen


@needs_browser
def test_hostile_document_runs_nothing_in_the_browser_and_shows_as_written(hostile_records, tmp_path):
    out = tmp_path / "hostile.html"
    nlkst.report(hostile_records, out)
    seen = open_report(out, tmp_path)
    assert seen["ready"] == "true", seen
    assert seen["dialogs"] == [] and seen["ran"] is None
    assert seen["console"] == [] and seen["errors"] == []
    assert seen["view_images"] == 0 and seen["view_js_links"] == 0
    assert [url for url in seen["requests"] if not url.startswith("file:")] == []
    shown = " ".join(seen["view_text"].split())
    assert " ".join(HOSTILE_TEXT.split()) in shown  # the markup, as text
    assert "javascript:alert(5)" in shown and "</script><script>alert(6)</script>" in shown
    assert HOSTILE_ID in seen["table_text"]


@needs_browser
def test_seed_report_opens_with_charts_and_a_document_view(seed_records, tmp_path):
    out = tmp_path / "seeds.html"
    nlkst.report([seed_records], out)
    seen = open_report(out, tmp_path)
    assert seen["ready"] == "true" and seen["console"] == [] and seen["errors"] == [], seen
    assert seen["charts"] >= 6  # per year, per doc_type, themes, organisations, ministers, dossiers
    assert seen["rows"] == 2
    assert "Sociale Zaken en Werkgelegenheid" in seen["view_text"]
    assert (tmp_path / "overview.png").stat().st_size > 10_000


@needs_browser
def test_report_of_500_sgd_documents_opens_with_charts_and_paging(nlp, tmp_path):
    sample = tmp_path / "sgd500.jsonl"
    with SGD.open(encoding="utf-8") as source:
        sample.write_text("".join(islice(source, 500)), encoding="utf-8")
    records = annotate(nlp, sample)
    out = tmp_path / "sgd500.html"
    summary = nlkst.report([records], out)
    assert summary.documents + summary.errors == 500
    seen = open_report(out, tmp_path, doc_type="brief")
    assert seen["ready"] == "true" and seen["console"] == [] and seen["errors"] == [], seen
    assert seen["charts"] >= 6
    assert seen["rows"] == 50  # one page of the table
    briefs = sum(
        1
        for line in records.open(encoding="utf-8")
        if (
            (json.loads(line).get("header") or {}).get("doc_type") == "brief"
            and ((json.loads(line)["header"].get("date") or "0")[:4] >= "1990")
        )
    )
    assert seen["selection"].startswith(f"{briefs} of {summary.documents} documents selected")
    assert set(seen["filtered_types"]) == {"brief"} and all(d >= "1990" for d in seen["filtered_dates"])
    assert seen["filtered_charts"] >= 5
    assert "sgd-" in seen["view_text"] and "paragraph 1" in seen["view_text"]
