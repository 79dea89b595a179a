"""The fresh 2016 held-out set "cq"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, gold, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="tamadare-shi.txt", spread=True))


def test_only_the_town_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"nanatsubuchi-cho.txt": ("C0",)}, strict=True)
    town = read_draft(HERE, "nanatsubuchi-cho")
    assert "実施機関非識別加工情報" not in town and "非識別加工情報の提供" not in town
    # the leftover the C20 defect points at is there, and nothing else of the mechanism
    assert town.count("非識別加工情報") == 1
    for name in ("takimizawa-shi", "kiyotaki-mura", "takidani-byoin", "tamadare-shi"):
        assert "実施機関非識別加工情報取扱事業者" in read_draft(HERE, name)


def test_no_accepted_provision_is_also_an_also_location_of_a_defect() -> None:
    for p in GOLDS:
        g = gold(p)
        places = {lab for d in g["defects"] for lab in [d["location"], *d.get("also", [])]}
        assert [a["location"] for a in g["accepted"] if a["location"] in places] == [], g["draft"]


def test_the_article_counter_reads_kanji_full_width_branches() -> None:
    clean = articles(read_draft(HERE, "tamadare-shi"))
    assert "6条の2" in clean and "17条の2" in clean and "17条の15" in clean and "17条の16" not in clean
    assert clean[-1] == "23条" and len(clean) == 38
    city = articles(read_draft(HERE, "takimizawa-shi"))
    assert "17条の15" in city and city[-1] == "22条" and len(city) == 36
    village = articles(read_draft(HERE, "kiyotaki-mura"))
    assert village[0] == "1条" and village[-1] == "35条" and len(village) == 35
    town = articles(read_draft(HERE, "nanatsubuchi-cho"))
    assert town[-1] == "27条" and len(town) == 27
    hospital = articles(read_draft(HERE, "takidani-byoin"))
    assert hospital[-1] == "34条" and len(hospital) == 34


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    clean = read_draft(HERE, "tamadare-shi")
    assert location_exists(clean, "第4章の2") and location_exists(clean, "第7章")
    assert not location_exists(clean, "第8章") and not location_exists(clean, "第17条の16")
    assert location_exists(clean, "附則（平成29年12月22日条例第41号）第3項")
    assert not location_exists(clean, "附則（平成29年12月22日条例第41号）第4項")
    city = read_draft(HERE, "takimizawa-shi")
    assert location_exists(city, "目次") and location_exists(city, "第17条の15")
    assert not location_exists(city, "第17条の16") and not location_exists(city, "附則第4項")
    village = read_draft(HERE, "kiyotaki-mura")
    assert not location_exists(village, "目次") and not location_exists(village, "第1章")
    assert location_exists(village, "第22条第3項") and not location_exists(village, "第22条第4項")
    town = read_draft(HERE, "nanatsubuchi-cho")
    assert location_exists(town, "附則第3項") and not location_exists(town, "附則第4項")
    assert not location_exists(town, "第28条")
    hospital = read_draft(HERE, "takidani-byoin")
    assert location_exists(hospital, "付則第3条") and not location_exists(hospital, "付則第4条")
    assert location_exists(hospital, "第23条第5項") and not location_exists(hospital, "第23条第6項")


def test_the_seeded_text_is_where_the_gold_lists_say() -> None:
    city = read_draft(HERE, "takimizawa-shi")
    assert "（第17条の2―第17条の14）" in city and "平成15年法律第57号。以下「行政機関個人情報保護法」" in city
    assert "市長が別に定める額" in city
    village = read_draft(HERE, "kiyotaki-mura")
    assert "第二十二条第四項第三号" in village
    assert village.index("行政機関個人情報保護法第二条第三項") < village.index("以下「行政機関個人情報保護法」という。")
    town = read_draft(HERE, "nanatsubuchi-cho")
    assert "令和２年３月１９日" in town and "令和２年３月１日から施行" in town
    assert "容易に照合" in town and "犯罪により害を被った事実" not in town
    hospital = read_draft(HERE, "takidani-byoin")
    assert "３年以下の懲役" not in hospital and "3年以下の懲役" in hospital
    assert "機微な個人情報" in hospital
