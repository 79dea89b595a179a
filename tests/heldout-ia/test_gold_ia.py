"""The fresh 2016 held-out set "ia"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="haiyu-cho.txt", spread=True, pairs=24))


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"donabezawa-mura.txt": ("C0",)}, strict=True)
    village = read_draft(HERE, "donabezawa-mura")
    assert "非識別加工情報の提供" not in village and "「非識別加工情報」とは" in village


def test_the_article_counter_reads_arabic_kanji_full_width_a_gap_a_deletion_and_branches() -> None:
    city = articles(read_draft(HERE, "kamanotsuji-shi"))
    assert "19条の2" in city and city[-1] == "24条" and len(city) == 32
    village = articles(read_draft(HERE, "donabezawa-mura"))
    assert "13条" not in village and village[-1] == "26条" and len(village) == 25
    authority = articles(read_draft(HERE, "noborigamadani-koiki"))
    assert authority[0] == "1条" and authority[-1] == "32条" and len(authority) == 32
    designated = articles(read_draft(HERE, "kamatakino-shi"))
    assert {"9条の2", "14条の2", "15条", "26条の5"} <= set(designated) and len(designated) == 37
    clean = articles(read_draft(HERE, "haiyu-cho"))
    assert clean[-1] == "39条" and len(clean) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    village = read_draft(HERE, "donabezawa-mura")
    assert location_exists(village, "第14条") and not location_exists(village, "第13条")
    assert location_exists(village, "付則第4項") and not location_exists(village, "付則第5項")
    city = read_draft(HERE, "kamanotsuji-shi")
    assert location_exists(city, "目次") and location_exists(city, "第19条の9")
    assert not location_exists(city, "第19条の10") and location_exists(city, "附則第4項")
    designated = read_draft(HERE, "kamatakino-shi")
    assert location_exists(designated, "第3章第2節") and location_exists(designated, "附則(平成30年3月26日条例第11号)第3項")
    assert not location_exists(designated, "第3章第4節")
    clean = read_draft(HERE, "haiyu-cho")
    assert not location_exists(clean, "目次") and location_exists(clean, "附則第3条")
    assert not location_exists(clean, "第40条") and not location_exists(clean, "附則第4条")


def test_the_dangling_and_the_deleted_reference_point_where_the_gold_says() -> None:
    assert "第19条の10の定めるところによる" in read_draft(HERE, "kamanotsuji-shi")
    designated = read_draft(HERE, "kamatakino-shi")
    assert "第15条　削除" in designated and "第15条第2項の規定は" in designated
    assert "平成１５年法律第５７号。以下「法」という。" in read_draft(HERE, "noborigamadani-koiki")
