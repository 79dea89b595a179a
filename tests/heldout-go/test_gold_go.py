"""The fresh 2016 held-out set "go"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="shuwan-ku.txt", spread=True, pairs=24))


def test_only_the_city_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"kijibiki-shi.txt": ("C0",)})
    assert "非識別加工情報の提供" not in read_draft(HERE, "kijibiki-shi")
    # the city's one leftover of the mechanism is the 審議会 item the gold marks as C20
    assert read_draft(HERE, "kijibiki-shi").count("非識別加工情報") == 1


def test_the_article_counter_reads_kanji_full_width_and_deleted_articles() -> None:
    town = articles(read_draft(HERE, "urushizawa-cho"))
    assert town[0] == "1条" and town[-1] == "31条" and len(town) == 31
    city = articles(read_draft(HERE, "kijibiki-shi"))
    assert "6条" in city and "20条" in city and len(city) == 36
    prefecture = articles(read_draft(HERE, "nurimono-ken"))
    assert prefecture[-1] == "39条" and len(prefecture) == 39
    assert len(articles(read_draft(HERE, "wanoki-rojin-kumiai"))) == 32
    clean = articles(read_draft(HERE, "shuwan-ku"))
    assert clean == [f"{n}条" for n in range(1, 40)]


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    town = read_draft(HERE, "urushizawa-cho")
    assert not location_exists(town, "目次") and location_exists(town, "附則第3項")
    assert not location_exists(town, "第32条") and not location_exists(town, "附則第4項")
    city = read_draft(HERE, "kijibiki-shi")
    assert location_exists(city, "目次") and location_exists(city, "第6章") and not location_exists(city, "第7章")
    prefecture = read_draft(HERE, "nurimono-ken")
    assert location_exists(prefecture, "第2章第3節") and location_exists(prefecture, "第3章第3節")
    assert not location_exists(prefecture, "第40条")
    authority = read_draft(HERE, "wanoki-rojin-kumiai")
    assert not location_exists(authority, "目次") and location_exists(authority, "第5章")
    clean = read_draft(HERE, "shuwan-ku")
    assert location_exists(clean, "第7章") and location_exists(clean, "附則第4項")
    assert not location_exists(clean, "附則第5項") and not location_exists(clean, "第40条")


def test_the_seeded_drafting_defects_are_where_the_gold_says() -> None:
    city = read_draft(HERE, "kijibiki-shi")
    assert "第20条　削除" in city and "第20条の規定は、訂正請求について準用する" in city
    assert "第3章　開示、訂正及び利用停止（第14条―第27条）" in city and "第4章　審査請求\n\n（審理員" in city
    assert "法律第５９号。以下「法」という。" in read_draft(HERE, "nurimono-ken")
    authority = read_draft(HERE, "wanoki-rojin-kumiai")
    assert "平成30年6月25日" in authority and "平成30年4月1日から施行する" in authority
    assert "以下「開示請求者」" not in authority and "開示請求者" in authority
    town = read_draft(HERE, "urushizawa-cho")
    assert town.index("情報公開条例第七条") < town.index("以下「情報公開条例」")
    assert "十万円以下の過料" in town and "契約の解除" not in town


def test_the_clean_draft_keeps_every_piece_of_the_mechanism() -> None:
    clean = read_draft(HERE, "shuwan-ku")
    for caption in ("（提案の募集）", "（欠格事由）", "（提案の審査等）", "（第三者に対する意見書提出の機会の付与）",
                    "（区非識別加工情報の利用に関する契約の締結）", "（手数料）", "（区非識別加工情報の利用に関する契約の解除）",
                    "（識別行為の禁止等）", "（従事者の義務）"):
        assert caption in clean, caption
    assert "5万円以下の過料" in clean and "規則で定める額の手数料" not in clean
