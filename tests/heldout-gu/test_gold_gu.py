"""The fresh 2016 held-out set "gu"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="tonyuzaka-ku.txt", spread=True, every_point=False, pairs=24))


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"daizusawa-mura.txt": ("C0",)})
    village = read_draft(HERE, "daizusawa-mura")
    assert "非識別" not in village and "提案" not in village and "個人情報取扱事務登録簿" in village


def test_the_article_counter_reads_kanji_full_width_and_branch_articles() -> None:
    prefecture = articles(read_draft(HERE, "yubakawa-ken"))
    assert prefecture[0] == "1条" and prefecture[-1] == "39条" and len(prefecture) == 39
    village = articles(read_draft(HERE, "daizusawa-mura"))
    assert village[-1] == "27条" and len(village) == 27
    city = articles(read_draft(HERE, "tofujima-shi"))
    assert "16条の2" in city and "16条の13" in city and city[-1] == "24条" and len(city) == 36
    assert len(articles(read_draft(HERE, "momendai-byoin-rengo"))) == 24
    clean = articles(read_draft(HERE, "tonyuzaka-ku"))
    assert clean[-1] == "39条" and len(clean) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    prefecture = read_draft(HERE, "yubakawa-ken")
    assert location_exists(prefecture, "目次") and location_exists(prefecture, "第8章")
    assert not location_exists(prefecture, "第9章") and not location_exists(prefecture, "第40条")
    village = read_draft(HERE, "daizusawa-mura")
    assert location_exists(village, "附則第4項") and not location_exists(village, "附則第5項")
    assert not location_exists(village, "第31条") and not location_exists(village, "目次")
    city = read_draft(HERE, "tofujima-shi")
    assert location_exists(city, "第16条の10第3項") and not location_exists(city, "第16条の14")
    assert location_exists(city, "第3章の2") and location_exists(city, "付則第3項")
    authority = read_draft(HERE, "momendai-byoin-rengo")
    assert location_exists(authority, "第24条第3項") and not location_exists(authority, "第25条")
    clean = read_draft(HERE, "tonyuzaka-ku")
    assert location_exists(clean, "第8章") and not location_exists(clean, "目次")


def test_the_seeded_drafting_slips_are_where_the_gold_says() -> None:
    prefecture = read_draft(HERE, "yubakawa-ken")
    assert "第7章　雑則（第33条―第36条）" in prefecture and "\n第36条　" in prefecture.split("第8章　罰則\n")[1]
    assert "平成15年法律第59号" in prefecture and "10万円以下の過料" in prefecture
    village = read_draft(HERE, "daizusawa-mura")
    assert "第三十一条の規定による開示" in village
    assert village.index("審議会の意見を聴いて") < village.index("（以下「審議会」という。）")
    authority = read_draft(HERE, "momendai-byoin-rengo")
    assert "(3)　構成市町" in authority and "(4)　" not in authority.split("（利用及び提供の制限）")[1].split("（適正管理）")[0]
    assert "（契約の解除）" not in authority and "要配慮情報を収集" in authority
    city = read_draft(HERE, "tofujima-shi")
    assert "規則で定める額の手数料" in city and "\n第１７条　" in city and "（苦情処理）" not in city
