"""The fresh 2016 held-out set "iq"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="oorurudake-cho.txt", spread=True, pairs=24))


def test_only_the_ward_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"mejirozaka-ku.txt": ("C0",)})
    assert "実施機関非識別加工情報" not in read_draft(HERE, "mejirozaka-ku")


def test_the_article_counter_reads_kanji_full_width_a_gap_and_branch_articles() -> None:
    pref = articles(read_draft(HERE, "hoojiromine-ken"))
    assert "20条の2" in pref and "20条の15" in pref and pref[-1] == "25条" and len(pref) == 39
    city = articles(read_draft(HERE, "hibarione-shi"))
    assert city[0] == "1条" and city[-1] == "36条" and len(city) == 36
    village = articles(read_draft(HERE, "shijukaradake-mura"))
    assert "15条" not in village and village[-1] == "35条" and len(village) == 34
    assert len(articles(read_draft(HERE, "mejirozaka-ku"))) == 25
    clean = articles(read_draft(HERE, "oorurudake-cho"))
    assert clean[-1] == "40条" and len(clean) == 40


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    pref = read_draft(HERE, "hoojiromine-ken")
    assert location_exists(pref, "目次") and location_exists(pref, "第20条の15")
    assert not location_exists(pref, "第20条の16") and not location_exists(pref, "第26条")
    city = read_draft(HERE, "hibarione-shi")
    assert location_exists(city, "附則第1項") and not location_exists(city, "第40条")
    assert not location_exists(city, "目次")
    village = read_draft(HERE, "shijukaradake-mura")
    assert location_exists(village, "第16条") and not location_exists(village, "第15条")
    clean = read_draft(HERE, "oorurudake-cho")
    assert location_exists(clean, "第4章") and location_exists(clean, "附則第2項")
    assert not location_exists(clean, "附則第3項") and not location_exists(clean, "第41条")


def test_the_seeded_drafting_slips_are_where_the_gold_says() -> None:
    pref = read_draft(HERE, "hoojiromine-ken")
    assert "（第二十条の二―第二十条の十四）" in pref and "三年以下の懲役" in pref
    assert pref.index("法第二条第三項") < pref.index("以下「法」という。")
    city = read_draft(HERE, "hibarione-shi")
    assert "第40条の規定により" in city and "（平成15年法律第58号" not in city
    ward = read_draft(HERE, "mejirozaka-ku")
    assert "平成15年法律第59号。以下「法」" in ward and "第7条の規定に反して" in ward
