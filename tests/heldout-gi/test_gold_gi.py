"""The fresh 2016 held-out set "gi"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="shiokumi-ku.txt", spread=True, pairs=24))


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"higatagoshi-mura.txt": ("C0",)})
    village = read_draft(HERE, "higatagoshi-mura")
    assert "非識別加工情報の提供" not in village and "非識別加工情報の提案" in village


def test_the_article_counter_reads_arabic_kanji_full_width_and_a_branch_article() -> None:
    prefecture = articles(read_draft(HERE, "shiotsuchi-ken"))
    assert prefecture[0] == "1条" and prefecture[-1] == "35条" and len(prefecture) == 35
    city = articles(read_draft(HERE, "shiodaura-shi"))
    assert city[-1] == "33条" and len(city) == 33
    assert len(articles(read_draft(HERE, "higatagoshi-mura"))) == 24
    assert len(articles(read_draft(HERE, "shiomitsu-byoin-kigyodan"))) == 33
    clean = articles(read_draft(HERE, "shiokumi-ku"))
    assert "15条の2" in clean and clean[-1] == "39条" and len(clean) == 40


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    prefecture = read_draft(HERE, "shiotsuchi-ken")
    assert location_exists(prefecture, "目次") and location_exists(prefecture, "第6章")
    assert location_exists(prefecture, "附則第3項") and not location_exists(prefecture, "附則第4項")
    assert not location_exists(prefecture, "第14条第2項")
    village = read_draft(HERE, "higatagoshi-mura")
    assert location_exists(village, "付則第1条") and location_exists(village, "第6条第2項")
    assert not location_exists(village, "第25条") and not location_exists(village, "目次")
    city = read_draft(HERE, "shiodaura-shi")
    assert location_exists(city, "第12条第2項") and not location_exists(city, "第12条第3項")
    clean = read_draft(HERE, "shiokumi-ku")
    assert location_exists(clean, "第15条の2") and location_exists(clean, "附則第4項")
    assert not location_exists(clean, "第40条") and not location_exists(clean, "附則第5項")
    authority = read_draft(HERE, "shiomitsu-byoin-kigyodan")
    assert location_exists(authority, "第9条") and not location_exists(authority, "目次")


def test_the_seeded_slips_are_where_the_gold_says() -> None:
    prefecture = read_draft(HERE, "shiotsuchi-ken")
    assert "第6章　事業者の個人情報の取扱い（第31条）" in prefecture
    assert "第6章　事業者が取り扱う個人情報の保護" in prefecture
    assert prefecture.index("審査会に諮問") < prefecture.index("（以下「審査会」という。）")
    city = read_draft(HERE, "shiodaura-shi")
    assert "第十二条第三項の規定により写しの交付" in city and "三年以下の懲役" in city
    assert "契約の解除" not in city and "契約を解除され" in city
    village = read_draft(HERE, "higatagoshi-mura")
    assert "（平成１５年法律第５７号）第２条第３項" in village and "容易に照合" in village
    assert "（２）　法令又は条例" in village and "（３）" not in village.split("（収集の制限）")[1].split("３　")[0]
    authority = read_draft(HERE, "shiomitsu-byoin-kigyodan")
    assert "法第2条第3項に規定する要配慮個人情報" in authority and "センシティブ情報" in authority
    lines = authority.splitlines()
    ninth = next(i for i, ln in enumerate(lines) if ln.startswith("第9条　"))
    assert not lines[ninth - 1].startswith("（") and lines[ninth - 4].startswith("（委託に伴う措置）")
