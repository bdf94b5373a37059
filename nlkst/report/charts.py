"""The overview's charts as Vega-Lite specifications, and the Vega-Lite script that draws them offline.

Vega-Lite does the counting, folding, ranking and shares in the browser (its ``aggregate``,
``fold``, ``window`` and ``calculate`` transforms), so the filters of the page only hand it
another set of rows. Its script comes from ``vl-convert-python``, which ships Vega, Vega-Lite
and vega-embed and bundles them into one script with no network access; bundling takes some
seconds, so the bundle is kept in the user's cache directory per vl-convert version.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from ..schema import THEME_LABELS
from .document import THEME_COLOURS

_INSTALL_HINT = "nlkst report draws its charts with Vega-Lite from vl-convert-python: pip install 'nlkst[report]'"
WIDTH = 760
TOP_NAMES = 12

_YEAR = {
    "field": "year",
    "type": "quantitative",
    "title": "year",
    "axis": {"format": "d", "tickMinStep": 1, "tickCount": 12},
    "scale": {"zero": False, "nice": False},
}
_WHOLE = {"format": "d", "tickMinStep": 1}  # counts of documents and mentions


def vega_bundle() -> str:
    """One script that defines ``vegaEmbed``, ``vega`` and ``vegaLite``, with no network use."""
    try:
        import vl_convert
    except ImportError:
        raise RuntimeError(_INSTALL_HINT) from None
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "nlkst"
    version = "-".join((vl_convert.get_vega_version(), vl_convert.get_vegalite_versions()[-1],
                        vl_convert.get_vega_embed_version()))
    path = cache / f"vega-bundle-{version}.js"
    if path.is_file():
        return path.read_text(encoding="utf-8")
    bundle = vl_convert.javascript_bundle()
    try:
        cache.mkdir(parents=True, exist_ok=True)
        path.write_text(bundle, encoding="utf-8")
    except OSError:
        pass  # a read-only home: bundle again next time
    return bundle


def _base(title: str, subtitle: str) -> dict[str, Any]:
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v6.json",
        "title": {"text": title, "subtitle": subtitle, "anchor": "start"},
        "data": {"name": "rows"},
        "width": WIDTH,
        "config": {"view": {"stroke": None}},
        # lay the chart out again when a filter brings longer names or another legend
        "autosize": {"type": "pad", "resize": True},
    }


def documents_per_year() -> dict[str, Any]:
    """Stacked bars: documents per year, coloured by doc_type. Rows: {year, doc_type}."""
    return {
        **_base("Documents per year", "by doc_type; documents without a date are left out"),
        "height": 180,
        "transform": [{"calculate": "datum.year + 1", "as": "year_end"}],
        "mark": {"type": "bar", "tooltip": True},
        "encoding": {
            "x": _YEAR,
            "x2": {"field": "year_end"},
            "y": {"aggregate": "count", "title": "documents", "axis": _WHOLE},
            "color": {"field": "doc_type", "type": "nominal", "title": "doc_type"},
            "tooltip": [
                {"field": "year", "title": "year"},
                {"field": "doc_type"},
                {"aggregate": "count", "title": "documents"},
            ],
        },
    }


def documents_per_type() -> dict[str, Any]:
    """Bars: documents per doc_type, dated or not. Rows: {doc_type}."""
    return {
        **_base("Documents per doc_type", "all documents in the selection"),
        "height": {"step": 18},
        "mark": {"type": "bar", "tooltip": True},
        "encoding": {
            "y": {"field": "doc_type", "type": "nominal", "sort": "-x", "title": None},
            "x": {"aggregate": "count", "title": "documents", "axis": _WHOLE},
            "color": {"field": "doc_type", "type": "nominal", "legend": None},
            "tooltip": [{"field": "doc_type"}, {"aggregate": "count", "title": "documents"}],
        },
    }


def themes_over_time() -> dict[str, Any]:
    """Lines: per year and theme, the share of paragraphs labelled with it; points sized by documents.

    Rows: {year, paragraphs, <theme>: labelled paragraphs, ...} per dated document with paragraphs.
    """
    return {
        **_base(
            "Themes over time",
            "share of a year's paragraphs labelled with each theme; point size: documents behind the point",
        ),
        "height": 260,
        "transform": [
            {"fold": list(THEME_LABELS), "as": ["theme", "labelled"]},
            {
                "aggregate": [
                    {"op": "sum", "field": "labelled", "as": "labelled"},
                    {"op": "sum", "field": "paragraphs", "as": "paragraphs"},
                    {"op": "count", "as": "documents"},
                ],
                "groupby": ["year", "theme"],
            },
            {"calculate": "datum.labelled / datum.paragraphs", "as": "share"},
        ],
        "encoding": {
            "x": _YEAR,
            "y": {
                "field": "share",
                "type": "quantitative",
                "title": "share of paragraphs (%)",
                "axis": {"format": ".0%"},
            },
            "color": {
                "field": "theme",
                "type": "nominal",
                "title": "theme",
                "scale": {"domain": list(THEME_LABELS), "range": list(THEME_COLOURS.values())},
            },
            "tooltip": [
                {"field": "year"},
                {"field": "theme"},
                {"field": "share", "format": ".1%", "title": "share of paragraphs"},
                {"field": "labelled", "title": "paragraphs with theme"},
                {"field": "paragraphs", "title": "paragraphs"},
                {"field": "documents", "title": "documents"},
            ],
        },
        "layer": [
            {"mark": {"type": "line"}},
            {
                "mark": {"type": "point", "filled": True, "tooltip": True},
                "encoding": {
                    "size": {"field": "documents", "type": "quantitative", "title": "documents", "legend": _WHOLE}
                },
            },
        ],
    }


def mentions_over_time(what: str) -> dict[str, Any]:
    """Heat map: the most mentioned names (of ``what``) per year. Rows: {doc, year, name, count}."""
    return {
        **_base(
            f"Most mentioned {what} over time",
            f"the {TOP_NAMES} with most mentions in the selection; colour: mentions in the year",
        ),
        "transform": [
            {"joinaggregate": [{"op": "sum", "field": "count", "as": "total"}], "groupby": ["name"]},
            {
                "window": [{"op": "dense_rank", "as": "rank"}],
                # with the name in the sort, names of equal total still get a rank each
                "sort": [{"field": "total", "order": "descending"}, {"field": "name", "order": "ascending"}],
            },
            {"filter": f"datum.rank <= {TOP_NAMES}"},
            {
                "aggregate": [
                    {"op": "sum", "field": "count", "as": "mentions"},
                    {"op": "distinct", "field": "doc", "as": "documents"},
                ],
                "groupby": ["name", "year", "total"],
            },
            {"calculate": "datum.year + 1", "as": "year_end"},
        ],
        "mark": {"type": "rect", "tooltip": True},
        "encoding": {
            "x": _YEAR,
            "x2": {"field": "year_end"},
            "y": {"field": "name", "type": "nominal", "title": None, "sort": {"field": "total", "order": "descending"}},
            "color": {
                "field": "mentions",
                "type": "quantitative",
                "title": "mentions",
                "scale": {"scheme": "blues", "type": "log"},
                "legend": _WHOLE,
            },
            "tooltip": [
                {"field": "name"},
                {"field": "year"},
                {"field": "mentions"},
                {"field": "documents", "title": "documents"},
                {"field": "total", "title": "mentions, all years"},
            ],
        },
    }


def chart_specs() -> dict[str, dict[str, Any]]:
    """Every chart of the overview by the id of the element it is drawn in."""
    return {
        "chart-years": documents_per_year(),
        "chart-types": documents_per_type(),
        "chart-themes": themes_over_time(),
        "chart-organisation": mentions_over_time("organisations"),
        "chart-minister": mentions_over_time("ministers"),
        "chart-holder": mentions_over_time("office holders (ministers' names on the date)"),
        "chart-dossier": mentions_over_time("cited dossiers"),
    }
