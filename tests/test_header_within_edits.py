"""``within_edits``, the banded and early-stopping test of ``edits(a, b) <= limit``, agrees with ``edits``."""

import random

from nlkst.header.headings import edits, within_edits


def test_within_edits_agrees_with_edits():
    rng = random.Random(1)
    for _ in range(20000):
        a = "".join(rng.choice("abcd") for _ in range(rng.randint(0, 12)))
        b = "".join(rng.choice("abcd") for _ in range(rng.randint(0, 12)))
        limit = rng.randint(0, 6)
        assert within_edits(a, b, limit) == (edits(a, b) <= limit), (a, b, limit)


def test_within_edits_on_page_feet():
    assert within_edits("handeliuganderstatengeneiaalbijlagen", "handelingenderstatengeneraalbijlagen", 9)
    assert not within_edits("verslagvandecommissie", "handelingenderstatengeneraalbijlagen", 9)
