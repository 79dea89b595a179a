"""The fresh 2016 held-out set "dg"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-dg``), and the drafts are not even
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

globals().update(common_gold_tests(HERE, clean="suenohara-shi.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_two_drafts_without_the_mechanism_have_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert sorted(name for name, ds in unseeded.items() if ds) == ["suezuka-ku.txt", "tsuchigama-cho.txt"]
    for name in ("suezuka-ku", "tsuchigama-cho"):
        assert [acc.requirements_of(d) for d in unseeded[f"{name}.txt"]] == [("C0",)]
        assert "非識別" not in _read(name)
    for name in ("kamaone-ken", "yudani-shobo-kumiai", "suenohara-shi"):
        assert "非識別加工情報の提供" in _read(name)


def test_no_requirement_kind_pair_is_seeded_twice() -> None:
    seen: dict[str, str] = {}
    for p in GOLDS:
        for d in gold(p)["defects"]:
            if not d["seeded"]:
                continue
            key = f"{acc.requirements_of(d)[0]}/{d['kind']}"
            assert key not in seen, (key, seen.get(key), gold(p)["draft"])
            seen[key] = gold(p)["draft"]


def test_article_counts_over_full_width_branch_half_width_and_kanji_numbers() -> None:
    prefecture = articles(_read("kamaone-ken"))
    assert "19条の2" in prefecture and "19条の13" in prefecture and "19条の6" not in prefecture
    assert prefecture[-1] == "26条" and len(prefecture) == 37
    ward = articles(_read("suezuka-ku"))
    assert ward[-1] == "26条" and len(ward) == 26
    town = articles(_read("tsuchigama-cho"))
    assert town[0] == "1条" and town[-1] == "25条" and len(town) == 25
    union = articles(_read("yudani-shobo-kumiai"))
    assert union[-1] == "33条" and len(union) == 33
    clean = articles(_read("suenohara-shi"))
    assert clean[-1] == "39条" and len(clean) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    prefecture = _read("kamaone-ken")
    assert location_exists(prefecture, "目次") and location_exists(prefecture, "第4章の2")
    assert not location_exists(prefecture, "第4章の3") and not location_exists(prefecture, "第19条の6")
    assert location_exists(prefecture, "附則（平成30年3月27日窯尾根県条例第18号）第2項")
    assert not location_exists(prefecture, "附則（平成30年3月27日窯尾根県条例第18号）第3項")
    ward = _read("suezuka-ku")
    assert location_exists(ward, "第13条第2項") and not location_exists(ward, "第13条第3項")
    assert location_exists(ward, "附則（平成30年3月20日条例第12号）") and not location_exists(ward, "目次")
    town = _read("tsuchigama-cho")
    assert location_exists(town, "付則第3条") and not location_exists(town, "付則第4条")
    assert location_exists(town, "第2条第7項") and not location_exists(town, "第2条第8項")
    union = _read("yudani-shobo-kumiai")
    assert location_exists(union, "第2条第11項") and location_exists(union, "第4章")
    assert not location_exists(union, "第34条") and not location_exists(union, "目次")
    clean = _read("suenohara-shi")
    assert location_exists(clean, "第3章第3節") and not location_exists(clean, "第7章")
    assert location_exists(clean, "附則第5項") and not location_exists(clean, "附則第6項")


def test_the_seeded_slips_are_in_the_text_and_absent_from_the_clean_draft() -> None:
    prefecture = _read("kamaone-ken")
    assert "法」という。）第２条第２項に規定する個人識別符号" in prefecture
    assert "以下「法」という。）、法若しくはこの条例" in prefecture
    ward = _read("suezuka-ku")
    assert "(平成15年法律第58号)その他" in ward and "第13条第3項及び第14条" in ward
    assert "平成30年3月1日から施行" in ward and "組織的に利用" not in ward
    town = _read("tsuchigama-cho")
    assert "二百万円以下の罰金" in town and "訂正決定等" in town and "「訂正決定等」" not in town
    assert "犯罪により害を被った事実" not in town and "\n第十条　" in town
    union = _read("yudani-shobo-kumiai")
    assert "管理者が別に定める額" in union and "削除情報" not in union and "第22条各号(第25条第3項" in union
    clean = _read("suenohara-shi")
    assert "法律第五十八号。以下「法」という。）第二条第三項" in clean and "削除情報" in clean
    assert "二百万円" not in clean and "定める額" not in clean and "「訂正請求」" in clean
