"""The pipeline's components; importing this package registers their factories."""

from . import acronyms, entity_ids, header, holders, members, paragraphs, references, themes  # noqa: F401
