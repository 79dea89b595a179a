"""The fresh 2016 held-out set "de"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="funahashi-ken.txt", spread=True, every_point=False))


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"kawafune-mura.txt": ("C0",)})
    village = read_draft(HERE, "kawafune-mura")
    assert "非識別加工情報の提供" not in village and "提案" not in village


def test_article_counts_over_half_width_full_width_and_kanji_numbers() -> None:
    city = articles(read_draft(HERE, "funatobashi-shi"))
    assert city[0] == "1条" and city[-1] == "33条" and len(city) == 33
    town = articles(read_draft(HERE, "sezeki-cho"))
    assert town[-1] == "25条" and len(town) == 25
    village = articles(read_draft(HERE, "kawafune-mura"))
    assert village[-1] == "22条" and len(village) == 22
    union = articles(read_draft(HERE, "oisegawa-kaigo-koiki"))
    assert union[-1] == "26条" and len(union) == 26
    clean = articles(read_draft(HERE, "funahashi-ken"))
    assert clean[-1] == "38条" and len(clean) == 38


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "funatobashi-shi")
    assert location_exists(city, "目次") and location_exists(city, "第2章第3節")
    assert location_exists(city, "第6章") and not location_exists(city, "第7章")
    assert location_exists(city, "附則第2項") and not location_exists(city, "附則第3項")
    town = read_draft(HERE, "sezeki-cho")
    assert not location_exists(town, "目次") and location_exists(town, "付則第3項")
    assert location_exists(town, "第15条第3項") and not location_exists(town, "第15条第4項")
    village = read_draft(HERE, "kawafune-mura")
    assert location_exists(village, "第5章") and not location_exists(village, "目次")
    assert location_exists(village, "第22条第3項") and not location_exists(village, "第23条")
    union = read_draft(HERE, "oisegawa-kaigo-koiki")
    assert location_exists(union, "第18条第2項") and not location_exists(union, "第27条")
    assert location_exists(union, "附則第3項") and not location_exists(union, "附則第4項")
    clean = read_draft(HERE, "funahashi-ken")
    assert location_exists(clean, "第2章第3節") and not location_exists(clean, "第6章")
    assert location_exists(clean, "第26条第5項") and not location_exists(clean, "第26条第6項")
    assert location_exists(clean, "附則第4項") and not location_exists(clean, "附則第5項")


def test_the_seeded_slips_are_in_the_text_and_absent_from_the_clean_draft() -> None:
    city = read_draft(HERE, "funatobashi-shi")
    assert "第2節　開示、訂正及び利用停止（第11条―第16条）" in city and "\n第17条　" in city
    assert "200万円以下の罰金" in city and "前条第1項第7号" in city and "役務" not in city
    town = read_draft(HERE, "sezeki-cho")
    assert "容易に照合" in town and "以下「法」という。）第二条第四項に規定する個人識別符号" in town
    assert "規則で定める額の手数料" in town and "犯罪により害" not in town
    assert "令和元年十二月十六日" in town and "令和元年十二月一日から施行" in town
    assert not re.search(r"^（契約の解除）", town, flags=re.M)
    village = read_draft(HERE, "kawafune-mura")
    assert "生存" not in village and "組織的" not in village and "規則で定める記述等" not in village
    assert re.search(r"^第１６条　", village, flags=re.M) and not re.search(r"^（[^）]*）\n第１６条", village, flags=re.M)
    assert village.index("審査会") < village.index("（以下「審査会」という。）")
    union = read_draft(HERE, "oisegawa-kaigo-koiki")
    assert "平成15年法律第57号。以下「行政機関個人情報保護法」" in union and "削除情報" not in union
    assert "思想、信条及び信教" in union and "議会" not in union
    article7 = union[union.index("\n第7条　") : union.index("（安全確保の措置）")]
    assert "第4章" not in article7 and "非識別" not in article7
    clean = read_draft(HERE, "funahashi-ken")
    assert "平成十五年法律第五十八号。以下「法」" in clean and "削除情報" in clean and "別表（第二十九条関係）" in clean
    assert "容易に照合" not in clean and "規則で定める額" not in clean and "二百万円" not in clean
