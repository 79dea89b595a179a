"""The bundled profile loads, validates and lists; broken profiles are refused with the field named."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from ordreview.core.errors import ProfileError
from ordreview.core.profile import list_profiles, load_profile, parse_profile
from ordreview.paths import resource

BUNDLED = resource("profiles", "basic-policy-2016.json")


def _data() -> dict:
    return json.loads(BUNDLED.read_text(encoding="utf-8"))


def test_default_profile_has_the_51_checklist_requirements_in_order() -> None:
    profile = load_profile()
    ids = [r.id for r in profile.requirements]
    assert profile.id == "basic-policy-2016"
    assert profile.version == "2016-10-28.1"
    assert len(ids) == 51
    assert ids[:3] == ["A1", "A2", "A3"] and ids[-1] == "O15"
    assert ids.index("C0") == 15


@pytest.mark.parametrize(
    ("rid", "point", "title_ja"),
    [
        ("A1", "A", "個人情報の定義（二類型・個人識別符号を含むもの）"),
        ("B3", "B", "要配慮個人情報の取扱い（登録簿・ファイル簿への記載）"),
        ("C14", "C", "手数料（条例で額を定める）"),
        ("O15", "other", "制度の版の確認（令和3年改正後の用語）"),
    ],
)
def test_requirements_carry_the_checklist_titles(rid: str, point: str, title_ja: str) -> None:
    req = load_profile().requirement(rid)
    assert req is not None and (req.point, req.title_ja) == (point, title_ja)


@pytest.mark.parametrize(
    ("rid", "severity", "condition", "escalate", "verify"),
    [
        ("A1", "error", None, None, False),
        ("A7", "warning", None, "error", False),
        ("A8", "warning", None, "error", False),
        ("C0", "warning", None, None, False),
        ("C1", "error", "c_present", None, False),
        ("C13", "warning", "c_present", None, True),
        ("C20", "info", "c_absent", None, False),
    ],
)
def test_conditions_and_escalations(rid: str, severity: str, condition: str | None, escalate: str | None, verify: bool) -> None:
    req = load_profile().requirement(rid)
    assert req is not None
    assert (req.severity, req.condition, req.escalate_if_c, req.verify) == (severity, condition, escalate, verify)


def test_every_requirement_cites_the_basic_policy_sentence_of_section_3_1() -> None:
    policy = resource("policy", "basic-policy-2016.txt").read_text(encoding="utf-8")
    for req in load_profile().requirements:
        assert req.policy and req.policy in policy
        assert req.suggestion_ja and req.requirement_ja


def test_statute_texts_and_categories() -> None:
    profile = load_profile()
    assert [s.key for s in profile.statute_texts] == ["kojin_joho", "kojin_shikibetsu_fugo", "yohairyo", "hishikibetsu"]
    assert "括弧書き" not in profile.statute_text("hishikibetsu").text  # the [VERIFY] parenthesis is never quoted
    assert [c.label_ja for c in profile.yohairyo_statute] == [
        "人種", "信条", "社会的身分", "病歴", "犯罪の経歴", "犯罪により害を被った事実"
    ]
    assert len(profile.yohairyo_order) == 5


@pytest.mark.parametrize(
    ("law", "paragraph", "means", "before"),
    [
        ("gyokoho", 4, "要配慮個人情報", "個人情報ファイル"),
        ("gyokoho", 3, "個人識別符号", "保有個人情報"),
        ("kojohoho", 3, "要配慮個人情報", "個人情報取扱事業者"),
        ("bangoho", 5, "個人番号", "個人番号"),
    ],
)
def test_statute_drift_table(law: str, paragraph: int, means: str, before: str) -> None:
    entry = next(d for d in load_profile().statute_drift if d.law == law and d.paragraph == paragraph)
    assert (entry.article, entry.means, entry.before_2017) == ("2", means, before)
    assert vars(entry)["means"] == means


@pytest.mark.parametrize(
    ("edit", "field"),
    [
        (lambda d: d["requirements"][12].__setitem__("severity", "fatal"), "requirements[12].severity: 'fatal' is not one of error/warning/info"),
        (lambda d: d["requirements"][0].pop("point"), "requirements[0].point: is missing"),
        (lambda d: d["requirements"][3]["signals"][0].__setitem__("kind", "magic"), "requirements[3].signals[0].kind: 'magic' is not one of phrase/caption/regex/term"),
        (lambda d: d["requirements"][1]["must"][0]["any"].__setitem__(0, "(unclosed"), "requirements[1].must[0].any[0]: bad regular expression"),
        (lambda d: d["alignment"].__setitem__("floor", 0.9), "alignment.floor: is above alignment.covered"),
        (lambda d: d["alignment"]["weights"].__setitem__("term", "heavy"), "alignment.weights.term: 'heavy' is not a float"),
        (lambda d: d["requirements"][5].__setitem__("id", "A1"), "requirements[5].id: 'A1' is duplicated"),
        (lambda d: d.__setitem__("schema_version", 99), "schema_version: 99 is newer than supported (1)"),
        (lambda d: d["requirements"][2].__setitem__("units", "annex"), "requirements[2].units: 'annex' is not one of main/suppl"),
        (lambda d: d["requirements"][2].__setitem__("if_unused", "silent"), "requirements[2].if_unused: 'silent' is not one of error/warning/info"),
        # (requirements[12] is B4, whose first element is no term:X)
        (lambda d: d["requirements"][12].__setitem__("if_unused", "info"), "requirements[12].if_unused: needs a first element of the form term:X"),
    ],
)
def test_invalid_profiles_name_the_field(edit, field: str) -> None:
    data = copy.deepcopy(_data())
    edit(data)
    with pytest.raises(ProfileError) as info:
        parse_profile(data, path="x.json")
    assert field in info.value.message_en
    assert field in info.value.message_ja


def test_unknown_profile_and_broken_json(tmp_path: Path) -> None:
    with pytest.raises(ProfileError) as info:
        load_profile("no-such-profile")
    assert info.value.message_ja == "プロファイルが見つかりません: no-such-profile"
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(ProfileError) as info:
        load_profile(str(broken))
    assert info.value.code == "profile.unreadable"


def test_user_profiles_are_listed_and_loadable_by_id(_isolated_home: Path) -> None:
    data = _data()
    data["id"] = "tottori-extra"
    data["version"] = "2017.1"
    folder = _isolated_home / "profiles"
    folder.mkdir()
    (folder / "tottori-extra.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    (folder / "junk.json").write_text("not json", encoding="utf-8")
    infos = list_profiles()
    assert [(i.id, i.bundled) for i in infos] == [
        ("basic-policy-2016", True), ("kojin-joho-2023", True), ("tottori-extra", False)
    ]
    assert load_profile("tottori-extra").version == "2017.1"


@pytest.mark.parametrize(
    ("phrase", "text", "hit"),
    [
        ("個人情報及び", "個人情報および", True),
        ("行政機関の長が定める", "実施機関が定める", True),
        ("政令で定める記述等", "規則で定める記述等", True),
        ("職務上作成し、又は取得した", "職務上作成し，又は取得した", True),
        ("21,000円", "２１，０００円", True),
        ("21,000円", "21000円", False),
        ("21,000円", "21,000円", True),
    ],
)
def test_patterns_tolerate_variants_and_substitutions(phrase: str, text: str, hit: bool) -> None:
    from ordreview.core.text import fold

    assert bool(load_profile().pattern(phrase).search(fold(text))) is hit


def test_requires_must_name_known_requirements() -> None:
    data = copy.deepcopy(_data())
    data["requirements"][10]["requires"] = ["Z9"]
    with pytest.raises(ProfileError) as info:
        parse_profile(data, path="x.json")
    assert "requirements[10].requires[0]: 'Z9' is not a requirement id" in info.value.message_en


def test_only_o10_is_aligned_with_the_suppl_provisions() -> None:
    assert [r.id for r in load_profile().requirements if r.units == "suppl"] == ["O10"]


@pytest.mark.parametrize(
    ("edit", "field", "rule", "requirement"),
    [
        (lambda d: d.__setitem__("statute_drift", []), "statute_drift", "cite.drift", "O1"),
        (lambda d: d["yohairyo_categories"].__setitem__("statute", []), "yohairyo_categories.statute", "def.yohairyo", "B1"),
        (lambda d: d.__setitem__("regime_signals", []), "regime_signals", "regime", "O15"),
        (lambda d: d["c_mechanism"].__setitem__("terms", []), "c_mechanism.terms", "gap", "C0"),
    ],
)
def test_a_profile_lacking_what_a_rule_needs_is_refused(edit, field: str, rule: str, requirement: str) -> None:
    data = copy.deepcopy(_data())
    edit(data)
    with pytest.raises(ProfileError) as info:
        parse_profile(data, path="x.json")
    assert info.value.message_ja == (
        f"プロファイル（x.json）の「{field}」が空です。要件{requirement}の確認（規則 {rule}）に必要な項目です。"
    )
    assert f"「{field}」" in info.value.message_en and rule in info.value.message_en


def test_a_profile_without_the_requirement_needs_no_table() -> None:
    data = copy.deepcopy(_data())
    data["statute_drift"] = []
    data["requirements"] = [r for r in data["requirements"] if r["id"] != "O1"]
    assert parse_profile(data, path="x.json").requirement("O1") is None
