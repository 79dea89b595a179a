"""The fresh 2016 held-out set "eu"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="hokushin-ken.txt", spread=True, pairs=24))


def test_only_the_plain_worded_village_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"yoigoshi-mura.txt": ("C0",)})
    village = read_draft(HERE, "yoigoshi-mura")
    assert "非識別加工情報の提供" not in village and "実施機関非識別加工情報" not in village
    assert "します。" in village  # the one draft of the set in です・ます wording


def test_the_article_counter_reads_full_width_kanji_and_branch_articles() -> None:
    city = articles(read_draft(HERE, "akatsukibara-shi"))
    assert city[0] == "1条" and city[-1] == "40条" and len(city) == 40
    town = articles(read_draft(HERE, "myojo-cho"))
    assert "17条の2" in town and "17条の15" in town and town[-1] == "22条" and len(town) == 36
    assert len(articles(read_draft(HERE, "yoigoshi-mura"))) == 25
    assert len(articles(read_draft(HERE, "subaruno-koiki"))) == 37
    clean = articles(read_draft(HERE, "hokushin-ken"))
    assert clean[-1] == "39条" and len(clean) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    village = read_draft(HERE, "yoigoshi-mura")
    assert location_exists(village, "第25条") and not location_exists(village, "第26条")
    assert location_exists(village, "附則第4項") and not location_exists(village, "附則第5項")
    assert not location_exists(village, "目次")
    town = read_draft(HERE, "myojo-cho")
    assert location_exists(town, "第4章の2") and location_exists(town, "第17条の2第2項")
    assert not location_exists(town, "第17条の16") and not location_exists(town, "目次")
    clean = read_draft(HERE, "hokushin-ken")
    assert location_exists(clean, "目次") and location_exists(clean, "第3章第3節")
    assert not location_exists(clean, "第40条") and not location_exists(clean, "附則第5項")
    authority = read_draft(HERE, "subaruno-koiki")
    assert location_exists(authority, "第2条第12号") and not location_exists(authority, "目次")


def test_the_seeded_slips_are_where_the_gold_says() -> None:
    village = read_draft(HERE, "yoigoshi-mura")
    assert "第9条第3項" in village and "3\u3000" not in village.split("(仕事を委託するとき)")[1].split("(職員の義務)")[0]
    authority = read_draft(HERE, "subaruno-koiki")
    register = authority.split("(個人情報ファイル簿の作成及び公表)")[1].split("第3章")[0]
    assert "(3)" in register and "(4)" not in register and "(5)" in register
    town = read_draft(HERE, "myojo-cho")
    assert "「削除情報」" not in town and "削除情報" in town
    city = read_draft(HERE, "akatsukibara-shi")
    assert city.index("審査会に諮問") < city.index("（以下「審査会」という。）")
