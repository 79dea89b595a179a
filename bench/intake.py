"""Web-copy intake: structure and defined terms recovered from 例規集 web copies.

Run from the repository root::

    python bench/intake.py            # every draft, every variant, the summary and the bars
    python bench/intake.py -v         # also the terms lost or invented per variant

Each draft is parsed clean; its web-copy variants are generated from that parse (so the edits
land exactly on the markers and terms the parser found) and parsed in turn. The figures compare
the variant's parse with the clean parse:

- **article F1**: the sets of article numbers (main provisions, and 附則 articles keyed by the
  附則's position);
- **captions**: share of the clean articles with a caption whose variant article has the same
  caption (spaces ignored);
- **defined terms**: F1 of the sets of (term, article) pairs (spaces in a term ignored);
- **Δerrors** (informative): error findings of the review gained or lost against the clean draft.

The variants, as 例規集 systems that print 号 numbers and ア・イ in table cells or images give them
when copied (every edit is deterministic, seeded by the draft's name):

``dropped``     every item marker removed; the item's line starts with the space that followed it
``some-dropped``  every third item marker removed (numbers drawn as images, some without alt)
``glued``       markers kept, no space after a bracketed marker nor between a 号-style term and
                its definition (``(1)実施機関市長、…``; ``三 市民本市の…``)
``own-line``    a 号-style term on its own line, its definition on the next
``cells``       every article number, paragraph number and item marker on a line of its own
``marker-line`` the 号 marker, the term and the definition each on a line of its own (a table row
                copied cell by cell)
``dropped+glued`` / ``dropped+own-line``  both at once
``flat+dropped+glued``  as dropped+glued on a copy that also lost every indentation (the only
                space left on an item's line is the one its marker left)
``stray``       long lines hard-wrapped at 36–44 characters, some wraps rejoined with a stray
                half-width space inside a word (``照合す ることができ``)
``all``         dropped + glued + stray

Bars (docs/benchmarks.md): article F1 ≥ 0.99, captions ≥ 0.99, defined terms ≥ 0.95 on every
variant of every draft.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import zlib
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ordreview.core.model import Item, Ordinance  # noqa: E402
from ordreview.core.parse import parse_text  # noqa: E402
from ordreview.core.profile import load_profile  # noqa: E402
from ordreview.core.review import review_ordinance  # noqa: E402

DRAFTS = (
    "fixtures/model-complete.txt",
    "fixtures/model-national-style.txt",
    "fixtures/partial-no-c.txt",
    "fixtures/old-style.txt",
    "fixtures/intake/kaede-fullwidth.txt",
    "fixtures/intake/tsubaki-gostyle.txt",
    "fixtures/intake/nanohana-kanji.txt",
    "fixtures/intake/sakura-kumiai.txt",
)

BARS = {"articles": 0.99, "captions": 0.99, "terms": 0.95}
_SPACE = re.compile(r"[ \t\u3000]+")
_NO_BREAK_BEFORE = re.compile(r"[0-9０-９(（「『第一二三四五六七八九十ァ-ヶ、。）」』 \u3000]")


# ---------------------------------------------------------------------------- edits


def _items(o: Ordinance) -> list[Item]:
    out: list[Item] = []

    def walk(items: tuple[Item, ...]) -> None:
        for it in items:
            out.append(it)
            walk(it.items)

    for art in (*o.articles, *(a for s in o.suppl_provisions for a in s.articles)):
        for p in art.paragraphs:
            walk(p.items)
    return out


def _apply(text: str, edits: list[tuple[int, int, str]]) -> str:
    """Replace ``[start, end)`` by the string, edits not overlapping (later ones first)."""
    for start, end, new in sorted(edits, reverse=True):
        text = text[:start] + new + text[end:]
    return text


def _marker_edits(text: str, o: Ordinance, *, drop: bool, glue: bool,
                  every: int = 1) -> list[tuple[int, int, str]]:
    edits = []
    for n, it in enumerate(_items(o)):
        if n % every:
            continue
        start = it.span.start
        end = start + len(it.title)
        if text[start:end] != it.title:
            continue
        ws = end
        while ws < len(text) and text[ws] in " \u3000":
            ws += 1
        if drop:
            edits.append((start, end, "" if ws > end else "\u3000"))
        elif glue:
            bracketed = it.title[:1] in "(（[［" or it.title[:1] in "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽①②③④⑤⑥⑦⑧⑨⑩"
            edits.append((end, ws, "" if bracketed else " "))
    return edits


def _marker_lines(text: str, o: Ordinance) -> list[tuple[int, int, str]]:
    """A line break after the marker of every item that holds a 号-style term."""
    starts = {t.term_span.start for t in o.terms if t.style == "item"}
    edits = []
    for it in _items(o):
        end = it.span.start + len(it.title)
        ws = end
        while ws < len(text) and text[ws] in " \u3000":
            ws += 1
        if ws in starts:
            edits.append((end, ws, "\n"))
    return edits


_CELL_HEAD = re.compile(r"(?m)^(第[0-9０-９一二三四五六七八九十百]+条(?:の[0-9０-９一二三四五六七八九十]+)?)[\u3000 ]")
_CELL_MARK = re.compile(r"(?m)^([\u3000 ]*(?:[0-9０-９]+|\([0-9]+\)|（[０-９]+）|[一二三四五六七八九十]+|[ア-ン]))[\u3000 ]")


def _cells(text: str) -> str:
    """Every article number, paragraph number and item marker on a line of its own."""
    return _CELL_MARK.sub(r"\1\n", _CELL_HEAD.sub(r"\1\n", text))


def _term_edits(text: str, o: Ordinance, how: str) -> list[tuple[int, int, str]]:
    """Between each 号-style term and its definition: nothing (glued) or a line break."""
    edits = []
    for t in o.terms:
        if t.style != "item":
            continue
        ws = t.term_span.end
        stop = ws
        while stop < len(text) and text[stop] in " \u3000":
            stop += 1
        if stop == ws:
            continue
        edits.append((ws, stop, "" if how == "glued" else "\n"))
    return edits


def _stray(text: str, rng: random.Random) -> str:
    """Hard-wrap long lines; some wraps are rejoined with a stray half-width space."""
    out = []
    for line in text.split("\n"):
        while len(line) > 44:
            cut = rng.randint(36, 44)
            while cut > 20 and _NO_BREAK_BEFORE.match(line[cut]):
                cut -= 1
            if cut <= 20:
                break
            sep = " " if rng.random() < 0.5 else "\n"
            out.append(line[:cut] + sep)
            line = line[cut:]
        out.append(line + "\n")
    return "".join(out)[:-1]


def variants(name: str, text: str) -> dict[str, str]:
    """The web-copy variants of a clean draft ``text``."""
    o = parse_text(text)
    seed = zlib.crc32(name.encode())
    out: dict[str, str] = {}
    out["dropped"] = _apply(text, _marker_edits(text, o, drop=True, glue=False))
    out["glued"] = _apply(text, _marker_edits(text, o, drop=False, glue=True) + _term_edits(text, o, "glued"))
    out["own-line"] = _apply(text, _term_edits(text, o, "own-line"))
    out["some-dropped"] = _apply(text, _marker_edits(text, o, drop=True, glue=False, every=3))
    out["dropped+glued"] = _apply(text, _marker_edits(text, o, drop=True, glue=False) + _term_edits(text, o, "glued"))
    out["cells"] = _cells(text)
    out["marker-line"] = _apply(text, _marker_lines(text, o) + _term_edits(text, o, "own-line"))
    out["dropped+own-line"] = _apply(text, _marker_edits(text, o, drop=True, glue=False)
                                     + _term_edits(text, o, "own-line"))
    flat = "\n".join(line.lstrip(" \u3000\t") for line in text.split("\n"))
    flat_o = parse_text(flat)
    out["flat+dropped+glued"] = _apply(flat, _marker_edits(flat, flat_o, drop=True, glue=False)
                                       + _term_edits(flat, flat_o, "glued"))
    out["stray"] = _stray(text, random.Random(seed))
    out["all"] = _stray(out["dropped+glued"], random.Random(seed + 1))
    return out


# ---------------------------------------------------------------------------- figures


def _compact(s: str | None) -> str:
    return _SPACE.sub("", s or "")


def _article_list(o: Ordinance) -> list[tuple[str, str]]:
    """(key, caption) of every article, duplicates kept (a citation taken for a heading)."""
    out = [(str(a.num), _compact(a.caption)) for a in o.articles]
    for i, s in enumerate(o.suppl_provisions):
        out.extend((f"附則{i}:{a.num}", _compact(a.caption)) for a in s.articles)
    return out


def _term_keys(o: Ordinance) -> set[tuple[str, str]]:
    return {(_compact(t.term), str(t.where.article)) for t in o.terms}


def _f1(gold: set, got: set) -> tuple[float, float, float]:
    if not gold and not got:
        return 1.0, 1.0, 1.0
    tp = len(gold & got)
    p = tp / len(got) if got else 0.0
    r = tp / len(gold) if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def measure(clean: Ordinance, got: Ordinance) -> dict[str, float]:
    """Article F1, caption agreement and term F1 of ``got`` against ``clean``."""
    cl, gl = _article_list(clean), _article_list(got)
    ca, ga = dict(cl), dict(gl)
    cc, gc = Counter(k for k, _ in cl), Counter(k for k, _ in gl)
    tp = sum((cc & gc).values())
    p = tp / len(gl) if gl else 0.0
    r = tp / len(cl) if cl else 0.0
    art_f1 = 2 * p * r / (p + r) if p + r else 0.0
    captioned = [k for k, c in ca.items() if c]
    cap = sum(1 for k in captioned if ga.get(k) == ca[k]) / len(captioned) if captioned else 1.0
    tp, tr, tf = _f1(_term_keys(clean), _term_keys(got))
    return {"articles": art_f1, "captions": cap, "terms": tf, "terms_p": tp, "terms_r": tr}


def _errors(o: Ordinance, profile: object) -> set[tuple[str, str]]:
    """The review's error findings as (rule, location label + message) — for Δerrors: how many
    errors the variant gains or loses against the clean draft (informative, not a bar)."""
    review = review_ordinance(o, profile)  # type: ignore[arg-type]
    return {(f.rule, f.message_ja) for f in review.findings if f.severity == "error"}


def run(drafts: tuple[str, ...], verbose: bool, out: Callable[[str], None] = print) -> bool:
    ok = True
    totals: dict[str, list[float]] = {}
    profile = load_profile()
    out(f"{'draft':34} {'variant':17} {'art F1':>7} {'capt':>6} {'terms F1':>8} {'P':>6} {'R':>6}  "
        f"notices  Δerrors")
    for rel in drafts:
        path = ROOT / rel
        if not path.exists():
            out(f"{rel}: missing, skipped")
            continue
        text = path.read_text(encoding="utf-8")
        clean = parse_text(text)
        clean_errors = _errors(clean, profile)
        for vname, vtext in variants(rel, text).items():
            got = parse_text(vtext)
            m = measure(clean, got)
            inferred = sum(1 for n in got.notices if n.code == "parse.term_boundary")
            delta = len(clean_errors ^ _errors(got, profile))
            out(f"{Path(rel).name:34} {vname:17} {m['articles']:7.3f} {m['captions']:6.3f} "
                f"{m['terms']:8.3f} {m['terms_p']:6.3f} {m['terms_r']:6.3f}  {inferred:7}  {delta:7}")
            for k in BARS:
                totals.setdefault(k, []).append(m[k])
                if m[k] < BARS[k]:
                    ok = False
            if verbose:
                lost = _term_keys(clean) - _term_keys(got)
                extra = _term_keys(got) - _term_keys(clean)
                if lost:
                    out(f"    lost:     {sorted(lost)}")
                if extra:
                    out(f"    invented: {sorted(extra)}")
    out("")
    for k, bar in BARS.items():
        vals = totals.get(k, [])
        if vals:
            out(f"{k:9} min {min(vals):.3f}  mean {sum(vals) / len(vals):.3f}  bar ≥ {bar}")
    out("bars met" if ok else "BARS NOT MET")
    return ok


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="list the terms lost or invented")
    ap.add_argument("--write", metavar="DIR", help="also write every variant to DIR (for inspection)")
    args = ap.parse_args(argv)
    if args.write:
        target = Path(args.write)
        target.mkdir(parents=True, exist_ok=True)
        for rel in DRAFTS:
            path = ROOT / rel
            if path.exists():
                for vname, vtext in variants(rel, path.read_text(encoding="utf-8")).items():
                    (target / f"{path.stem}.{vname}.txt").write_text(vtext, encoding="utf-8")
    return 0 if run(DRAFTS, args.verbose) else 1


if __name__ == "__main__":
    raise SystemExit(main())
