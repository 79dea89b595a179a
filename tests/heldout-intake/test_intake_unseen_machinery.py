"""The intake-on-unseen-texts benchmark machinery: gold lists, variants, scorer (no thresholds)."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
GOLDS = sorted(HERE.glob("*.gold.json"))
_NUM = re.compile(r"^\d+(_\d+)*(:\d+(_\d+)*)?$")


def _bench():
    spec = importlib.util.spec_from_file_location("intake_unseen", ROOT / "bench" / "intake_unseen.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_every_draft_has_a_gold_list():
    drafts = {p.stem for p in HERE.glob("*.txt")}
    assert len(drafts) >= 4
    assert drafts == {p.name[: -len(".gold.json")] for p in GOLDS}


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_gold_list_is_valid_against_its_text(gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8")
    assert text.startswith(gold["title"])
    nums = [a["num"] for a in gold["articles"]]
    assert len(nums) == len(set(nums))
    for art in gold["articles"]:
        assert _NUM.match(art["num"]), art
        if art.get("deleted"):
            assert "削除" in text
        elif art["caption"] is not None:
            # every caption is printed in the text, in brackets of either width
            assert f"（{art['caption']}）" in text or f"({art['caption']})" in text, art
    terms = [t["term"] for t in gold["terms"]]
    assert len(terms) == len(set(terms))
    for t in gold["terms"]:
        assert t["style"] in {"item", "paragraph", "inline"}
        assert t["article"] in nums
        assert t["term"] in text


def test_variants_cover_every_draft_and_both_families():
    manifest = json.loads((HERE / "variants" / "MANIFEST.json").read_text(encoding="utf-8"))
    per_draft: dict[str, set] = {}
    for entry in manifest:
        assert (HERE / "variants" / entry["file"]).is_file()
        per_draft.setdefault(entry["source"], set()).add(entry["family"])
    assert set(per_draft) == {p.name for p in HERE.glob("*.txt")}
    assert all(fams == {"pdf", "web"} for fams in per_draft.values())
    for src in per_draft:
        assert sum(e["source"] == src for e in manifest) >= 6


def test_scorer_on_a_synthetic_case():
    bench = _bench()
    gold = {"articles": [{"num": "1", "caption": "目的"}, {"num": "2", "caption": "定義"},
                         {"num": "3", "caption": None, "deleted": True}],
            "terms": [{"term": "実施機関"}, {"term": "個人情報"}]}
    parsed = {"articles": [{"num": "1", "caption": "目的"}, {"num": "2", "caption": "定 義"},
                           {"num": "3", "caption": None}, {"num": "5", "caption": None}],
              "terms": [{"term": "実施機関"}, {"term": "個人情報生存する"}]}
    s = bench.score(gold, parsed)
    assert s["articles"] == {"gold": 3, "got": 4, "matched": 3}
    assert s["captions"] == {"gold": 2, "correct": 1}
    assert s["misses"]["extra_articles"] == ["5"]
    assert s["misses"]["missing_terms"] == ["個人情報"]
    assert s["misses"]["extra_terms"] == ["個人情報生存する"]
    fig = bench.figures([s])
    assert fig["article_f1"] == round(2 * 0.75 * 1.0 / 1.75, 4)
    assert fig["caption_accuracy"] == 0.5
    assert fig["term_f1"] == 0.5
    refused = bench.figures([bench.score(gold, None)])
    assert refused == {"files": 1, "article_f1": 0.0, "caption_accuracy": 0.0, "term_f1": 0.0}


def test_duplicate_articles_count_as_false():
    bench = _bench()
    gold = {"articles": [{"num": "1", "caption": "目的"}], "terms": []}
    parsed = {"articles": [{"num": "1", "caption": "目的"}, {"num": "1", "caption": None}], "terms": []}
    s = bench.score(gold, parsed)
    assert s["articles"]["matched"] == 1 and s["articles"]["got"] == 2
    assert s["captions"]["correct"] == 1
    assert bench.figures([s])["term_f1"] == 1.0


def test_span_faults_flag_a_span_on_the_wrong_characters():
    bench = _bench()
    text = "（目 的）\n第1条　この条例において「実施 機関」とは、市長をいう。"
    start = text.index("実施")
    parsed = {"articles": [{"num": "1", "caption": "目的", "caption_span": [1, 4]}],
              "terms": [{"term": "実施機関", "term_span": [start, start + 5]}]}
    assert bench.span_faults(text, parsed) == []
    parsed["terms"][0]["term_span"] = [start + 1, start + 6]
    parsed["articles"][0]["caption_span"] = [5, 8]
    faults = bench.span_faults(text, parsed)
    assert len(faults) == 2 and faults[0].startswith("caption 1") and faults[1].startswith("term")
