"""The fresh 2016 held-out set "dv"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="konjodai-shi.txt", spread=True, pairs=24))


def test_only_the_town_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"somedono-cho.txt": ("C0",)})
    town = read_draft(HERE, "somedono-cho")
    assert "非識別加工情報の提供" not in town and "付 則" in town


def test_the_article_counter_reads_full_width_kanji_branch_and_deleted_articles() -> None:
    pref = articles(read_draft(HERE, "konyagawa-ken"))
    assert pref[0] == "1条" and pref[-1] == "35条" and len(pref) == 35 and "10条" in pref and "21条" in pref
    ward = articles(read_draft(HERE, "akanesuji-ku"))
    assert "16条の4" in ward and "16条の5" not in ward and "16条の13" in ward
    assert ward[-1] == "24条" and len(ward) == 37
    assert len(articles(read_draft(HERE, "somedono-cho"))) == 25
    assert len(articles(read_draft(HERE, "aizuri-shobo-koiki"))) == 31
    city = articles(read_draft(HERE, "konjodai-shi"))
    assert city == [f"{n}条" for n in range(1, 39)]


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    pref = read_draft(HERE, "konyagawa-ken")
    assert location_exists(pref, "目次") and location_exists(pref, "第7章") and not location_exists(pref, "第8章")
    assert location_exists(pref, "附則第3項") and not location_exists(pref, "附則第4項")
    ward = read_draft(HERE, "akanesuji-ku")
    assert location_exists(ward, "第16条の6") and not location_exists(ward, "第16条の5")
    assert not location_exists(ward, "目次") and location_exists(ward, "第2条第11項")
    town = read_draft(HERE, "somedono-cho")
    assert location_exists(town, "付則第3条") and not location_exists(town, "付則第4条")
    assert not location_exists(town, "第26条")
    authority = read_draft(HERE, "aizuri-shobo-koiki")
    assert location_exists(authority, "第6章") and not location_exists(authority, "目次")
    assert location_exists(authority, "附則第2項") and not location_exists(authority, "第32条")
    city = read_draft(HERE, "konjodai-shi")
    assert location_exists(city, "附則第4項") and not location_exists(city, "附則第5項")
    assert not location_exists(city, "第39条") and not location_exists(city, "第21条第3項")


def test_the_seeded_references_are_where_the_gold_says() -> None:
    pref = read_draft(HERE, "konyagawa-ken")
    assert "第１０条　削除" in pref and "又は第１０条の規定に違反して取り扱われている" in pref
    assert "平成２５年法律第２８号" in pref and "容易に照合することができ" in pref
    authority = read_draft(HERE, "aizuri-shobo-koiki")
    assert "以下「法」という。）第二条第二項に規定する個人識別符号" in authority
    assert "規則で定める額の手数料" in authority and "第十四条　実施機関は" in authority
    ward = read_draft(HERE, "akanesuji-ku")
    assert ward.index("審議会の意見を聴いて") < ward.index("（以下「審議会」という。）")
    town = read_draft(HERE, "somedono-cho")
    assert "150万円以下の罰金" in town and "以下「旧条例」" not in town and "旧条例の規定" in town
