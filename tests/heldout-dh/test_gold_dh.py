"""The fresh 2016 held-out set "dh"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="mandou-shi.txt", spread=True, every_point=False))


def test_only_the_two_drafts_without_the_mechanism_have_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"kagaribi-cho.txt": ("C0",), "shokugaura-kigyodan.txt": ("C0",)})
    for name in ("kagaribi-cho", "shokugaura-kigyodan"):
        assert "非識別" not in read_draft(HERE, name)
    for name in ("tourougaoka-shi", "taimatsu-mura", "mandou-shi"):
        assert "非識別加工情報" in read_draft(HERE, name)


def test_article_counts_over_kanji_full_width_half_width_and_a_branch_article() -> None:
    city = articles(read_draft(HERE, "tourougaoka-shi"))
    assert city[0] == "1条" and city[-1] == "37条" and len(city) == 37
    town = articles(read_draft(HERE, "kagaribi-cho"))
    assert town[-1] == "26条" and len(town) == 26
    village = articles(read_draft(HERE, "taimatsu-mura"))
    assert village[-1] == "36条" and len(village) == 36
    union = articles(read_draft(HERE, "shokugaura-kigyodan"))
    assert "15条の2" in union and union[-1] == "25条" and len(union) == 26
    clean = articles(read_draft(HERE, "mandou-shi"))
    assert clean[-1] == "40条" and len(clean) == 40


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "tourougaoka-shi")
    assert location_exists(city, "目次") and location_exists(city, "第6章") and not location_exists(city, "第7章")
    assert location_exists(city, "附則第2項") and not location_exists(city, "附則第3項")
    town = read_draft(HERE, "kagaribi-cho")
    assert not location_exists(town, "目次") and location_exists(town, "第2条第7項")
    assert not location_exists(town, "第2条第8項") and location_exists(town, "附則第4項")
    village = read_draft(HERE, "taimatsu-mura")
    assert location_exists(village, "第8条第2項") and not location_exists(village, "第8条第3項")
    assert location_exists(village, "付則第2項") and not location_exists(village, "付則第3項")
    union = read_draft(HERE, "shokugaura-kigyodan")
    assert location_exists(union, "附則第3条") and not location_exists(union, "附則第4条")
    assert not location_exists(union, "第26条")
    clean = read_draft(HERE, "mandou-shi")
    assert location_exists(clean, "第3章第3節") and location_exists(clean, "第3条第4項")
    assert not location_exists(clean, "第3条第5項") and not location_exists(clean, "第41条")


def test_the_seeded_slips_are_in_the_text_and_absent_from_the_clean_draft() -> None:
    city = read_draft(HERE, "tourougaoka-shi")
    assert "法律第五十七号。以下「法」" in city and "法第二条第四項に規定する個人識別符号" in city
    assert "第五章　雑則（第三十三条・第三十四条）" in city and "第三十五条　この条例の施行" in city
    assert "犯罪により害を被った事実" not in city and "契約を解除され" not in city
    town = read_draft(HERE, "kagaribi-cho")
    assert "保護に関する法律第２条第３項" in town and "思想、信条及び信教" in town
    assert "\n第１５条　" in town and "（訂正請求）" not in town
    village = read_draft(HERE, "taimatsu-mura")
    assert "容易に照らし合わせることができ、それによって特定の個人が分かることとなるものを含む。)\nイ" in village
    assert "第8条第3項" in village and "規則で定める額の手数料" in village
    union = read_draft(HERE, "shokugaura-kigyodan")
    assert "生存する" not in union and "三年以下の懲役" in union and "要配慮情報を" in union
    assert "令和元年十月一日から施行" in union and "令和元年十二月二十日" in union
    clean = read_draft(HERE, "mandou-shi")
    assert "法律第五十八号。以下「法」" in clean and "犯罪により害を被った事実" in clean
    assert "契約を解除され" in clean and "意見書を提出する機会" in clean and "別表（第三十二条関係）" in clean
    assert "三年以下" not in clean and "規則で定める額" not in clean and "要配慮情報" not in clean
