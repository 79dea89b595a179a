"""The fresh 2016 held-out set "gz"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="suyaki-mura.txt", spread=True, pairs=24))


def test_only_the_refuse_union_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"tohen-eisei-kumiai.txt": ("C0",)})
    assert "非識別加工情報の提供" not in read_draft(HERE, "tohen-eisei-kumiai")


def test_the_article_counter_reads_arabic_kanji_full_width_branches_and_a_deleted_article() -> None:
    city = articles(read_draft(HERE, "yudare-shi"))
    assert city[0] == "1条" and city[-1] == "36条" and len(city) == 36
    town = articles(read_draft(HERE, "kamadaki-cho"))
    assert town[-1] == "34条" and len(town) == 34
    assert len(articles(read_draft(HERE, "tohen-eisei-kumiai"))) == 24
    kiln = articles(read_draft(HERE, "rokurogi-shi"))
    assert "8条" in kiln and "21条の12" in kiln and "21条の13" not in kiln and len(kiln) == 37
    clean = articles(read_draft(HERE, "suyaki-mura"))
    assert clean[-1] == "35条" and len(clean) == 35


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    kiln = read_draft(HERE, "rokurogi-shi")
    assert location_exists(kiln, "目次") and location_exists(kiln, "第21条の12第4項")
    assert not location_exists(kiln, "第21条の13") and not location_exists(kiln, "第27条")
    town = read_draft(HERE, "kamadaki-cho")
    assert location_exists(town, "附則第5項") and not location_exists(town, "第38条")
    assert not location_exists(town, "目次")
    clean = read_draft(HERE, "suyaki-mura")
    assert location_exists(clean, "付則第4項") and not location_exists(clean, "付則第5項")
    assert not location_exists(clean, "第36条")


def test_the_dangling_and_the_deleted_reference_are_where_the_gold_says() -> None:
    town = read_draft(HERE, "kamadaki-cho")
    assert "第三十八条の規定により" in town and "第三十八条　" not in town
    kiln = read_draft(HERE, "rokurogi-shi")
    assert "第八条　削除" in kiln and "第八条第一項又は第九条" in kiln
    city = read_draft(HERE, "yudare-shi")
    assert "平成15年法律第59号。以下「法」という。" in city and "3年以下の懲役" in city
