"""The fresh 2016 held-out set "df"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="tsurunuma-mura.txt", spread=True, every_point=False))


def test_only_the_plain_town_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"ashibe-cho.txt": ("C0",)}, strict=True)
    assert "非識別" not in read_draft(HERE, "ashibe-cho")
    assert "ます。" in read_draft(HERE, "ashibe-cho")
    assert all("非識別加工情報" in read_draft(HERE, n) for n in ("sagiura-shi", "kamoe-shi", "ashikamo-kumiai", "tsurunuma-mura"))


def test_article_counts_over_half_width_kanji_branch_and_full_width_numbers() -> None:
    city = articles(read_draft(HERE, "sagiura-shi"))
    assert city[0] == "1条" and city[-1] == "32条" and len(city) == 32
    reikishu = articles(read_draft(HERE, "kamoe-shi"))
    assert "5条の2" in reikishu and "12条の2" in reikishu and "16条の12" in reikishu
    assert "16条の13" not in reikishu and reikishu[-1] == "21条" and len(reikishu) == 34
    town = articles(read_draft(HERE, "ashibe-cho"))
    assert town[-1] == "26条" and len(town) == 26
    union = articles(read_draft(HERE, "ashikamo-kumiai"))
    assert union[-1] == "30条" and len(union) == 30
    clean = articles(read_draft(HERE, "tsurunuma-mura"))
    assert clean[-1] == "36条" and len(clean) == 36


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "sagiura-shi")
    assert location_exists(city, "目次") and location_exists(city, "第6章") and not location_exists(city, "第7章")
    assert location_exists(city, "附則第2項") and not location_exists(city, "附則第3項")
    reikishu = read_draft(HERE, "kamoe-shi")
    assert location_exists(reikishu, "第16条の10") and not location_exists(reikishu, "第16条の13")
    assert location_exists(reikishu, "第12条の2") and not location_exists(reikishu, "目次")
    town = read_draft(HERE, "ashibe-cho")
    assert location_exists(town, "附則第3項") and not location_exists(town, "附則第4項")
    assert not location_exists(town, "第27条") and not location_exists(town, "第1章")
    union = read_draft(HERE, "ashikamo-kumiai")
    assert location_exists(union, "付則第3項") and location_exists(union, "第2条第10項")
    assert not location_exists(union, "第2条第11項") and not location_exists(union, "第31条")
    clean = read_draft(HERE, "tsurunuma-mura")
    assert location_exists(clean, "附則第3条") and not location_exists(clean, "附則第4条")
    assert not location_exists(clean, "目次") and not location_exists(clean, "第1章")


def test_the_seeded_slips_are_in_the_text_and_absent_from_the_clean_draft() -> None:
    city = read_draft(HERE, "sagiura-shi")
    assert "第4章　非識別加工情報の提供（第16条―第26条）" in city and "平成26年法律第86号" in city
    assert "150万円以下の罰金" in city and "犯罪により害を被った事実が含まれる個人情報" in city
    reikishu = read_draft(HERE, "kamoe-shi")
    assert "第十六条の十三の規定により" in reikishu and "規則で定める額の手数料" in reikishu
    assert re.search(r"^第十二条の二　", reikishu, flags=re.M) and "組織的に利用" not in reikishu
    town = read_draft(HERE, "ashibe-cho")
    assert "容易に照合" in town and "害を被った事実" not in town and "訂正決定等" in town
    assert "行政不服審査法による" in town
    union = read_draft(HERE, "ashikamo-kumiai")
    assert "法第2条第3項に規定する要配慮個人情報" in union and "解除することができる" not in union
    assert re.search(r"^三　法人その他.*\n五　", union, flags=re.M)
    clean = read_draft(HERE, "tsurunuma-mura")
    assert "平成２６年法律第６８号" in clean and "規則で定める額" not in clean and "削除情報" in clean
    assert "法第２条第４項の政令で定める記述等" in clean and "組織的に利用" in clean
    assert "犯罪により害を被った事実その他" in clean and "解除することができる" in clean
