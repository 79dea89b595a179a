"""The fresh 2016 held-out set "ct"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="kosatsu-cho.txt", spread=True))


def test_only_the_fire_union_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"shukutsugi-kumiai.txt": ("C0",)}, strict=True)
    union = read_draft(HERE, "shukutsugi-kumiai")
    assert "実施機関非識別加工情報" not in union and "非識別加工情報に係る提案の募集" in union


def test_only_one_draft_is_in_plain_wording() -> None:
    plain = [p.stem for p in HERE.glob("*.txt") if "ます。" in p.read_text(encoding="utf-8")]
    assert plain == ["hatago-cho"]


def test_the_article_counter_reads_half_width_full_width_branch_and_kanji_articles() -> None:
    city = articles(read_draft(HERE, "tenma-shi"))
    assert "20条の2" in city and city[-1] == "31条" and len(city) == 32
    ward = articles(read_draft(HERE, "ekiro-ku"))
    assert ward[-1] == "27条" and len(ward) == 27
    town = articles(read_draft(HERE, "hatago-cho"))
    assert town[-1] == "27条" and len(town) == 27
    union = articles(read_draft(HERE, "shukutsugi-kumiai"))
    assert {"5条の2", "8条の2", "8条の3", "11条の2"} <= set(union) and union[-1] == "25条" and len(union) == 29
    clean = articles(read_draft(HERE, "kosatsu-cho"))
    assert clean[-1] == "38条" and len(clean) == 38


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "tenma-shi")
    assert location_exists(city, "第20条第3項") and not location_exists(city, "第20条第4項")
    assert location_exists(city, "目次") and location_exists(city, "第6章") and not location_exists(city, "第7章")
    assert location_exists(city, "第3条第5項") and not location_exists(city, "第3条第6項")
    ward = read_draft(HERE, "ekiro-ku")
    assert not location_exists(ward, "目次") and not location_exists(ward, "第1章")
    assert location_exists(ward, "附則第2項") and not location_exists(ward, "附則第3項")
    assert location_exists(ward, "第12条第4項") and not location_exists(ward, "第28条")
    town = read_draft(HERE, "hatago-cho")
    assert location_exists(town, "第5章") and not location_exists(town, "第6章")
    assert location_exists(town, "第25条第3項") and not location_exists(town, "第28条")
    union = read_draft(HERE, "shukutsugi-kumiai")
    assert location_exists(union, "第8条の3第2項") and not location_exists(union, "第8条の4")
    assert location_exists(union, "附則(平成30年3月20日組合条例第2号)")
    assert location_exists(union, "附則(平成28年3月25日組合条例第4号)第2項")
    assert not location_exists(union, "附則(平成28年3月25日組合条例第4号)第3項")
    clean = read_draft(HERE, "kosatsu-cho")
    assert location_exists(clean, "付則第3条") and not location_exists(clean, "付則第4条")
    assert not location_exists(clean, "目次") and not location_exists(clean, "第39条")


def test_the_seeded_slips_are_in_the_text_and_the_clean_draft_gets_them_right() -> None:
    assert "他の情報と容易に照合することができ" in read_draft(HERE, "tenma-shi")
    assert "3年以下の懲役" in read_draft(HERE, "tenma-shi") and "第20条第4項の規定による通知" in read_draft(HERE, "tenma-shi")
    assert "法第2条第9項に規定する非識別加工情報" in read_draft(HERE, "tenma-shi")
    assert "（８）" in read_draft(HERE, "ekiro-ku") and "（９）" not in read_draft(HERE, "ekiro-ku") and "（１０）" in read_draft(HERE, "ekiro-ku")
    assert "平成29年5月30日から施行する" in read_draft(HERE, "shukutsugi-kumiai")
    assert "第8条の2第1項の委託を受けた事務" in read_draft(HERE, "shukutsugi-kumiai")
    clean = read_draft(HERE, "kosatsu-cho")
    assert "（平成十五年法律第五十八号。以下「法」という。）第二条第三項" in clean
    assert "法第二条第八項に規定する非識別加工情報" in clean and "容易に照合" not in clean
    assert "二年以下の懲役又は百万円以下の罰金" in clean and "三年以下" not in clean
