"""What the format tests of the held-out sets share: the accuracy bench (loaded from its file,
for ``validate_gold`` and the set machinery only) and a small reading of a draft's text that
decides whether a gold location names a provision the draft has — independent of
``ordreview.core.parse``, so that these tests never run the engine on the drafts they guard.

Used by ``tests/heldout-c/test_gold_c.py`` and ``tests/heldout-d/test_gold_d.py``.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def bench_accuracy():
    """``bench/accuracy.py`` as a module (loaded once)."""
    name = "bench_accuracy"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / "accuracy.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


# --------------------------------------------------------------------------- a small, independent reading

_KANJI = "〇一二三四五六七八九"


def _kanji(n: int) -> str:
    """1..99 in kanji numerals (十, 二十三)."""
    tens, ones = divmod(n, 10)
    out = ("" if tens <= 1 else _KANJI[tens]) + ("十" if tens else "")
    return out + (_KANJI[ones] if ones else "")


def _norm(line: str) -> str:
    """NFKC, kanji article/chapter numbers turned into Arabic ones."""
    line = unicodedata.normalize("NFKC", line)

    def arabic(m: re.Match) -> str:
        s = m.group(1)
        for n in range(99, 0, -1):
            if s == _kanji(n):
                return m.group(0).replace(s, str(n), 1)
        return m.group(0)

    return re.sub(r"(?:第|の)([一二三四五六七八九十]+)", arabic, line)


def _lines(text: str) -> list[str]:
    return [_norm(line).strip() for line in text.splitlines()]


def _article_lines(lines: list[str], num: str, branch: str) -> list[str] | None:
    """The lines of article 第{num}条{branch} (branch "" or "の2") in the draft, or None."""
    head = re.compile(rf"^第{num}条{branch}(?![の0-9])")
    start = next((i for i, ln in enumerate(lines) if head.match(ln)), None)
    if start is None:
        return None
    out = [lines[start]]
    for ln in lines[start + 1 :]:
        if re.match(r"^(第[0-9]+条|第[0-9]+章|第[0-9]+節|[附付]\s*則|別表|\([^)]*\)$)", ln):
            break
        out.append(ln)
    return out


def _paragraph_exists(body: list[str], p: int) -> bool:
    return p == 1 or any(re.match(rf"^{p}\s", ln) for ln in body[1:])


def location_exists(text: str, label: str) -> bool:
    """Whether the draft has the provision a gold label names (article, paragraph, division, 附則)."""
    lines = _lines(text)
    lab = unicodedata.normalize("NFKC", label)
    if lab in ("全体", "題名"):
        return True
    if lab == "目次":
        return "目次" in lines
    m = re.match(r"^第([0-9]+)条((?:の[0-9]+)*)(?:第([0-9]+)項)?(?:第([0-9]+)号)?", lab)
    if m:
        body = _article_lines(lines, m.group(1), m.group(2))
        if body is None:
            return False
        return not m.group(3) or _paragraph_exists(body, int(m.group(3)))
    m = re.match(r"^(第[0-9]+章(?:の[0-9]+)?)(第[0-9]+節)?$", lab)
    if m:
        chapter = next((i for i, ln in enumerate(lines) if re.match(rf"^{m.group(1)}\s", ln)), None)
        if chapter is None or not m.group(2):
            return chapter is not None
        return any(re.match(rf"^{m.group(2)}\s", ln) for ln in lines)
    m = re.match(r"^[附付]則(?:[（(]([^）)]*)[）)])?(?:第([0-9]+)(項|条))?$", lab)
    if m:
        first = next((i for i, ln in enumerate(lines) if re.match(r"^第1条", ln)), 0)
        heads = [i for i in range(first, len(lines)) if re.match(r"^[附付]\s*則", lines[i])]
        if m.group(1):
            heads = [i for i in heads if m.group(1) in lines[i].replace(" ", "")]
        if not heads:
            return False
        if not m.group(2):
            return True
        start = heads[0]
        nxt = [i for i in range(start + 1, len(lines)) if re.match(r"^([附付]\s*則|別表)", lines[i])]
        block = lines[start + 1 : nxt[0] if nxt else len(lines)]
        unit = m.group(3)
        if unit == "項":
            return int(m.group(2)) == 1 and bool(block) or any(re.match(rf"^{m.group(2)}\s", ln) for ln in block)
        return any(re.match(rf"^第{m.group(2)}条", ln) for ln in block)
    return False


def article_count(text: str) -> int:
    """Articles of the main provisions (numbered 条 headings from 第1条 to the first 附則)."""
    lines = _lines(text)
    first = next((i for i, ln in enumerate(lines) if re.match(r"^第1条", ln)), 0)
    count = 0
    for ln in lines[first:]:
        if re.match(r"^[附付]\s*則", ln):
            break
        if re.match(r"^第[0-9]+条(の[0-9]+)*\s", ln):
            count += 1
    return count
