"""The fresh 2016 held-out set "dd"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="koyujuku-cho.txt", spread=True, every_point=False))


def test_only_the_plain_town_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"yubashi-cho.txt": ("C0",)})
    assert "非識別" not in read_draft(HERE, "yubashi-cho")


def test_article_counts_over_kanji_full_width_and_half_width_numbers() -> None:
    city = articles(read_draft(HERE, "tojizaka-shi"))
    assert city[0] == "1条" and city[-1] == "35条" and len(city) == 35
    town = articles(read_draft(HERE, "yubashi-cho"))
    assert town[-1] == "26条" and len(town) == 26
    village = articles(read_draft(HERE, "hatagoyu-mura"))
    assert "15条" not in village and "16条" in village and village[-1] == "26条" and len(village) == 25
    union = articles(read_draft(HERE, "yuzakabashi-kigyodan"))
    assert union[-1] == "27条" and len(union) == 27
    clean = articles(read_draft(HERE, "koyujuku-cho"))
    assert clean[-1] == "38条" and len(clean) == 38


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "tojizaka-shi")
    assert location_exists(city, "目次") and location_exists(city, "第3章第3節")
    assert location_exists(city, "第4章") and not location_exists(city, "第7章")
    assert location_exists(city, "附則第2項") and not location_exists(city, "附則第3項")
    town = read_draft(HERE, "yubashi-cho")
    assert location_exists(town, "第9条第2項") and not location_exists(town, "第9条第3項")
    assert not location_exists(town, "目次") and location_exists(town, "附則第3項")
    village = read_draft(HERE, "hatagoyu-mura")
    assert not location_exists(village, "第15条") and location_exists(village, "第16条")
    assert location_exists(village, "付則第3項") and not location_exists(village, "第4章")
    union = read_draft(HERE, "yuzakabashi-kigyodan")
    assert location_exists(union, "第4条第2項") and not location_exists(union, "第28条")
    clean = read_draft(HERE, "koyujuku-cho")
    assert location_exists(clean, "付則第3条") and not location_exists(clean, "付則第4条")
    assert location_exists(clean, "第2条第10項") and not location_exists(clean, "第2条第11項")


def test_the_seeded_slips_are_in_the_text_and_absent_from_the_clean_draft() -> None:
    city = read_draft(HERE, "tojizaka-shi")
    assert "法律第五十九号。以下「法」" in city and "三年以下の懲役" in city
    assert "第三節　審査請求（第十八条・第十九条）" in city and "第二十条　前条の規定により諮問" in city
    town = read_draft(HERE, "yubashi-cho")
    assert "第9条第3項" in town and "令和元年6月20日" in town and "令和元年4月1日から施行" in town
    assert "容易に照らし合わせる" in town and "生存する" not in town
    village = read_draft(HERE, "hatagoyu-mura")
    assert "規則で定める額の手数料" in village and "解除" not in village
    assert re.search(r"^第８条　", village, flags=re.M)
    assert not re.search(r"^（[^）]*）\n第８条", village, flags=re.M)
    union = read_draft(HERE, "yuzakabashi-kigyodan")
    assert "企業長及び監査委員をいう" in union and "削除情報" not in union
    assert "開示決定等" in union and "「開示決定等」" not in union
    clean = read_draft(HERE, "koyujuku-cho")
    assert "法律第五十八号。以下「法」" in clean and "「開示決定等」" in clean and "削除情報" in clean
    assert "三年以下" not in clean and "規則で定める額" not in clean
