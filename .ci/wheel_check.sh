#!/usr/bin/env bash
# The product is the installed package. Build a wheel from the checkout, install it (no extras) into a
# fresh virtual environment, and from a directory outside the checkout run what a user runs:
# `nlkst annotate` with the shipped pipeline, `nlkst train` with the shipped configs on a small real
# training set from corpora/, and `nlkst annotate --model` with the pipeline it trained.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=$(cd "${SHARED:-$ROOT/../shared}" && pwd)
PYTHON=${PYTHON:-python3}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
step() { echo "wheel check: $*"; }

# Built from a copy of the files git knows, so that nothing stale in build/ reaches the wheel.
mkdir "$WORK/src"
(cd "$ROOT" && git ls-files -z --cached --others --exclude-standard | xargs -0 cp --parents -t "$WORK/src")
step "building the wheel"
"$PYTHON" -m pip wheel -q --no-deps -w "$WORK/dist" "$WORK/src"
WHEEL=$(ls "$WORK"/dist/nlkst-*.whl)

step "installing $(basename "$WHEEL") into a fresh environment"
"$PYTHON" -m venv "$WORK/venv"
"$WORK/venv/bin/python" -m pip install -q --upgrade pip
"$WORK/venv/bin/python" -m pip install -q "$WHEEL"
NLKST="$WORK/venv/bin/nlkst"

mkdir "$WORK/run"
cd "$WORK/run"
# The package must come from the environment, not from a checkout on the path.
"$WORK/venv/bin/python" - "$WORK/venv" <<'PY'
import sys
import nlkst
assert nlkst.__file__.startswith(sys.argv[1]), f"nlkst imported from {nlkst.__file__}"
PY

step "nlkst annotate (shipped pipeline) on the seed letters"
"$NLKST" annotate "$SHARED/seeds" -o shipped.jsonl --quiet

step "nlkst train (shipped configs) on a small real training set"
# Themes with the shipped config as it is; entities with the shipped config, fewer steps (its 2,000 would
# take minutes). Both are read from the installed package.
head -n 240 "$ROOT/corpora/themes/train.jsonl" > train.jsonl
head -n 80 "$ROOT/corpora/entities/train.jsonl" >> train.jsonl
head -n 80 "$ROOT/corpora/themes/dev.jsonl" > dev.jsonl
head -n 30 "$ROOT/corpora/entities/dev.jsonl" >> dev.jsonl
"$WORK/venv/bin/python" - <<'PY'
from spacy.util import load_config
from nlkst.train import DEFAULT_ENTITY_CONFIG
config = load_config(DEFAULT_ENTITY_CONFIG)
config["training"]["max_steps"] = 150
config["training"]["eval_frequency"] = 50
config.to_disk("ner_short.cfg")
PY
"$NLKST" train train.jsonl --dev dev.jsonl -o model --entity-config ner_short.cfg

step "nlkst annotate --model (the trained pipeline) on the seed letters"
"$NLKST" annotate "$SHARED/seeds" --model model -o trained.jsonl --quiet

"$WORK/venv/bin/python" - "$SHARED/seeds" <<'PY'
import json
import sys
from pathlib import Path

expected = len(list(Path(sys.argv[1]).glob("*.txt")))
for name in ("shipped.jsonl", "trained.jsonl"):
    records = [json.loads(line) for line in open(name, encoding="utf-8")]
    assert len(records) == expected, f"{name}: {len(records)} records for {expected} letters"
    for record in records:
        assert "error" not in record, f"{name}: {record}"
        assert record["header"] and record["paragraphs"], f"{name}: {record['id']} has no header or paragraphs"
trained = [json.loads(line) for line in open("trained.jsonl", encoding="utf-8")]
assert any(p["scores"] for record in trained for p in record["paragraphs"]), "the trained themes gave no scores"
print(f"wheel check: passed ({expected} letters annotated with the shipped and the trained pipeline)")
PY
