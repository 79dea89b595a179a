"""The fresh 2016 held-out set "hl"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="hoshinozoki-mura.txt", spread=True, pairs=24))


def test_only_the_city_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"tomegane-shi.txt": ("C0",)})
    assert "非識別加工情報の提供" not in read_draft(HERE, "tomegane-shi")
    assert "非識別加工情報をその用に供して行う事業" in read_draft(HERE, "tomegane-shi")  # the seeded C20 leftover


def test_the_article_counter_reads_kanji_branches_full_width_and_a_deleted_article() -> None:
    city = articles(read_draft(HERE, "bouseibara-shi"))
    assert "19条の2" in city and city[-1] == "24条" and len(city) == 37
    assert "19条の14" in city and "19条の15" not in city
    town = articles(read_draft(HERE, "ryuseiji-cho"))
    assert town[0] == "1条" and town[-1] == "35条" and len(town) == 35
    assert len(articles(read_draft(HERE, "gingazeki-suido-kigyodan"))) == 31
    other = articles(read_draft(HERE, "tomegane-shi"))
    assert "9条" in other and len(other) == 27
    clean = articles(read_draft(HERE, "hoshinozoki-mura"))
    assert clean[-1] == "40条" and len(clean) == 40


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "bouseibara-shi")
    assert location_exists(city, "目次") and location_exists(city, "第4章の2") and location_exists(city, "附則第3項")
    assert not location_exists(city, "第19条の15") and not location_exists(city, "附則第4項")
    town = read_draft(HERE, "ryuseiji-cho")
    assert location_exists(town, "第5条第4項") and not location_exists(town, "第5条第3項")
    assert not location_exists(town, "目次") and not location_exists(town, "第36条")
    authority = read_draft(HERE, "gingazeki-suido-kigyodan")
    assert location_exists(authority, "第7条第2項") and not location_exists(authority, "第7条第3項")
    other = read_draft(HERE, "tomegane-shi")
    assert location_exists(other, "付則（平成29年12月22日条例第41号）第3項")
    assert not location_exists(other, "付則（平成29年12月22日条例第41号）第4項")
    clean = read_draft(HERE, "hoshinozoki-mura")
    assert location_exists(clean, "目次") and location_exists(clean, "付則第3項") and not location_exists(clean, "第41条")


def test_the_seeded_drafting_defects_are_in_the_text_where_the_gold_says() -> None:
    city = read_draft(HERE, "bouseibara-shi")
    assert "（第十九条の二―第十九条の十三）" in city and "第十九条の十四" in city
    assert "平成十五年法律第五十九号" in city and "三年以下の懲役" in city
    town = read_draft(HERE, "ryuseiji-cho")
    assert "平成30年3月20日" in town and "平成30年3月1日から施行する" in town
    assert town.index("審議会の意見を聴いて") < town.index("（以下「審議会」という。）")
    authority = read_draft(HERE, "gingazeki-suido-kigyodan")
    assert "第７条第３項に規定する業務" in authority and "「削除情報」" not in authority
    other = read_draft(HERE, "tomegane-shi")
    assert "第2条第5項に規定する個人情報ファイル" in other and "第9条　削除" in other and "第9条第2項" in other
