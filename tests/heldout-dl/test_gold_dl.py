"""The fresh 2016 held-out set "dl"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="kirimine-ken.txt", spread=True, every_point=False))


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"okuhokora-mura.txt": ("C0",)}, strict=True)
    assert "非識別" not in read_draft(HERE, "okuhokora-mura")


def test_the_article_counter_reads_branch_articles_kanji_and_full_width() -> None:
    city = articles(read_draft(HERE, "hokoradake-shi"))
    assert "20条の14" in city and "20条の15" not in city and city[-1] == "27条" and len(city) == 40
    town = articles(read_draft(HERE, "morimine-cho"))
    assert town[0] == "1条" and town[-1] == "39条" and len(town) == 39
    village = articles(read_draft(HERE, "okuhokora-mura"))
    assert village[-1] == "24条" and len(village) == 24
    board = articles(read_draft(HERE, "takemori-suido"))
    assert board[-1] == "38条" and len(board) == 38
    clean = articles(read_draft(HERE, "kirimine-ken"))
    assert clean[-1] == "40条" and len(clean) == 40


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    town = read_draft(HERE, "morimine-cho")
    assert location_exists(town, "付則第3条") and not location_exists(town, "付則第4条")
    # the seeded dangling reference: 第十一条 has two 項 only
    assert location_exists(town, "第11条第2項") and not location_exists(town, "第11条第3項")
    city = read_draft(HERE, "hokoradake-shi")
    assert location_exists(city, "目次") and location_exists(city, "第4章の2")
    assert location_exists(city, "附則第4項") and not location_exists(city, "附則第5項")
    board = read_draft(HERE, "takemori-suido")
    assert location_exists(board, "附則第3項") and not location_exists(board, "第39条")
    clean = read_draft(HERE, "kirimine-ken")
    assert location_exists(clean, "第2条第12項") and not location_exists(clean, "第2条第13項")


def test_the_seeded_text_is_where_the_gold_lists_say() -> None:
    city = read_draft(HERE, "hokoradake-shi")
    assert "（平成15年法律第57号。以下「行政機関個人情報保護法」という。）" in city
    assert "第4章の2　非識別加工情報の提供（第20条の2―第20条の13）" in city
    assert city.index("審議会の意見を聴いて") < city.index("（以下「審議会」という。）")
    assert "規則で定める額の手数料" in city
    town = read_draft(HERE, "morimine-cho")
    assert "他の情報と容易に照合することができ" in town and "犯罪により害を被った事実" not in town
    assert "三年以下の懲役" in town and "令和二年七月一日から施行する" in town
    assert "契約の解除" not in town
    village = read_draft(HERE, "okuhokora-mura")
    assert "第2条第2項に規定する個人識別符号" in village and "組織的" not in village
    assert "(2)　実施機関が仕事に必要な範囲で内部で使う" in village and "\n(3)　" not in village.split("（安全に管理すること）")[0].split("（目的のほかに使うとき、渡すとき）")[1]
    board = read_draft(HERE, "takemori-suido")
    assert "行政機関の保有する個人情報の保護に関する法律（以下「法」という。）" in board
    assert "削除情報" not in board and "意見書を提出する機会" not in board
    assert "第8条第2項の受託業務" in board and "構成団体" in board.split("（実施機関の責務）")[0]
    assert "構成団体" not in board.split("（実施機関の責務）")[1]


def test_the_clean_draft_has_every_piece_of_the_mechanism() -> None:
    clean = read_draft(HERE, "kirimine-ken")
    for piece in (
        "（提案の募集）", "（欠格事由）", "（提案の審査等）", "（第三者に対する意見書提出の機会の付与等）",
        "（実施機関非識別加工情報の利用に関する契約の締結）", "（実施機関非識別加工情報の作成等）",
        "（契約の解除）", "（手数料）", "（識別行為の禁止等）", "（従事者の義務）",
        "犯罪により害を被った事実", "記録情報に要配慮個人情報が含まれるときは、その旨",
        "（平成１５年法律第５８号。以下「行政機関個人情報保護法」という。）",
    ):
        assert piece in clean, piece
