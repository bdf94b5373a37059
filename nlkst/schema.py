"""The one place that names every label and field of ANNOTATION.md.

Components, records, corpora and evaluation import these names, so a change to
the annotation contract is a change here and nowhere else.
"""

from __future__ import annotations

CHAMBERS = ("Tweede Kamer der Staten-Generaal", "Eerste Kamer der Staten-Generaal")

HEADER_FIELDS = (
    "chamber",
    "vergaderjaar",
    "dossiers",
    "ondernummer",
    "doc_type",
    "heading",
    "sender",
    "addressee",
    "place",
    "date",
    "signatories",
    "subject",
    "reference_number",
    "co_senders",
    "question_date",
    "askers",
)

DOC_TYPES = (
    "brief",
    "motie",
    "amendement",
    "verslag",
    "nota",
    "memorie_van_toelichting",
    "wetsvoorstel",
    "advies_raad_van_state",
    "lijst_van_vragen",
    "aanhangsel",
    "other",
)

OFFICE_ROLES = ("minister", "staatssecretaris", "minister-president")

ENTITY_LABELS = ("MINISTER", "PERSON", "ORG", "REF")

REFERENCE_TYPES = (
    "kamerstuk",
    "handelingen",
    "aanhangsel",
    "motie",
    "amendement",
    "document_id",
    "staatsblad",
    "staatscourant",
    "ecli",
    "wet",
    "ljn",
)

THEME_LABELS = (
    "dienstverlening",
    "digitalisering",
    "wetgeving",
    "samenwerking",
    "uitvoeringskracht",
    "rol_politiek",
)

# Names of the span groups the pipeline fills.
HEADER_SPANS = "kst_header"
FOOTNOTE_SPANS = "footnotes"
PARAGRAPH_SPANS = "paragraphs"

# Span labels in doc.spans["kst_header"] that are not header fields but mark
# text that belongs to no paragraph.
FOOTNOTE_LABEL = "footnote"
