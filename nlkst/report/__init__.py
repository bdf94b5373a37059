"""``nlkst report``: one self-contained HTML page of annotated documents.

The page holds an overview (charts drawn by Vega-Lite from one compact table of documents and
one of mentions, filtered in the browser) and a table of documents; each document's view is
rendered here with displaCy and stored as a JSON string in a ``<script type="application/json">``
element of its own, which the browser parses only when the document is opened. So a page of
5,000 documents opens without building 5,000 views. Nothing is loaded from the network, and a
Content-Security-Policy lets only the page's own two scripts run.
"""

from __future__ import annotations

import base64
import hashlib
import json
import sys
from dataclasses import dataclass, field
from html import escape
from importlib import resources
from pathlib import Path
from typing import Any

from tqdm import tqdm

from ..schema import THEME_LABELS
from .charts import chart_specs, vega_bundle
from .corpus import MENTION_KINDS, Names, ReportInputError, document_mentions, document_row, read_records
from .document import THEME_COLOURS, document_view

__all__ = ["ReportInputError", "ReportSummary", "report"]


@dataclass
class ReportSummary:
    """What went into a report: documents shown, records that were errors, documents without a date."""

    documents: int = 0
    errors: int = 0
    undated: int = 0
    bytes: int = 0
    error_ids: list[str] = field(default_factory=list)


def _json_for_script(value: Any) -> str:
    """JSON that cannot end the ``<script>`` element it sits in (``</``) nor open a comment there (``<!``).

    Those two are all that the HTML parser looks for inside a script element; ``\\/`` and
    ``\\u0021`` are the same characters to ``JSON.parse``.
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("</", "<\\/").replace("<!", "<\\u0021")


def _script_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii") + "'"


def _asset(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def report(paths: list[str | Path] | str | Path, output: str | Path, *, title: str | None = None,
           progress: bool = False) -> ReportSummary:
    """Write one HTML page for the records in ``paths`` (JSON Lines from ``nlkst annotate``) to ``output``.

    Records with the text (``nlkst annotate --include-text``) show it with their entities and
    themes; records without it show header, references and counts only.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    summary = ReportSummary()
    names = Names()
    rows: list[list[Any]] = []
    mentions: list[int] = []  # flat triples: document, name, count
    views: list[str] = []
    failed: list[list[str]] = []
    records = read_records(paths)
    for record in tqdm(records, desc="report", unit="doc", file=sys.stderr, disable=not progress):
        if "error" in record:
            failed.append([str(record.get("id")), str(record.get("error"))])
            continue
        row = document_row(record)
        index = len(rows)
        rows.append([row[key] for key in ("id", "date", "year", "doc_type", "dossiers", "title", "paragraphs",
                                          "themes", "entities", "references")])
        for name, count in document_mentions(record, names).items():
            mentions.extend((index, name, count))
        views.append(document_view(record))
        summary.undated += row["year"] is None
    summary.documents, summary.errors, summary.error_ids = len(rows), len(failed), [f[0] for f in failed]

    labels = names.labels()
    kinds = [MENTION_KINDS.index(kind) for kind, _ in sorted(names.keys, key=names.keys.get)]
    data = {"columns": ["id", "date", "year", "doc_type", "dossiers", "title", "paragraphs", "themes", "entities",
                        "references"],
            "docs": rows, "names": labels, "name_kinds": kinds, "kinds": list(MENTION_KINDS),
            "mentions": mentions, "themes": list(THEME_LABELS), "theme_colours": THEME_COLOURS,
            "charts": chart_specs(), "errors": failed}
    bundle, app = vega_bundle(), _asset("app.js")
    if "</script" in bundle.lower():
        raise RuntimeError("the Vega bundle holds '</script' and cannot be inlined; report this vl-convert version")
    title = title or f"nlkst report: {len(rows):,} documents"
    policy = (f"default-src 'none'; script-src {_script_hash(bundle)} {_script_hash(app)} 'unsafe-eval'; "
              "style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'")
    output = Path(output)
    with output.open("w", encoding="utf-8") as out:
        page = _asset("page.html").replace("@POLICY@", escape(policy, quote=True))
        out.write(page.replace("@STYLE@", _asset("report.css")).replace("@TITLE@", escape(title)))
        out.write(f'<script type="application/json" id="nlkst-data">{_json_for_script(data)}</script>\n')
        for index, view in enumerate(views):
            out.write(f'<script type="application/json" id="doc-{index}">{_json_for_script(view)}</script>\n')
        out.write(f"<script>{bundle}</script>\n<script>{app}</script>\n</body>\n</html>\n")
    summary.bytes = output.stat().st_size
    return summary
