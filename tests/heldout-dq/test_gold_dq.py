"""The fresh 2016 held-out set "dq"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-dq``), and the drafts are not even
parsed by the engine: whether a location exists is decided by the small reading of the text in
``tests/heldout_reading.py``, independent of ``ordreview.core.parse``.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import (
    acc,
    articles,
    check_no_pair_seeded_twice,
    common_gold_tests,
    gold,
)
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="momisuri-shi.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_town_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"] and not d.get("added_after_run")] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["hasagi-cho.txt"]
    assert [acc.requirements_of(d) for d in unseeded["hasagi-cho.txt"]] == [("C0",)]
    town = _read("hasagi-cho")
    assert "非識別加工情報の提供" not in town and "提案の募集" not in town


def test_no_requirement_and_kind_is_seeded_in_two_drafts() -> None:
    assert check_no_pair_seeded_twice(GOLDS) == 24


def test_the_article_counter_reads_kanji_full_width_a_gap_and_branch_articles() -> None:
    town = articles(_read("hasagi-cho"))
    assert town[0] == "1条" and town[-1] == "24条" and len(town) == 24
    ward = articles(_read("momigaoka-ku"))
    assert "14条" not in ward and ward[-1] == "34条" and len(ward) == 33
    union = articles(_read("karigama-kumiai"))
    assert "18条の10" in union and "18条の11" not in union and len(union) == 32
    clean = articles(_read("momisuri-shi"))
    assert clean[0] == "1条" and clean[-1] == "37条" and len(clean) == 37
    assert len(articles(_read("sukihara-ken"))) == 27


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    prefecture = _read("sukihara-ken")
    assert location_exists(prefecture, "第2章第3節") and location_exists(prefecture, "附則第3項")
    assert not location_exists(prefecture, "附則第4項") and not location_exists(prefecture, "第28条")
    ward = _read("momigaoka-ku")
    assert not location_exists(ward, "目次") and not location_exists(ward, "第14条")
    assert location_exists(ward, "第4章") and location_exists(ward, "第15条")
    town = _read("hasagi-cho")
    assert location_exists(town, "付則第3項") and not location_exists(town, "付則第4項")
    assert location_exists(town, "第9条第2項") and not location_exists(town, "第9条第3項")
    union = _read("karigama-kumiai")
    assert location_exists(union, "目次") and location_exists(union, "第4章の2")
    assert not location_exists(union, "第18条の11")
    clean = _read("momisuri-shi")
    assert location_exists(clean, "第3章第3節") and location_exists(clean, "附則第4項")
    assert not location_exists(clean, "附則第5項") and not location_exists(clean, "第38条")


def test_the_seeded_drafting_slips_are_where_the_gold_says() -> None:
    town = _read("hasagi-cho")
    assert "第九条第三項の規定により委託" in town and "令和二年三月二十七日" in town and "令和二年三月一日から施行" in town
    union = _read("karigama-kumiai")
    assert "第18条の2―第18条の11" in union
    assert union.index("情報公開条例第2条第2号") < union.index("以下「情報公開条例」という。")
    prefecture = _read("sukihara-ken")
    assert "行政機関の保有する個人情報の保護に関する法律（平成15年法律第57号" in prefecture
    assert "\n第10条　" in prefecture and "）\n第10条" not in prefecture
    ward = _read("momigaoka-ku")
    assert "3年以下の懲役又は150万円以下の罰金" in ward


def test_every_seeded_draft_touches_definitions_yohairyo_and_drafting() -> None:
    for p in GOLDS:
        g = gold(p)
        if g["clean"]:
            continue
        points = {acc.requirements_of(d)[0][0] for d in g["defects"] if d["seeded"]}
        assert {"A", "B", "O"} <= points, g["draft"]
