"""The fresh 2016 held-out set "di"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-di``), and the drafts are not even
parsed by the engine: whether a location exists is decided by the small reading of the text in
``tests/heldout_reading.py`` (article headings in Arabic, full-width or kanji numbers, paragraph
numbers, chapter headings, 附則/付則 headings), independent of ``ordreview.core.parse``.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import (
    acc,
    articles,
    common_gold_tests,
    gold,
)
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="minatoakari-ku.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_town_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"] and not d.get("added_after_run")] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["shiomachi-cho.txt"]
    assert [acc.requirements_of(d) for d in unseeded["shiomachi-cho.txt"]] == [("C0",)]
    assert "非識別" not in _read("shiomachi-cho")
    for name in ("shiomidai-shi", "moyaiura-shi", "toudaizaki-eisei", "minatoakari-ku"):
        assert "実施機関非識別加工情報" in _read(name)


def test_no_requirement_kind_pair_is_seeded_twice() -> None:
    seen: dict[str, str] = {}
    for p in GOLDS:
        for d in gold(p)["defects"]:
            if not d["seeded"]:
                continue
            key = f"{acc.requirements_of(d)[0]}/{d['kind']}"
            assert key not in seen, (key, seen.get(key), gold(p)["draft"])
            seen[key] = gold(p)["draft"]


def test_article_counts_over_kanji_full_width_half_width_a_gap_and_a_branch_article() -> None:
    city = articles(_read("shiomidai-shi"))
    assert city[0] == "1条" and city[-1] == "34条" and len(city) == 34
    port = articles(_read("moyaiura-shi"))
    assert port[-1] == "27条" and len(port) == 27
    town = articles(_read("shiomachi-cho"))
    assert "16条" not in town and town[-1] == "26条" and len(town) == 25
    union = articles(_read("toudaizaki-eisei"))
    assert "20条の2" in union and union[-1] == "31条" and len(union) == 32
    clean = articles(_read("minatoakari-ku"))
    assert clean[-1] == "38条" and len(clean) == 38


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = _read("shiomidai-shi")
    assert location_exists(city, "目次") and location_exists(city, "第6章") and not location_exists(city, "第7章")
    assert location_exists(city, "第2条第7号") and location_exists(city, "附則第2項")
    assert not location_exists(city, "附則第3項") and not location_exists(city, "第35条")
    port = _read("moyaiura-shi")
    assert not location_exists(port, "目次") and location_exists(port, "第26条第2項")
    assert location_exists(port, "第10条第2項") and not location_exists(port, "第10条第3項")
    town = _read("shiomachi-cho")
    assert location_exists(town, "付則第3条") and not location_exists(town, "付則第4条")
    assert location_exists(town, "第17条") and not location_exists(town, "第16条")
    union = _read("toudaizaki-eisei")
    assert location_exists(union, "第20条の2") and location_exists(union, "第2条第2項")
    assert not location_exists(union, "第2条第3項") and location_exists(union, "附則第3項")
    clean = _read("minatoakari-ku")
    assert location_exists(clean, "第2条第10項") and not location_exists(clean, "第2条第11項")
    assert location_exists(clean, "第4章") and not location_exists(clean, "第39条")


def test_the_seeded_slips_are_in_the_text_and_absent_from_the_clean_draft() -> None:
    city = _read("shiomidai-shi")
    assert "他の情報と容易に照合することができ" in city and "本人の人種、信条、病歴" in city
    assert "法第二条第九項に規定する非識別加工情報" in city and "第四章　非識別加工情報の提供（第十九条―第三十条）" in city
    assert "十万円以下の過料" in city and "（契約の解除）" not in city
    port = _read("moyaiura-shi")
    assert "平成15年法律第59号" in port and "(1)　個人情報　個人に関する情報" in port
    assert "犯罪により害を被った事実が含まれる個人情報をいう" in port and "規則で定める額" in port
    assert "第10条第3項" in port and port.find("審議会の意見") < port.find("（以下「審議会」という。）")
    town = _read("shiomachi-cho")
    assert "ものを含む。）をいう。\n（２）" in town and "思想、信条及び信教" in town
    assert "令和２年１月１日から施行" in town and "\n第２１条　" in town and "要配慮" not in town.split("第７条")[1].split("第８条")[0]
    union = _read("toudaizaki-eisei")
    assert "その役員のうちに" not in union and "提案を募集する個人情報ファイルである旨" not in union
    assert "規則で定める基準に従い、当該保有個人情報を加工" not in union and "（以下「削除情報等」という。）" not in union
    assert "第八条第一項の委託" in union
    clean = _read("minatoakari-ku")
    assert "法律第五十八号。以下「法」" in clean and "犯罪により害を被った事実その他" in clean
    assert "（実施機関非識別加工情報の利用に関する契約の解除）" in clean and "その役員のうちに" in clean
    assert "規則で定める基準に従い、当該保有個人情報を加工" in clean and "（以下この条及び次条において「削除情報等」という。）" in clean
    assert "三年以下" not in clean and "十万円以下の過料" not in clean and "規則で定める額" not in clean
