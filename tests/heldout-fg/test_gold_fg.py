"""The fresh 2016 held-out set "fg"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="watashimori-mura.txt", spread=True, every_point=False, pairs=24))


def test_only_the_town_and_the_refuse_union_without_the_mechanism_have_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"tobaguchi-cho.txt": ("C0",), "ukihashi-kumiai.txt": ("C0",)})
    for name in ("tobaguchi-cho", "ukihashi-kumiai"):
        assert "非識別加工情報" not in read_draft(HERE, name)


def test_the_article_counter_reads_kanji_half_and_full_width_numbers_and_deleted_articles() -> None:
    prefecture = articles(read_draft(HERE, "funewatari-ken"))
    assert prefecture[0] == "1条" and prefecture[-1] == "33条" and len(prefecture) == 33
    town = articles(read_draft(HERE, "tobaguchi-cho"))
    assert town[-1] == "27条" and len(town) == 27
    city = articles(read_draft(HERE, "ikadabashi-shi"))
    assert "6条" in city and "16条" in city and len(city) == 33
    union = articles(read_draft(HERE, "ukihashi-kumiai"))
    assert union[-1] == "23条" and len(union) == 23
    village = articles(read_draft(HERE, "watashimori-mura"))
    assert village[-1] == "39条" and len(village) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    prefecture = read_draft(HERE, "funewatari-ken")
    assert location_exists(prefecture, "目次") and location_exists(prefecture, "第4章")
    assert location_exists(prefecture, "第2条第11号") and not location_exists(prefecture, "第34条")
    village = read_draft(HERE, "watashimori-mura")
    assert location_exists(village, "付則第3条") and not location_exists(village, "付則第4条")
    assert location_exists(village, "第2条第11項") and not location_exists(village, "目次")
    union = read_draft(HERE, "ukihashi-kumiai")
    assert not location_exists(union, "第11条第6号") or "（４）" not in union.split("第１１条")[1].split("第１２条")[0]
    assert not location_exists(union, "第24条")


def test_the_seeded_slips_are_where_the_gold_says() -> None:
    prefecture = read_draft(HERE, "funewatari-ken")
    assert "第六章　罰則（第三十条―第三十二条）" in prefecture and "\n第三十三条" in prefecture
    assert "平成十五年法律第五十七号。以下「法」という。" in prefecture
    city = read_draft(HERE, "ikadabashi-shi")
    assert "第16条　削除" in city and "第16条に定めるところにより" in city
    assert "以下この条において同じ。）を自ら利用し" in city and "削除情報及び第25条第1項" in city
    union = read_draft(HERE, "ukihashi-kumiai")
    assert "平成２６年法律第６９号" in union and "第２条第２項に規定する個人識別符号" in union
    town = read_draft(HERE, "tobaguchi-cho")
    assert "第26条第2項" in town and "3年以下の懲役" in town
    assert town.index("法第2条第3項") < town.index("以下「法」という。")
