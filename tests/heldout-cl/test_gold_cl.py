"""The fresh 2016 held-out set "cl"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="honokizaka-cho.txt", spread=True))


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = check_only_consequential(GOLDS, {"tochinokitoge-mura.txt": ("C0",)}, strict=True)
    assert [d["location"] for d in unseeded["tochinokitoge-mura.txt"]] == ["全体"]


def test_the_article_counter_reads_kanji_full_width_and_branch_articles() -> None:
    ward = articles(read_draft(HERE, "nanamagarizaka-ku"))
    assert ward[0] == "1条" and ward[-1] == "40条" and len(ward) == 40
    village = articles(read_draft(HERE, "tochinokitoge-mura"))
    assert village[-1] == "25条" and len(village) == 25
    core_city = articles(read_draft(HERE, "yotsutsuji-shi"))
    assert "18条の6" in core_city and "18条の7" not in core_city and "18条の8" in core_city
    assert core_city[-1] == "24条" and len(core_city) == 24 + 15
    union = articles(read_draft(HERE, "shionomichi-kouiki"))
    assert union[-1] == "33条" and len(union) == 33
    clean = articles(read_draft(HERE, "honokizaka-cho"))
    assert clean[0] == "1条" and clean[-1] == "38条" and len(clean) == 38


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    core_city = read_draft(HERE, "yotsutsuji-shi")
    assert location_exists(core_city, "第4章の2") and location_exists(core_city, "第18条の17")
    assert not location_exists(core_city, "第18条の7") and not location_exists(core_city, "第18条の18")
    village = read_draft(HERE, "tochinokitoge-mura")
    assert location_exists(village, "第21条第2項") and not location_exists(village, "第21条第3項")
    assert not location_exists(village, "目次") and not location_exists(village, "第26条")
    union = read_draft(HERE, "shionomichi-kouiki")
    assert location_exists(union, "付則第4項") and not location_exists(union, "付則第5項")
    assert not location_exists(union, "第1章")
    clean = read_draft(HERE, "honokizaka-cho")
    assert location_exists(clean, "目次") and location_exists(clean, "第4章") and not location_exists(clean, "第4章の2")
    assert location_exists(clean, "附則第5項") and not location_exists(clean, "附則第6項")


def test_the_clean_draft_is_written_in_full_width_digits_and_keeps_a_register() -> None:
    clean = read_draft(HERE, "honokizaka-cho")
    body = clean.split("附　則")[0]
    assert not any(c in "0123456789" for c in body)
    assert "個人情報取扱事務登録簿" in clean and "個人情報ファイル簿" in clean
    assert "非識別加工情報の提供" in clean
