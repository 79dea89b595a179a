"""The fresh 2016 held-out set "fv"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, gold, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

# the 市 has no 非識別 mechanism, so not every seeded draft touches C by a mechanism defect (its C is a leftover)
globals().update(common_gold_tests(HERE, clean="shimaki-ken.txt", spread=True, every_point=False, pairs=24))


def test_only_the_city_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"oroshino-shi.txt": ("C0",)}, strict=True)
    assert "非識別加工情報の提供" not in read_draft(HERE, "oroshino-shi")


def test_every_seeded_draft_has_six_seeded_defects_and_the_clean_one_none() -> None:
    for p in GOLDS:
        g = gold(p)
        seeded = [d for d in g["defects"] if d["seeded"]]
        assert len(seeded) == (0 if g["clean"] else 6), g["draft"]


def test_the_article_counter_reads_kanji_full_width_and_arabic_numbers() -> None:
    village = articles(read_draft(HERE, "takogahara-mura"))
    assert village[0] == "1条" and village[-1] == "24条" and len(village) == 24
    ward = articles(read_draft(HERE, "kazamachi-ku"))
    assert ward[-1] == "32条" and len(ward) == 32
    city = articles(read_draft(HERE, "oroshino-shi"))
    assert city[0] == "1条" and city[-1] == "23条" and len(city) == 23
    assert len(articles(read_draft(HERE, "oroshise-shobo-kumiai"))) == 22
    clean = articles(read_draft(HERE, "shimaki-ken"))
    assert clean[-1] == "40条" and len(clean) == 40


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    village = read_draft(HERE, "takogahara-mura")
    assert location_exists(village, "第24条") and not location_exists(village, "第25条")
    assert location_exists(village, "附則第2項") and not location_exists(village, "目次")
    ward = read_draft(HERE, "kazamachi-ku")
    assert location_exists(ward, "目次") and location_exists(ward, "第4章") and not location_exists(ward, "第7章")
    city = read_draft(HERE, "oroshino-shi")
    assert location_exists(city, "附則第3項") and not location_exists(city, "附則第4項")
    authority = read_draft(HERE, "oroshise-shobo-kumiai")
    assert location_exists(authority, "第20条第5項") and not location_exists(authority, "目次")
    clean = read_draft(HERE, "shimaki-ken")
    assert location_exists(clean, "第8章") and not location_exists(clean, "第9章") and not location_exists(clean, "第41条")


def test_the_seeded_places_say_what_the_gold_says() -> None:
    village = read_draft(HERE, "takogahara-mura")
    assert "第二十九条の規定による" in village and "三年以下の懲役" in village
    ward = read_draft(HERE, "kazamachi-ku")
    assert "第3章　開示、訂正及び利用停止（第11条―第17条）" in ward
    assert ward.index("審議会の意見") < ward.index("（以下「審議会」という。）")
    assert "契約の解除" not in ward
    city = read_draft(HERE, "oroshino-shi")
    assert "平成２５年法律第２８号" in city and "（３）個人の生命" in city and "（５）出版" in city
    assert "の全部を改正する。" in city and "）は、廃止する。" in city
    authority = read_draft(HERE, "oroshise-shobo-kumiai")
    assert "法第2条第3項に規定する要配慮個人情報" in authority and "実施機関　管理者及び監査委員をいう。" in authority
