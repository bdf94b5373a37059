"""Readers take files as users have them and name every file they cannot read."""

from __future__ import annotations

import json

from conftest import HANDELINGEN_XML, SEEDS, SGD

from nlkst.io import ReadError, SourceDocument, read_file, read_sources
from nlkst.io.readers import html_to_text


def test_plain_text_seed_keeps_its_id_and_text():
    [doc] = read_file(SEEDS / "kst-31490-271.txt")
    assert isinstance(doc, SourceDocument)
    assert doc.id == "kst-31490-271"
    assert doc.text == (SEEDS / "kst-31490-271.txt").read_text(encoding="utf-8")


def test_publication_xml_with_bom_and_mojibake_is_repaired_and_says_so():
    [doc] = read_file(HANDELINGEN_XML / "h-tk-20172018-70-6.xml")
    assert doc.id == "h-tk-20172018-70-6"
    assert "Ã" not in doc.text
    assert "Stemmingen moties Informele Milieuraad" in doc.text
    raw = (HANDELINGEN_XML / "h-tk-20172018-70-6.xml").read_text(encoding="utf-8")
    if "Ã" in raw:
        assert "mojibake" in doc.meta["repaired"]


def test_any_handelingen_xml_with_broken_encoding_is_repaired():
    repaired = [doc for path in sorted(HANDELINGEN_XML.glob("*.xml")) for doc in read_file(path) if doc.meta.get("repaired")]
    assert repaired, "the shared XML is known to hold Latin-1-decoded UTF-8"
    assert all("Ã«" not in doc.text for doc in repaired)


def test_html_publication_page_to_blocks():
    html = (
        "<html><head><title>x</title><script>var a=1;</script></head><body><nav>menu</nav>"
        "<div class='kamerstuk'><p>Tweede Kamer der Staten-Generaal</p><p>Vergaderjaar 2019-2020</p>"
        "<p>31 490 Vernieuwing van de rijksdienst</p><p>Nr. 271 BRIEF VAN DE MINISTER</p></div></body></html>"
    )
    text = html_to_text(html)
    assert text.split("\n\n") == [
        "Tweede Kamer der Staten-Generaal", "Vergaderjaar 2019-2020",
        "31 490 Vernieuwing van de rijksdienst", "Nr. 271 BRIEF VAN DE MINISTER",
    ]


def test_bad_inputs_each_give_an_error_naming_the_file(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (tmp_path / "latin1.txt").write_bytes("Zoetermeer, 8 mei 1987. Financiën".encode("cp1252"))
    (tmp_path / "broken.xml").write_text("<kamerstuk><kamerstukkop>", encoding="utf-8")
    results = {item.source: item for item in read_sources([tmp_path])}
    for name, words in {
        "empty.txt": "empty", "binary.txt": "binary", "latin1.txt": "not UTF-8", "broken.xml": "broken XML",
    }.items():
        item = results[str(tmp_path / name)]
        assert isinstance(item, ReadError)
        assert name in item.error and words in item.error


def test_jsonl_broken_line_is_reported_with_line_number_and_others_survive(tmp_path):
    first = json.loads(SGD.open(encoding="utf-8").readline())
    path = tmp_path / "corpus.jsonl"
    path.write_text(
        json.dumps({"id": first["id"], "text": first["text"]}) + "\n{not json\n" + json.dumps({"id": "x", "text": ""}) + "\n",
        encoding="utf-8",
    )
    items = list(read_file(path))
    assert isinstance(items[0], SourceDocument) and items[0].id == first["id"]
    assert isinstance(items[1], ReadError) and f"{path}:2" in items[1].error
    assert isinstance(items[2], ReadError) and "empty text" in items[2].error


def test_missing_path_is_an_error_not_a_crash(tmp_path):
    [item] = read_sources([tmp_path / "nope.txt"])
    assert isinstance(item, ReadError) and "nope.txt" in item.error
