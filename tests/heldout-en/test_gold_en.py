"""The fresh 2016 held-out set "en"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="sukigara-mura.txt", spread=True, pairs=24))


def test_only_the_two_drafts_without_the_mechanism_have_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"kamazawa-mura.txt": ("C0",), "kuwagaya-cho.txt": ("C0",)})
    for name in ("kamazawa-mura", "kuwagaya-cho"):
        assert "非識別加工情報の提供" not in read_draft(HERE, name)
    for name in ("sukida-shi", "minodai-shi", "sukigara-mura"):
        assert "非識別加工情報" in read_draft(HERE, name) and "提案の募集" in read_draft(HERE, name)


def test_the_article_counter_reads_kanji_full_width_and_arabic_numbers() -> None:
    town = articles(read_draft(HERE, "kuwagaya-cho"))
    assert town[0] == "1条" and town[-1] == "23条" and len(town) == 23
    city = articles(read_draft(HERE, "sukida-shi"))
    assert city[-1] == "31条" and len(city) == 31
    assert len(articles(read_draft(HERE, "kamazawa-mura"))) == 24
    assert len(articles(read_draft(HERE, "minodai-shi"))) == 25
    clean = articles(read_draft(HERE, "sukigara-mura"))
    assert clean[-1] == "39条" and len(clean) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    town = read_draft(HERE, "kuwagaya-cho")
    assert location_exists(town, "第6条第2項") and location_exists(town, "附則第3項")
    assert not location_exists(town, "第24条") and not location_exists(town, "目次")
    city = read_draft(HERE, "sukida-shi")
    assert location_exists(city, "第4章") and not location_exists(city, "第32条") and not location_exists(city, "目次")
    village = read_draft(HERE, "kamazawa-mura")
    assert location_exists(village, "付則第1項") and not location_exists(village, "付則第4項")
    clean = read_draft(HERE, "sukigara-mura")
    assert location_exists(clean, "目次") and location_exists(clean, "第7章") and location_exists(clean, "付則第2条")
    assert not location_exists(clean, "第40条") and not location_exists(clean, "付則第3条")


def test_the_seeded_text_is_where_the_gold_says() -> None:
    town = read_draft(HERE, "kuwagaya-cho")
    assert "平成十五年法律第五十七号）第二条第三項" in town and "三年以下の懲役" in town
    assert "三　実施機関が所掌事務" in town and "\n四　" not in town.split("（利用及び提供の制限）")[1].split("（オンライン")[0]
    city = read_draft(HERE, "sukida-shi")
    assert "第３２条の規定により" in city and "（契約の解除）" not in city and "犯罪により害を被った事実" not in city
    assert "第１９条　実施機関は" in city and "）\n第１９条" not in city
    village = read_draft(HERE, "kamazawa-mura")
    assert "第2条第2項に規定する個人識別符号" in village and "開示決定等" in village and "「開示決定等」" not in village
    minodai = read_draft(HERE, "minodai-shi")
    assert "第7条第2項の委託" in minodai and "(以下この条において「審議会」という。)" in minodai
    assert "その役員のうちに" not in minodai
