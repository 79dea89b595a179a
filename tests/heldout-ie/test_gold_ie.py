"""The fresh 2016 held-out set "ie"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="nashidaira-shi.txt", spread=True, pairs=24))


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"momoyatsu-mura.txt": ("C0",)}, strict=True)
    assert "非識別加工情報の提供" not in read_draft(HERE, "momoyatsu-mura")


def test_the_article_counter_reads_branches_full_width_and_kanji() -> None:
    town = articles(read_draft(HERE, "nashikubo-cho"))
    assert "20条の2" in town and "20条の13" in town and town[-1] == "27条" and len(town) == 39
    pref = articles(read_draft(HERE, "kakitsuka-ken"))
    assert pref[0] == "1条" and pref[-1] == "39条" and len(pref) == 39
    assert len(articles(read_draft(HERE, "momoyatsu-mura"))) == 26
    assert len(articles(read_draft(HERE, "kajuhara-shi"))) == 37
    assert len(articles(read_draft(HERE, "nashidaira-shi"))) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    town = read_draft(HERE, "nashikubo-cho")
    assert location_exists(town, "第20条の13") and not location_exists(town, "第20条の15")
    assert not location_exists(town, "目次") and location_exists(town, "附則第3項")
    pref = read_draft(HERE, "kakitsuka-ken")
    assert location_exists(pref, "目次") and location_exists(pref, "第4章") and not location_exists(pref, "第40条")
    village = read_draft(HERE, "momoyatsu-mura")
    assert location_exists(village, "付則第1項") and not location_exists(village, "付則第4項")
    assert location_exists(village, "第11条第1項第8号") and not location_exists(village, "第27条")
    clean = read_draft(HERE, "nashidaira-shi")
    assert location_exists(clean, "第6章") and location_exists(clean, "附則第4項") and not location_exists(clean, "附則第5項")


def test_the_seeded_drafting_defects_are_in_the_text_where_the_gold_says() -> None:
    town = read_draft(HERE, "nashikubo-cho")
    assert "第20条の15の規定に違反して" in town and "10万円以下の過料" in town and "規則で定める額の手数料" in town
    pref = read_draft(HERE, "kakitsuka-ken")
    assert "平成１５年法律第５７号" in pref and "（第２２条―第３０条）" in pref
    assert "暴力団員" not in pref and "意見書を提出する機会" not in pref
    village = read_draft(HERE, "momoyatsu-mura")
    assert "平成三十年六月二十二日" in village and "この条例は、平成三十年四月一日から施行する。" in village
    city = read_draft(HERE, "kajuhara-shi")
    assert "法」という。）第二条第二項に規定する個人識別符号" in city and "「削除情報」" not in city
    assert "非識別" not in "".join(ln for ln in city.splitlines() if ln.startswith("（"))
