"""The fresh 2016 held-out set "hb"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="takenoura-cho.txt", spread=True, pairs=24))


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"takenokodaira-mura.txt": ("C0",)})
    village = read_draft(HERE, "takenokodaira-mura")
    assert "非識別加工情報の提供" not in village
    # the leftover ファイル簿 item the gold list marks as C20
    assert "非識別加工情報の提案を募集する個人情報ファイル" in village


def test_the_article_counter_reads_kanji_full_width_and_branch_articles() -> None:
    city = articles(read_draft(HERE, "sasanami-shi"))
    assert city[0] == "1条" and city[-1] == "31条" and len(city) == 31
    assert len(articles(read_draft(HERE, "takenokodaira-mura"))) == 25
    assert len(articles(read_draft(HERE, "chikurinbashi-gesuido-kumiai"))) == 30
    branch = articles(read_draft(HERE, "sasagure-shi"))
    assert "20条の10" in branch and "20条の11" not in branch and branch[-1] == "26条" and len(branch) == 35
    clean = articles(read_draft(HERE, "takenoura-cho"))
    assert clean[-1] == "40条" and len(clean) == 40


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    village = read_draft(HERE, "takenokodaira-mura")
    assert location_exists(village, "付則第1項") and location_exists(village, "第2条第3号")
    assert not location_exists(village, "附則第4項") and not location_exists(village, "第26条")
    assert not location_exists(village, "目次")
    branch = read_draft(HERE, "sasagure-shi")
    assert location_exists(branch, "目次") and location_exists(branch, "第20条の10")
    assert not location_exists(branch, "第20条の11") and location_exists(branch, "附則第3項")
    authority = read_draft(HERE, "chikurinbashi-gesuido-kumiai")
    assert location_exists(authority, "第30条第3項") and not location_exists(authority, "第22条第2項")
    clean = read_draft(HERE, "takenoura-cho")
    assert location_exists(clean, "第2条第13号") and not location_exists(clean, "第41条")


def test_the_seeded_slips_are_where_the_gold_says() -> None:
    city = read_draft(HERE, "sasanami-shi")
    assert "平成１５年法律第５９号" in city and "平成１５年法律第５８号" not in city
    assert city.index("審議会の意見を聴いた上で") < city.index("（以下「審議会」という。）")
    assert "第２４条　前条の規定により実施機関非識別加工情報の利用に関する契約" in city
    branch = read_draft(HERE, "sasagure-shi")
    assert "（第19条―第20条の9）" in branch and "全部を改正する" in branch and "は、廃止する。" in branch
    authority = read_draft(HERE, "chikurinbashi-gesuido-kumiai")
    assert "法」という。）第2条第2項に規定する個人識別符号" in authority and "10万円以下の過料" in authority
    village = read_draft(HERE, "takenokodaira-mura")
    assert "平成三十年九月二十日" in village and "平成三十年四月一日から施行" in village
    clean = read_draft(HERE, "takenoura-cho")
    assert "平成１５年法律第５８号" in clean and "第２条第３項に規定する個人識別符号" in clean
