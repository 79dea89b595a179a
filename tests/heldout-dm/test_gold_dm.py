"""The fresh 2016 held-out set "dm"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="shinobue-ken.txt", spread=True, every_point=False))


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"kotosawa-mura.txt": ("C0",)}, strict=True)
    assert "非識別" not in read_draft(HERE, "kotosawa-mura")


def test_the_article_counter_reads_kanji_full_width_and_half_width() -> None:
    assert len(articles(read_draft(HERE, "fuegaoka-shi"))) == 34
    town = articles(read_draft(HERE, "tsuzumihara-cho"))
    assert town[0] == "1条" and town[-1] == "35条" and len(town) == 35
    assert len(articles(read_draft(HERE, "kotosawa-mura"))) == 23
    # the 読替え table rows (第44条の2… ｜) are not read as articles
    board = articles(read_draft(HERE, "shounotani-kouiki"))
    assert board[-1] == "23条" and len(board) == 23
    assert len(articles(read_draft(HERE, "shinobue-ken"))) == 40


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    town = read_draft(HERE, "tsuzumihara-cho")
    # the seeded dangling reference: 第八条 has two 項 only
    assert location_exists(town, "第8条第2項") and not location_exists(town, "第8条第3項")
    assert location_exists(town, "付則第3項") and not location_exists(town, "付則第4項")
    city = read_draft(HERE, "fuegaoka-shi")
    assert location_exists(city, "目次") and location_exists(city, "第5章") and not location_exists(city, "第35条")
    clean = read_draft(HERE, "shinobue-ken")
    assert location_exists(clean, "第2条第11項") and not location_exists(clean, "第2条第12項")
    assert location_exists(clean, "附則第4項") and not location_exists(clean, "附則第5項")


def test_the_seeded_text_is_where_the_gold_lists_say() -> None:
    city = read_draft(HERE, "fuegaoka-shi")
    assert "（平成15年法律第57号。以下「法」という。）" in city and "削除情報" not in city
    assert "第4章　非識別加工情報の提供（第15条―第29条）" in city
    assert city.index("第5章　雑則\n") < city.index("第28条") and "3年以下の懲役" in city
    town = read_draft(HERE, "tsuzumihara-cho")
    assert "他の情報と容易に照合することができ、それにより特定の個人を識別することができることとなるものを含む。）\n二" in town
    assert "犯罪により害を被った事実" not in town and "契約の解除" not in town
    assert town.index("審議会の意見") < town.index("（以下「審議会」という。）")
    assert "令和二年六月十九日" in town and "令和二年四月一日から施行する" in town and "第八条第三項" in town
    village = read_draft(HERE, "kotosawa-mura")
    assert "組織的" not in village and "規則で定める記述等" not in village
    assert village.count("特定個人情報") == 2 and "（４）　特定個人情報" in village and "（行政機関の保有する個人情報の保護に関する法律（以下" not in village
    assert "\n第１０条　" in village and "（従事者" not in village
    board = read_draft(HERE, "shounotani-kouiki")
    assert "という。）第2条第2項に規定する個人識別符号" in board and "要配慮情報を" in board
    assert "(3)　構成市町村" in board and "\n(4)　" not in board.split("（収集の制限）")[1].split("（利用及び提供の制限）")[0]
    assert "第44条の2から第44条の7まで及び第44条の9から第44条の16まで" in board and "広域連合長が定める額" in board


def test_the_clean_draft_has_every_piece_of_the_mechanism() -> None:
    clean = read_draft(HERE, "shinobue-ken")
    for piece in (
        "（提案の募集）", "（欠格事由）", "（提案の審査等）", "（第三者に対する意見書提出の機会の付与等）",
        "（実施機関非識別加工情報の利用に関する契約の締結）", "（実施機関非識別加工情報の作成等）",
        "（実施機関非識別加工情報の利用に関する契約の解除）", "（手数料）", "（識別行為の禁止等）", "（従事者の義務）",
        "犯罪により害を被った事実", "記録情報に要配慮個人情報が含まれるときは、その旨", "別表（第31条関係）",
        "（平成15年法律第58号。以下「行政機関個人情報保護法」という。）", "削除情報（",
    ):
        assert piece in clean, piece
