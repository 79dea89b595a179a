"""The fresh 2016 held-out set "fp"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="kamiusuba-cho.txt", spread=True, pairs=24))


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"kamisukibata-mura.txt": ("C0",)})
    village = read_draft(HERE, "kamisukibata-mura")
    assert "非識別加工情報の提供" not in village and "非識別加工情報の提案の募集" in village


def test_the_article_counter_reads_arabic_kanji_full_width_and_a_gap() -> None:
    city = articles(read_draft(HERE, "kozonoe-shi"))
    assert city[0] == "1条" and city[-1] == "32条" and len(city) == 32
    village = articles(read_draft(HERE, "kamisukibata-mura"))
    assert "13条" not in village and village[-1] == "25条" and len(village) == 24
    assert len(articles(read_draft(HERE, "kozokubo-ku"))) == 27
    assert len(articles(read_draft(HERE, "sukibune-kigyodan"))) == 23
    clean = articles(read_draft(HERE, "kamiusuba-cho"))
    assert clean[-1] == "37条" and len(clean) == 37


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    village = read_draft(HERE, "kamisukibata-mura")
    assert location_exists(village, "第25条第2項") and not location_exists(village, "第13条")
    assert not location_exists(village, "目次") and location_exists(village, "附則第3項")
    city = read_draft(HERE, "kozonoe-shi")
    assert location_exists(city, "目次") and location_exists(city, "第6章") and not location_exists(city, "第7章")
    ward = read_draft(HERE, "kozokubo-ku")
    assert location_exists(ward, "第7条第1項第8号") and not location_exists(ward, "目次")
    authority = read_draft(HERE, "sukibune-kigyodan")
    assert location_exists(authority, "附則第3条") and not location_exists(authority, "附則第4条")
    assert location_exists(authority, "第2条第10項") and not location_exists(authority, "目次")
    clean = read_draft(HERE, "kamiusuba-cho")
    assert location_exists(clean, "第2条第9項第2号") and location_exists(clean, "附則第4項")
    assert not location_exists(clean, "附則第5項") and not location_exists(clean, "第38条")


def test_the_seeded_wrong_reference_and_toc_range_are_in_the_text() -> None:
    ward = read_draft(HERE, "kozokubo-ku")
    assert "第２１条第１項の提案をすることができる旨" in ward and "（安全確保の措置及び識別行為の禁止）\n第２１条" in ward
    city = read_draft(HERE, "kozonoe-shi")
    assert "第3章 開示、訂正及び利用停止（第11条―第16条）" in city and "（費用負担）\n第17条" in city
    assert "規則で定める額の手数料" in city and "契約の解除" not in city
