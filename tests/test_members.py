"""kst_members' rules on real text."""

from __future__ import annotations

from conftest import sgd_documents

from nlkst.members import _party_before, _party_matches, member_names


def test_names_before_a_party_are_found_where_the_whole_pattern_finds_them():
    """``_party_matches`` tries the party pattern only where a match can start: the same matches as trying it at
    every position, on 600 SGD documents (committee lists such as ``Schakel (CDA), Van Thijn (PvdA)``)."""
    texts = list(sgd_documents().values())[:600]
    texts.append("leden: Schakel (CDA), Van Thijn (PvdA), mevrouw Kappeyne van de Coppello (VVD) en (D66) x (CDAI")
    found = [[(m.start(), m.end()) for m in _party_matches(text)] for text in texts]
    assert found == [[(m.start(), m.end()) for m in _party_before().finditer(text)] for text in texts]
    assert sum(map(len, found)) > 100 and len(found[-1]) >= 3
    assert (7, 14) in member_names(texts[-1])  # Schakel
