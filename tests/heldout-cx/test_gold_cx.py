"""The fresh 2016 held-out set "cx"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="kajiyadani-mura.txt", spread=True))


def test_only_the_town_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"kuwabata-cho.txt": ("C0",)})
    town = read_draft(HERE, "kuwabata-cho")
    assert "実施機関非識別加工情報" not in town and "個人情報取扱事務登録簿" in town


def test_the_article_counter_reads_half_width_full_width_kanji_and_branch_articles() -> None:
    city = articles(read_draft(HERE, "kajidoko-shi"))
    assert city[0] == "1条" and city[-1] == "37条" and len(city) == 37
    reiki = articles(read_draft(HERE, "imonoya-shi"))
    assert "8条" in reiki and "20条の6" in reiki and "20条の7" not in reiki and "20条の8" in reiki
    assert reiki[-1] == "24条" and len(reiki) == 36
    town = articles(read_draft(HERE, "kuwabata-cho"))
    assert town[-1] == "25条" and len(town) == 25
    union = articles(read_draft(HERE, "tsuchiuchi-kouiki"))
    assert union[-1] == "29条" and len(union) == 29
    clean = articles(read_draft(HERE, "kajiyadani-mura"))
    assert clean[-1] == "40条" and len(clean) == 40


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "kajidoko-shi")
    assert location_exists(city, "第15条第3項") and not location_exists(city, "第15条第4項")
    assert location_exists(city, "目次") and location_exists(city, "第6章") and not location_exists(city, "第7章")
    assert location_exists(city, "第2条第12項") and not location_exists(city, "第2条第13項")
    reiki = read_draft(HERE, "imonoya-shi")
    assert location_exists(reiki, "第4章の2") and location_exists(reiki, "第20条の8")
    assert not location_exists(reiki, "第20条の7") and not location_exists(reiki, "目次")
    town = read_draft(HERE, "kuwabata-cho")
    assert location_exists(town, "付則第3項") and not location_exists(town, "付則第4項")
    assert not location_exists(town, "第1章") and not location_exists(town, "第26条")
    union = read_draft(HERE, "tsuchiuchi-kouiki")
    assert location_exists(union, "附則第3項") and not location_exists(union, "附則第4項")
    assert location_exists(union, "第6章") and not location_exists(union, "第30条")
    clean = read_draft(HERE, "kajiyadani-mura")
    assert location_exists(clean, "附則第4条") and not location_exists(clean, "附則第5条")
    assert location_exists(clean, "第21条第4項") and not location_exists(clean, "第41条")


def test_the_seeded_slips_are_in_the_text_and_the_clean_draft_has_none_of_them() -> None:
    city = read_draft(HERE, "kajidoko-shi")
    assert "他の情報と容易に照合することができ" in city and "200万円以下の罰金" in city
    assert "第15条第4項の規定の例により" in city and "意見書提出の機会" not in city
    assert city.index("審議会の意見を聴いて") < city.index("(以下「審議会」という。)")
    reiki = read_draft(HERE, "imonoya-shi")
    assert "実費を勘案して規則で定める額" in reiki and "第8条第2項の例により" in reiki
    assert "鋳物谷市情報公開条例(以下「情報公開条例」という。)" in reiki and "要配慮個人情報が含まれるときは" not in reiki
    town = read_draft(HERE, "kuwabata-cho")
    assert "第二条第四項に規定する個人識別符号" in town and "犯罪により害を被った事実" not in town
    assert "　四　出版、報道等により公にされているとき。\n　四　" in town and "非識別加工情報の提案の募集" in town
    union = read_draft(HERE, "tsuchiuchi-kouiki")
    assert "法第４章の２（第４４条の１３及び第４４条の１４を除く。）" in union
    assert union.count("（以下「審議会」という。）") == 2 and "令和元年１０月１日から施行" in union
    assert "有用性" not in union and "思想、信条及び信教" in union
    clean = read_draft(HERE, "kajiyadani-mura")
    assert "（平成１５年法律第５８号。以下「法」という。）" in clean and "（識別行為の禁止等）" in clean
    assert "２１，０００円" in clean and "１２，６００円" in clean and "規則で定める額" not in clean
    assert "２年以下の懲役又は１００万円以下の罰金" in clean and "５万円以下の過料" in clean
    assert "容易に照合" not in clean and "令和２年３月１３日" in clean and "令和２年４月１日から施行" in clean
