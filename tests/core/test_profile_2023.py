"""The kojin-joho-2023 profile: it loads and validates like the 2016 one, and its data is checked."""

from __future__ import annotations

import copy
import json

import pytest

from ordreview.core.errors import ProfileError
from ordreview.core.profile import load_profile, parse_profile
from ordreview.paths import resource


def _data() -> dict:
    return json.loads(resource("profiles", "kojin-joho-2023.json").read_text(encoding="utf-8"))


def test_loads_with_every_checklist_item() -> None:
    p = load_profile("kojin-joho-2023")
    assert [r.id for r in p.requirements] == [f"P{i}" for i in range(1, 31)]
    assert all(r.title_ja and r.title_en and r.statute_refs for r in p.requirements)
    assert {r.id for r in p.requirements if r.severity == "error"} >= {"P2", "P6", "P8", "P14", "P18", "P21", "P22", "P24", "P27"}
    assert {r.severity for r in p.requirements if r.verify} <= {"warning", "info"}  # P7, P11, P16 …


def test_unverified_items_stay_below_error_unless_the_act_itself_says_so_and_carry_a_caveat() -> None:
    p = load_profile("kojin-joho-2023")
    for r in p.requirements:
        if r.verify:
            assert p.caveat(r.id) is not None, r.id
    assert p.caveat("P26")[0].startswith("条例の制定改廃の個人情報保護委員会への届出を定める条（法第167条")
    assert all("確認されたい" in p.caveat(r.id)[0] for r in p.requirements if r.verify)  # says what to check and where
    assert p.caveat("P14") is None


def test_the_acts_chapter_5_numbering_is_data() -> None:
    act = load_profile("kojin-joho-2023").act
    assert act.cite("89", "第2項") == "法第89条第2項（手数料）"
    assert act.caption("129") == "地方公共団体に置く審議会等への諮問"
    assert act.old_articles["26"] == "89"
    assert (act.deadline_days, act.extension_days, act.kokin_from.isoformat()) == (30, 30, "2025-06-01")


def test_2016_profile_caveats_come_from_its_verify_facts() -> None:
    p = load_profile("basic-policy-2016")
    assert p.caveat("C13")[0].startswith("作成された非識別加工情報に係る手数料の額")
    assert p.caveat("A1") is None
    assert p.act is None and p.skip_rules == ()


@pytest.mark.parametrize(
    ("mutate", "field"),
    [
        (lambda d: d["act"].update(deadline_days=0), "act.deadline_days"),
        (lambda d: d["act"].update(kokin_from="2025/06/01"), "act.kokin_from"),
        (lambda d: d["act"]["articles"].append({"num": "第89条", "caption": "x"}), "act.articles[47].num"),
        (lambda d: d["act"]["old_citations"][0].update(pattern="("), "act.old_citations[0].pattern"),
        (lambda d: d["verify_facts"][0].update(requirements=["P99"]), "verify_facts[0].requirements[0]"),
        (lambda d: d.update(verify_facts=[v for v in d["verify_facts"] if "P26" not in v["requirements"]]),
         "requirements[25].verify"),
        (lambda d: d.update(skip_rules=[1]), "skip_rules[0]"),
    ],
)
def test_invalid_data_names_the_field(mutate, field: str) -> None:
    data = copy.deepcopy(_data())
    mutate(data)
    with pytest.raises(ProfileError) as info:
        parse_profile(data, path="x.json")
    assert f": {field}: " in info.value.message_en


def test_an_unverified_requirement_cannot_be_an_error() -> None:
    data = copy.deepcopy(_data())
    p7 = next(r for r in data["requirements"] if r["id"] == "P7")
    assert p7["verify"] and p7["severity"] == "warning"
    p7["severity"] = "error"
    with pytest.raises(ProfileError) as info:
        parse_profile(data, path="x.json")
    assert ": requirements[6].severity: P7 rests on an unverified fact" in info.value.message_en
