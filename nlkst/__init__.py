"""nlkst: read Dutch parliamentary documents (kamerstukken) with spaCy.

>>> import nlkst
>>> nlp = nlkst.load()
>>> doc = nlp(text)
>>> doc._.kamerstuk["dossiers"]
"""

__version__ = "0.1.0"

from . import architectures  # noqa: E402,F401  (registers nlkst.CharNgramBOW.v1)
from .pipeline import build, load  # noqa: E402
from .report import report  # noqa: E402

__all__ = ["__version__", "build", "load", "report"]
