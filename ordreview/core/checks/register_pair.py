"""B3 when the draft keeps two registers and only the ファイル簿 states the 要配慮 entry.

行政機関個人情報保護法 第10条第1項 and 第11条第1項 make the file register say that a file holds
要配慮個人情報. A draft that keeps, besides the 個人情報ファイル簿, a register of the work that
handles personal information (個人情報取扱事務登録簿) lists what that register records too. When the
ファイル簿's list has the 要配慮 entry and the 登録簿's list has none, requirement B3 is met in
substance (so the B3 gap stays silent), but the two registers disagree on the same information: the
登録簿 is reported, as a ``warning``, on the paragraph whose list lacks the entry.

The other direction is reported only for the list that sets the ファイル簿 up (「次に掲げる事項を記載した
帳簿（以下「個人情報ファイル簿」という。）」) — :func:`file_register_gap`, at B3's own severity, since the
statute asks the entry of the ファイル簿 itself —, not for the other lists written into a ファイル簿 (the
非識別 chapter's 「提案の募集をする個人情報ファイルである旨」…), which never carry it.
"""

from __future__ import annotations

import re

from ordreview.core.checks.context import CheckContext
from ordreview.core.messages import define
from ordreview.core.model import Finding, Paragraph, Span

REGISTER_PAIR = define(
    "check.gap.register_pair",
    ja="{where}の登録簿の記載事項に「要配慮個人情報が含まれるときは、その旨」がない。個人情報ファイル簿（{file}）には"
    "記載させているので、登録簿にも同じ事項を加えられたい。",
    en="The list of entries of the work register ({where}) lacks 「要配慮個人情報が含まれるときは、その旨」, which the file "
    "register ({file}) records; add the same entry to the work register.",
)

_NOTATION = re.compile(
    r"要配慮個人情報(?:が含まれる|を含む|の有無|が記録され|[^。]{0,18}(?:旨|有無)(?![をがにのはもと])"
    r"|が[^。]{0,20}(?:記録され|含まれ)る(?:とき|場合)(?:は|には|にあっては)、その旨)")
_LIST_HEAD = re.compile(r"次に掲げる事項")
_WORK_REGISTER = re.compile(r"(?<!ファイル)登録簿|個人情報取扱事務の登録|事務の登録")
_FILE_REGISTER = re.compile(r"ファイル簿")
_ANON = re.compile(r"非識別|提案")


def _lists(ordinance) -> list[tuple[str, object, Paragraph, str]]:  # noqa: ANN001
    """(kind, article, paragraph, text of the list) for every list of entries of a register."""
    out = []
    for article in ordinance.articles:
        if getattr(article, "in_suppl", False) or getattr(article, "deleted", False):
            continue
        caption = article.caption or ""
        for para in article.paragraphs:
            if not para.items or not _LIST_HEAD.search(para.text) or _ANON.search(para.text):
                continue
            head = para.text
            if _FILE_REGISTER.search(head):
                kind = "file"
            elif _WORK_REGISTER.search(head):
                kind = "work"
            elif _FILE_REGISTER.search(caption):
                kind = "file"
            elif _WORK_REGISTER.search(caption):
                kind = "work"
            else:
                continue
            text = ordinance.text[para.span.start : para.span.end]
            out.append((kind, article, para, text))
    return out


def register_pair_gap(ctx: CheckContext, b1_present: bool) -> list[Finding]:
    """[B3] The 登録簿's list lacks the 要配慮 entry that the ファイル簿's list has."""
    if not b1_present:
        return []
    ordinance = ctx.ordinance
    lists = _lists(ordinance)
    files = [x for x in lists if x[0] == "file" and _NOTATION.search(x[3])] or _file_notations(ordinance)
    works = [x for x in lists if x[0] == "work"]
    if not files or not works or any(_NOTATION.search(x[3]) for x in works):
        return []
    _, article, para, _ = works[0]
    _, f_article, f_para, _ = files[0]
    head = para.text.split("\n")[0].strip()
    start = ordinance.text.find(head, para.span.start, para.span.end) if head else -1
    span = Span(start, start + len(head)) if start >= 0 else Span(para.span.start, para.span.end)
    return [ctx.finding(
        rule="gap", requirement="B3", span=span, code=REGISTER_PAIR, severity="warning",
        params={"where": _label(article, para), "file": _label(f_article, f_para)},
    )]


FILE_REGISTER_LACKS = define(
    "check.gap.file_register_lacks",
    ja="{where}の個人情報ファイル簿の記載事項に「記録情報に要配慮個人情報が含まれるときは、その旨」がない。"
    "{work}では記載させているので、個人情報ファイル簿にも同じ事項を加えられたい（行政機関個人情報保護法第11条第1項）。",
    en="The list of entries of the file register ({where}) lacks 「記録情報に要配慮個人情報が含まれるときは、その旨」, which "
    "{work} records; the file register must state it as well (Act on Administrative Organs, Art. 11(1)).",
)
_NOTIFIED = re.compile(r"届出|届け出")
"""A list of entries notified in advance (the 届出 of 行政機関個人情報保護法 第10条, or of the work)."""
_SETS_UP_FILE_REGISTER = re.compile(r"次に掲げる事項を記載した帳簿\(以下「[^「」]{0,12}ファイル簿」という。?\)")
_CITES_LIST = re.compile(r"(?:前条|第[0-9０-９一二三四五六七八九十百]+条)(?:第[0-9０-９一二三四五六七八九十]+項)?各号に掲げる事項")


def file_register_gap(ctx: CheckContext, b1_present: bool) -> list[Finding]:
    """[B3] The other direction: the ファイル簿 is set up with a list of its own that lacks the 要配慮
    entry while another register's list (a 届出 or 登録簿) has it. The statute asks it of the ファイル簿
    itself (第11条第1項), so this is the requirement's own gap, at its severity."""
    from ordreview.core.text import fold

    if not b1_present:
        return []
    ordinance = ctx.ordinance
    works = [("work", a, p, ordinance.text[p.span.start : p.span.end])
             for a in ordinance.articles if not getattr(a, "in_suppl", False)
             for p in a.paragraphs
             if p.items and _LIST_HEAD.search(p.text) and _NOTATION.search(ordinance.text[p.span.start : p.span.end])
             and (_WORK_REGISTER.search(p.text) or _NOTIFIED.search(p.text) or _WORK_REGISTER.search(a.caption or "")
                  or _NOTIFIED.search(a.caption or ""))]
    if not works:
        return []
    for article in ordinance.articles:
        if getattr(article, "in_suppl", False) or getattr(article, "deleted", False):
            continue
        whole = re.sub(r"\s", "", fold(ordinance.text[article.span.start : article.span.end]))
        for para in article.paragraphs:
            head = re.sub(r"\s", "", fold(para.text))[:200]  # (a PDF's spaces, a wrapped first line)
            if not para.items or not _SETS_UP_FILE_REGISTER.search(head):
                continue
            if _NOTATION.search(whole) or _CITES_LIST.search(whole):
                return []  # the entry is there, or the list is the other register's
            first = para.text.split("\n")[0].strip()
            start = ordinance.text.find(first, para.span.start, para.span.end) if first else -1
            span = Span(start, start + len(first)) if start >= 0 else Span(para.span.start, para.span.end)
            req = ctx.profile.requirement("B3")  # type: ignore[attr-defined]
            _, w_article, w_para, _ = works[0]
            return [ctx.finding(
                rule="gap", requirement="B3", span=span, code=FILE_REGISTER_LACKS,
                severity=req.severity if req is not None else "error",
                params={"where": _label(article, para), "work": _label(w_article, w_para)},
            )]
    return []


def _file_notations(ordinance) -> list[tuple[str, object, Paragraph, str]]:  # noqa: ANN001
    """Paragraphs of the ファイル簿 that name its entries in one sentence with the 要配慮 entry
    (「…要配慮個人情報が含まれるときはその旨その他規則で定める事項を記載した帳簿（以下「ファイル簿」
    という。）を作成し…」)."""
    out = []
    for article in ordinance.articles:
        if getattr(article, "in_suppl", False):
            continue
        for para in article.paragraphs:
            text = ordinance.text[para.span.start : para.span.end]
            if (_FILE_REGISTER.search(text) or _FILE_REGISTER.search(article.caption or "")) and _NOTATION.search(text):
                out.append(("file", article, para, text))
    return out


def _label(article, para) -> str:  # noqa: ANN001
    return f"{article.title}第{para.num}項" if len(article.paragraphs) > 1 else article.title
