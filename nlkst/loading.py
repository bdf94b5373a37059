"""Load a saved pipeline directory as ``spacy.load`` does, without two costs it pays at start-up.

Both were found by profiling ``nlkst annotate`` (docs/scale.md); the pipeline that comes out
is the same, and so is every record it writes.

- The tokenizer: ``spacy.load`` builds it from the config and then reads the saved one over
  it, adding all of Dutch's special cases a second time. Where the one built from the config
  serialises to the saved bytes, the saved one is not read again.
- The entity ruler: to turn its phrase patterns (4,000-odd gazetteer names) into ``Doc``
  objects, spaCy's ``entity_ruler`` runs every component before it over each pattern. Matching
  on a token attribute that the tokenizer alone sets, the patterns need nothing more, so
  the components before the ruler are switched off while it loads and on again after.

And one cost at every document: the ruler's token patterns test a word's text with a regular
expression or a word list (``{"TEXT": {"REGEX": ...}}``, ``{"LOWER": {"IN": [...]}}``), which
spaCy's matcher runs as a Python call on every token of every document. Such a test reads only
the word itself, so it is made a flag of the word in the vocabulary, computed once per word and
read by the matcher in C (``native_token_patterns``); the matches are the same.

And the ``ner``'s matrix products: thinc computes them with BLIS, whose wheel falls back to its
generic C kernel on processors it does not recognise (AMD Zen 4, where this was profiled: a
third of the ``ner``'s time in ``bli_sgemm_generic_ref``). ``numpy_matmul`` has the component's
layers multiply with numpy (OpenBLAS, which picks a kernel for the processor), one thread at a
time: a quarter less CPU for the ``ner``, the same entities on every document tried
(docs/scale.md). The transition parser's own per-step products, in compiled code, stay BLIS's.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import spacy
from spacy.attrs import LOWER
from spacy.pipeline.transition_parser import Parser
from thinc.api import Model, NumpyOps
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import EntityRuler
from spacy.vocab import Vocab, create_vocab

from .tokenizer import special_cases_deferred

# Token attributes the tokenizer sets by itself; a ruler matching on another (LEMMA, POS)
# needs the components before it to build its patterns.
_TOKENIZER_ATTRS = {None, "ORTH", "TEXT", "LOWER", "NORM", "SHAPE"}


def load_pipeline_dir(path: str | Path, *, defer_tokenizer: bool = False) -> Language | tuple[Language, Callable]:
    """``spacy.load(path)``, faster; the same pipeline.

    ``defer_tokenizer``: for a pipeline that is given ``Doc`` objects rather than text (the theme
    classifier), its saved tokenizer is read only when ``complete()`` is called, and until then the
    tokenizer lacks the language's special cases (``nlkst.tokenizer.special_cases_deferred``);
    returns ``(nlp, complete)``. Where nothing is saved to read, the tokenizer is whole at once.
    """
    path = Path(path)
    saved = path / "tokenizer"
    if defer_tokenizer:
        if not saved.exists():
            return load_pipeline_dir(path), lambda: None
        with special_cases_deferred():
            nlp = spacy.load(path, exclude=["tokenizer"])
        return nlp, partial(_read_tokenizer, nlp, saved)
    config = spacy.util.load_config(path / "config.cfg")
    names = list(config["nlp"]["pipeline"])
    disabled = set(config["nlp"].get("disabled") or [])
    all_rulers = [name for name in names if config["components"][name].get("factory") == "entity_ruler"]
    rulers = [i for i, name in enumerate(names) if name in all_rulers
              and config["components"][name].get("phrase_matcher_attr") in _TOKENIZER_ATTRS]
    earlier = [name for name in names[:rulers[0]] if name not in disabled] if rulers else []
    vocab, flags = _vocab_with_word_flags(path, config, all_rulers)
    nlp = spacy.load(path, vocab=vocab, exclude=["tokenizer"], disable=earlier)
    for name in earlier:
        nlp.enable_pipe(name)
    if saved.exists() and nlp.tokenizer.to_bytes(exclude=["vocab"]) != saved.read_bytes():
        nlp.tokenizer.from_disk(saved, exclude=["vocab"])
    if flags:
        for name in all_rulers:
            if isinstance(nlp.get_pipe(name), EntityRuler):
                native_token_patterns(nlp.get_pipe(name), flags)
    for _, component in nlp.pipeline:
        if isinstance(component, Parser):
            numpy_matmul(component.model)
    return nlp


class OneThreadNumpyOps(NumpyOps):
    """``NumpyOps`` whose ``gemm`` is numpy's ``dot`` run on one BLAS thread.

    One thread: on small products the threads of a multi-threaded BLAS cost more than they
    save (twice the ``ner``'s CPU on this project's machine), and ``nlkst annotate
    --n-process N`` already keeps every core busy. The limit holds only during the product.
    """

    def __init__(self) -> None:
        super().__init__(use_blis=False)

    def gemm(self, x, y, out=None, trans1=False, trans2=False):
        with _blas_controller().limit(limits=1, user_api="blas"):
            return super().gemm(x, y, out=out, trans1=trans1, trans2=trans2)


_BLAS: list = []


def _blas_controller():
    if not _BLAS:
        from threadpoolctl import ThreadpoolController  # looks up the BLAS libraries loaded: once

        _BLAS.append(ThreadpoolController())
    return _BLAS[0]


def numpy_matmul(model: Model) -> None:
    """Every layer of ``model`` multiplies matrices with ``OneThreadNumpyOps``, where it used thinc's CPU ops."""
    ops = OneThreadNumpyOps()
    for layer in model.walk():
        if type(layer.ops) is NumpyOps:
            layer.ops = ops


def _read_tokenizer(nlp: Language, saved: Path) -> None:
    nlp.tokenizer.from_disk(saved, exclude=["vocab"])  # what spacy.load reads


# Attributes that belong to the word (the lexeme), not to its place in a document, and the tests on them
# that a word flag can stand for.
_WORD_ATTRS = {"ORTH", "TEXT", "LOWER"}
# Flags below this one are spaCy's own (IS_ALPHA ... IS_CURRENCY), some no longer set but still named.
_FIRST_FREE_FLAG = 19


class WordTest:
    """A token pattern's tests on a word's own text, as a vocabulary flag: ``word_test(orth) -> bool``.

    ``tests`` are ``(attribute, predicate, argument)`` as in the pattern; each is what spaCy's matcher
    does (``REGEX``: ``re.search``; ``IN``/``NOT_IN``: the string among the list's), on the word's text
    or, for ``LOWER``, on its lower-case form as the vocabulary makes it.
    """

    def __init__(self, tests: tuple[tuple[str, str, Any], ...], lower) -> None:
        self.tests = [(attr == "LOWER", predicate,
                       re.compile(argument) if predicate == "REGEX" else frozenset(argument))
                      for attr, predicate, argument in tests]
        self.lower = lower

    def __call__(self, orth: str) -> bool:
        for on_lower, predicate, argument in self.tests:
            value = self.lower(orth) if on_lower else orth
            if predicate == "REGEX":
                passed = argument.search(value) is not None
            else:
                passed = (value in argument) == (predicate == "IN")
            if not passed:
                return False
        return True


def _vocab_with_word_flags(path: Path, config, rulers: list[str]) -> tuple[Vocab | bool, dict[tuple, int]]:
    """The vocabulary ``spacy.load`` would make, with a flag for each word test of the rulers' token patterns,
    and the flags; ``(True, {})`` where there is none (``spacy.load`` makes the vocabulary).

    The flags must be there before the tokenizer is made: its special cases (``J.``, ``Mr.``) keep
    the word entries made then, which reading the saved vocabulary leaves out of its table, so a
    flag added after loading would never reach them.
    """
    tests: dict[tuple, None] = {}
    for name in rulers:
        patterns_file = path / name / "patterns.jsonl"
        if not patterns_file.exists():
            continue
        for line in patterns_file.read_text(encoding="utf-8").splitlines():
            pattern = json.loads(line).get("pattern") if line.strip() else None
            if isinstance(pattern, list):
                for spec in pattern:
                    key = _word_tests(spec)[1]
                    if key:
                        tests.setdefault(key)
    free = [bit for bit in range(_FIRST_FREE_FLAG, 64)]
    if not tests or "vectors" not in config["nlp"] or len(tests) > len(free):
        return True, {}
    # as Language.__init__ makes it when given none
    lang = spacy.util.get_lang_class(config["nlp"]["lang"])
    meta = spacy.util.load_meta(path / "meta.json") if (path / "meta.json").exists() else {}
    vocab = create_vocab(lang.lang, lang.Defaults, vectors_name=meta.get("vectors", {}).get("name"))
    vocab.vectors = spacy.util.registry.resolve({"vectors": config["nlp"]["vectors"]})["vectors"](vocab)
    free = [bit for bit in free if bit not in vocab.lex_attr_getters]
    if len(tests) > len(free):
        return True, {}
    lower = vocab.lex_attr_getters[LOWER]
    return vocab, {key: vocab.add_flag(WordTest(key, lower), flag_id=bit) for key, bit in zip(tests, free)}


def native_token_patterns(ruler: EntityRuler, flags: dict[tuple, int]) -> None:
    """Gives the ruler a matcher whose token patterns test words by vocabulary flags (``flags``: the word
    tests of ``_word_tests`` and their flags) where they can.

    Every word test of a token (a regular expression or a word list on ``TEXT``, ``ORTH`` or
    ``LOWER``) becomes its flag; what else the token asks (``OP``, fuzzy matching, other
    attributes) stays. The patterns are added in the order the ruler holds them, under the
    same labels, so the matches are those of the ruler's own matcher. The ruler's patterns,
    and what it saves, are unchanged.
    """
    matcher = Matcher(ruler.nlp.vocab, validate=False, fuzzy_compare=ruler.matcher_fuzzy_compare)
    for label, patterns in ruler.token_patterns.items():
        for pattern in patterns:
            matcher.add(label, [[_flagged(spec, flags) for spec in pattern]])
    ruler.matcher = matcher


def _flagged(spec: dict[str, Any], flags: dict[tuple, int]) -> dict[Any, Any]:
    kept, key = _word_tests(spec)
    if not key or key not in flags:
        return spec
    return {**kept, flags[key]: True}


def _word_tests(spec: dict[str, Any]) -> tuple[dict[str, Any], tuple]:
    """A token's spec without its word tests, and those tests (``(attribute, predicate, argument)``)."""
    kept: dict[str, Any] = {}
    tests: list[tuple[str, str, Any]] = []
    for key, value in spec.items():
        attr = key.upper() if isinstance(key, str) else key
        if attr not in _WORD_ATTRS or not isinstance(value, dict):
            kept[key] = value
            continue
        rest = {}
        for predicate, argument in value.items():
            if predicate == "REGEX" and isinstance(argument, str) or predicate in ("IN", "NOT_IN") and \
                    isinstance(argument, list) and all(isinstance(item, str) for item in argument):
                tests.append((attr, predicate, argument if predicate == "REGEX" else tuple(sorted(argument))))
            else:
                rest[predicate] = argument
        if rest:
            kept[key] = rest
    return kept, tuple(tests)
