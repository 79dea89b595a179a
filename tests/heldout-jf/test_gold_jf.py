"""The fresh 2016 held-out set "jf"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="rindoguchi-cho.txt", spread=True))


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"kobikiyama-mura.txt": ("C0",)})
    village = read_draft(HERE, "kobikiyama-mura")
    assert "非識別加工情報の提供" not in village and "非識別加工情報の作成に係る提案" in village


def test_the_article_counter_reads_full_width_kanji_deleted_and_branch_articles() -> None:
    village = articles(read_draft(HERE, "kobikiyama-mura"))
    assert len(village) == 24 and "7条" in village and "12条" in village
    city = articles(read_draft(HERE, "hinokibashi-shi"))
    assert len(city) == 35 and city[-1] == "22条"
    assert "17条の6" in city and "17条の7" not in city and "17条の8" in city and "17条の15" in city
    assert len(articles(read_draft(HERE, "sugimichi-ku"))) == 34
    assert len(articles(read_draft(HERE, "yamasugi-koiki-rengo"))) == 37
    clean = articles(read_draft(HERE, "rindoguchi-cho"))
    assert len(clean) == 39 and clean[-1] == "39条"


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "hinokibashi-shi")
    assert location_exists(city, "目次") and location_exists(city, "第3章の2") and location_exists(city, "附則第2項")
    assert not location_exists(city, "第17条の7") and not location_exists(city, "附則第3項")
    village = read_draft(HERE, "kobikiyama-mura")
    assert not location_exists(village, "目次") and location_exists(village, "第24条")
    assert not location_exists(village, "第25条")
    authority = read_draft(HERE, "yamasugi-koiki-rengo")
    assert location_exists(authority, "第5章") and not location_exists(authority, "第40条")
    clean = read_draft(HERE, "rindoguchi-cho")
    assert location_exists(clean, "付則第3項") and not location_exists(clean, "付則第4項")
    assert not location_exists(clean, "目次") and not location_exists(clean, "第40条")


def test_the_dangling_and_the_deleted_references_are_where_the_gold_says() -> None:
    authority = read_draft(HERE, "yamasugi-koiki-rengo")
    assert "第40条の規定により実施機関非識別加工情報の利用に関する契約を解除され" in authority
    village = read_draft(HERE, "kobikiyama-mura")
    assert "第１２条　削除" in village and "第１２条の規定に違反して" in village
    ward = read_draft(HERE, "sugimichi-ku")
    assert ward.index("審議会の意見を聴いて") < ward.index("（以下「審議会」という。）")
