"""Random edit sequences over a fixture ordinance, for the amendment round-trip properties.

An ordinance text is handled as blocks separated by blank lines (the fixtures' layout: a
caption line and its article, a chapter heading, the 目次, the 附則). Each edit keeps that
layout and gives a valid ordinance: words replaced, inserted or deleted inside a sentence,
captions changed, 項 and 号 added or removed at the end, articles added (as 枝番 or with the
following articles renumbered; after an article, or as the first of a 章) and deleted (with
the following articles renumbered or not).
"""

from __future__ import annotations

import re

from hypothesis import strategies as st

WORDS = ("特定", "個人情報", "要配慮個人情報", "町長", "規則で定める", "かつ、", "又は", "当該", "その他", "速やかに", "")
_ARTICLE = re.compile(r"^(?:（[^）\n]*）\n)?第(\d+)条((?:の\d+)*)　", re.M)
_HEAD = re.compile(r"^(?:（[^）\n]*）\n)?第(\d+)条((?:の\d+)*)　")
_ITEM = re.compile(r"^　\((\d+)\)　")
_PARA = re.compile(r"^(\d+)　")


def blocks(text: str) -> list[str]:
    return text.split("\n\n")


def article_blocks(bs: list[str]) -> list[int]:
    return [i for i, b in enumerate(bs) if _HEAD.match(b) and not b.startswith("　　　附")]


def _key(b: str) -> tuple[int, ...]:
    m = _HEAD.match(b)
    return (int(m.group(1)), *[int(x) for x in m.group(2).split("の") if x]) if m else ()


def _renumber(bs: list[str], start: int, delta: int) -> None:
    """Shift the main number of every article block from index ``start`` on by ``delta``."""
    for i in article_blocks(bs):
        if i >= start:
            bs[i] = re.sub(r"(?m)^第(\d+)条", lambda m: f"第{int(m.group(1)) + delta}条", bs[i], count=1)


def _sentence_lines(b: str) -> list[int]:
    lines = b.split("\n")
    return [k for k, line in enumerate(lines) if not line.startswith("（") and "　" in line.strip("　")]


@st.composite
def edit(draw, text: str) -> str:
    bs = blocks(text)
    arts = article_blocks(bs)
    if not arts:
        return text
    kind = draw(st.sampled_from(("word", "word", "word", "caption", "add_para", "del_para", "add_item",
                                 "add_item_mid", "del_item", "add_article", "add_branch", "add_first",
                                 "del_article", "del_article_keep")))
    if kind == "add_first":
        return _add_first(draw, bs)
    i = draw(st.sampled_from(arts))
    b = bs[i]
    lines = b.split("\n")
    if kind == "word":
        k = draw(st.sampled_from(_sentence_lines(b) or [len(lines) - 1]))
        line = lines[k]
        body_at = line.index("　", 1 if line.startswith("　") else 0) + 1 if "　" in line[1:] else 0
        if body_at >= len(line):
            return text
        if body_at + 1 >= len(line):
            return text
        s = draw(st.integers(body_at + 1, len(line) - 1))  # a sentence never starts with the new word
        e = draw(st.integers(s, min(len(line) - 1, s + 6)))  # never the final 。
        word = draw(st.sampled_from(WORDS))
        if e == s and not word:
            return text
        lines[k] = line[:s] + word + line[e:]
    elif kind == "caption":
        if not lines[0].startswith("（"):
            lines.insert(0, "（" + draw(st.sampled_from(("雑則", "特例", "報告"))) + "）")
        else:
            lines[0] = lines[0][:-1] + draw(st.sampled_from(("等", "の特例", "及び報告"))) + "）"
    elif kind == "add_para":
        nums = [int(m.group(1)) for line in lines if (m := _PARA.match(line))]
        lines.append(f"{(max(nums) if nums else 1) + 1}　実施機関は、前項の規定による措置の状況を町長に報告しなければならない。")
    elif kind == "del_para":
        if not any(_PARA.match(line) for line in lines):
            return text
        last = max(k for k, line in enumerate(lines) if _PARA.match(line))
        lines = lines[:last] + [line for line in lines[last + 1 :] if not _ITEM.match(line)]
    elif kind == "add_item":
        items = [k for k, line in enumerate(lines) if _ITEM.match(line)]
        if not items:
            return text
        k = items[-1]
        n = int(_ITEM.match(lines[k]).group(1))
        lines.insert(k + 1, f"　({n + 1})　前各号に掲げるもののほか、町長が必要と認める事項")
    elif kind in ("add_item_mid", "del_item"):
        items = [k for k, line in enumerate(lines) if _ITEM.match(line)]
        if not items:
            return text
        k = draw(st.sampled_from(items))
        n = int(_ITEM.match(lines[k]).group(1))
        # the following items of the same list (until a line that is not an item)
        run = []
        for j in range(k + 1, len(lines)):
            m = _ITEM.match(lines[j])
            if not m:
                break
            run.append(j)
        delta = 1 if kind == "add_item_mid" else -1
        for j in run:
            m = _ITEM.match(lines[j])
            lines[j] = f"　({int(m.group(1)) + delta})　" + lines[j][m.end():]
        if kind == "add_item_mid":
            lines.insert(k + 1, f"　({n + 1})　{draw(st.sampled_from(WORDS[:5]))}に関する事項")
        else:
            del lines[k]
    elif kind in ("add_article", "add_branch"):
        key = _key(b)
        if kind == "add_branch":
            label = f"第{key[0]}条の{(key[1] if len(key) > 1 else 1) + 1}"
            if any(_key(x) == (key[0], (key[1] if len(key) > 1 else 1) + 1) for x in bs):
                return text
        else:
            if len(key) > 1 or any(_key(x)[:1] == (key[0],) and len(_key(x)) > 1 for x in bs):
                return text  # keep 枝番 families whole
            _renumber(bs, i + 1, 1)
            label = f"第{key[0] + 1}条"
        bs.insert(i + 1, f"（新たな規定）\n{label}　実施機関は、{draw(st.sampled_from(WORDS[:6]))}の取扱いに関し必要な措置を講ずるものとする。")
        return "\n\n".join(bs)
    else:  # delete an article (the following ones move up, or keep their numbers)
        if len(arts) < 3 or len(_key(b)) > 1 or any(_key(x)[:1] == _key(b)[:1] and len(_key(x)) > 1 for x in bs):
            return text
        heading = re.compile(r"^[ 　]*(?:第\d+[章節]|附)")
        if heading.match(bs[i - 1]) and (i + 1 >= len(bs) or heading.match(bs[i + 1])):
            return text  # the only article of its chapter: the chapter would be left empty
        del bs[i]
        if kind == "del_article":
            _renumber(bs, i, -1)
        return "\n\n".join(bs)
    bs[i] = "\n".join(lines)
    return "\n\n".join(bs)


_CHAPTER = re.compile(r"^[ 　]*第\d+[章節]")


def _add_first(draw, bs: list[str]) -> str:
    """An article added as the first of a 章 (or 節): the chapter's articles renumbered after
    it, or the new article numbered as a branch of the article before the chapter."""
    heads = [i for i in range(1, len(bs) - 1) if _CHAPTER.match(bs[i]) and _HEAD.match(bs[i + 1])]
    if not heads:
        return "\n\n".join(bs)
    h = draw(st.sampled_from(heads))
    key = _key(bs[h + 1])
    before = [_key(bs[i]) for i in article_blocks(bs) if i < h]
    if draw(st.booleans()) or not before:  # renumbered: the new article takes the old first's number
        if len(key) > 1 or any(_key(x)[:1] == key[:1] and len(_key(x)) > 1 for x in bs):
            return "\n\n".join(bs)  # keep 枝番 families whole
        _renumber(bs, h + 1, 1)
        label = f"第{key[0]}条"
    else:  # 枝番 of the article before the chapter
        prev = before[-1]
        branch = (prev[0], (prev[1] if len(prev) > 1 else 1) + 1)
        if len(prev) > 2 or any(_key(x) == branch for x in bs):
            return "\n\n".join(bs)
        label = f"第{branch[0]}条の{branch[1]}"
    caption = draw(st.sampled_from(("（新たな規定）\n", "")))
    bs.insert(h + 1, f"{caption}{label}　実施機関は、{draw(st.sampled_from(WORDS[:6]))}の取扱いに関し必要な措置を講ずるものとする。")
    return "\n\n".join(bs)


def fix_toc(text: str) -> str:
    """Bring the 目次's article ranges in line with the chapters, as a drafter would."""
    from ordreview.core.labels import article_label
    from ordreview.core.parse import parse_text

    chapters = {d.title: d.articles for d in parse_text(text).divisions if d.kind == "章"}

    def line(m: re.Match[str]) -> str:
        arts = chapters.get(m.group(2))
        if not arts:
            return m.group(0)
        first, last = article_label(arts[0]), article_label(arts[-1])
        span = first if len(arts) == 1 else f"{first}・{last}" if len(arts) == 2 else f"{first}―{last}"
        return f"{m.group(1)}（{span}）"

    return re.sub(r"(?m)^(　(第\d+章(?:の\d+)*)　[^（\n]+)（[^）\n]*）$", line, text)


@st.composite
def edited(draw, text: str, max_edits: int = 4) -> str:
    for _ in range(draw(st.integers(1, max_edits))):
        text = draw(edit(text))
    return fix_toc(text)
