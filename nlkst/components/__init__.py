"""The pipeline's components; importing this package registers their factories."""

from . import entity_ids, header, members, paragraphs, references, themes  # noqa: F401
