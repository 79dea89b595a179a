"""The fresh 2016 held-out set "dj"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="shimobashira-shi.txt", spread=True, every_point=False))


def test_only_the_union_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"yukishiro-koiki.txt": ("C0",)}, strict=True)
    assert "非識別" not in read_draft(HERE, "yukishiro-koiki")
    for name in ("setsurei-ken", "shimoyo-cho", "taruhi-mura", "shimobashira-shi"):
        assert "非識別加工情報" in read_draft(HERE, name)


def test_article_counts_over_kanji_full_width_half_width_a_gap_and_a_branch_article() -> None:
    pref = articles(read_draft(HERE, "setsurei-ken"))
    assert pref[0] == "1条" and pref[-1] == "36条" and len(pref) == 36
    town = articles(read_draft(HERE, "shimoyo-cho"))
    assert town[-1] == "32条" and len(town) == 32
    village = articles(read_draft(HERE, "taruhi-mura"))
    assert "13条" not in village and village[-1] == "33条" and len(village) == 32
    union = articles(read_draft(HERE, "yukishiro-koiki"))
    assert union[-1] == "24条" and len(union) == 24
    clean = articles(read_draft(HERE, "shimobashira-shi"))
    assert "7条の2" in clean and clean[-1] == "39条" and len(clean) == 40


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    pref = read_draft(HERE, "setsurei-ken")
    assert location_exists(pref, "目次") and location_exists(pref, "第6章") and not location_exists(pref, "第7章")
    assert location_exists(pref, "第2章第2節") and location_exists(pref, "附則第2項")
    assert not location_exists(pref, "附則第3項")
    town = read_draft(HERE, "shimoyo-cho")
    assert not location_exists(town, "目次") and location_exists(town, "第4条第3項")
    assert not location_exists(town, "第4条第4項") and not location_exists(town, "第33条")
    village = read_draft(HERE, "taruhi-mura")
    assert not location_exists(village, "第13条") and location_exists(village, "第24条第2項")
    assert not location_exists(village, "第24条第3項") and location_exists(village, "付則第2項")
    union = read_draft(HERE, "yukishiro-koiki")
    assert location_exists(union, "附則第3条") and not location_exists(union, "附則第4条")
    assert not location_exists(union, "第25条")
    clean = read_draft(HERE, "shimobashira-shi")
    assert location_exists(clean, "第7条の2") and not location_exists(clean, "第7条の3")
    assert location_exists(clean, "第4章") and not location_exists(clean, "第40条")


def test_the_seeded_slips_are_in_the_text_and_absent_from_the_clean_draft() -> None:
    pref = read_draft(HERE, "setsurei-ken")
    assert "保護に関する法律第二条第三項" in pref and "百五十万円" in pref
    assert "（第十九条―第二十九条）" in pref and "\n第三十条　" in pref
    town = read_draft(HERE, "shimoyo-cho")
    assert "個人についての情報で" in town and "病歴" not in town and "規則で定める額の手数料" in town
    assert "令和元年12月16日" in town and "令和元年10月1日から施行" in town and "意見書を出す機会を与え" not in town[town.find("第19条"):]
    village = read_draft(HERE, "taruhi-mura")
    assert "他の情報と容易に照合することができ、それにより特定の個人を識別することができるもの（他" not in village
    assert "（他の情報と容易に照合することができ、それにより特定の個人を識別することができることとなるものを含む。）" in village
    assert "第２４条第３項の基準" in village and "解除" not in village
    union = read_draft(HERE, "yukishiro-koiki")
    assert "第五十八号。以下「法」という。）第二条第二項" in union and "思想、信条及び信教" in union
    clean = read_draft(HERE, "shimobashira-shi")
    assert "法律第58号。以下「法」という。)第2条第3項" in clean and "犯罪により害を被った事実" in clean
    assert "病歴" in clean and "契約を解除され" in clean and "意見書を提出する機会" in clean
    assert "別表(第30条関係)" in clean and "150万円" not in clean and "規則で定める額" not in clean
