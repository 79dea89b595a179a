"""The fresh 2016 held-out set "di"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="minatoakari-ku.txt", spread=True, every_point=False))


def test_only_the_town_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"shiomachi-cho.txt": ("C0",)})
    assert "非識別" not in read_draft(HERE, "shiomachi-cho")
    for name in ("shiomidai-shi", "moyaiura-shi", "toudaizaki-eisei", "minatoakari-ku"):
        assert "実施機関非識別加工情報" in read_draft(HERE, name)


def test_article_counts_over_kanji_full_width_half_width_a_gap_and_a_branch_article() -> None:
    city = articles(read_draft(HERE, "shiomidai-shi"))
    assert city[0] == "1条" and city[-1] == "34条" and len(city) == 34
    port = articles(read_draft(HERE, "moyaiura-shi"))
    assert port[-1] == "27条" and len(port) == 27
    town = articles(read_draft(HERE, "shiomachi-cho"))
    assert "16条" not in town and town[-1] == "26条" and len(town) == 25
    union = articles(read_draft(HERE, "toudaizaki-eisei"))
    assert "20条の2" in union and union[-1] == "31条" and len(union) == 32
    clean = articles(read_draft(HERE, "minatoakari-ku"))
    assert clean[-1] == "38条" and len(clean) == 38


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "shiomidai-shi")
    assert location_exists(city, "目次") and location_exists(city, "第6章") and not location_exists(city, "第7章")
    assert location_exists(city, "第2条第7号") and location_exists(city, "附則第2項")
    assert not location_exists(city, "附則第3項") and not location_exists(city, "第35条")
    port = read_draft(HERE, "moyaiura-shi")
    assert not location_exists(port, "目次") and location_exists(port, "第26条第2項")
    assert location_exists(port, "第10条第2項") and not location_exists(port, "第10条第3項")
    town = read_draft(HERE, "shiomachi-cho")
    assert location_exists(town, "付則第3条") and not location_exists(town, "付則第4条")
    assert location_exists(town, "第17条") and not location_exists(town, "第16条")
    union = read_draft(HERE, "toudaizaki-eisei")
    assert location_exists(union, "第20条の2") and location_exists(union, "第2条第2項")
    assert not location_exists(union, "第2条第3項") and location_exists(union, "附則第3項")
    clean = read_draft(HERE, "minatoakari-ku")
    assert location_exists(clean, "第2条第10項") and not location_exists(clean, "第2条第11項")
    assert location_exists(clean, "第4章") and not location_exists(clean, "第39条")


def test_the_seeded_slips_are_in_the_text_and_absent_from_the_clean_draft() -> None:
    city = read_draft(HERE, "shiomidai-shi")
    assert "他の情報と容易に照合することができ" in city and "本人の人種、信条、病歴" in city
    assert "法第二条第九項に規定する非識別加工情報" in city and "第四章　非識別加工情報の提供（第十九条―第三十条）" in city
    assert "十万円以下の過料" in city and "（契約の解除）" not in city
    port = read_draft(HERE, "moyaiura-shi")
    assert "平成15年法律第59号" in port and "(1)　個人情報　個人に関する情報" in port
    assert "犯罪により害を被った事実が含まれる個人情報をいう" in port and "規則で定める額" in port
    assert "第10条第3項" in port and port.find("審議会の意見") < port.find("（以下「審議会」という。）")
    town = read_draft(HERE, "shiomachi-cho")
    assert "ものを含む。）をいう。\n（２）" in town and "思想、信条及び信教" in town
    assert "令和２年１月１日から施行" in town and "\n第２１条　" in town and "要配慮" not in town.split("第７条")[1].split("第８条")[0]
    union = read_draft(HERE, "toudaizaki-eisei")
    assert "その役員のうちに" not in union and "提案を募集する個人情報ファイルである旨" not in union
    assert "規則で定める基準に従い、当該保有個人情報を加工" not in union and "（以下「削除情報等」という。）" not in union
    assert "第八条第一項の委託" in union
    clean = read_draft(HERE, "minatoakari-ku")
    assert "法律第五十八号。以下「法」" in clean and "犯罪により害を被った事実その他" in clean
    assert "（実施機関非識別加工情報の利用に関する契約の解除）" in clean and "その役員のうちに" in clean
    assert "規則で定める基準に従い、当該保有個人情報を加工" in clean and "（以下この条及び次条において「削除情報等」という。）" in clean
    assert "三年以下" not in clean and "十万円以下の過料" not in clean and "規則で定める額" not in clean
