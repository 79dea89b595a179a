"""The fresh 2016 held-out set "jj"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="andonbashi-ku.txt", spread=True, every_point=False))


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"makienomori-mura.txt": ("C0",)})
    assert "非識別加工情報の提供" not in read_draft(HERE, "makienomori-mura")


def test_the_article_counter_reads_kanji_full_width_branches_and_deleted_articles() -> None:
    city = articles(read_draft(HERE, "urushinokawa-shi"))
    assert city[0] == "1条" and city[-1] == "31条" and len(city) == 31
    raden = articles(read_draft(HERE, "radenbori-shi"))
    assert "12条の2" in raden and "12条の11" in raden and raden[-1] == "25条" and len(raden) == 35
    village = articles(read_draft(HERE, "makienomori-mura"))
    assert "10条" in village and "17条" in village and len(village) == 25
    assert len(articles(read_draft(HERE, "chochinhama-rengo"))) == 25
    clean = articles(read_draft(HERE, "andonbashi-ku"))
    assert clean[-1] == "39条" and len(clean) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "urushinokawa-shi")
    assert location_exists(city, "目次") and location_exists(city, "第2条第11項")
    assert not location_exists(city, "第32条") and not location_exists(city, "附則第4項")
    raden = read_draft(HERE, "radenbori-shi")
    assert location_exists(raden, "第12条の10") and not location_exists(raden, "第12条の12")
    assert not location_exists(raden, "目次")
    clean = read_draft(HERE, "andonbashi-ku")
    assert location_exists(clean, "第4章") and location_exists(clean, "附則第4項")
    assert not location_exists(clean, "第40条") and not location_exists(clean, "附則第5項")
    authority = read_draft(HERE, "chochinhama-rengo")
    assert not location_exists(authority, "目次") and location_exists(authority, "第18条第3項")


def test_the_seeded_slips_are_where_the_gold_says() -> None:
    assert "平成十五年法律第五十九号" in read_draft(HERE, "urushinokawa-shi")
    village = read_draft(HERE, "makienomori-mura")
    assert "第17条　削除" in village and "第14条、第17条又は前条" in village
    raden = read_draft(HERE, "radenbori-shi")
    assert "　⑶　個人情報ファイルに記録される項目" in raden and "\n　⑷　記録情報" not in raden
    authority = read_draft(HERE, "chochinhama-rengo")
    assert "(平成15年法律第57号)第2条第3項" in authority and "「削除情報」" not in authority
    assert "平成15年法律第58号" in read_draft(HERE, "andonbashi-ku")
