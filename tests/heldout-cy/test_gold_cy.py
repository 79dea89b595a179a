"""The fresh 2016 held-out set "cy"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="shiragiku-shi.txt", spread=True))


def test_only_the_fire_union_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"kikuhama-shobo.txt": ("C0",)}, strict=True)
    union = read_draft(HERE, "kikuhama-shobo")
    assert "非識別加工情報の提供" not in union and union.count("非識別加工情報") == 1


def test_the_article_counter_reads_half_width_full_width_kanji_and_branch_articles() -> None:
    prefecture = articles(read_draft(HERE, "tsubakiyama-ken"))
    assert prefecture[0] == "1条" and prefecture[-1] == "38条" and len(prefecture) == 38
    ward = articles(read_draft(HERE, "fujikage-ku"))
    assert "19条の13" in ward and ward[-1] == "26条" and len(ward) == 38
    town = articles(read_draft(HERE, "hagizono-cho"))
    assert "20条" not in town and town[-1] == "34条" and len(town) == 33
    union = articles(read_draft(HERE, "kikuhama-shobo"))
    assert union[-1] == "26条" and len(union) == 26
    clean = articles(read_draft(HERE, "shiragiku-shi"))
    assert clean[-1] == "39条" and len(clean) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    prefecture = read_draft(HERE, "tsubakiyama-ken")
    assert location_exists(prefecture, "目次") and location_exists(prefecture, "第6章")
    assert not location_exists(prefecture, "第7章") and location_exists(prefecture, "附則第3項")
    assert not location_exists(prefecture, "附則第4項") and not location_exists(prefecture, "第39条")
    ward = read_draft(HERE, "fujikage-ku")
    assert location_exists(ward, "第17条第2項") and not location_exists(ward, "第17条第3項")
    assert not location_exists(ward, "目次") and location_exists(ward, "附則(平成30年3月23日条例第6号)第2項")
    assert location_exists(ward, "第19条の13") and not location_exists(ward, "第19条の14")
    town = read_draft(HERE, "hagizono-cho")
    assert not location_exists(town, "第20条") and location_exists(town, "第21条")
    assert location_exists(town, "付則第2項") and not location_exists(town, "付則第3項")
    union = read_draft(HERE, "kikuhama-shobo")
    assert location_exists(union, "第6条第2項") and not location_exists(union, "第6条第3項")
    assert not location_exists(union, "第27条") and not location_exists(union, "目次")
    clean = read_draft(HERE, "shiragiku-shi")
    assert location_exists(clean, "第2条第12項") and not location_exists(clean, "第2条第13項")
    assert location_exists(clean, "第4章") and not location_exists(clean, "第7章")
    assert location_exists(clean, "附則第4項") and not location_exists(clean, "附則第5項")
    assert location_exists(clean, "附則(令和元年12月20日条例第30号)") and not location_exists(clean, "第40条")


def test_the_seeded_slips_are_in_the_text_and_the_clean_draft_has_none_of_them() -> None:
    prefecture = read_draft(HERE, "tsubakiyama-ken")
    assert "平成十五年法律第五十七号。以下「法」という。" in prefecture and "二百万円以下の罰金" in prefecture
    assert "第四章　県非識別加工情報の提供（第二十条―第三十一条）" in prefecture and "第三十二条　県非識別加工情報等" in prefecture
    assert "他の情報と容易に照合することができ、それにより特定の個人を識別することができることとなるものを含む" in prefecture
    assert "契約の解除" not in prefecture and "犯罪により害を被った事実" not in prefecture
    ward = read_draft(HERE, "fujikage-ku")
    assert "第2条第2項に規定する個人識別符号" in ward and "2 第17条第3項の規定は" in ward
    assert "区規則で定める額の手数料" in ward and "照合してはならない" not in ward
    assert ward.index("審議会の意見") < ward.index("(以下「審議会」という。)")
    town = read_draft(HERE, "hagizono-cho")
    assert "令和元年９月２０日" in town and "令和元年４月１日から施行" in town
    assert "「削除情報」" not in town and "解除され" not in town
    union = read_draft(HERE, "kikuhama-shobo")
    assert "第6条第1項の委託を受けた事務" in union and "\n第16条 保有個人情報の開示に係る手数料" in union
    assert "思想、信条及び信教" in union and "容易に検索" not in union
    clean = read_draft(HERE, "shiragiku-shi")
    assert "(平成15年法律第58号。以下「法」という。)" in clean and "(識別行為の禁止等)" in clean
    assert "21,000円" in clean and "規則で定める額" not in clean and "解除され" in clean
    assert "2年以下の懲役又は100万円以下の罰金" in clean and "5万円以下の過料" in clean
    assert "容易に照合することができ、それにより特定の個人を識別することができることとなるものを含む" not in clean
