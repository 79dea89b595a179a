"""The sixth 施行条例 held-out set's gold lists: their shape, and every location exists in its draft.

The gold schema and location labels are the scorer's own (``bench/accuracy.py``), the set
machinery that of ``bench/accuracy_2023.py``. Locations and titles are read with the small
reading of ``tests/heldout_reading.py``, never with ``ordreview.core.parse``: these tests do not
run any part of the engine on the drafts. No accuracy figure is asserted (that is the bench's,
once: ``python bench/accuracy_2023.py --set tests/heldout2023-f``).
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
import unicodedata
from pathlib import Path

import pytest

from tests.heldout_reading import article_count, bench_accuracy, location_exists

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
PROFILE = ROOT / "resources" / "profiles" / "kojin-joho-2023.json"


def _module(name: str, path: Path):
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


acc = bench_accuracy()
acc2023 = _module("bench_accuracy_2023", ROOT / "bench" / "accuracy_2023.py")
GOLDS = sorted(HERE.glob("*.gold.json"))


def _gold(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _draft(gold: dict) -> str:
    return (HERE / gold["draft"]).read_text(encoding="utf-8")


def _articles_with_inline_captions(text: str) -> int:
    """Main-provision articles written 「第1条（趣旨）」, which ``article_count`` does not count."""
    count = 0
    for line in text.splitlines():
        line = unicodedata.normalize("NFKC", line).strip()
        if re.match(r"^[附付]\s*則", line):
            break
        if re.match(r"^第[0-9]+条\(", line):
            count += 1
    return count


# Sets written at the same time as this one or after it: a name may recur there (「鶺鴒」 is also a
# hospital 組合 of tests/heldout-g, written alongside); the check is about the sets before it.
WRITTEN_LATER_OR_ALONGSIDE = {"heldout-g", "heldout-h", "heldout2023-g"}


def test_the_set_has_its_six_forms_one_clean_draft_and_no_overlap_with_earlier_sets() -> None:
    golds = [_gold(p) for p in GOLDS]
    assert len(golds) == 6
    assert [g["clean"] for g in golds].count(True) == 1
    titles = [g["title"] for g in golds]
    for form in ("市", "町", "県", "広域連合", "区"):
        assert any(t.split("個人情報")[0].endswith(form) for t in titles), form
    assert all((HERE / g["draft"]).is_file() for g in golds)
    # no body of an earlier held-out set (either profile) is reused, even with another form
    earlier = {
        p.name.split("-")[0]
        for folder in (ROOT / "tests").glob("heldout*")
        if folder.is_dir() and folder != HERE and folder.name not in WRITTEN_LATER_OR_ALONGSIDE
        for p in folder.glob("*.txt")
    }
    assert {"seiran", "yuzuriha", "kogurumi"} <= earlier
    assert not earlier & {g["draft"].split("-")[0] for g in golds}


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_gold_file_is_valid_for_the_2023_profile(gold_path: Path) -> None:
    gold = _gold(gold_path)
    ids = [r["id"] for r in json.loads(PROFILE.read_text("utf-8"))["requirements"]]
    assert acc.validate_gold(gold, ids) == []
    assert gold["draft"] == gold_path.name.replace(".gold.json", ".txt")
    assert len(gold["accepted"]) >= 5
    if not gold["clean"]:
        assert 5 <= len(gold["defects"]) <= 7
        assert all(d["seeded"] for d in gold["defects"])
        # a drafting defect without a requirement is matched by its rule
        assert all(d["requirement"] or d["rule"].split(".")[0] in ("ref", "num", "toc", "abbr", "term")
                   for d in gold["defects"])


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_every_gold_location_exists_in_the_draft_and_the_title_is_its_first_line(gold_path: Path) -> None:
    gold = _gold(gold_path)
    text = _draft(gold)
    assert next(line.strip() for line in text.splitlines() if line.strip()) == gold["title"]
    labels = [(d["id"], label) for d in gold["defects"] for label in [d["location"], *d.get("also", [])]]
    labels += [("accepted", a["location"]) for a in gold["accepted"]]
    absent = [(did, label) for did, label in labels if not location_exists(text, label)]
    assert absent == []
    # from the seven-article 町 and 広域連合 to the 県 with its own 審査会 chapter
    assert 7 <= article_count(text) + _articles_with_inline_captions(text) <= 16


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_no_location_is_both_a_defect_and_accepted(gold_path: Path) -> None:
    gold = _gold(gold_path)
    defects = {d["location"] for d in gold["defects"]}
    assert not defects & {a["location"] for a in gold["accepted"]}


def test_the_reader_rejects_a_provision_the_draft_does_not_have() -> None:
    city = _draft(_gold(HERE / "sekirei-shi.gold.json"))
    # the 委任 article cites 第4条第3項, which the draft does not have (sekirei-5)
    assert location_exists(city, "第4条第2項") and not location_exists(city, "第4条第3項")
    assert location_exists(city, "附則第5項") and not location_exists(city, "附則第6項")
    town = _draft(_gold(HERE / "hotaruno-cho.gold.json"))
    assert location_exists(town, "第7条") and not location_exists(town, "第8条")
    assert location_exists(town, "第4条第3項") and not location_exists(town, "第4条第4項")
    prefecture = _draft(_gold(HERE / "kazahaya-ken.gold.json"))
    # the 意見の陳述 article cites 第9条第3項, which the draft does not have (kazahaya-4)
    assert location_exists(prefecture, "第9条第2項") and not location_exists(prefecture, "第9条第3項")
    assert location_exists(prefecture, "附則第3条") and not location_exists(prefecture, "附則第4条")
    assert location_exists(prefecture, "第5章") and not location_exists(prefecture, "第6章")
    ward = _draft(_gold(HERE / "hagoromo-ku.gold.json"))
    # the fee article cites 第12条, which the draft does not have (hagoromo-2)
    assert location_exists(ward, "第10条") and not location_exists(ward, "第12条")
    # eight articles with the caption after the number, 第5条・第6条 under the 共通見出し
    assert _articles_with_inline_captions(ward) == 8 and article_count(ward) == 2


def test_the_2023_bench_reads_this_folder_as_a_set_with_its_own_baseline() -> None:
    assert acc2023.set_folder(Path("tests/heldout2023-f")).resolve() == HERE
    names = [name for name, _ in acc2023.golds(HERE)]
    assert names == [p.name[: -len(".gold.json")] for p in GOLDS]
    own = acc2023.baseline_path(HERE)
    assert own.name == "accuracy_2023_baseline.heldout2023-f.json"
    assert own != acc2023.BASELINE
    assert not own.exists()
