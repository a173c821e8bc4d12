from __future__ import annotations

import time

from pipeline import timing


def test_timed_excludes_inner_stages_and_take_resets():
    timing.take()
    with timing.timed("spacy", exclude=("entities",)):
        time.sleep(0.02)
        with timing.timed("entities"):
            time.sleep(0.05)
    totals = timing.take()
    assert 0.015 < totals["spacy"] < 0.045 and totals["entities"] >= 0.05
    assert timing.take() == {}


def test_timed_iter_charges_production_time():
    def slow():
        time.sleep(0.02)
        yield 1

    timing.take()
    assert list(timing.timed_iter(slow(), "ingest")) == [1]
    assert timing.take()["ingest"] >= 0.02
