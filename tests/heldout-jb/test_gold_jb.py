"""The fresh 2016 held-out set "jb"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="kametsuru-ku.txt", spread=True, pairs=24))


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"tsurunoko-mura.txt": ("C0",)})
    village = read_draft(HERE, "tsurunoko-mura")
    assert "非識別加工情報の提供" not in village and "第9条 削除" in village and "第14条 削除" in village


def test_the_article_counter_reads_kanji_full_width_a_gap_and_deleted_articles() -> None:
    city = articles(read_draft(HERE, "kamegasaki-shi"))
    assert city[0] == "1条" and city[-1] == "25条" and len(city) == 25
    authority = articles(read_draft(HERE, "matsubara-shobo-rengo"))
    assert "24条" not in authority and authority[-1] == "28条" and len(authority) == 27
    village = articles(read_draft(HERE, "tsurunoko-mura"))
    assert "9条" in village and "14条" in village and len(village) == 24
    assert len(articles(read_draft(HERE, "matsuhama-shi"))) == 24
    clean = articles(read_draft(HERE, "kametsuru-ku"))
    assert clean[-1] == "37条" and len(clean) == 37


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "kamegasaki-shi")
    assert location_exists(city, "目次") and location_exists(city, "第2条第11号") and location_exists(city, "附則第2項")
    assert not location_exists(city, "第26条") and not location_exists(city, "附則第3項")
    authority = read_draft(HERE, "matsubara-shobo-rengo")
    assert location_exists(authority, "第5章") and location_exists(authority, "第2条第11項")
    assert not location_exists(authority, "第24条") and not location_exists(authority, "第29条")
    village = read_draft(HERE, "tsurunoko-mura")
    assert not location_exists(village, "目次") and not location_exists(village, "第25条")
    clean = read_draft(HERE, "kametsuru-ku")
    assert not location_exists(clean, "目次") and location_exists(clean, "附則第3項")
    assert not location_exists(clean, "第38条") and not location_exists(clean, "附則第4項")


def test_the_seeded_drafting_slips_are_in_the_text_where_the_gold_says() -> None:
    city = read_draft(HERE, "kamegasaki-shi")
    assert "平成十五年法律第五十九号" in city and city.index("審議会の意見") < city.index("（以下「審議会」という。）")
    assert "規則で定める額の手数料" in city and "契約の解除" not in city
    village = read_draft(HERE, "tsurunoko-mura")
    assert "第9条の規定による届出" in village and "10万円以下の過料" in village
    plain = read_draft(HERE, "matsuhama-shi")
    assert "）第2条第2項に規定する個人識別符号" in plain and "容易に照合" in plain and "「削除情報」" not in plain
    authority = read_draft(HERE, "matsubara-shobo-rengo")
    assert "平成３０年６月２９日" in authority and "平成３０年４月１日から施行" in authority
    assert "個人識別符号を除く" not in authority


def test_the_clean_draft_has_the_mechanism_captioned_by_step_and_a_register() -> None:
    clean = read_draft(HERE, "kametsuru-ku")
    assert "非識別加工情報の提供" in clean and "個人情報取扱事務登録簿" in clean
    assert all(f"(第{n}段階" in clean for n in range(1, 7)) and "(第7段階" not in clean
