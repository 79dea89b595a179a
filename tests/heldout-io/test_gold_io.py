"""The fresh 2016 held-out set "io"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="ukifune-ku.txt", spread=True, pairs=24))


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"amiba-mura.txt": ("C0",)})
    assert "非識別加工情報の提供" not in read_draft(HERE, "amiba-mura")


def test_the_article_counter_reads_kanji_full_width_a_gap_and_branch_articles() -> None:
    village = articles(read_draft(HERE, "amiba-mura"))
    assert "20条" not in village and village[-1] == "26条" and len(village) == 25
    pref = articles(read_draft(HERE, "funatsu-ken"))
    assert "20条の2" in pref and "20条の11" in pref and pref[-1] == "26条" and len(pref) == 36
    assert len(articles(read_draft(HERE, "isaribi-shi"))) == 29
    assert len(articles(read_draft(HERE, "amidomari-cho"))) == 29
    clean = articles(read_draft(HERE, "ukifune-ku"))
    assert clean[-1] == "36条" and len(clean) == 36


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    village = read_draft(HERE, "amiba-mura")
    assert location_exists(village, "付則第1条") and not location_exists(village, "第20条")
    assert not location_exists(village, "目次")
    pref = read_draft(HERE, "funatsu-ken")
    assert location_exists(pref, "目次") and location_exists(pref, "第20条の9")
    assert not location_exists(pref, "第20条の12")
    clean = read_draft(HERE, "ukifune-ku")
    assert location_exists(clean, "附則第4項") and not location_exists(clean, "附則第5項")
    assert not location_exists(clean, "第37条")


def test_the_dangling_and_the_wrong_reference_point_where_the_gold_says() -> None:
    city = read_draft(HERE, "isaribi-shi")
    assert "第24条の2第3項" in city and "第24条の2\n" not in city and "第24条の2　" not in city
    town = read_draft(HERE, "amidomari-cho")
    assert "第8条の決まりに反して使われたり" in town and "（個人情報ファイル簿）\n第8条" in town
