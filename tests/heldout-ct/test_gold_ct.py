"""The fresh 2016 held-out set "ct"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-ct``), and the drafts are not even
parsed by the engine: whether a location exists is decided by the small reading of the text in
``tests/heldout_reading.py`` (article headings in Arabic, full-width or kanji numbers, paragraph
numbers, chapter headings, 附則/付則 headings), independent of ``ordreview.core.parse``.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import (
    acc,
    articles,
    check_seeded_drafts_touch_every_point,
    common_gold_tests,
    gold,
)
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="kosatsu-cho.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_fire_union_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["shukutsugi-kumiai.txt"]
    assert [acc.requirements_of(d) for d in unseeded["shukutsugi-kumiai.txt"]] == [("C0",)]
    union = _read("shukutsugi-kumiai")
    assert "実施機関非識別加工情報" not in union and "非識別加工情報に係る提案の募集" in union


def test_no_requirement_and_kind_is_seeded_twice_in_the_set() -> None:
    seen: dict[str, str] = {}
    for p in GOLDS:
        for d in gold(p)["defects"]:
            if not d["seeded"]:
                continue
            key = f"{acc.requirements_of(d)[0]}/{d['kind']}"
            assert key not in seen, (key, seen.get(key), gold(p)["draft"])
            seen[key] = gold(p)["draft"]


def test_every_seeded_draft_touches_definitions_yohairyo_mechanism_and_drafting() -> None:
    check_seeded_drafts_touch_every_point(GOLDS)


def test_only_one_draft_is_in_plain_wording() -> None:
    plain = [p.stem for p in HERE.glob("*.txt") if "ます。" in p.read_text(encoding="utf-8")]
    assert plain == ["hatago-cho"]


def test_the_article_counter_reads_half_width_full_width_branch_and_kanji_articles() -> None:
    city = articles(_read("tenma-shi"))
    assert "20条の2" in city and city[-1] == "31条" and len(city) == 32
    ward = articles(_read("ekiro-ku"))
    assert ward[-1] == "27条" and len(ward) == 27
    town = articles(_read("hatago-cho"))
    assert town[-1] == "27条" and len(town) == 27
    union = articles(_read("shukutsugi-kumiai"))
    assert {"5条の2", "8条の2", "8条の3", "11条の2"} <= set(union) and union[-1] == "25条" and len(union) == 29
    clean = articles(_read("kosatsu-cho"))
    assert clean[-1] == "38条" and len(clean) == 38


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = _read("tenma-shi")
    assert location_exists(city, "第20条第3項") and not location_exists(city, "第20条第4項")
    assert location_exists(city, "目次") and location_exists(city, "第6章") and not location_exists(city, "第7章")
    assert location_exists(city, "第3条第5項") and not location_exists(city, "第3条第6項")
    ward = _read("ekiro-ku")
    assert not location_exists(ward, "目次") and not location_exists(ward, "第1章")
    assert location_exists(ward, "附則第2項") and not location_exists(ward, "附則第3項")
    assert location_exists(ward, "第12条第4項") and not location_exists(ward, "第28条")
    town = _read("hatago-cho")
    assert location_exists(town, "第5章") and not location_exists(town, "第6章")
    assert location_exists(town, "第25条第3項") and not location_exists(town, "第28条")
    union = _read("shukutsugi-kumiai")
    assert location_exists(union, "第8条の3第2項") and not location_exists(union, "第8条の4")
    assert location_exists(union, "附則(平成30年3月20日組合条例第2号)")
    assert location_exists(union, "附則(平成28年3月25日組合条例第4号)第2項")
    assert not location_exists(union, "附則(平成28年3月25日組合条例第4号)第3項")
    clean = _read("kosatsu-cho")
    assert location_exists(clean, "付則第3条") and not location_exists(clean, "付則第4条")
    assert not location_exists(clean, "目次") and not location_exists(clean, "第39条")


def test_the_seeded_slips_are_in_the_text_and_the_clean_draft_gets_them_right() -> None:
    assert "他の情報と容易に照合することができ" in _read("tenma-shi")
    assert "3年以下の懲役" in _read("tenma-shi") and "第20条第4項の規定による通知" in _read("tenma-shi")
    assert "法第2条第9項に規定する非識別加工情報" in _read("tenma-shi")
    assert "（８）" in _read("ekiro-ku") and "（９）" not in _read("ekiro-ku") and "（１０）" in _read("ekiro-ku")
    assert "平成29年5月30日から施行する" in _read("shukutsugi-kumiai")
    assert "第8条の2第1項の委託を受けた事務" in _read("shukutsugi-kumiai")
    clean = _read("kosatsu-cho")
    assert "（平成十五年法律第五十八号。以下「法」という。）第二条第三項" in clean
    assert "法第二条第八項に規定する非識別加工情報" in clean and "容易に照合" not in clean
    assert "二年以下の懲役又は百万円以下の罰金" in clean and "三年以下" not in clean
