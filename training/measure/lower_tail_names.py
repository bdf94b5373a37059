"""Pool count of listed body names written with every word after the first in lower case (``Rijksdienst voor
arbeidsvoorziening`` for the listed ``Rijksdienst voor Arbeidsvoorziening``), over the Belgian questions and the
Handelingen XML, split into forms another list row or alias already held and forms only ``_lower_tail`` adds
(docs/entities.md, sixteenth round):

    python training/measure/lower_tail_names.py --shared ../shared
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from nlkst.gazetteer import _lower_tail, organisation_rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    args = parser.parse_args()
    corpora = args.shared / "corpora"
    texts = [" ".join(v for v in json.loads(line).values() if isinstance(v, str))
             for line in (corpora / "be-questions" / "questions.jsonl").open(encoding="utf-8")]
    texts += [re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8"))
              for path in sorted((corpora / "handelingen-xml").glob("*.xml"))]
    blob = "\n".join(texts)
    written = {name for row in organisation_rows() for name in [row["name"], *row["aliases"].split("|")] if name}
    held, added = Counter(), Counter()
    for name in written:
        tail = _lower_tail(name)
        if tail and tail not in held and tail not in added:
            count = len(re.findall(r"(?<!\w)" + re.escape(tail) + r"(?!\w)", blob))
            if count:
                (held if tail in written or tail[:1].lower() + tail[1:] in written else added)[tail] = count
    for label, counts in (("held already", held), ("added", added)):
        print(f"{label}: {sum(counts.values())} mentions of {len(counts)} forms")
        for tail, count in counts.most_common():
            print(f"  {count:5d} {tail}")


if __name__ == "__main__":
    main()
