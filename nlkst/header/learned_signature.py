"""A learned reader of the signature block: the fallback where the rules of ``closing.read_signature`` find no
signatory in a document whose header was read.

The page's lines (split again where OCR ran the office on after the body's last sentence) are labelled ``OFFICE``,
``NAME``, ``BOTH`` (office and name on one line) or ``OTHER`` by a multinomial logistic regression over the shape of
the line and of the two lines above and below it (length, share of capitals, final comma or full stop, a role word
as OCR printed it, initials, a stuk's marker), the lines to the end of the page and a blank line before. A signature is an ``OFFICE`` run over a ``NAME`` line, or a ``BOTH`` line; its score
the lower of the two probabilities. The office is parsed by the office readers (``closing._signing_office``), a
garbled portfolio taken as the known one only where it is close; the name is kept as printed.

The weights are a plain JSON file (``resources/signature_model.json``, written by
``training/train_signature_model.py``), scored here without scikit-learn.
"""

from __future__ import annotations

import bisect
import difflib
import json
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

from .. import resources
from ..offices import fold_portfolio, portfolio_gazetteer, portfolio_key
from . import closing
from .state import Reading

LABELS = ("OTHER", "OFFICE", "NAME", "BOTH")
MODEL_FILE = "signature_model.json"

# OCR ran the signature's office on after the body's last sentence on one line ("... bevestigend beantwoorden. De
# Minister van Defensie,", '... tijdsruimte.". De Staatssecretaris', "... 19 Juli 1912. Ui Minister ran Oorlog."): a
# new line where a sentence ends before "De" (or OCR's "Dc", "Ui") and a word of an office ("Minister", "Miniêter",
# "Staatssecretaris").
# So too the addressee that OCR ran on after the name ("J. W. BEYEN. Aan de Heer Voorzitter ...").
_SPLIT_RE = re.compile(r"(?:(?<=[A-Za-z\d)\]]\.)|(?<=\.[\"”'])|(?<=[\"”']\.))[ \t]+"
                       r"(?=D[a-z]{0,2}[ \t]+[A-Z]|[A-Z][a-z]{0,2}[ \t]+(?:Mini|Staats)\S*[ \t]+\S{2,4}[ \t]+[A-Z]"
                       r"|Aan[ \t]+den?[ \t]+(?:[Hh]eer|Tweede|Eerste|Voorzitter)\b)")


@dataclass(frozen=True)
class Line:
    """One line of the page (or the part of one after a sentence end), with its offsets."""

    start: int
    end: int
    text: str


def page_lines(text: str) -> list[Line]:
    """The page's lines, blank ones kept (their text empty), a line split where ``_SPLIT_RE`` says."""
    lines: list[Line] = []
    for match in re.finditer(r"[^\n]*", text):
        if match.start() > 0 and text[match.start() - 1] != "\n":
            continue  # the empty match after a line's end
        start = match.start()
        for cut in _SPLIT_RE.finditer(match.group()):
            lines.append(Line(start, match.start() + cut.start(), text[start : match.start() + cut.start()]))
            start = match.start() + cut.end()
        lines.append(Line(start, match.end(), text[start : match.end()]))
    return lines


def _bin(value: float, edges: tuple[float, ...]) -> int:
    return next((i for i, edge in enumerate(edges) if value <= edge), len(edges))


def _shape(line: str, prefix: str) -> list[str]:
    """What a line looks like, whatever its words: length, share of capitals, its last character, how it opens."""
    return [prefix + feature for feature in _shape_of(line.strip())]


@lru_cache(maxsize=8192)
def _shape_of(s: str) -> tuple[str, ...]:
    """``_shape`` without its prefix, once per line text: each line is also the neighbour of four others."""
    if not s:
        return ("blank",)
    letters = sum(map(str.isalpha, s))
    capitals = sum(map(str.isupper, s)) / letters if letters else 0.0
    words = s.split()
    features = [
        f"len{_bin(len(s), (5, 12, 25, 45, 80, 200))}",
        f"caps{_bin(capitals, (0.1, 0.3, 0.6, 0.85))}",
        f"words{_bin(len(words), (1, 2, 3, 5, 8, 15))}",
        "end" + (s[-1] if s[-1] in ",.;:)" else ("A" if s[-1].isalpha() else "x")),
        "open" + ("De" if re.match(r"D[a-z]{0,2}\s", s) else "A" if s[0].isupper() else "a" if s[0].islower() else "x"),
    ]
    if _role_word(words):
        features.append("role")
    if re.match(r"Aan\s+den?\s", s):
        features.append("aan")
    if "," in s[:-1]:
        features.append("innercomma")
    if re.match(r"[\[(|]?\s*\d{1,4}\s*[.,]\s*\d{1,3}\s*[a-z]?\s*[.,]?\s*[\])|]?\s*$", s):
        features.append("marker")  # a stuk's marker ("(114. 18.)", "[233. 4.]"): a new stuk starts
    if re.search(r"\b[A-Z]{3,}\b", s):
        features.append("capword")
    if re.search(r"\b[A-Z][a-z]?\.", s):
        features.append("initial")
    return tuple(features)


@lru_cache(maxsize=4096)
def _like_a_role(word: str) -> bool:
    word = re.sub(r"[\W\d_]", "", word).lower()
    return len(word) >= 5 and any(_similar(word, role) for role in _ROLE_WORDS)


def _similar(word: str, known: str) -> bool:
    """``difflib``'s ratio of at least 0.7, its two cheap upper bounds tried first (most words are far from it)."""
    matcher = difflib.SequenceMatcher(None, word, known)
    return matcher.real_quick_ratio() >= 0.7 and matcher.quick_ratio() >= 0.7 and matcher.ratio() >= 0.7


def _role_word(words: list[str]) -> bool:
    """Whether one of the first three words is a role as OCR printed it (``Minister``, ``Mini-iler``, ``Miniêter``)."""
    return any(_like_a_role(word) for word in words[:3])


def line_features(lines: list[Line], i: int, nonblank: list[int] | None = None) -> list[str]:
    """The features of line ``i``: its shape, the shape of the two lines above and below it, and where it stands on
    the page. No words: with some 300 signature lines to learn from, character n-grams of the lines learnt the
    names and offices seen and found fewer signatures out of sample (docs/headers.md)."""
    features = ["bias", *_shape(lines[i].text, "s:")]
    if nonblank is None:  # the indices of the page's non-blank lines, given once a page by ``candidates``
        nonblank = [j for j, line in enumerate(lines) if line.text.strip()]
    at = bisect.bisect_left(nonblank, i)
    before = nonblank[:at]
    following = nonblank[at + (at < len(nonblank) and nonblank[at] == i):]
    features.append(f"toend{_bin(len(following), (0, 1, 2, 3, 5, 8, 15, 30))}")
    if i > 0 and not lines[i - 1].text.strip():
        features.append("blankbefore")
    for name, j in (("p1", before[-1] if before else None), ("p2", before[-2] if len(before) > 1 else None),
                    ("n1", following[0] if following else None), ("n2", following[1] if len(following) > 1 else None)):
        features.extend(_shape(lines[j].text, name + ":") if j is not None else [name + ":none"])
    return features


@dataclass
class SignatureModel:
    """A multinomial logistic regression: one weight a feature and label, a bias a label, and the threshold a
    signature's score must reach."""

    weights: dict[str, list[float]]
    intercept: list[float]
    threshold: float
    labels: tuple[str, ...] = LABELS
    meta: dict = field(default_factory=dict)

    @classmethod
    def from_json(cls, data: dict) -> SignatureModel:
        return cls(data["weights"], data["intercept"], data["threshold"], tuple(data["labels"]), data.get("meta", {}))

    def to_json(self) -> dict:
        return {"labels": list(self.labels), "threshold": self.threshold, "intercept": self.intercept,
                "meta": self.meta, "weights": self.weights}

    def probabilities(self, features: list[str]) -> dict[str, float]:
        """The probability of each label for a line with these features (each counted once)."""
        scores = list(self.intercept)
        for feature in set(features):
            row = self.weights.get(feature)
            if row is not None:
                scores = [s + w for s, w in zip(scores, row)]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {label: e / total for label, e in zip(self.labels, exps)}

    def keep(self, candidates: list[Candidate]) -> list[Candidate]:
        """The candidates whose score reaches the threshold."""
        return [c for c in candidates if c.score >= self.threshold]


@lru_cache(maxsize=1)
def packaged_model() -> SignatureModel:
    """The model shipped in ``nlkst/resources/signature_model.json``."""
    return SignatureModel.from_json(json.loads(resources.text(MODEL_FILE)))


@dataclass
class Candidate:
    """A signature the model reads: its score, where it stands, and the signatory (role, portfolio, name)."""

    score: float
    start: int
    end: int
    signatory: dict[str, str | None]


def candidates(text: str, start: int, end: int, model: SignatureModel) -> list[Candidate]:
    """Every signature the model reads between ``start`` and ``end`` (an ``OFFICE`` run over a ``NAME`` line, or a
    ``BOTH`` line), whose office parses to a role, scored and in order."""
    lines = page_lines(text)
    window = [i for i, line in enumerate(lines) if line.start >= start and line.end <= end and line.text.strip()]
    if not window:
        return []
    nonblank = [i for i, line in enumerate(lines) if line.text.strip()]
    probs = {i: model.probabilities(line_features(lines, i, nonblank)) for i in window}
    found: list[Candidate] = []
    for k, i in enumerate(window):
        p = probs[i]
        if p["BOTH"] >= 0.05 and p["BOTH"] >= p["NAME"]:
            split = _split_office_and_name(lines[i].text)
            signatory = _signatory(*split) if split else None
            if signatory:
                found.append(Candidate(p["BOTH"], lines[i].start, lines[i].end, signatory))
                continue
        if p["NAME"] < 0.05 or p["NAME"] <= p["OFFICE"] or k == 0:
            continue
        # the office run: up to three lines right above the name, each more office (or office and name) than name
        run: list[int] = []
        for j in reversed(window[max(0, k - 3) : k]):
            office = probs[j]["OFFICE"] + probs[j]["BOTH"]
            if office >= 0.05 and office > probs[j]["NAME"]:
                run.insert(0, j)
            else:
                break
        if not run:
            continue
        office_text, name_text = " ".join(lines[j].text.strip() for j in run), lines[i].text
        if re.search(r"\s(?:van|voor|en)\s*$", office_text) and "," in name_text:
            # the office runs on into the name's line ("De Minister van" / "Defensie, L. N. DECKERS.")
            split = _split_office_and_name(office_text + " " + name_text.strip())
            if split is None:
                continue
            office_text, name_text = split
        signatory = _signatory(office_text, name_text)
        if signatory:
            score = min(p["NAME"], max(probs[j]["OFFICE"] + probs[j]["BOTH"] for j in run))
            found.append(Candidate(score, lines[run[0]].start, lines[i].end, signatory))
    return found


_NAME_START_RE = re.compile(r",[ \t]*(?=\S)")


def _split_office_and_name(line: str) -> tuple[str, str] | None:
    """Office and name of a line that holds both (``De Minister van Financiën, BLOEM.``): the name after the last
    comma that leaves an office before it."""
    cuts = list(_NAME_START_RE.finditer(line))
    for cut in reversed(cuts):
        office, name = line[: cut.start()], line[cut.end():]
        if re.search(r"[A-Z]", name) and len(office.split()) >= 3:
            return office, name
    return None


_ROLE_WORDS = {"minister": "minister", "staatssecretaris": "staatssecretaris", "ministerpresident": "minister-president"}
_PRINTED_ROLE = {"minister": "Minister", "staatssecretaris": "Staatssecretaris", "minister-president": "Minister-President"}


def _signatory(office_text: str, name_text: str) -> dict[str, str | None] | None:
    """The signatory of an office and a name as printed, or None where the office names no role."""
    name = re.sub(r"\s+", " ", name_text).strip(" \t.,;:")
    # the copy's "(get.)", "(w.g.)", OCR's "(gel!)" before the name, a bullet OCR read in the margin ("• II. COLIJN",
    # sgd-0000343776); academic titles
    name = re.sub(r"^[•·*]+\s*", "", name)
    name = re.sub(r"^\(\s*[a-z]{1,3}\.?\s?[a-z]{0,2}[.!,]?\s*\)\s*", "", name)
    name = re.sub(r"^(?:(?:mr|dr|drs|ir|prof|ing)\.\s*)+", "", name)
    if len(re.sub(r"[^A-Za-z]", "", name)) < 3 or not closing._could_be_a_name(name):
        return None  # a heading in capitals under a signature ("MEMORIE VAN TOELICHTING") is no name
    office_text = re.sub(r"\s+", " ", office_text).strip(" ,.")
    if re.search(r"(?i)\bvice\b", office_text):
        return None  # "De Vice-Minister-President" (sgd-0000253842): an office the portfolio list does not hold
    # "De" (OCR's "Dc", "Ue", "Dt") before the role
    words = office_text.split(" ")
    at = next((k for k, word in enumerate(words[:2]) if _fuzzy_role(word)), None)
    if at is None:
        return None
    role = _fuzzy_role(words[at])
    rest = " ".join(words[at + 1 :])
    glued = re.search(r"(van|voor)$", words[at])  # OCR's "Ministervan"
    if glued and role != "staatssecretaris" or glued and len(words[at]) > 16:
        rest = glued.group(1) + " " + rest
    rest = re.sub(r"^(?!van\b|voor\b)[a-z]{2,4}\s+(?=[A-Z])", "van ", rest)  # OCR's "van": "ram", "tan"
    offices = closing._trim_offices(closing._signing_office(f"{_PRINTED_ROLE[role]} {rest}"), one=True)
    if not offices:
        return None
    office = offices[0]
    portfolio = office["portfolio"]
    if portfolio is None and office["role"] != "minister-president":
        return None  # an office the model read without its portfolio: too little to sign for
    if portfolio and not portfolio_key(portfolio):
        portfolio = _close_portfolio(portfolio)
        if portfolio is None:
            return None
    return {"role": office["role"], "portfolio": portfolio, "name": name}


def _fuzzy_role(word: str) -> str | None:
    """``Minister``, ``Staatssecretaris`` as OCR printed them (``Miuister``, ``Minisler``)."""
    word = re.sub(r"[\W\d_]", "", word).lower()
    if word.startswith("ministerie"):
        return None  # the ministry, not its minister
    ratios = {role: difflib.SequenceMatcher(None, word, known).ratio() for known, role in _ROLE_WORDS.items()}
    best = max(ratios, key=ratios.get)
    return best if ratios[best] >= 0.7 else None


def _close_portfolio(printed: str) -> str | None:
    """The known portfolio whose name is close to a garbled one (``Financien`` for ``Financiën``, ``Koloniëu``), in
    the gazetteer's spelling; None where none is close."""
    folded = fold_portfolio(printed)
    match = difflib.get_close_matches(folded, list(portfolio_gazetteer()), n=1, cutoff=0.85)
    return portfolio_gazetteer()[match[0]][1] if match else None


def read(r: Reading, model: SignatureModel) -> None:
    """The signatories the model reads where the rules read none, in the window and under the guards of the rules
    (``closing.signature_window``, ``closing.is_the_stuks_signature``); the spans marked as the rules mark them."""
    if r.fields["signatories"] or not _header_was_read(r):
        return
    window = closing.signature_window(r)
    if window is None:
        return
    start, end = window
    kept = model.keep([c for c in candidates(r.text, start, end, model) if closing.is_the_stuks_signature(r, c.start, c.end)])
    if not kept:
        return
    signatories: list[dict] = []
    for candidate in kept:
        if not any(_same_signatory(candidate.signatory, known) for known in signatories):
            signatories.append(candidate.signatory)
        r.mark(candidate.start, candidate.end, "signatories")
    closing.set_signatories(r, signatories, kept[0].start, kept[0].end, kept[-1].end, end)


def _header_was_read(r: Reading) -> bool:
    """Whether a reader read the document's header (a heading, a dossier, an ondernummer): a page that opens inside
    a stuk under no header of its own prints the signature of that stuk, which the golds do not give
    (sgd-0000332738, sgd-0000397542)."""
    return any(r.fields[name] for name in ("heading", "dossiers", "ondernummer"))


def _same_signatory(one: dict, other: dict) -> bool:
    """One signatory read twice on a page of several stukken (``closing._same_signatory``), also where OCR garbled
    the initials before the same surname ("i; E. VAN KAALTE", "Iv E. VAN KAALTE", sgd-0000355196)."""
    last = [(s["name"] or "").split()[-1:] for s in (one, other)]
    return closing._same_signatory(one, other) or (closing._same_office(one, other) and last[0] == last[1])
