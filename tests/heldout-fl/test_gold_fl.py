"""The fresh 2016 held-out set "fl"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="takeyabu-mura.txt", spread=True, every_point=False))


def test_only_the_town_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"zarumi-cho.txt": ("C0",)})
    town = read_draft(HERE, "zarumi-cho")
    assert "非識別加工情報の提供" not in town and "非識別加工情報の作成に関する基準" in town


def test_the_article_counter_reads_kanji_full_width_and_arabic_numbers() -> None:
    assert len(articles(read_draft(HERE, "amikago-shi"))) == 32
    assert len(articles(read_draft(HERE, "zarumi-cho"))) == 27
    ward = articles(read_draft(HERE, "takeami-ku"))
    assert ward[0] == "1条" and ward[-1] == "27条" and len(ward) == 27
    assert len(articles(read_draft(HERE, "kagotake-kaigo-rengo"))) == 30
    clean = articles(read_draft(HERE, "takeyabu-mura"))
    assert clean[-1] == "36条" and len(clean) == 36


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    town = read_draft(HERE, "zarumi-cho")
    assert location_exists(town, "付則第2項") and not location_exists(town, "付則第3項")
    assert not location_exists(town, "目次") and not location_exists(town, "第31条")
    ward = read_draft(HERE, "takeami-ku")
    assert location_exists(ward, "第6章") and not location_exists(ward, "第7章") and not location_exists(ward, "目次")
    clean = read_draft(HERE, "takeyabu-mura")
    assert location_exists(clean, "目次") and location_exists(clean, "第31条第4項")
    assert not location_exists(clean, "第37条") and not location_exists(clean, "附則第3項")


def test_the_seeded_reference_and_number_defects_are_where_the_gold_says() -> None:
    assert "第三十一条第二項の委託を受けた業務" in read_draft(HERE, "zarumi-cho")
    city = read_draft(HERE, "amikago-shi")
    assert "平成15年法律第57号。以下「法」" in city and "(7)　本人" in city and "(8)" not in city.split("（実施機関等の責務）")[0]
    assert "契約の解除" not in city
    authority = read_draft(HERE, "kagotake-kaigo-rengo")
    assert "法」という。）第2条第2項に規定する個人識別符号" in authority
    ward = read_draft(HERE, "takeami-ku")
    assert ward.index("情報公開条例第２条第２号") < ward.index("以下「情報公開条例」という。")
