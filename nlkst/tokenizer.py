"""spaCy's Dutch tokenizer with four extra splits that kamerstukken need, and without emoticons.

A footnote mark glued to a word (``Ceder5``), the hyphen of ``motie-Tielen``, the
hyphen after an acronym (``NAVO-delegaties``, ``PvdA-fractie``) and the slash of
``Tielen/Ceder`` would otherwise hide names and references inside one token,
where no entity can start or end (the fresh golds label the acronym inside such
a compound 22 times of 30; docs/entities.md, the thirteenth round).

spaCy's emoticon special cases (``):``, ``8)``, ``;)``) glue a closing bracket to the
colon or digit beside it in text that holds no emoticon: ``Informatieverwerking
(CFI): nihil`` left ``CFI`` without its bracket, so no acronym definition was read
(200 ``word):`` in the Belgian questions; docs/entities.md, the seventeenth round).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import spacy
from spacy.lang.tokenizer_exceptions import emoticons
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

_FOOTNOTE_MARK = r"(?<=[a-zà-ÿ)»”’])[1-9]\d?$"
_BACK_LINK = r"↩\ufe0f?$"  # the footnote's link back to the text on web pages
_INFIXES = (
    r"(?<=[a-zà-ÿ])-(?=[A-ZÀ-Ý])",  # motie-Tielen, Financiën-Toeslagen
    r"(?<=[A-Za-z][A-Z])-(?=[a-zà-ÿ])",  # NAVO-delegaties, PvdA-fractie; not A-status, CO2-uitstoot
    r"(?<=[A-Za-zÀ-ÿ])/(?=[A-Za-zÀ-ÿ])",  # Tielen/Ceder, en/of
)


_SPECIAL_CASES_DEFERRED: list[bool] = [False]


@contextmanager
def special_cases_deferred() -> Iterator[None]:
    """Within it, a tokenizer made from ``nlkst.tokenizer.v1`` has none of Dutch's 4,670 special cases.

    For a pipeline whose saved tokenizer is read before it is used (``nlkst.loading.load_pipeline_dir``
    with ``defer_tokenizer``): building the special cases costs a third of a second that a pipeline
    never tokenizing text of its own (the theme classifier, which is given the words) need not pay.
    """
    _SPECIAL_CASES_DEFERRED[0] = True
    try:
        yield
    finally:
        _SPECIAL_CASES_DEFERRED[0] = False


def _without_emoticons(exceptions: dict) -> dict:
    """The special cases less the emoticons, which parliamentary text never holds."""
    return {text: tokens for text, tokens in exceptions.items() if text not in emoticons}


@spacy.registry.tokenizers("nlkst.tokenizer.v1")
def create_tokenizer() -> Callable[[Language], Tokenizer]:
    def make_tokenizer(nlp: Language) -> Tokenizer:
        defaults = nlp.Defaults
        return Tokenizer(
            nlp.vocab,
            rules=None if _SPECIAL_CASES_DEFERRED[0] else _without_emoticons(defaults.tokenizer_exceptions),
            prefix_search=compile_prefix_regex(defaults.prefixes).search,
            suffix_search=compile_suffix_regex([*defaults.suffixes, _FOOTNOTE_MARK, _BACK_LINK]).search,
            infix_finditer=compile_infix_regex([*defaults.infixes, *_INFIXES]).finditer,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
        )

    return make_tokenizer
