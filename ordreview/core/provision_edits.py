"""Suggestions that are the draft's own provision with one change applied.

Where the draft already has the provision a requirement concerns, the right edit is to that
provision, in its own words, numbering and numerals — not a model article inserted beside it:

- :func:`register_with_entry`: the paragraph of the register article that lists the register's
  entries (個人情報取扱事務登録簿 or 個人情報ファイル簿), with the entry 「要配慮個人情報が
  含まれるときは、その旨」 added as a 号 — before a closing 「その他…」 or 「前各号に掲げるもの
  のほか…」 号, which moves down one number — or as the next 号 (行政機関個人情報保護法
  第10条第1項, 第11条第1項: the register states that a file holds 要配慮個人情報).
- :func:`collection_keyed_to_sensitive`: a legacy collection restriction that lists sensitive
  categories (思想、信条及び信教, 社会的差別の原因となるおそれ) rewritten to restrict the
  collection of 要配慮個人情報, the draft's own exceptions kept (the categories are kinds of
  要配慮個人情報: 個人情報保護法 第2条第3項).

Both return the whole paragraph as it should read, one provision line per text line (the
paragraph's first line as printed, with its article title or paragraph number; its 号 after
it, without leading blanks), or ``None`` when the draft's provision does not have the shape
the edit needs (the caller then says what to decide instead).
"""

from __future__ import annotations

from ordreview.core.lazy_re import lazy_compile
from ordreview.core.model import Article, Item, Ordinance, Paragraph, Span

def is_wording(suggestion: str) -> bool:
    """False for advice written wholly in brackets, e.g. ``（規定を整える。）``: the bracket
    opening the text closes at its end. A provision that opens with its 見出し and ends with
    a bracket (「（手数料）\n第○条　…（当該委託をする場合に限る。）」) is a wording."""
    text = suggestion.strip()
    if not text or text[0] not in "（(" or text[-1] not in "）)":
        return bool(text)
    depth = 0
    for i, ch in enumerate(text):
        depth += 1 if ch in "（(" else -1 if ch in "）)" else 0
        if depth == 0:
            return i != len(text) - 1
    return True


SENSITIVE_ENTRY = "要配慮個人情報が含まれるときは、その旨"
SENSITIVE = "要配慮個人情報"

_CATCH_ALL = lazy_compile(r"^(?:その他|前各号に(?:掲げる|定める)もの(?:の)?ほか)")
_REGISTER_WORDS = lazy_compile(r"登録|ファイル簿|届出|届け出|目録|台帳|記載")


def paragraph_lines(ordinance: Ordinance, para: Paragraph) -> list[str]:
    """The paragraph's lines as printed, leading blanks dropped; its first line from the start
    of the line (「第6条　…」 for a first paragraph)."""
    text = ordinance.text
    start = text.rfind("\n", 0, para.span.start) + 1
    return [line.strip(" 　") for line in text[start : para.span.end].split("\n") if line.strip(" 　")]


def line_span(ordinance: Ordinance, para: Paragraph) -> Span:
    """The paragraph's span from the start of its first line."""
    return Span(ordinance.text.rfind("\n", 0, para.span.start) + 1, para.span.end)


def _holding(ordinance: Ordinance, offset: int) -> tuple[Article, Paragraph | None] | None:
    art = next((a for a in ordinance.articles if a.span.start <= offset < a.span.end), None)
    if art is None:
        return None
    para = next((p for p in art.paragraphs if p.span.start <= offset < p.span.end), None)
    return art, para


def register_paragraph(ordinance: Ordinance, anchor: Span) -> Paragraph | None:
    """The paragraph listing a register's entries in the article holding ``anchor``: the
    paragraph holding it when that one has 号, else the article's first paragraph with 号
    whose text speaks of a register."""
    found = _holding(ordinance, anchor.start)
    if found is None:
        return None
    art, para = found
    if para is not None and para.items and _REGISTER_WORDS.search(para.text):
        return para
    return next((p for p in art.paragraphs if p.items and _REGISTER_WORDS.search(p.text)), None)


def _item_lines(ordinance: Ordinance, item: Item) -> list[str]:
    return [line.strip(" 　") for line in item.span.slice(ordinance.text).split("\n") if line.strip(" 　")]


def _renumbered(ordinance: Ordinance, item: Item, n: int) -> list[str]:
    from ordreview.core.own_style import _marker

    lines = _item_lines(ordinance, item)
    if lines and lines[0].startswith(item.title):
        lines[0] = _marker(item.title, n) + lines[0][len(item.title):]
    return lines


def register_with_entry(ordinance: Ordinance, anchor: Span) -> str | None:
    """The register paragraph with the 要配慮 entry added as a 号 (see the module docstring)."""
    from ordreview.core.own_style import _marker

    para = register_paragraph(ordinance, anchor)
    if para is None or any("_" in i.num or not i.num.isdigit() for i in para.items):
        return None  # branch 号 (第2号の2): where the entry goes is the drafter's choice
    items = list(para.items)
    lines = paragraph_lines(ordinance, para)
    head = lines[: len(lines) - sum(len(_item_lines(ordinance, i)) for i in items)]
    if not head:
        return None
    catch_all = items[-1] if _CATCH_ALL.match(items[-1].text.strip()) else None
    kept = items[:-1] if catch_all is not None else items
    out = list(head)
    for item in kept:
        out += _item_lines(ordinance, item)
    sep = items[0].span.slice(ordinance.text)[len(items[0].title):][:1]
    out.append(_marker(items[0].title, len(kept) + 1) + (sep if sep in " 　" and sep else "　") + SENSITIVE_ENTRY)
    if catch_all is not None:
        out += _renumbered(ordinance, catch_all, len(kept) + 2)
    return "\n".join(out)


_LISTED_OBJECT = lazy_compile(r"次に掲げる(?:個人)?情報(?=を収集してはならない)")
_INLINE_OBJECT = lazy_compile(
    r"(?<=は、)(?P<obj>[^。「」]*?(?:思想|信条|信教|社会的差別)[^。「」]*?(?:個人)?情報)(?=を収集してはならない)")
_EXCEPTIONS_IN_ITEMS = lazy_compile(r"次の各号のいずれか|次のいずれか|次に掲げる場合")
_SENSITIVE_ITEM = lazy_compile(r"思想|信条|信教|社会的差別|人種|犯罪|病歴|門地|社会的身分")


def collection_keyed_to_sensitive(ordinance: Ordinance, hit: Span) -> str | None:
    """The paragraph holding the legacy sensitive-information list (``hit``) rewritten to
    restrict the collection of 要配慮個人情報 (see the module docstring)."""
    found = _holding(ordinance, hit.start)
    if found is None or found[1] is None:
        return None
    para = found[1]
    lines = paragraph_lines(ordinance, para)
    items = list(para.items)
    head = lines[: len(lines) - sum(len(_item_lines(ordinance, i)) for i in items)]
    if len(head) != 1:
        return None
    first = head[0]
    m = _LISTED_OBJECT.search(first)
    if m is not None and items and not _EXCEPTIONS_IN_ITEMS.search(first) \
            and all(_SENSITIVE_ITEM.search(i.text) for i in items):
        return first[: m.start()] + SENSITIVE + first[m.end():]  # the listed categories go with their 号
    m = _INLINE_OBJECT.search(first)
    if m is not None and "以下" not in m.group("obj") and SENSITIVE not in m.group("obj"):
        rest = [line for i in items for line in _item_lines(ordinance, i)]
        return "\n".join([first[: m.start()] + SENSITIVE + first[m.end():], *rest])
    return None


_FEE_LEFT_TO_A_RULE = lazy_compile(
    r"(?:実費を勘案して|実費の範囲内において)?(?:規則|[^、。\s]{1,6}(?:長|委員会|実施機関))で定める額(?=の手数料)")
_MODEL_ITEM = lazy_compile(r"^[(（][0-9０-９]+[)）][ 　]")


def fee_in_ordinance(ordinance: Ordinance, anchor: Span, model: str) -> str | None:
    """The draft's fee paragraph for 非識別加工情報 (holding ``anchor``, or the first paragraph of
    the article holding it that leaves the amount to a rule) with the amount written in the
    ordinance (地方自治法 第228条第1項): 「規則で定める額の手数料」 becomes 「次に掲げる額の合計額
    の手数料」 followed by the model's 号, in the draft's item markers. ``None`` when no
    paragraph there leaves the amount to a rule in that form."""
    from ordreview.core.own_style import _marker

    found = _holding(ordinance, anchor.start)
    if found is None:
        return None
    art, para = found
    candidates = [para] if para is not None else []
    candidates += [p for p in art.paragraphs if p is not para]
    for p in candidates:
        lines = paragraph_lines(ordinance, p)
        if p.items or len(lines) != 1:
            continue
        m = _FEE_LEFT_TO_A_RULE.search(lines[0])
        if m is None:
            continue
        items = [x.strip(" 　") for x in model.splitlines() if _MODEL_ITEM.match(x.strip(" 　"))]
        if not items:
            return None
        sample = next((i.title for q in ordinance.articles for pp in q.paragraphs for i in pp.items), "(1)")
        out = [lines[0][: m.start()] + "次に掲げる額の合計額" + lines[0][m.end():]]
        for n, item in enumerate(items, 1):
            body = _MODEL_ITEM.sub("", item, count=1)
            out.append(f"{_marker(sample, n)}　{body}")
        return "\n".join(out)
    return None
