"""The pipeline's components; importing this package registers their factories."""

from . import acronyms, entity_ids, header, members, paragraphs, references, themes  # noqa: F401
