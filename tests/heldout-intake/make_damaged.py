"""Make the damaged copies of the clean drafts in this folder (``variants/``).

Each damage imitates what an officer receives instead of a clean text:

PDF text extractors
  ``charspace``   every character separated by a space (「第 1 条 こ の 条 例 は 、」)
  ``numspace``    spaces only around digit runs (「平成 16 年」, 「第 1 条」)
  ``oneline``     the whole text on one line
  ``nopunct``     、 and 。 replaced by spaces
  ``pages``       page furniture between the printed lines, mid-sentence: a footer page number
                  (「－ 3 －」 or 「3/12」) then the title repeated at the top of the next page
  ``wrap``        lines cut at the printed width, inside words, without hyphen

例規集 web copies
  ``nomarker``    号 markers dropped: the item line starts with a space
  ``glued``       no space between marker, term and definition (「（１）実施機関市長、…」)
  ``termline``    a defined term on its own line, its definition on the next
  ``stray``       stray spaces inside words, as left by a hard-wrapped page (「照合す ることができ」)
  ``markerline``  the 号 marker alone on its line (a table cell of its own), the item on the next
  ``cells``       a blank line between every line, and a tab between marker, term and definition

The generator is deterministic (fixed seed per draft and variant). Run from the repository root:
``python tests/heldout-intake/make_damaged.py``. The gold list of a variant is the gold list of its
clean draft.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "variants"

# a 号 line: marker, (optional) space, rest
_ITEM = re.compile(r"^(（[０-９0-9]+）|\([0-9]+\)|[一二三四五六七八九十]+(?=[　 ])|[アイウエオカキクケコ](?=[　 ]))[　 ]?(.*)$")
# a 号-style definition: term, one space, definition ending in をいう
_DEF = re.compile(r"^([^　 、。（(]{1,20})[　 ](.*をいう。.*)$")
_DIGITS = re.compile(r"[0-9０-９]+")


def charspace(lines: list[str], rng: random.Random) -> list[str]:
    out = []
    for line in lines:
        chars = [c for c in line.replace("　", " ") if c != " "]
        out.append(" ".join(chars))
    return out


def numspace(lines: list[str], rng: random.Random) -> list[str]:
    out = []
    for line in lines:
        line = line.replace("　", " ")
        line = _DIGITS.sub(lambda m: f" {m.group(0)} ", line)
        out.append(re.sub(" {2,}", " ", line).strip())
    return out


def oneline(lines: list[str], rng: random.Random) -> list[str]:
    return [" ".join(line for line in lines if line.strip())]


def nopunct(lines: list[str], rng: random.Random) -> list[str]:
    return [re.sub("[、。]", " ", line) for line in lines]


def wrap(lines: list[str], rng: random.Random, width: int = 38) -> list[str]:
    out = []
    for line in lines:
        while len(line) > width:
            out.append(line[:width])
            line = line[width:]
        out.append(line)
    return out


def make_pages(title: str, style: str):
    def pages(lines: list[str], rng: random.Random) -> list[str]:
        per_page = 22
        total = (len(lines) + per_page - 1) // per_page
        out: list[str] = []
        page = 1
        for i, line in enumerate(lines):
            out.append(line)
            if (i + 1) % per_page == 0 and i + 1 < len(lines):
                out.append(f"－ {page} －" if style == "dash" else f"{page}/{total}")
                page += 1
                out.append(title)
        out.append(f"－ {page} －" if style == "dash" else f"{page}/{total}")
        return out

    return pages


def pages_midline(title: str, style: str):
    """Page furniture inside a line (for texts whose lines are whole paragraphs)."""

    def pages(lines: list[str], rng: random.Random) -> list[str]:
        budget = 700
        count = 0
        page = 1
        total = max(1, sum(len(x) for x in lines) // budget + 1)
        out: list[str] = []
        for line in lines:
            if count + len(line) > budget and len(line) > 12:
                cut = rng.randint(4, len(line) - 4)
                foot = f"－ {page} －" if style == "dash" else f"{page}/{total}"
                page += 1
                out += [line[:cut], foot, title, line[cut:]]
                count = len(line) - cut
            else:
                out.append(line)
                count += len(line)
        return out

    return pages


def _items(lines: list[str], fn) -> list[str]:
    out: list[str] = []
    for line in lines:
        m = _ITEM.match(line)
        if m:
            out += fn(m.group(1), m.group(2))
        else:
            out.append(line)
    return out


def nomarker(lines: list[str], rng: random.Random) -> list[str]:
    return _items(lines, lambda marker, rest: [" " + rest])


def glued(lines: list[str], rng: random.Random) -> list[str]:
    def fn(marker: str, rest: str) -> list[str]:
        # a kanji marker keeps its space (「三　市民本市の…」); a bracketed one loses it too
        sep = "　" if marker[0] in "一二三四五六七八九十" else ""
        d = _DEF.match(rest)
        if d:
            return [marker + sep + d.group(1) + d.group(2)]
        return [marker + sep + rest]

    return _items(lines, fn)


def glued_nomarker(lines: list[str], rng: random.Random) -> list[str]:
    def fn(marker: str, rest: str) -> list[str]:
        d = _DEF.match(rest)
        if d:
            return [" " + d.group(1) + d.group(2)]
        return [" " + rest]

    return _items(lines, fn)


def termline(lines: list[str], rng: random.Random) -> list[str]:
    def fn(marker: str, rest: str) -> list[str]:
        d = _DEF.match(rest)
        if d:
            return [f"{marker}　{d.group(1)}", d.group(2)]
        return [f"{marker}　{rest}"]

    return _items(lines, fn)


def stray(lines: list[str], rng: random.Random) -> list[str]:
    out = []
    for line in lines:
        # a web page wrapped at ~30 characters, rejoined with a space at each wrap
        if len(line) > 40:
            pos = list(range(30, len(line) - 3, 30))
            for p in reversed(pos):
                p += rng.randint(-3, 3)
                if line[p - 1] not in "　 " and line[p] not in "　 ":
                    line = line[:p] + rng.choice([" ", " ", "　"]) + line[p:]
        out.append(line)
    return out


def markerline(lines: list[str], rng: random.Random) -> list[str]:
    return _items(lines, lambda marker, rest: [marker, rest])


def cells(lines: list[str], rng: random.Random) -> list[str]:
    def fn(marker: str, rest: str) -> list[str]:
        d = _DEF.match(rest)
        return [marker + "\t" + (d.group(1) + "\t" + d.group(2) if d else rest)]

    out: list[str] = []
    for line in _items(lines, fn):
        out += [line, ""]
    return out


def variants(title: str) -> dict[str, tuple[str, list]]:
    """kind -> (family, [damage functions applied in order])."""
    return {
        "pdf-charspace": ("pdf", [charspace]),
        "pdf-numspace-oneline": ("pdf", [numspace, oneline]),
        "pdf-wrap-pages": ("pdf", [wrap, make_pages(title, "dash")]),
        "pdf-numspace-wrap-pages-nopunct": ("pdf", [wrap, make_pages(title, "slash"), numspace, nopunct]),
        "pdf-charspace-pages-oneline": ("pdf", [pages_midline(title, "dash"), charspace, oneline]),
        "pdf-charspace-nopunct-pages-oneline": (
            "pdf", [pages_midline(title, "slash"), charspace, nopunct, oneline]),
        "pdf-charspace-wrap": ("pdf", [wrap, charspace]),
        "pdf-charspace-wrap-pages-nopunct": ("pdf", [wrap, make_pages(title, "dash"), charspace, nopunct]),
        "pdf-numspace-midpages": ("pdf", [pages_midline(title, "slash"), numspace]),
        "web-nomarker": ("web", [nomarker]),
        "web-glued": ("web", [glued]),
        "web-termline": ("web", [termline]),
        "web-stray": ("web", [stray]),
        "web-glued-nomarker-stray": ("web", [glued_nomarker, stray]),
        "web-markerline": ("web", [markerline]),
        "web-cells": ("web", [cells]),
    }


def main() -> None:
    OUT.mkdir(exist_ok=True)
    manifest = []
    for src in sorted(HERE.glob("*.txt")):
        name = src.stem
        text = src.read_text(encoding="utf-8")
        lines = text.rstrip("\n").split("\n")
        title = lines[0]
        for i, (kind, (family, fns)) in enumerate(variants(title).items()):
            rng = random.Random(f"{name}/{kind}")
            out = list(lines)
            for fn in fns:
                out = fn(out, rng)
            path = OUT / f"{name}.{kind}.txt"
            path.write_text("\n".join(out) + "\n", encoding="utf-8")
            manifest.append({"file": path.name, "source": src.name, "family": family, "kind": kind,
                             "damages": [f.__name__ for f in fns]})
    (OUT / "MANIFEST.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n",
                                       encoding="utf-8")
    print(f"{len(manifest)} variants written to {OUT}")


if __name__ == "__main__":
    main()
