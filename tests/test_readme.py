"""The README's Python examples run, and print what the README says they print.

A statement whose comment is a Python literal (``# 'Bij het debat ...'`` on its line, or
``# (True, 1.0)`` on the lines under it, several for one list) must evaluate to that value. A block
without such a comment (the ``datasets.map`` example over the whole SGD corpus, which
``tests/test_distributed.py`` covers) is not run.
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
NOT_A_LITERAL = object()


def _python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.DOTALL)


def _literal(comment: str):
    try:
        return ast.literal_eval(comment)
    except (ValueError, SyntaxError):
        return NOT_A_LITERAL


def _statements_with_results(block: str) -> list[tuple[ast.stmt, object]]:
    """Each top-level statement with the literal its comments state (``NOT_A_LITERAL`` if none)."""
    tree = ast.parse(block)
    comments = {token.start[0]: token.string.lstrip("#").strip()
                for token in tokenize.generate_tokens(io.StringIO(block).readline) if token.type == tokenize.COMMENT}
    last_line = len(block.splitlines())
    statements = []
    for node, following in zip(tree.body, tree.body[1:] + [None]):
        end = following.lineno if following is not None else last_line + 1
        # The comment lines under a statement state its result; failing those, its own line's comment.
        stated = (" ".join(comments[line] for line in range(node.end_lineno + 1, end) if line in comments)
                  or comments.get(node.end_lineno, ""))
        statements.append((node, _literal(stated) if stated else NOT_A_LITERAL))
    return statements


CHECKED_BLOCKS = [block for block in _python_blocks()
                  if any(result is not NOT_A_LITERAL for _, result in _statements_with_results(block))]


def test_the_readme_has_examples_with_results():
    assert len(CHECKED_BLOCKS) >= 2


@pytest.mark.parametrize("block", CHECKED_BLOCKS, ids=lambda block: block.splitlines()[0])
def test_readme_example_gives_the_stated_results(block, monkeypatch):
    monkeypatch.chdir(ROOT)  # the examples read ../shared from the repository root
    namespace: dict = {}
    checked = 0
    for node, stated in _statements_with_results(block):
        source = ast.get_source_segment(block, node)
        if isinstance(node, ast.Expr):
            value = eval(compile(ast.Expression(node.value), "README.md", "eval"), namespace)
            if stated is not NOT_A_LITERAL:
                assert value == stated, f"README: {source}"
                checked += 1
        else:
            exec(compile(ast.Module([node], type_ignores=[]), "README.md", "exec"), namespace)
    assert checked
