"""The fresh 2016 held-out set "ho"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="koyaone-ken.txt", spread=True, every_point=False))


def test_only_the_fire_authority_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"shakunagedani-shobo-kumiai.txt": ("C0",)})
    assert "非識別加工情報の提供" not in read_draft(HERE, "shakunagedani-shobo-kumiai")


def test_the_article_counter_reads_kanji_full_width_and_branch_articles() -> None:
    city = articles(read_draft(HERE, "onekoji-shi"))
    assert city[0] == "1条" and city[-1] == "31条" and len(city) == 31
    town = articles(read_draft(HERE, "tougenoshita-cho"))
    assert town[-1] == "32条" and len(town) == 32
    authority = articles(read_draft(HERE, "shakunagedani-shobo-kumiai"))
    assert authority[-1] == "24条" and len(authority) == 24
    branch = articles(read_draft(HERE, "koyagahara-shi"))
    assert "2条の2" in branch and "16条の14" in branch and branch[-1] == "20条" and len(branch) == 34
    clean = articles(read_draft(HERE, "koyaone-ken"))
    assert clean[-1] == "40条" and len(clean) == 40


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    clean = read_draft(HERE, "koyaone-ken")
    assert location_exists(clean, "目次") and location_exists(clean, "第2章第2節") and location_exists(clean, "附則第3項")
    assert not location_exists(clean, "第41条") and not location_exists(clean, "附則第4項")
    town = read_draft(HERE, "tougenoshita-cho")
    assert location_exists(town, "付則第3項") and not location_exists(town, "第25条第2項")
    assert not location_exists(town, "目次")
    branch = read_draft(HERE, "koyagahara-shi")
    assert location_exists(branch, "第16条の14") and not location_exists(branch, "第16条の15")
    authority = read_draft(HERE, "shakunagedani-shobo-kumiai")
    assert location_exists(authority, "第12条") and location_exists(authority, "附則第3項")
    assert not location_exists(authority, "第25条") and not location_exists(authority, "目次")


def test_the_seeded_references_point_where_the_gold_says() -> None:
    town = read_draft(HERE, "tougenoshita-cho")
    assert "第２５条第２項において準用する場合" in town
    branch = read_draft(HERE, "koyagahara-shi")
    assert "第9条　削除" in branch and "第5条、第6条又は第9条の規定に違反して" in branch
    assert "は、廃止する。" in branch.split("附　則")[1]
    assert "平成15年法律第57号。以下「法」" in read_draft(HERE, "onekoji-shi")
