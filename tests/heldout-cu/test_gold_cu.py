"""The fresh 2016 held-out set "cu"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import (
    articles, check_only_consequential, check_seeded_drafts_touch_every_point, common_gold_tests, gold, read_draft,
)
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="morohaku-shi.txt", spread=True, every_point=False))


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"kojino-mura.txt": ("C0",)}, strict=True)
    village = read_draft(HERE, "kojino-mura")
    # the leftover definition is the seeded C20 point; there is no chapter, proposal or fee
    assert "「非識別加工情報」とは" in village and "実施機関非識別加工情報" not in village
    assert "提案" not in village and "非識別加工情報の提供" not in village


def test_every_seeded_draft_touches_definitions_yohairyo_mechanism_and_drafting() -> None:
    check_seeded_drafts_touch_every_point(GOLDS)
    assert all(len([d for d in gold(p)["defects"] if d["seeded"]]) == 6 for p in GOLDS if not gold(p)["clean"])


def test_the_article_counter_reads_kanji_full_width_half_width_branch_and_deleted_articles() -> None:
    prefecture = articles(read_draft(HERE, "kamoshida-ken"))
    assert prefecture[-1] == "26条" and "20条の14" in prefecture and "20条の15" not in prefecture
    assert len(prefecture) == 39
    city = articles(read_draft(HERE, "shikomino-shi"))
    assert "8条" in city and "17条" in city and "22条の14" in city and city[-1] == "26条" and len(city) == 39
    village = articles(read_draft(HERE, "kojino-mura"))
    assert village[-1] == "28条" and len(village) == 28
    union = articles(read_draft(HERE, "tarugawa-seiso"))
    assert union[0] == "1条" and union[-1] == "33条" and len(union) == 33
    clean = articles(read_draft(HERE, "morohaku-shi"))
    assert clean[-1] == "40条" and len(clean) == 40


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    prefecture = read_draft(HERE, "kamoshida-ken")
    assert location_exists(prefecture, "目次") and location_exists(prefecture, "第4章の2")
    assert location_exists(prefecture, "第20条の6第3項") and not location_exists(prefecture, "第20条の4第3項")
    assert location_exists(prefecture, "附則第2項") and not location_exists(prefecture, "第8章")
    city = read_draft(HERE, "shikomino-shi")
    assert not location_exists(city, "目次") and not location_exists(city, "第1章")
    assert location_exists(city, "附則(平成28年3月25日条例第5号)第2項")
    assert location_exists(city, "附則(平成30年3月23日条例第6号)第2項")
    assert not location_exists(city, "附則(平成30年3月23日条例第6号)第3項")
    assert not location_exists(city, "第22条の15")
    village = read_draft(HERE, "kojino-mura")
    assert location_exists(village, "付則第3項") and not location_exists(village, "付則第4項")
    assert location_exists(village, "第2条第7項") and not location_exists(village, "第2条第8項")
    union = read_draft(HERE, "tarugawa-seiso")
    assert location_exists(union, "第22条第1項") and not location_exists(union, "第34条")
    assert not location_exists(union, "目次") and location_exists(union, "附則第3項")
    clean = read_draft(HERE, "morohaku-shi")
    assert location_exists(clean, "第5章") and location_exists(clean, "第7章") and not location_exists(clean, "第8章")
    assert location_exists(clean, "第3条第5項") and not location_exists(clean, "第3条第6項")
    assert location_exists(clean, "附則第4項") and not location_exists(clean, "第41条")


def test_the_seeded_slips_are_in_the_text_and_the_clean_draft_has_none_of_them() -> None:
    prefecture = read_draft(HERE, "kamoshida-ken")
    assert "平成二十六年法律第六十九号" in prefecture and "第三章　個人情報ファイル（第十二条）" in prefecture
    assert "第三章　個人情報ファイル簿\n" in prefecture
    assert "第7条第1項及び第2項又は第8条の規定" in read_draft(HERE, "shikomino-shi") and "第8条　削除" in read_draft(HERE, "shikomino-shi")
    assert read_draft(HERE, "shikomino-shi").count("以下「法」という。") == 2
    assert "三年以下の懲役" in read_draft(HERE, "tarugawa-seiso") and "「削除情報」" not in read_draft(HERE, "tarugawa-seiso")
    assert "平成30年6月22日" in read_draft(HERE, "kojino-mura") and "平成30年4月1日から施行します" in read_draft(HERE, "kojino-mura")
    clean = read_draft(HERE, "morohaku-shi")
    assert "行政不服審査法（平成26年法律第68号）" in clean and "3年以下" not in clean
    assert clean.count("以下「法」という。") == 0 and "（契約の解除）" not in clean
    assert "別表（第33条関係）" in clean and "21,000円" in clean and "12,600円" in clean
