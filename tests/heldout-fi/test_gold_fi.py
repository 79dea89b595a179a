"""The fresh 2016 held-out set "fi"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="somamori-ku.txt", spread=True, every_point=True, pairs=24))


def test_only_the_sewerage_union_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"kikorizawa-gesui-kumiai.txt": ("C0",)})
    assert "非識別加工情報の提供" not in read_draft(HERE, "kikorizawa-gesui-kumiai")


def test_the_article_counter_reads_plain_kanji_full_width_and_branch_articles() -> None:
    town = articles(read_draft(HERE, "somanoki-cho"))
    assert town[0] == "1条" and town[-1] == "33条" and len(town) == 33
    prefecture = articles(read_draft(HERE, "kikoribara-ken"))
    assert prefecture[-1] == "37条" and len(prefecture) == 37
    city = articles(read_draft(HERE, "morisoma-shi"))
    assert "19条の2" in city and "19条の14" in city and "19条の15" not in city and len(city) == 35
    assert len(articles(read_draft(HERE, "kikorizawa-gesui-kumiai"))) == 24
    clean = articles(read_draft(HERE, "somamori-ku"))
    assert clean[-1] == "39条" and len(clean) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    prefecture = read_draft(HERE, "kikoribara-ken")
    assert location_exists(prefecture, "目次") and location_exists(prefecture, "第2章第2節")
    assert location_exists(prefecture, "第3章第3節") and not location_exists(prefecture, "第8章")
    assert not location_exists(prefecture, "第38条")
    city = read_draft(HERE, "morisoma-shi")
    assert location_exists(city, "第3章の2") and location_exists(city, "附則第4項")
    assert not location_exists(city, "目次") and not location_exists(city, "附則第5項")
    union = read_draft(HERE, "kikorizawa-gesui-kumiai")
    assert location_exists(union, "第11条第5号") and not location_exists(union, "第11条第2項")
    clean = read_draft(HERE, "somamori-ku")
    assert location_exists(clean, "目次") and location_exists(clean, "附則第4項") and not location_exists(clean, "第40条")


def test_the_dangling_reference_and_the_stale_table_of_contents_are_where_the_gold_says() -> None:
    city = read_draft(HERE, "morisoma-shi")
    assert "第１９条の１５の規定により" in city and "（契約の解除）\n第１９条の１２" in city
    prefecture = read_draft(HERE, "kikoribara-ken")
    assert "第五章　実施機関非識別加工情報の提供（第二十条―第三十条）" in prefecture
    assert "（識別行為の禁止等）\n第三十一条" in prefecture


def test_the_plain_town_is_the_only_draft_in_everyday_wording() -> None:
    plain = [p.name for p in sorted(HERE.glob("*.txt")) if "ます。" in p.read_text(encoding="utf-8")]
    assert plain == ["somanoki-cho.txt"]
