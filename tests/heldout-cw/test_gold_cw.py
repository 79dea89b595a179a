"""The fresh 2016 held-out set "cw"'s gold lists: their shape, and every location names a provision the draft has.

Only the format is checked here. The engine's review is never run on these drafts (they are
scored once, by ``python bench/accuracy.py --set tests/heldout-cw``), and the drafts are not even
parsed by the engine: whether a location exists is decided by the small reading of the text in
``tests/heldout_reading.py`` (article headings in Arabic, full-width or kanji numbers, paragraph
numbers, chapter and section headings, 附則/付則 headings), independent of ``ordreview.core.parse``.
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

globals().update(common_gold_tests(HERE, clean="hamachidori-ken.txt"))


def _read(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    unseeded = {gold(p)["draft"]: [d for d in gold(p)["defects"] if not d["seeded"]] for p in GOLDS}
    assert [name for name, ds in unseeded.items() if ds] == ["kaiyose-mura.txt"]
    assert [acc.requirements_of(d) for d in unseeded["kaiyose-mura.txt"]] == [("C0",)]
    village = _read("kaiyose-mura")
    assert "実施機関非識別加工情報" not in village and "二　非識別加工情報の作成の基準に関すること。" in village
    assert "ます。" in village and all("ます。" not in _read(n) for n in
                                      ("kaigaraura-shi", "isobue-cho", "shiohi-kumiai", "hamachidori-ken"))


def test_no_requirement_and_kind_is_seeded_in_two_drafts() -> None:
    check_no_pair_seeded_twice(GOLDS)


def test_every_seeded_draft_touches_definitions_yohairyo_mechanism_and_drafting() -> None:
    check_seeded_drafts_touch_every_point(GOLDS)


def test_the_article_counter_reads_half_width_full_width_kanji_and_branch_articles() -> None:
    city = articles(_read("kaigaraura-shi"))
    assert city[0] == "1条" and city[-1] == "37条" and len(city) == 37
    town = articles(_read("isobue-cho"))
    assert "22条の2" in town and "22条の10" in town and town[-1] == "26条" and len(town) == 35
    village = articles(_read("kaiyose-mura"))
    assert village[-1] == "25条" and len(village) == 25
    union = articles(_read("shiohi-kumiai"))
    assert "15条" not in union and union[-1] == "33条" and len(union) == 32
    clean = articles(_read("hamachidori-ken"))
    assert clean[-1] == "39条" and len(clean) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    town = _read("isobue-cho")
    assert location_exists(town, "第4章の2") and location_exists(town, "第22条の10")
    assert not location_exists(town, "第22条の11") and not location_exists(town, "第12条第3項")
    assert location_exists(town, "第17条第2項") and location_exists(town, "目次")
    union = _read("shiohi-kumiai")
    assert not location_exists(union, "第15条") and location_exists(union, "第16条第4項")
    assert not location_exists(union, "目次") and not location_exists(union, "第1章")
    assert location_exists(union, "附則第2条") and not location_exists(union, "附則第3条")
    village = _read("kaiyose-mura")
    assert location_exists(village, "付則第3項") and not location_exists(village, "付則第4項")
    assert not location_exists(village, "目次") and not location_exists(village, "第26条")
    city = _read("kaigaraura-shi")
    assert location_exists(city, "第3章第4節") and location_exists(city, "第6章")
    assert not location_exists(city, "第7章") and location_exists(city, "附則第2項")
    clean = _read("hamachidori-ken")
    assert location_exists(clean, "第3章第4節") and location_exists(clean, "第35条第4項")
    assert not location_exists(clean, "第40条") and not location_exists(clean, "附則第4項")


def test_the_seeded_slips_are_in_the_text_and_the_clean_draft_has_none_of_them() -> None:
    city = _read("kaigaraura-shi")
    assert "他の情報と容易に照合することができ、それにより特定の個人を識別することができることとなるものを含む。）\n" in city
    assert "第4章　非識別加工情報の提供（第23条―第32条）" in city and "実費を勘案して規則で定める額" in city
    assert "保護に関する法律（平成15年法律第57号）の規定により刑に" in city
    town = _read("isobue-cho")
    assert "以下「法」という。）第二条第二項に規定する個人識別符号" in town and "二百万円以下の罰金" in town
    assert "第十二条第三項及び第十三条" in town and "契約の解除" not in town
    village = _read("kaiyose-mura")
    assert "令和2年9月25日" in village and "令和2年7月1日から施行" in village and "犯罪により害を被った" not in village
    union = _read("shiohi-kumiai")
    assert "（以下この条において「受託者」という。）" in union and "思想、信条及び信教" in union
    clean = _read("hamachidori-ken")
    assert "(平成15年法律第58号)" in clean.replace("（", "(").replace("）", ")")
    assert "(識別行為の禁止等)" in clean.replace("（", "(").replace("）", ")") and "契約の解除" in clean
    assert "2年以下の懲役又は100万円以下の罰金" in clean and "規則で定める額" not in clean
    assert "21,000円" in clean and "12,600円" in clean and "平成30年12月21日" in clean and "平成31年4月1日から施行" in clean
