"""The fresh 2016 held-out set "dr"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-dr``), and the drafts are not even
parsed by the engine: whether a location exists is decided by the small reading of the text in
``tests/heldout_reading.py``, independent of ``ordreview.core.parse``.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import (
    acc,
    articles,
    check_no_pair_seeded_twice,
    check_seeded_drafts_touch_every_point,
    common_gold_tests,
    gold,
)
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="kanetsuki-cho.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_city_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"] and not d.get("added_after_run")] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["domae-shi.txt"]
    assert [acc.requirements_of(d) for d in unseeded["domae-shi.txt"]] == [("C0",)]
    assert "非識別加工情報の提供" not in _read("domae-shi")
    # the clean town has no mechanism either, and no leftover of it at all
    assert "非識別" not in _read("kanetsuki-cho")


def test_no_requirement_and_kind_is_seeded_in_two_drafts() -> None:
    assert check_no_pair_seeded_twice(GOLDS) == 24


def test_every_seeded_draft_touches_definitions_yohairyo_mechanism_and_drafting() -> None:
    check_seeded_drafts_touch_every_point(GOLDS)


def test_the_article_counter_reads_kanji_full_width_branch_and_deleted_articles() -> None:
    city = articles(_read("ogane-shi"))
    assert city[0] == "1条" and city[-1] == "30条" and len(city) == 30
    village = articles(_read("furudera-mura"))
    assert village[-1] == "34条" and len(village) == 34
    branch = articles(_read("domae-shi"))
    assert {"8条の2", "10条の2", "14条の2"} <= set(branch) and "14条の3" not in branch and len(branch) == 31
    clean = articles(_read("kanetsuki-cho"))
    assert "11条" in clean and "24条" in clean and clean[-1] == "36条" and len(clean) == 36
    assert len(articles(_read("suzugaya-cho"))) == 31


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = _read("ogane-shi")
    assert location_exists(city, "目次") and location_exists(city, "第3章") and not location_exists(city, "第8章")
    assert location_exists(city, "附則第4項") and not location_exists(city, "附則第5項")
    branch = _read("domae-shi")
    assert location_exists(branch, "第14条の2") and not location_exists(branch, "第14条の3")
    assert location_exists(branch, "付則第4項") and not location_exists(branch, "目次")
    clean = _read("kanetsuki-cho")
    assert location_exists(clean, "第3章第3節") and not location_exists(clean, "第37条")
    town = _read("suzugaya-cho")
    assert not location_exists(town, "目次") and location_exists(town, "第7章")


def test_the_seeded_text_is_where_the_gold_says() -> None:
    assert "第二条第三項に規定する個人識別符号" in _read("ogane-shi")
    assert "第三章　個人情報取扱事務登録簿" in _read("ogane-shi") and "第三章　個人情報ファイル\n" in _read("ogane-shi")
    village = _read("furudera-mura")
    assert "他の情報と容易に照合" in village and "規則で定める額の手数料" in village and "行政文書" in village
    assert "令和元年６月14日" in village and "令和元年６月１日から施行" in village
    town = _read("suzugaya-cho")
    assert "第4条の規定に違反して集められた" in town and "行政不服審査法による審査請求" in town
    branch = _read("domae-shi")
    assert "⑶　個人の生命" in branch and "⑷" not in branch.split("（利用及び提供の制限）")[1].split("（オンライン結合")[0]
    assert "3年以下の懲役" in branch and "第14条の3第1項" in branch
