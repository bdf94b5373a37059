"""Readers take files as users have them and name every file they cannot read."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

from conftest import HANDELINGEN_XML, SEEDS, SGD

from nlkst.io import ReadError, SourceDocument, count_documents, read_file, read_sources
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
    repaired = [doc for path in sorted(HANDELINGEN_XML.glob("*.xml")) for doc in read_file(path)
                if doc.meta.get("repaired")]
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


def _pdf_with_text(text: str) -> bytes:
    """A one-page PDF whose content stream draws ``text``, as a letter saved to PDF is."""
    stream = f"BT /F1 11 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
               b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"]
    body = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"
    for number, content in enumerate(objects, start=1):
        body += b"%d 0 obj\n" % number + content + b"\nendobj\n"
    return body + b"trailer\n<< /Root 1 0 R >>\n%%EOF\n"


def test_pdf_and_word_files_are_reported_with_how_to_convert_them_and_stray_files_passed_over(tmp_path):
    letter = (SEEDS / "kst-31490-271.txt").read_text(encoding="utf-8")
    opening = next(line for line in letter.splitlines() if "BRIEF VAN DE MINISTER" in line)
    (tmp_path / "kst-31490-271.pdf").write_bytes(_pdf_with_text(opening))
    with zipfile.ZipFile(tmp_path / "kst-31490-271.docx", "w") as docx:
        docx.writestr("word/document.xml", f"<w:document><w:body><w:p><w:r><w:t>{opening}</w:t></w:r></w:p>"
                                           "</w:body></w:document>")
    (tmp_path / "saved-as.txt").write_bytes(_pdf_with_text(opening))  # a PDF under a text file's name
    shutil.copy(SEEDS / "kst-31490-312.txt", tmp_path / "kst-31490-312.txt")
    (tmp_path / "README.md").write_text("Brieven van de minister, gedownload in 2022.", encoding="utf-8")
    results = {Path(item.source).name: item for item in read_sources([tmp_path])}
    assert set(results) == {"kst-31490-271.pdf", "kst-31490-271.docx", "saved-as.txt", "kst-31490-312.txt"}
    assert isinstance(results["kst-31490-312.txt"], SourceDocument)
    for name, words in {"kst-31490-271.pdf": "pdftotext kst-31490-271.pdf",
                        "saved-as.txt": "a PDF, not text", "kst-31490-271.docx": ".docx"}.items():
        item = results[name]
        assert isinstance(item, ReadError)
        assert str(tmp_path / name) in item.error and words in item.error


def test_jsonl_broken_line_is_reported_with_line_number_and_others_survive(tmp_path):
    first = json.loads(SGD.open(encoding="utf-8").readline())
    path = tmp_path / "corpus.jsonl"
    path.write_text(
        json.dumps({"id": first["id"], "text": first["text"]}) + "\n{not json\n"
        + json.dumps({"id": "x", "text": ""}) + "\n",
        encoding="utf-8",
    )
    items = list(read_file(path))
    assert isinstance(items[0], SourceDocument) and items[0].id == first["id"]
    assert isinstance(items[1], ReadError) and f"{path}:2" in items[1].error
    assert isinstance(items[2], ReadError) and "empty text" in items[2].error


def test_missing_path_is_an_error_not_a_crash(tmp_path):
    [item] = read_sources([tmp_path / "nope.txt"])
    assert isinstance(item, ReadError) and "nope.txt" in item.error


def test_a_line_cut_off_inside_its_text_says_where_the_string_starts(tmp_path):
    # A download stopped mid-record: the last line ends inside the text string.
    lines = SGD.read_text(encoding="utf-8").splitlines()[:2]
    path = tmp_path / "cut.jsonl"
    path.write_text(lines[0] + "\n" + lines[1][:200] + "\n", encoding="utf-8")
    items = list(read_file(path))
    assert isinstance(items[1], ReadError)
    column = lines[1].index('"text"') + len('"text": ') + 1
    assert items[1].error == f"{path}:2: broken JSON (Unterminated string starting at column {column})"
    assert "at at" not in items[1].error


def test_count_documents_counts_what_read_sources_yields(tmp_path):
    # Files, directories, JSON Lines with blank lines, an empty file and a missing one.
    shutil.copy(SEEDS / "kst-31490-271.txt", tmp_path / "a.txt")
    (tmp_path / "sub").mkdir()
    shutil.copy(SEEDS / "kst-31490-312.txt", tmp_path / "sub" / "b.txt")
    (tmp_path / "sub" / "README.md").write_text("passed over", encoding="utf-8")
    (tmp_path / "empty.jsonl").write_bytes(b"")
    rows = SGD.read_text(encoding="utf-8").splitlines()[:5]
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join(rows[:3]) + "\n\n" + "\n".join(rows[3:]) + "\n", encoding="utf-8")
    paths = [tmp_path, SGD.parent / "missing.jsonl"]
    assert count_documents(paths) == len(list(read_sources(paths))) == 1 + 1 + 1 + 5 + 1
    assert count_documents([tmp_path], leave_out=[corpus]) == 3
    assert count_documents([SGD]) == sum(1 for line in SGD.open(encoding="utf-8") if line.strip())
