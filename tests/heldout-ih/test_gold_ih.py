"""The fresh 2016 held-out set "ih"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="komadome-shi.txt", spread=True, every_point=False))


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"kurazaki-mura.txt": ("C0",)})
    assert "非識別加工情報の提供" not in read_draft(HERE, "kurazaki-mura")


def test_the_article_counter_reads_kanji_full_width_branch_and_deleted_articles() -> None:
    city = articles(read_draft(HERE, "umayabashi-shi"))
    assert "21条の2" in city and "21条の9" in city and city[-1] == "28条" and len(city) == 36
    union = articles(read_draft(HERE, "makinohara-koiki"))
    assert "15条の2" in union and "15条の9" in union and "15条の10" not in union and len(union) == 28
    ward = articles(read_draft(HERE, "komabayashi-ku"))
    assert ward[0] == "1条" and ward[-1] == "27条" and len(ward) == 27
    village = articles(read_draft(HERE, "kurazaki-mura"))
    assert "10条" in village and "19条" in village and len(village) == 24
    clean = articles(read_draft(HERE, "komadome-shi"))
    assert clean[-1] == "39条" and len(clean) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "umayabashi-shi")
    assert location_exists(city, "目次") and location_exists(city, "第21条の7第3項")
    assert not location_exists(city, "第29条") and not location_exists(city, "附則第3項")
    village = read_draft(HERE, "kurazaki-mura")
    assert location_exists(village, "第24条第3項") and not location_exists(village, "目次")
    ward = read_draft(HERE, "komabayashi-ku")
    assert location_exists(ward, "第2条第11項") and not location_exists(ward, "第2条第12項")
    clean = read_draft(HERE, "komadome-shi")
    assert location_exists(clean, "第7章") and location_exists(clean, "附則第4項")
    assert not location_exists(clean, "第40条") and not location_exists(clean, "附則第5項")


def test_the_seeded_slips_are_where_the_gold_says() -> None:
    city = read_draft(HERE, "umayabashi-shi")
    assert "第6章　罰則（第25条―第29条）" in city and "第29条　" not in city
    assert "平成15年法律第57号。以下「法」という。" in city
    village = read_draft(HERE, "kurazaki-mura")
    assert "第十条　削除" in village and "第十条に規定する手続により" in village
    assert "平成二十九年十二月十五日" in village and "平成二十九年十二月一日から施行" in village
    ward = read_draft(HERE, "komabayashi-ku")
    assert "（３）　破産手続開始" in ward and "（４）" not in ward.split("（欠格事由）")[1].split("（提案の審査等）")[0]
    assert "契約の解除" not in ward
    union = read_draft(HERE, "makinohara-koiki")
    assert union.index("法第2条第3項") < union.index("以下「法」という。")
    assert "議会" not in union.split("(4)　実施機関")[1].split("\n")[0]
