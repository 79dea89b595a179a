"""Intake on unseen texts: structure and defined terms recovered from damaged copies.

Scores the reader + parser (``ordreview.core.parse.load_ordinance``, the engine behind
``ordreview parse FILE --json``) on the drafts of ``tests/heldout-intake/``: each clean text, each
damaged copy in ``variants/`` (PDF-extractor output, 例規集 web copies; the damages are listed in
``variants/MANIFEST.json``) and each real PDF in ``pdf/``, against the hand-written gold list of
the clean draft.

Figures, per file, per damage kind, per family (clean / pdf / web) and overall:

- **article F1** on article numbers (``"8_2"``, a deleted range ``"10:12"``), counting duplicates
  (a wrapped line read as a new article is a false article);
- **caption accuracy**: gold articles (deleted ones excepted) whose parsed article with the same
  number has exactly the gold caption (a 共通見出し counts for each article it governs);
- **defined-term F1** on the term strings, exact (a term read with a stray space is a miss);
- **span faults**: a recovered caption or term whose span does not cover the characters it
  names (spacing aside) — highlights and Word comments would land on the wrong characters.

A file the engine refuses (``ReadError``, e.g. 「条例として読み取れません」) scores 0 on all three and
is listed with its message. A ``.pdf`` the readers do not accept is reported as "not supported"
and left out of the figures. Aggregates are micro-averaged (counts summed before the ratio).

Run from the repository root::

    python bench/intake_unseen.py              # table per damage kind, then totals
    python bench/intake_unseen.py --verbose    # also every miss of every file
    python bench/intake_unseen.py --json       # everything as JSON on stdout
    python bench/intake_unseen.py --set DIR    # another folder laid out the same way
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DEFAULT_SET = ROOT / "tests" / "heldout-intake"


# ---------------------------------------------------------------- scoring (pure functions)


def _f1(matched: int, predicted: int, gold: int) -> float:
    if predicted == 0 and gold == 0:
        return 1.0
    if matched == 0:
        return 0.0
    p, r = matched / predicted, matched / gold
    return 2 * p * r / (p + r)


def score(gold: dict, parsed: dict | None) -> dict:
    """Counts and misses of one parse (``ordinance_to_json`` object, or None if refused)."""
    gold_arts = gold["articles"]
    gold_nums = Counter(a["num"] for a in gold_arts)
    gold_terms = Counter(t["term"] for t in gold["terms"])
    captioned = [a for a in gold_arts if not a.get("deleted")]
    arts = parsed["articles"] if parsed else []
    terms = parsed["terms"] if parsed else []
    got_nums = Counter(a["num"] for a in arts)
    got_terms = Counter(t["term"] for t in terms)
    first: dict[str, dict] = {}
    for a in arts:
        first.setdefault(a["num"], a)
    caption_misses = []
    for a in captioned:
        got = first.get(a["num"])
        got_caption = got.get("caption") if got else None
        if got is None or got_caption != a["caption"]:
            caption_misses.append({"num": a["num"], "gold": a["caption"],
                                   "got": got_caption if got else "(no article)"})
    art_match = sum((gold_nums & got_nums).values())
    term_match = sum((gold_terms & got_terms).values())
    return {
        "articles": {"gold": sum(gold_nums.values()), "got": sum(got_nums.values()),
                     "matched": art_match},
        "captions": {"gold": len(captioned), "correct": len(captioned) - len(caption_misses)},
        "terms": {"gold": sum(gold_terms.values()), "got": sum(got_terms.values()),
                  "matched": term_match},
        "misses": {
            "missing_articles": sorted((gold_nums - got_nums).elements()),
            "extra_articles": sorted((got_nums - gold_nums).elements()),
            "captions": caption_misses,
            "missing_terms": sorted((gold_terms - got_terms).elements()),
            "extra_terms": sorted((got_terms - gold_terms).elements()),
        },
    }


def figures(counts: list[dict]) -> dict:
    """Micro-averaged article F1, caption accuracy and term F1 over several scores."""
    a = [sum(c["articles"][k] for c in counts) for k in ("matched", "got", "gold")]
    t = [sum(c["terms"][k] for c in counts) for k in ("matched", "got", "gold")]
    cap_gold = sum(c["captions"]["gold"] for c in counts)
    cap_ok = sum(c["captions"]["correct"] for c in counts)
    return {
        "files": len(counts),
        "article_f1": round(_f1(*a), 4),
        "caption_accuracy": round(cap_ok / cap_gold, 4) if cap_gold else 1.0,
        "term_f1": round(_f1(*t), 4),
    }


# ---------------------------------------------------------------- running the engine


def parse_file(path: Path) -> tuple[dict | None, dict]:
    """(parse JSON or None, status) for one file; never raises on bad input."""
    from ordreview.core.errors import NotAnOrdinanceError, OrdreviewError
    from ordreview.core.parse import load_ordinance, ordinance_to_json

    try:
        ordinance = load_ordinance(path)
        parsed = ordinance_to_json(ordinance)
    except NotAnOrdinanceError as exc:
        return None, {"status": "refused", "message": exc.message_ja, "code": exc.code}
    except OrdreviewError as exc:
        status = "not supported" if path.suffix.lower() == ".pdf" else "refused"
        return None, {"status": status, "message": exc.message_ja,
                      "code": getattr(exc, "code", None)}
    codes = Counter(w["code"] for w in parsed.get("warnings", []))
    return parsed, {"status": "parsed", "warnings": dict(sorted(codes.items())),
                    "span_faults": span_faults(ordinance.document.text, parsed)}


def _bare(s: str) -> str:
    return "".join(s.split())


def span_faults(text: str, parsed: dict) -> list[str]:
    """Captions and terms whose span does not cover the characters they name (spacing aside).

    Highlights and Word comments land on these spans, so a damaged copy must still map each
    recovered caption and term onto the exact characters of the file.
    """
    faults = []
    for a in parsed["articles"]:
        span = a.get("caption_span")
        if a.get("caption") and span and _bare(a["caption"]) not in _bare(text[span[0]:span[1]]):
            faults.append(f"caption {a['num']}: {a['caption']!r} vs {text[span[0]:span[1]]!r}")
    for t in parsed["terms"]:
        span = t.get("term_span")
        if span and _bare(text[span[0]:span[1]]) != _bare(t["term"]):
            faults.append(f"term {t['term']!r} vs {text[span[0]:span[1]]!r}")
    return faults


def run(set_dir: Path) -> dict:
    golds = {p.name[: -len(".gold.json")]: json.loads(p.read_text(encoding="utf-8"))
             for p in sorted(set_dir.glob("*.gold.json"))}
    manifest_path = set_dir / "variants" / "MANIFEST.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8")) if manifest_path.exists() else []
    jobs: list[tuple[Path, str, str, str]] = []  # path, draft, family, kind
    for name in golds:
        jobs.append((set_dir / f"{name}.txt", name, "clean", "clean"))
    for entry in manifest:
        name = Path(entry["source"]).stem
        jobs.append((set_dir / "variants" / entry["file"], name, entry["family"], entry["kind"]))
    for pdf in sorted((set_dir / "pdf").glob("*.pdf")) if (set_dir / "pdf").is_dir() else []:
        jobs.append((pdf, pdf.stem, "pdf-file", "pdf-file"))

    files = []
    for path, name, family, kind in jobs:
        parsed, status = parse_file(path)
        row = {"file": str(path.relative_to(set_dir)), "draft": name, "family": family,
               "kind": kind, **status}
        if status["status"] != "not supported":
            row["score"] = score(golds[name], parsed)
            row.update(figures([row["score"]]))
        files.append(row)

    scored = [f for f in files if "score" in f]
    by_kind: dict[str, dict] = {}
    for kind in dict.fromkeys(f["kind"] for f in scored):
        rows = [f for f in scored if f["kind"] == kind]
        by_kind[kind] = {**figures([f["score"] for f in rows]),
                         "refused": sum(f["status"] == "refused" for f in rows),
                         "span_faults": sum(len(f.get("span_faults", [])) for f in rows)}
    by_family: dict[str, dict] = {}
    for fam in dict.fromkeys(f["family"] for f in scored):
        rows = [f for f in scored if f["family"] == fam]
        by_family[fam] = {**figures([f["score"] for f in rows]),
                          "refused": sum(f["status"] == "refused" for f in rows)}
    damaged = [f for f in scored if f["family"] != "clean"]
    return {
        "set": str(set_dir),
        "files": files,
        "by_kind": by_kind,
        "by_family": by_family,
        "damaged_overall": {**figures([f["score"] for f in damaged]),
                            "refused": sum(f["status"] == "refused" for f in damaged)},
        "not_supported": [f["file"] for f in files if f["status"] == "not supported"],
    }


def _print(result: dict, verbose: bool) -> None:
    print(f"set: {result['set']}")
    print(f"{'kind':40} {'files':>5} {'art F1':>7} {'capt':>7} {'term F1':>7} {'refused':>7} {'spans':>6}")
    for kind, fig in result["by_kind"].items():
        print(f"{kind:40} {fig['files']:>5} {fig['article_f1']:>7.3f} "
              f"{fig['caption_accuracy']:>7.3f} {fig['term_f1']:>7.3f} {fig['refused']:>7} "
              f"{fig['span_faults']:>6}")
    print()
    for fam, fig in result["by_family"].items():
        print(f"{'family ' + fam:40} {fig['files']:>5} {fig['article_f1']:>7.3f} "
              f"{fig['caption_accuracy']:>7.3f} {fig['term_f1']:>7.3f} {fig['refused']:>7}")
    fig = result["damaged_overall"]
    print(f"{'all damaged copies':40} {fig['files']:>5} {fig['article_f1']:>7.3f} "
          f"{fig['caption_accuracy']:>7.3f} {fig['term_f1']:>7.3f} {fig['refused']:>7}")
    for name in result["not_supported"]:
        print(f"not supported: {name}")
    print()
    for f in result["files"]:
        if f["status"] == "not supported":
            continue
        m = f["score"]["misses"]
        perfect = not any(m.values()) and not f.get("span_faults")
        if perfect and not verbose:
            continue
        print(f"{f['file']}: art {f['article_f1']:.3f} capt {f['caption_accuracy']:.3f} "
              f"terms {f['term_f1']:.3f}" + (f"  REFUSED: {f['message']}" if f["status"] == "refused" else ""))
        if f["status"] == "refused":
            continue
        for key, vals in m.items():
            if not vals:
                continue
            if key == "captions":
                shown = [f"{c['num']}: {c['gold']!r} -> {c['got']!r}" for c in vals]
            else:
                shown = list(vals)
            print(f"    {key}: " + "; ".join(map(str, shown))[:600])
        if f.get("span_faults"):
            print("    span faults: " + "; ".join(f["span_faults"])[:600])
        if verbose and f.get("warnings"):
            print(f"    warnings: {f['warnings']}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", type=Path, default=DEFAULT_SET, help="folder of drafts and gold lists")
    ap.add_argument("--json", action="store_true", help="print everything as JSON")
    ap.add_argument("--verbose", action="store_true", help="also list perfect files and warnings")
    args = ap.parse_args(argv)
    result = run(args.set.resolve())
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        _print(result, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
