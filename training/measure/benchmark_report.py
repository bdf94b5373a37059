"""How long ``nlkst report`` takes to write a page and how long Chromium takes to open it.

Baseline in the same run: reading and JSON-parsing the same records (what any tool that reads
``nlkst annotate`` output must do at least). Then the report itself (the Vega bundle taken from
the cache, as on every run after the first), and the page in headless Chromium: from navigation
to the charts and table drawn (``body[data-ready]``), and to a document's view after a click.

    nlkst annotate ../shared/corpora/sgd/sgd_ocr.jsonl --include-text --n-process 2 -o sgd.jsonl
    python training/measure/benchmark_report.py sgd.jsonl [--chromium /usr/bin/chromium] [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import nlkst
from nlkst.report.charts import vega_bundle


def timed(function, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def open_in_chromium(page_path: Path, chromium: str, runs: int) -> tuple[float, float]:
    from playwright.sync_api import sync_playwright

    opened, viewed = [], []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        for _ in range(runs):
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            start = time.perf_counter()
            page.goto(page_path.as_uri())
            page.wait_for_selector("body[data-ready]", timeout=120_000)
            opened.append(time.perf_counter() - start)
            link = page.locator("#doc-table tbody a").nth(1)
            start = time.perf_counter()
            link.click()
            page.wait_for_function("document.querySelector('#doc-table tr.current') !== null")
            viewed.append(time.perf_counter() - start)
            page.close()
        browser.close()
    return statistics.median(opened), statistics.median(viewed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("records", type=Path, nargs="+", help="JSON Lines written by `nlkst annotate --include-text`")
    parser.add_argument("--chromium", default=shutil.which("chromium"), help="Chromium to open the page in")
    parser.add_argument("--runs", type=int, default=3, help="runs per measure; the median is reported")
    args = parser.parse_args()

    vega_bundle()  # fill the cache once, as the first report on a machine does

    def parse() -> int:
        return sum(1 for path in args.records for line in path.open(encoding="utf-8") if json.loads(line))

    parse_s, count = timed(parse, args.runs)
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "report.html"
        report_s, summary = timed(lambda: nlkst.report(args.records, page), args.runs)
        print(f"documents: {count:,} ({summary.documents:,} shown, {summary.undated:,} without a date); "
              f"page: {summary.bytes / 1e6:.1f} MB")
        print(f"read + parse the records (baseline): {parse_s:6.2f} s")
        print(f"nlkst report:                        {report_s:6.2f} s  ({report_s / parse_s:.1f}x the baseline)")
        if args.chromium:
            opened, viewed = open_in_chromium(page, args.chromium, args.runs)
            print(f"Chromium, page open to charts drawn: {opened:6.2f} s")
            print(f"Chromium, click to document view:    {viewed:6.2f} s")


if __name__ == "__main__":
    main()
