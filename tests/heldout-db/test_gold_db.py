"""The fresh 2016 held-out set "db"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.heldout_gold_format import (
    articles, check_no_pair_seeded_twice, check_only_consequential, check_seeded_drafts_touch_every_point,
    common_gold_tests, read_draft,
)
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="nijikawa-shi.txt"))


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"kasumisawa-mura.txt": ("C0",)})


def test_no_requirement_kind_pair_is_seeded_twice_and_every_seeded_draft_touches_a_b_c_and_o() -> None:
    assert check_no_pair_seeded_twice(GOLDS) == 24
    check_seeded_drafts_touch_every_point(GOLDS)


def test_the_article_counter_reads_kanji_full_width_half_width_deleted_and_branch_articles() -> None:
    city = articles(read_draft(HERE, "nijigahara-shi"))
    assert city[0] == "1条" and city[-1] == "29条" and len(city) == 29
    town = articles(read_draft(HERE, "amaoto-cho"))
    assert town[0] == "1条" and town[-1] == "24条" and len(town) == 24
    village = articles(read_draft(HERE, "kasumisawa-mura"))
    assert village[-1] == "24条" and len(village) == 24
    union = articles(read_draft(HERE, "kumomine-rengo"))
    assert union[-1] == "22条" and len(union) == 22
    clean = articles(read_draft(HERE, "nijikawa-shi"))
    assert "2条の2" in clean and "21条の10" in clean and "7条" in clean and "23条" in clean
    assert clean[-1] == "28条" and len(clean) == 38


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "nijigahara-shi")
    assert location_exists(city, "目次") and location_exists(city, "第6章") and not location_exists(city, "第7章")
    assert location_exists(city, "第23条第2項") and not location_exists(city, "第23条第3項")
    town = read_draft(HERE, "amaoto-cho")
    assert location_exists(town, "付則第2項") and not location_exists(town, "付則第3項")
    assert not location_exists(town, "目次") and not location_exists(town, "第25条")
    village = read_draft(HERE, "kasumisawa-mura")
    assert location_exists(village, "附則第4項") and not location_exists(village, "第26条")
    assert location_exists(village, "第2条第8項") and not location_exists(village, "第2条第9項")
    union = read_draft(HERE, "kumomine-rengo")
    assert location_exists(union, "附則") and not location_exists(union, "第23条")
    assert not location_exists(union, "第14条第2項")
    clean = read_draft(HERE, "nijikawa-shi")
    assert location_exists(clean, "第3章第3節") and location_exists(clean, "第21条の10")
    assert not location_exists(clean, "第21条の11") and location_exists(clean, "第2条の2第4項")


def test_the_seeded_slips_are_in_the_text_and_the_clean_draft_has_none() -> None:
    city = read_draft(HERE, "nijigahara-shi")
    assert "第三章　開示、訂正及び利用停止（第十一条―第十六条）" in city and "第十七条　開示請求に係る" in city
    assert "他の情報と容易に照合" in city and "人事委員会" not in city and "二百万円以下の罰金" in city
    town = read_draft(HERE, "amaoto-cho")
    assert "審査会" in town.split("第１４条")[1].split("第１５条")[0]
    assert "（以下「審査会」といいます。）" in town.split("第２０条")[1]
    assert re.search(r"^第２１条　", town, flags=re.M) and not re.search(r"^（[^）]*）\n第２１条", town, flags=re.M)
    village = read_draft(HERE, "kasumisawa-mura")
    items = re.findall(r"^\((\d)\)", village.split("第6条")[1].split("2　実施機関は、前項")[0], flags=re.M)
    assert items == ["1", "2", "4", "5"]
    assert "第26条の規定による開示" in village and "非識別加工情報の提供" not in village
    union = read_draft(HERE, "kumomine-rengo")
    assert "以下「法」という。）第二条第二項に規定する個人識別符号" in union and "以下この条において「受託者」" in union
    assert "受託者" in union.split("第二十条")[1]
    clean = read_draft(HERE, "nijikawa-shi")
    assert re.search(r"^第七条　削除$", clean, flags=re.M) and re.search(r"^第二十三条　削除$", clean, flags=re.M)
    assert "第七条" not in clean.replace("第七条　削除", "").split("附　則")[0].replace("第七条に規定する非公開情報", "")
    assert "第二十三条" not in clean.replace("第二十三条　削除", "").split("附　則")[0]
