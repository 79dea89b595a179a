"""The bill's own 附則: the wording of its 施行期日 (commencement) provisions.

An amending ordinance says when it enters into force in the first provision of its 附則, in
a few fixed forms (see ``docs/amendments.md``):

- 「この条例は、公布の日から施行する。」
- 「この条例は、令和9年4月1日から施行する。」 (a date; 「同年10月1日」 after a date naming the year)
- 「この条例は、公布の日から起算して3月を経過した日から施行する。」 (日, 月, 箇月, 年)
- 「この条例は、…法律…の施行の日から施行する。」, 「…規則で定める日から施行する。」
- 「この条例の施行期日は、…規則で定める。」 (the head fixes the date)
- 「この条例は、公布の日から施行し、令和9年4月1日から適用する。」 (retroactive application)
- partial commencement: 「ただし、第5条の改正規定は、…から施行する。」, or 「ただし、次の各号に
  掲げる規定は、当該各号に定める日から施行する。」 followed by items 「(1)　第3条の改正規定　公布の日」.

A sentence that opens as such a provision (「この条例は」, 「この条例の施行期日は」, 「ただし、」, or
an item of such a list) and speaks of 施行 but is not in one of these forms is reported as an
error on that sentence: 「施工する」 for 施行する, 「公布の日より」, a missing 「から」 or 「を経過した
日」, a 「同年」 with no year before it, a partial commencement naming a provision of the bill
(「第5条の規定は」: an amending bill has no 第5条 of its own; its parts are its 改正規定), a list
announced with no items, a 「前項ただし書に規定する改正規定」 whose 項 has no ただし書 (the proviso
dropped in a redraft, the 経過措置 left as it was). Whether the 改正規定 named exist in the bill is
``supplcheck.missing_provisions``; whether a date exists is the review of the consolidated
text (``suppl.date``), which holds the bill's 附則.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ordreview.core.amend.bill import Bill
from ordreview.core.messages import define, render
from ordreview.core.text import fold, kanji_to_int

FORM = define(
    "amend.suppl_commencement.form",
    ja="附則の施行期日の規定「{text}」が、施行期日を定める規定の形式になっていない（{reason}）。"
       "「この条例は、公布の日から施行する。」、「この条例は、令和○年○月○日から施行する。」等の形式に改められたい。",
    en="The commencement provision 「{text}」 of the supplementary provisions is not in a commencement form "
       "({reason_en}); write it as 「この条例は、公布の日から施行する。」, 「この条例は、令和○年○月○日から施行する。」 "
       "or the like.",
)
DANGLING = define(
    "amend.suppl_commencement.dangling",
    ja="附則の施行期日の規定「{text}」の{what}が指すものがない（{reason}）。施行期日の規定を整理されたい。",
    en="In the commencement provision 「{text}」 of the supplementary provisions, {what_en} refers to nothing "
       "({reason_en}); put the commencement provisions in order.",
)

_NUM = r"[0-9〇一二三四五六七八九十百千]+"
_ERA = r"(?:明治|大正|昭和|平成|令和)"
_DATE = rf"(?:{_ERA}(?:元|{_NUM})|[0-9]{{4}})年{_NUM}月{_NUM}日"
_SAME_YEAR = rf"(?:同年{_NUM}月|同月){_NUM}日"
_PERIOD = rf"公布の日から起算して{_NUM}(?:日|月|箇月|か月|ヶ月|ヵ月|カ月|年)を経過した日"
_WHEN = (rf"(?:公布の日|{_DATE}|{_SAME_YEAR}|{_PERIOD}"
         r"|[^。]+?の施行の日|[^。]+?施行日|[^。]+?定める日|[^。]+?いずれか(?:遅い|早い)日|同日)"
         r"(?:[(（][^()（）]*[)）])?")
"""When a commencement provision says the ordinance commences; a parenthesis may follow
(「…の施行の日（令和9年4月1日）」, 「…（以下「施行日」という。）」)."""
_MAIN = re.compile(rf"^この条例は、(?P<when>{_WHEN})から施行(?:する|し、.+)$")
_BY_HEAD = re.compile(r"^この条例の施行期日は、.+(?:定める|定めるものとする)$")
_PARTIAL = re.compile(rf"^ただし、(?P<what>.+?)(?:は|については)、(?P<when>{_WHEN})から施行(?:する|し、.+)$")
_LIST = re.compile(r"^(?:ただし、|この条例は、)次の各号に掲げる(?:改正)?規定(?:は|の区分に応じ)、当該各号に定める日から施行する$")
_IN_BILL = re.compile(rf"^この条例(?:中|のうち)(?P<what>.+?改正規定)は、(?P<when>{_WHEN})から施行する$")
_ITEM = re.compile(rf"^(?P<what>.+?(?:改正規定|規定))\s+(?P<when>{_WHEN})$")
_ITEM_MARK = re.compile(r"^\s*(?:\(\s*[0-9]+\s*\)|[⑴-⒇]|[0-9]+(?=\s)|[一二三四五六七八九十]+(?=\s))\s*")
_PARA_MARK = re.compile(r"^\s*(?:[0-9]+|[一二三四五六七八九十]+|第[0-9一二三四五六七八九十]+条(?:の[0-9]+)?)\s+")
_PROVISO_CITED = re.compile(rf"(?:前[項条]|(?<!条例)(?<!法)(?<!規則)(?<!令)附則第(?P<n>{_NUM})[項条])ただし書")
_CAPTION = re.compile(r"^\s*[(（][^()（）]*[)）]\s*$")
_SPEAKS = re.compile(r"施行(?:する|し、)|施工(?:する|し、)|施行期日は")
_OPENS = ("この条例", "ただし、")
_REASONS = {
    "施工": ("「施工」は「施行」の誤りと思われる", "「施工」 should read 「施行」"),
    "より": ("施行の始期は「より」でなく「から」で示す", "the start is written 「から」, not 「より」"),
    "period": ("「公布の日から起算して○月を経過した日」の形になっていない",
               "not in the form 「公布の日から起算して○月を経過した日」"),
    "から": ("「…から施行する」の形になっていない", "not in the form 「…から施行する」"),
    "item": ("「…の改正規定　施行の日」の形になっていない", "not in the form 「…の改正規定　(date)」"),
    "subject": ("施行の対象となる改正規定が示されていない", "it does not name the 改正規定 it applies to"),
}


@dataclass(frozen=True)
class CommencementProblem:
    """A commencement provision of the bill's 附則 that is malformed or points at nothing.

    Attributes:
        span: the sentence in the bill text.
        code: ``FORM`` or ``DANGLING`` (message codes).
        params: the message parameters.
    """

    span: tuple[int, int]
    code: str
    params: tuple[tuple[str, str], ...]

    def messages(self) -> tuple[str, str]:
        return render(self.code, **dict(self.params))


def commencement_problems(bill: Bill) -> tuple[CommencementProblem, ...]:
    """The malformed or dangling commencement provisions of ``bill``'s own 附則."""
    if bill.suppl_span is None:
        return ()
    start, end = bill.suppl_span
    out: list[CommencementProblem] = []
    year_seen = False
    listing = False  # after 「次の各号に掲げる規定は、当該各号に定める日から施行する。」
    list_at: tuple[int, int] | None = None
    items = 0
    first_line = True
    units: list[bool] = []  # per 項 (or 条) of the 附則: whether it has a ただし書
    pos = start
    for line in bill.text[start:end].split("\n"):
        line_start = pos
        pos += len(line) + 1
        if first_line:  # the 附則 heading
            first_line = False
            continue
        folded = fold(line)
        if not folded.strip() or _CAPTION.match(folded):
            continue
        if listing:
            mark = _ITEM_MARK.match(folded)
            if mark:
                items += 1
                body = folded[mark.end():].strip().rstrip("。")
                span = (line_start + mark.end(), line_start + len(line.rstrip()))
                m = _ITEM.match(body)
                if m is None or _names_no_provision(m["what"]):
                    _add(out, bill.text, span, "item" if m is None else "subject")
                elif _same_year_dangles(m["when"], year_seen):
                    _dangling(out, bill.text, span)
                year_seen = year_seen or re.search(_DATE, body) is not None
                continue
            listing = False
            if items == 0 and list_at is not None:
                _dangling(out, bill.text, list_at, what="list")
        mark = _PARA_MARK.match(folded)
        offset = mark.end() if mark else 0
        units.append("ただし、" in folded)
        for s_start, s_end in _sentences(folded, offset):
            sentence = re.sub(r"\s+", "", folded[s_start:s_end]).rstrip("。")
            span = (line_start + s_start, line_start + s_end)
            cited = _PROVISO_CITED.search(sentence)
            if cited and not _has_proviso(units, cited):
                _dangling(out, bill.text, span, what="proviso", cited=cited.group(0))
            if not sentence.startswith(_OPENS) or _SPEAKS.search(sentence) is None:
                year_seen = year_seen or re.search(_DATE, sentence) is not None
                continue
            if _LIST.match(sentence):
                listing, list_at, items = True, span, 0
                continue
            problem = _problem(sentence, year_seen)
            if problem == "dangling":
                _dangling(out, bill.text, span)
            elif problem is not None:
                _add(out, bill.text, span, problem)
            year_seen = year_seen or re.search(_DATE, sentence) is not None
    if listing and items == 0 and list_at is not None:
        _dangling(out, bill.text, list_at, what="list")
    return tuple(out)


def _problem(sentence: str, year_seen: bool) -> str | None:
    """Why ``sentence`` (folded, no spaces, no final 。) is not a commencement form, or ``None``."""
    for regex in (_MAIN, _PARTIAL, _IN_BILL):
        m = regex.match(sentence)
        if m is None:
            continue
        if regex is _PARTIAL and _names_no_provision(m["what"]):
            return "subject"
        if _same_year_dangles(m["when"], year_seen):
            return "dangling"
        return None
    if _BY_HEAD.match(sentence):
        return None
    if "施工" in sentence:
        return "施工"
    if re.search(r"より施行", sentence):
        return "より"
    if "起算して" in sentence:
        return "period"
    return "から"


def _names_no_provision(what: str) -> bool:
    """True when a partial commencement names an article of the 本則 by its bare number
    (「第5条の規定は」) instead of the 改正規定 amending it; 「附則第3項の規定」, 「次項の規定」 name
    the bill's own 附則 and are right."""
    if "改正規定" in what:
        return False
    return re.search(rf"(?<!附則)第{_NUM}条", what) is not None or not what.endswith("規定")


def _has_proviso(units: list[bool], cited: re.Match[str]) -> bool:
    """Whether the 項 a 「前項ただし書」 / 「附則第N項ただし書」 names (``units[-1]`` is the 項 citing)
    has a ただし書; a 項 the text does not have counts as having none."""
    if cited["n"] is None:
        return len(units) >= 2 and units[-2]
    n = kanji_to_int(cited["n"])
    return n is not None and 0 < n <= len(units) and units[n - 1]


def _same_year_dangles(when: str, year_seen: bool) -> bool:
    return when.startswith(("同年", "同月")) and not year_seen


def _sentences(text: str, offset: int) -> list[tuple[int, int]]:
    """Spans of the sentences of a line from ``offset`` (a 。 inside brackets does not end one)."""
    out = []
    depth = 0
    begin = offset
    for i in range(offset, len(text)):
        ch = text[i]
        if ch in "「(（":
            depth += 1
        elif ch in "」)）":
            depth = max(0, depth - 1)
        elif ch == "。" and depth == 0:
            out.append((begin, i + 1))
            begin = i + 1
            while begin < len(text) and text[begin] == " ":
                begin += 1
    if text[begin:].strip():
        out.append((begin, len(text.rstrip())))
    return out


def _add(out: list[CommencementProblem], text: str, span: tuple[int, int], reason: str) -> None:
    ja, en = _REASONS[reason]
    out.append(CommencementProblem(span, FORM, (("text", text[span[0]:span[1]]), ("reason", ja), ("reason_en", en))))


def _dangling(out: list[CommencementProblem], text: str, span: tuple[int, int], what: str = "year",
              cited: str = "") -> None:
    if what == "proviso":
        params = (("what", f"「{cited}」"), ("what_en", f"「{cited}」"),
                  ("reason", "その規定にただし書がない"), ("reason_en", "that provision has no proviso"))
    elif what == "list":
        params = (("what", "「次の各号」"), ("what_en", "「次の各号」"),
                  ("reason", "各号が置かれていない"), ("reason_en", "no item follows"))
    else:
        params = (("what", "「同年」"), ("what_en", "「同年」"),
                  ("reason", "その前に年を示す日付がない"), ("reason_en", "no date naming the year comes before it"))
    out.append(CommencementProblem(span, DANGLING, (("text", text[span[0]:span[1]]), *params)))


__all__ = ["DANGLING", "FORM", "CommencementProblem", "commencement_problems"]
