"""The fresh 2016 held-out set "cp"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="hayashino-koiki.txt", spread=True, every_point=False, pairs=24))


def test_only_the_plain_town_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = check_only_consequential(GOLDS, {"mantoyama-cho.txt": ("C0",)})
    assert [d["location"] for d in unseeded["mantoyama-cho.txt"]] == ["全体"]


def test_only_the_town_is_written_in_plain_wording() -> None:
    plain = [p.stem for p in sorted(HERE.glob("*.txt")) if p.read_text(encoding="utf-8").count("ます。") > 20]
    assert plain == ["mantoyama-cho"]


def test_the_article_counter_reads_kanji_full_width_branches_and_a_deleted_article() -> None:
    prefecture = articles(read_draft(HERE, "dashioka-ken"))
    assert prefecture[0] == "1条" and prefecture[-1] == "35条" and len(prefecture) == 35
    city = articles(read_draft(HERE, "kagiyagawa-shi"))
    assert city[-1] == "27条" and len(city) == 27  # the 読替え table's rows are not articles
    ward = articles(read_draft(HERE, "yoimiya-ku"))
    assert ward[-1] == "33条" and len(ward) == 33
    town = articles(read_draft(HERE, "mantoyama-cho"))
    assert town[-1] == "24条" and len(town) == 24
    union = articles(read_draft(HERE, "hayashino-koiki"))
    assert "11条" in union and "20条の2" in union and "20条の14" in union and "20条の15" not in union
    assert union[-1] == "26条" and len(union) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    prefecture = read_draft(HERE, "dashioka-ken")
    assert location_exists(prefecture, "目次") and location_exists(prefecture, "第6章")
    assert location_exists(prefecture, "付則第3項") and not location_exists(prefecture, "付則第4項")
    assert location_exists(prefecture, "第30条第2項") and not location_exists(prefecture, "第30条第3項")
    city = read_draft(HERE, "kagiyagawa-shi")
    assert location_exists(city, "第21条第2項") and not location_exists(city, "第21条第3項")
    assert not location_exists(city, "目次") and not location_exists(city, "第28条")
    ward = read_draft(HERE, "yoimiya-ku")
    assert location_exists(ward, "第32条第3項") and not location_exists(ward, "第34条")
    union = read_draft(HERE, "hayashino-koiki")
    assert location_exists(union, "第3章の2") and location_exists(union, "附則（平成30年2月16日条例第3号）第2項")
    assert not location_exists(union, "附則（平成30年2月16日条例第3号）第3項")
    assert not location_exists(union, "第2条の2") and not location_exists(union, "第27条")


def test_the_dangling_and_the_wrong_reference_point_where_the_gold_lists_say() -> None:
    # dashioka 第34条 cites a third paragraph of 第30条 (it has two); mantoyama 第16条 cites 第7条 for 第8条
    assert "第三十条第三項に規定する実施機関非識別加工情報等" in read_draft(HERE, "dashioka-ken")
    assert "第6条又は第7条の決まりに反して" in read_draft(HERE, "mantoyama-cho")
    # the clean draft has no 非識別 fee left to 規則 and no 「容易に照合」 in its 個人情報
    union = read_draft(HERE, "hayashino-koiki")
    assert "規則で定める額" not in union and "容易に照合" not in union
