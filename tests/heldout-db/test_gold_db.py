"""The fresh 2016 held-out set "db"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-db``), and the drafts are not even
parsed by the engine: whether a location exists is decided by the small reading of the text in
``tests/heldout_reading.py`` (article headings in Arabic, full-width or kanji numbers, paragraph
numbers, chapter headings, 附則/付則 headings), independent of ``ordreview.core.parse``.
"""

from __future__ import annotations

import re
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

globals().update(common_gold_tests(HERE, clean="nijikawa-shi.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"] and not d.get("added_after_run")] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["kasumisawa-mura.txt"]
    assert [acc.requirements_of(d) for d in unseeded["kasumisawa-mura.txt"]] == [("C0",)]


def test_no_requirement_kind_pair_is_seeded_twice_and_every_seeded_draft_touches_a_b_c_and_o() -> None:
    seen: dict[str, str] = {}
    for p in GOLDS:
        g = gold(p)
        points = set()
        for d in g["defects"]:
            if not d["seeded"]:
                continue
            key = f"{acc.requirements_of(d)[0]}/{d['kind']}"
            assert key not in seen, (key, seen.get(key), g["draft"])
            seen[key] = g["draft"]
            points |= {r[0] for r in acc.requirements_of(d)}
        if not g["clean"]:
            assert points >= {"A", "B", "C", "O"} or points >= {"A", "B", "O"}, (g["draft"], points)
    assert len(seen) == 24


def test_the_article_counter_reads_kanji_full_width_half_width_deleted_and_branch_articles() -> None:
    city = articles(_read("nijigahara-shi"))
    assert city[0] == "1条" and city[-1] == "29条" and len(city) == 29
    town = articles(_read("amaoto-cho"))
    assert town[0] == "1条" and town[-1] == "24条" and len(town) == 24
    village = articles(_read("kasumisawa-mura"))
    assert village[-1] == "24条" and len(village) == 24
    union = articles(_read("kumomine-rengo"))
    assert union[-1] == "22条" and len(union) == 22
    clean = articles(_read("nijikawa-shi"))
    assert "2条の2" in clean and "21条の10" in clean and "7条" in clean and "23条" in clean
    assert clean[-1] == "28条" and len(clean) == 38


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = _read("nijigahara-shi")
    assert location_exists(city, "目次") and location_exists(city, "第6章") and not location_exists(city, "第7章")
    assert location_exists(city, "第23条第2項") and not location_exists(city, "第23条第3項")
    town = _read("amaoto-cho")
    assert location_exists(town, "付則第2項") and not location_exists(town, "付則第3項")
    assert not location_exists(town, "目次") and not location_exists(town, "第25条")
    village = _read("kasumisawa-mura")
    assert location_exists(village, "附則第4項") and not location_exists(village, "第26条")
    assert location_exists(village, "第2条第8項") and not location_exists(village, "第2条第9項")
    union = _read("kumomine-rengo")
    assert location_exists(union, "附則") and not location_exists(union, "第23条")
    assert not location_exists(union, "第14条第2項")
    clean = _read("nijikawa-shi")
    assert location_exists(clean, "第3章第3節") and location_exists(clean, "第21条の10")
    assert not location_exists(clean, "第21条の11") and location_exists(clean, "第2条の2第4項")


def test_the_seeded_slips_are_in_the_text_and_the_clean_draft_has_none() -> None:
    city = _read("nijigahara-shi")
    assert "第三章　開示、訂正及び利用停止（第十一条―第十六条）" in city and "第十七条　開示請求に係る" in city
    assert "他の情報と容易に照合" in city and "人事委員会" not in city and "二百万円以下の罰金" in city
    town = _read("amaoto-cho")
    assert "審査会" in town.split("第１４条")[1].split("第１５条")[0]
    assert "（以下「審査会」といいます。）" in town.split("第２０条")[1]
    assert re.search(r"^第２１条　", town, flags=re.M) and not re.search(r"^（[^）]*）\n第２１条", town, flags=re.M)
    village = _read("kasumisawa-mura")
    items = re.findall(r"^\((\d)\)", village.split("第6条")[1].split("2　実施機関は、前項")[0], flags=re.M)
    assert items == ["1", "2", "4", "5"]
    assert "第26条の規定による開示" in village and "非識別加工情報の提供" not in village
    union = _read("kumomine-rengo")
    assert "以下「法」という。）第二条第二項に規定する個人識別符号" in union and "以下この条において「受託者」" in union
    assert "受託者" in union.split("第二十条")[1]
    clean = _read("nijikawa-shi")
    assert re.search(r"^第七条　削除$", clean, flags=re.M) and re.search(r"^第二十三条　削除$", clean, flags=re.M)
    assert "第七条" not in clean.replace("第七条　削除", "").split("附　則")[0].replace("第七条に規定する非公開情報", "")
    assert "第二十三条" not in clean.replace("第二十三条　削除", "").split("附　則")[0]
