"""The pipeline's components; importing this package registers their factories."""

from . import header, paragraphs  # noqa: F401
