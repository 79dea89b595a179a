"""Drafting integrity: the 附則 (supplementary provisions) — dates, references, 旧条例, 全部改正/廃止.

Rules:

- ``suppl.date`` [O10]: a date of the 附則 that does not exist (平成31年5月1日: 令和 began on
  2019-05-01; 2月30日) is an error; an entry into force (「…から施行する」) before the date the
  ordinance (or the amending ordinance of that 附則) was made — the date of the number line
  「令和2年3月10日条例第3号」 or of the 附則's heading 「附則（令和3年3月5日条例第2号）」 — is an
  error: an ordinance cannot take effect before its promulgation, a retroactive effect is
  written 「…から適用する」; a ただし書 date earlier than the main date is a warning (a proviso
  usually postpones, or brings forward to 公布の日).
- ``suppl.reference`` [O2, error]: 「附則第4項」 when the 附則 has three 項, 「附則第3条」 when it
  has no such article (references from the main provisions go to the first 附則, references
  inside a 附則 to that 附則); inside a 附則 written with 項 only, 前項 in its first 項 and 次項
  in its last. 「旧条例附則第2項」 and 「法附則第3条」 cite other instruments and are skipped.
- ``suppl.old_undefined`` [O4, warning]: 旧条例 / 新条例 / 旧規則 used without a definition
  (「…条例（…）（以下「旧条例」という。）」) anywhere in the draft. The unused definition is
  ``term.unused``'s finding.
- ``suppl.repeal`` [O10]: the draft wholly revises an ordinance (「…の全部を改正する。」) and its
  附則 also repeals it (error: the two acts exclude each other, the text is wrong whatever the
  reason); a 全部改正 制定文 in another wording than 「…の全部を改正する。」 and a repeal clause in
  another wording than 「…は、廃止する。」 (warnings).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from ordreview.core.checks.context import CheckContext
from ordreview.core.checks.integrity_index import KANJI, KATAKANA, NUM, index_for, node_label, primed, to_int
from ordreview.core.checks.registry import register
from ordreview.core.english import count as count_of
from ordreview.core.lazy_re import lazy_compile
from ordreview.core.messages import define
from ordreview.core.phrases import cited
from ordreview.core.model import Finding, Ordinance, Span, SupplProvision
from ordreview.core.text import fold

DATE_INVALID = define(
    "check.integrity.suppl_date_invalid",
    ja="「{written}」は存在しない日付である（{reason}）。{fix}",
    en="「{written}」 is not a date ({reason_en}). {fix_en}",
)
DATE_RETRO = define(
    "check.integrity.suppl_retroactive",
    ja="施行期日「{written}」が、{basis}の日付（{enacted}）より前の日となっている。条例は公布前に施行することができないので、施行期日を改められたい（遡って適用する趣旨であれば、施行期日とは別に「…から適用する。」と規定されたい。）。",
    en="The entry into force 「{written}」 precedes the date of {basis_en} ({enacted}): an ordinance cannot enter "
    "into force before its promulgation; a retroactive effect is written 「…から適用する。」 beside the entry-into-force date.",
)
DATE_PROVISO = define(
    "check.integrity.suppl_proviso_earlier",
    ja="ただし書の施行期日「{written}」が、本文の施行期日（{main}）より前の日となっている。ただし書により先行して施行する趣旨及びその理由を確認されたい。",
    en="The proviso's entry into force 「{written}」 precedes the main date ({main}); please check that the "
    "provisions are meant to enter into force first, and why.",
)
REF_MISSING = define(
    "check.integrity.suppl_ref_missing",
    ja="{where}中「{ref}」{cited}はない（{suppl}は{count}）。引用先を確認の上、改められたい。",
    en="「{ref}」 ({where}) cites {target_en}, which does not exist ({suppl_en} has {count_en}).",
)
REF_RELATIVE = define(
    "check.integrity.suppl_ref_relative",
    ja="{where}中「{ref}」に当たる項がない（{suppl}は{count}項である。）。引用先を確認の上、改められたい。",
    en="「{ref}」 ({where}) has no paragraph to point to ({suppl_en} has {count} paragraph(s)).",
)
OLD_UNDEFINED = define(
    "check.integrity.suppl_old_undefined",
    ja="「{term}」（最初は{where}）がどの条例を指すか定められていない。最初に用いる箇所で「○○条例（平成○年○○条例第○号。以下「{term}」という。）」のように定められたい。",
    en="「{term}」 (first in {where}) is never defined: define it where it is first used "
    "(「○○条例（…。以下「{term}」という。）」).",
)
REPEAL_AND_REVISE = define(
    "check.integrity.suppl_repeal_and_revise",
    ja="この条例は「{name}」の全部を改正するものであるが、{where}で同条例を廃止するとしている。全部改正の場合は廃止の規定を要しないので、全部改正とするか廃止・制定とするかを整理の上、改められたい。",
    en="This ordinance wholly revises 「{name}」, yet {where} repeals it: a 全部改正 needs no repeal clause; "
    "choose between 全部改正 and repeal-and-enactment.",
)
REVISE_WORDING = define(
    "check.integrity.suppl_revise_wording",
    ja="全部改正の制定文「{phrase}」は、「…条例（…）の全部を改正する。」に改められたい。",
    en="The enacting formula of a 全部改正 「{phrase}」 should read 「…条例（…）の全部を改正する。」.",
)
REPEAL_WORDING = define(
    "check.integrity.suppl_repeal_wording",
    ja="廃止の規定「{phrase}」（{where}）は、「…は、廃止する。」に改められたい。",
    en="The repeal clause 「{phrase}」 ({where}) should read 「…は、廃止する。」.",
)

_ERA_START = {
    "明治": (date(1868, 1, 25), 1867),
    "大正": (date(1912, 7, 30), 1911),
    "昭和": (date(1926, 12, 25), 1925),
    "平成": (date(1989, 1, 8), 1988),
    "令和": (date(2019, 5, 1), 2018),
}
_ERA_ORDER = tuple(_ERA_START)
_DATE = re.compile(rf"(?P<era>{'|'.join(_ERA_START)})\s*(?P<y>元|{NUM})\s*年\s*(?P<m>{NUM})\s*月\s*(?P<d>{NUM})\s*日")


@dataclass(frozen=True)
class _Date:
    j_start: int
    j_end: int
    era: str
    year: int
    month: int
    day: int
    value: date | None  # None when the date does not exist
    problem: tuple[str, str, str, str] | None  # (reason ja, reason en, fix ja, fix en)


def _era_label(value: date) -> str:
    era = next(e for e in reversed(_ERA_ORDER) if value >= _ERA_START[e][0])
    year = value.year - _ERA_START[era][1]
    return f"{era}{'元' if year == 1 else year}年{value.month}月{value.day}日"


def _read_date(m: re.Match[str], offset: int = 0) -> _Date | None:
    year = 1 if m["y"] == "元" else to_int(m["y"])
    month, day = to_int(m["m"]), to_int(m["d"])
    era = m["era"]
    start, base = _ERA_START[era]
    if year is None and month is not None and day is not None:
        year = date.max.year  # too many digits to read as a number: far outside any era
    if year is None or month is None or day is None or year < 1:
        return None
    problem = None
    value: date | None
    if base + year > date.max.year:
        value = None
        problem = (f"{era}の期間外である", f"outside the {era} era", "日付を改められたい。", "Please correct the date.")
        return _Date(m.start() + offset, m.end() + offset, era, year, month, day, value, problem)
    try:
        value = date(base + year, month, day)
    except (ValueError, OverflowError):
        value = None
        problem = (f"{month}月{day}日はない", f"there is no day {day} in month {month}",
                   "日付を改められたい。", "Please correct the date.")
    if value is not None:
        nxt = _ERA_ORDER.index(era) + 1
        end = _ERA_START[_ERA_ORDER[nxt]][0] if nxt < len(_ERA_ORDER) else None
        if value < start or (end is not None and value >= end):
            right = _era_label(value)
            problem = (f"{era}の期間外である", f"outside the {era} era",
                       f"「{right}」に改められたい。", f"It should read 「{right}」.")
            value = None
    return _Date(m.start() + offset, m.end() + offset, era, year, month, day, value, problem)


NEW_ERA_BEGAN = date(2019, 5, 1)
"""The first day of 令和. A text made before it writes a later date in 平成 (「平成31年10月1日」,
「平成32年4月1日」): the government's agreement of 2019-04-01 on the year notation around the change
of era had documents made until 2019-04-30 keep 平成 for later years, and such a date keeps its
effect, read as the same day of 令和. It is no date outside its era."""


def _written_before_the_new_era(d: _Date, before_new_era: bool) -> _Date:
    """``d`` read as its day when it is a 平成 date past the era's end in a text enacted before 令和
    began; ``d`` unchanged otherwise."""
    if d.era != "平成" or d.value is not None or not before_new_era:
        return d
    try:
        value = date(_ERA_START["平成"][1] + d.year, d.month, d.day)
    except (ValueError, OverflowError):
        return d  # (a day that does not exist in any era stays a problem)
    if value < _ERA_START["令和"][0]:
        return d
    return _Date(d.j_start, d.j_end, d.era, d.year, d.month, d.day, value, None)


def _in_force_in_heisei(joined: str, j0: int, j1: int) -> bool:
    """With no date of enactment on record, a 附則 that brings the text into force on a day of 平成
    before 令和 began (「この条例は、平成31年4月1日から施行する。」) was written before the new era: its
    later 平成 dates (「ただし、…平成31年10月1日から施行する。」) are the same days of 令和."""
    for m in _DATE.finditer(joined, j0, j1):
        d = _read_date(m)
        if (d is not None and d.era == "平成" and d.value is not None and d.value < NEW_ERA_BEGAN
                and _IN_FORCE.match(joined, d.j_end)):
            return True
    return False


def _enacted(ordinance: Ordinance, suppl: SupplProvision, first: bool) -> tuple[date, str] | None:
    """The date the ordinance (first 附則) or the amending ordinance (later 附則) was made."""
    if not first:
        text = suppl.amend_law_num or ""
        if not text:
            heading = ordinance.text[suppl.span.start : ordinance.text.find("\n", suppl.span.start)]
            text = heading
    else:
        text = "\n".join(line for line, _ in ordinance.preamble) or (ordinance.law_num or "")
    folded = fold(text)
    dates = list(_DATE.finditer(folded))
    # the number line (令和2年3月10日条例第3号) or the 公布 line; a lone date otherwise
    def line_head(d: re.Match[str]) -> str:
        return folded[folded.rfind("\n", 0, d.start()) + 1 : d.start()]

    # (a line of the amendment history, 「改正　令和元年9月30日条例第2号」, dates another ordinance)
    dates = [d for d in dates if not line_head(d).lstrip().startswith("改正")]
    m = next((d for d in dates if _PROMULGATED.match(folded, d.end()) or "公布" in line_head(d)), None)
    if m is None and len(dates) == 1 and first:
        line_end = folded.find("\n", dates[0].end())
        rest = folded[dates[0].end() : line_end if line_end >= 0 else len(folded)]
        m = dates[0] if "施行" not in rest else None
    if m is None:
        return None
    d = _read_date(m)
    if d is None or d.value is None:
        return None
    return d.value, m.group(0)


_IN_FORCE = re.compile(r"から施行(?:する|します|し[、,])")
_PROMULGATED = re.compile(r"\s*(?:(?:[^\s()]{0,30}?条例|規則)\s*第|公布)")
"""After the date: the number of the ordinance (「平成20年2月15日\n染野地区後期高齢者医療広域連合条例第4号」:
the body's full name may be long) or the word 公布."""


@register("suppl.date", title_ja="附則の日付", title_en="Dates in the supplementary provisions")
@primed
def check_suppl_dates(ctx: CheckContext) -> list[Finding]:
    """[O10] Dates that do not exist, entry into force before enactment, a proviso date before the main date."""
    ordinance = ctx.ordinance
    index = index_for(ordinance)
    joined = index.joined
    out: list[Finding] = []
    for k, suppl in enumerate(ordinance.suppl_provisions):
        j0, j1 = index.to_joined(suppl.span.start), index.to_joined(suppl.span.end)
        enacted = _enacted(ordinance, suppl, first=(k == 0 and suppl.amend_law_num is None))
        before_new_era = (enacted[0] < NEW_ERA_BEGAN) if enacted is not None else _in_force_in_heisei(joined, j0, j1)
        extra = suppl.amend_law_num or str(k)
        main: _Date | None = None
        for m in _DATE.finditer(joined, j0, j1):
            d = _read_date(m)
            if d is None:
                continue
            span = index.span(d.j_start, d.j_end)
            written = span.slice(ordinance.text).replace("\n", "")
            d = _written_before_the_new_era(d, before_new_era)
            if d.problem is not None:
                reason, reason_en, fix, fix_en = d.problem
                out.append(ctx.finding(
                    rule="suppl.date", requirement="O10", span=span, code=DATE_INVALID, severity="error",
                    params={"written": written, "reason": reason, "reason_en": reason_en, "fix": fix, "fix_en": fix_en},
                    suggestion=fix[1:fix.index("」")] if fix.startswith("「") else "",
                    id_extra=(extra,),
                ))
                continue
            if d.value is None or not _IN_FORCE.match(joined, d.j_end):
                continue
            sentence_start = max(joined.rfind("。", j0, d.j_start), j0)
            proviso = "ただし" in joined[sentence_start : d.j_start]
            if enacted is not None and d.value < enacted[0]:
                basis = "公布" if k == 0 and suppl.amend_law_num is None else "この附則を定めた改正条例の公布"
                out.append(ctx.finding(
                    rule="suppl.date", requirement="O10", span=span, code=DATE_RETRO, severity="error",
                    params={"written": written, "basis": basis, "enacted": enacted[1],
                            "basis_en": "promulgation" if basis == "公布" else "the amending ordinance's promulgation"},
                    suggestion="この条例は、公布の日から施行する。",
                    statute="地方自治法 第16条（条例の公布と施行）",
                    id_extra=(extra,),
                ))
                continue
            if not proviso:
                main = main or d
            elif main is not None and main.value is not None and d.value < main.value:
                main_text = index.span(main.j_start, main.j_end).slice(ordinance.text).replace("\n", "")
                out.append(ctx.finding(
                    rule="suppl.date", requirement="O10", span=span, code=DATE_PROVISO, severity="warning",
                    params={"written": written, "main": main_text}, suggestion="", id_extra=(extra,),
                ))
    return out


# --------------------------------------------------------------------------- references

_SUPPL_REF = re.compile(rf"(?P<word>[附付]則)第(?P<n>{NUM})(?P<unit>条|項)(?:第(?P<p>{NUM})項)?")
_WORD_BEFORE = lazy_compile(rf"[{KANJI}{KATAKANA})]")
_RELATIVE = re.compile(rf"前項|次項|前(?P<n>{NUM})項")


def _suppl_shape(suppl: SupplProvision) -> tuple[str, str, str]:
    if suppl.articles:
        return "条", f"{len(suppl.articles)}条", count_of(len(suppl.articles), "article")
    return "項", f"{len(suppl.paragraphs)}項", count_of(len(suppl.paragraphs), "paragraph")


def _quoted(joined: str, pos: int, start: int) -> bool:
    """True if ``pos`` lies inside 「…」 opened after ``start`` (words quoted by a 読替え, not a reference)."""
    window = joined[start:pos]
    return window.count("「") > window.count("」")


def _suppl_refs(joined: str, start: int, end: int) -> Iterator[re.Match[str]]:
    for m in _SUPPL_REF.finditer(joined, start, end):
        before = joined[m.start() - 1] if m.start() > 0 else ""
        if before and _WORD_BEFORE.match(before):
            continue  # 旧条例附則第2項, 法附則第3条, …条例（…）附則第4項: another instrument
        line_start = max(joined.rfind("。", start, m.start()) + 1, start)
        if _quoted(joined, m.start(), line_start):
            continue
        yield m


@register("suppl.reference", title_ja="附則の引用", title_en="References to and inside the supplementary provisions")
@primed
def check_suppl_references(ctx: CheckContext) -> list[Finding]:
    """[O2] 附則第N項/第N条 that the 附則 does not have; 前項/次項 at the edges of a 項-only 附則."""
    ordinance = ctx.ordinance
    suppls = ordinance.suppl_provisions
    if not suppls:
        return []
    index = index_for(ordinance)
    joined = index.joined
    out: list[Finding] = []
    ranges = [(index.to_joined(s.span.start), index.to_joined(s.span.end), s) for s in suppls]
    # the main provisions (and the first 附則) cite the first 附則; a later 附則 cites itself
    scans = [(0, ranges[0][0], suppls[0]), *ranges]
    for start, end, target in scans:
        for m in _suppl_refs(joined, start, end):
            unit = m["unit"]
            n = to_int(m["n"]) or 0
            _, count, count_en = _suppl_shape(target)
            word = m["word"]
            if unit == "条":
                missing = not any(a.num.split("_")[0] == str(n) for a in target.articles)
                label, label_en = f"{word}第{n}条", f"Art. {n} of the {word}"
            else:
                missing = bool(target.articles) or n > len(target.paragraphs) or n < 1
                label, label_en = f"{word}第{n}項", f"paragraph {n} of the {word}"
            if not missing and unit == "条" and m["p"] is not None:
                art = next(a for a in target.articles if a.num.split("_")[0] == str(n))
                p = to_int(m["p"]) or 0
                if p > len(art.paragraphs):
                    missing, label, label_en = True, f"{word}第{n}条第{p}項", f"Art. {n}({p}) of the {word}"
                    count, count_en = f"第{n}条は{len(art.paragraphs)}項", f"Art. {n} with {count_of(len(art.paragraphs), 'paragraph')}"
            if missing and target is not suppls[0] and unit == "項" and not suppls[0].articles \
                    and 1 <= n <= len(suppls[0].paragraphs):
                missing = False  # an amending ordinance's 附則 citing the original 附則
            if not missing:
                continue
            span = index.span(m.start(), m.end())
            out.append(ctx.finding(
                rule="suppl.reference", requirement="O2", span=span, code=REF_MISSING, severity="error",
                params={"ref": span.slice(ordinance.text).replace("\n", ""), "where": _where(ordinance, span.start),
                        "target": label, "target_en": label_en, "suppl": word, "suppl_en": f"the {word}",
                        "count": count, "count_en": count_en,
                        "cited": cited(span.slice(ordinance.text).replace("\n", ""), label)},
                id_extra=(target.amend_law_num or "",),
            ))
    for suppl in suppls:
        paras = suppl.paragraphs
        if suppl.articles or len(paras) == 0:
            continue
        label = _word(suppl)
        for i, para in enumerate(paras, start=1):
            p0, p1 = index.to_joined(para.span.start), index.to_joined(para.span.end)
            for m in _RELATIVE.finditer(joined, p0, p1):
                before = joined[m.start() - 1] if m.start() > 0 else ""
                if before and _WORD_BEFORE.match(before):
                    continue  # 同条前項…: part of a longer citation
                if _quoted(joined, m.start(), p0):
                    continue  # 同項中「前項」とあるのは…: quoted words of a 読替え
                word = m.group(0)
                if word == "前項":
                    bad = i == 1
                elif word == "次項":
                    bad = i == len(paras)
                else:
                    bad = (to_int(m["n"]) or 0) >= i
                if not bad:
                    continue
                span = index.span(m.start(), m.end())
                out.append(ctx.finding(
                    rule="suppl.reference", requirement="O2", span=span, code=REF_RELATIVE, severity="error",
                    params={"ref": word, "where": f"{label}第{i}項", "suppl": label, "suppl_en": f"the {label}",
                            "count": len(paras)},
                    id_extra=(suppl.amend_law_num or "", i == 1),
                ))
    return out


# --------------------------------------------------------------------------- 旧条例

_OLD_TERMS = ("旧条例", "新条例", "旧規則", "新規則")


def _in_caption(text: str, at: int) -> bool:
    """True when ``at`` lies in a caption line (「（旧条例の廃止）」 over the 項 that repeals the ordinance by its
    name): a caption names what the provision does, it does not use the word as a provision would."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : end if end >= 0 else len(text)].strip()
    return len(line) >= 2 and line[0] in "（(" and line[-1] in "）)"


@register("suppl.old_undefined", title_ja="定義のない旧条例等", title_en="旧条例 and the like used without a definition")
@primed
def check_old_undefined(ctx: CheckContext) -> list[Finding]:
    """[O4] 旧条例 / 新条例 / 旧規則 / 新規則 used but defined nowhere."""
    ordinance = ctx.ordinance
    index = index_for(ordinance)
    joined = index.joined
    defined = {t.term for t in ordinance.terms}
    out: list[Finding] = []
    for term in _OLD_TERMS:
        if term in defined or f"「{term}」" in joined:
            continue
        pos = joined.find(term)
        while pos >= 0:
            after = joined[pos + len(term)] if pos + len(term) < len(joined) else ""
            before = joined[pos - 1] if pos > 0 else ""
            if (not (before and _WORD_BEFORE.match(before)) and after not in "等"
                    and not _in_caption(ordinance.text, index.span(pos, pos + len(term)).start)):
                break
            pos = joined.find(term, pos + 1)
        if pos < 0:
            continue
        span = index.span(pos, pos + len(term))
        out.append(ctx.finding(
            rule="suppl.old_undefined", requirement="O4", span=span, code=OLD_UNDEFINED, severity="warning",
            params={"term": term, "where": _where(ordinance, span.start)},
            suggestion=f"○○条例（平成○年○○条例第○号。以下「{term}」という。）",
        ))
    return out


# --------------------------------------------------------------------------- 全部改正 / 廃止

# Each pattern starts at the 条例 that ends the ordinance's name; the name itself is the run of
# characters before it up to a delimiter (``_name_start``), found by a bounded backward scan. A
# lazy name prefix (``[^、。…]*?条例``) would be tried at every position of a long run: quadratic.
_REVISE_OK = re.compile(r"条例(?:\([^()]*\))?の全部を改正する。")
_REVISE_OTHER = re.compile(r"条例(?:\([^()]*\))?(?:を全部改正する|の全部改正を行う|を全部改正し|の全部を改める)[^。\n]*。?")
_REPEAL = re.compile(r"条例(?:\([^()]*\))?は、?廃止(?P<tail>する|とする|するものとする|される)。")
_NAME_STOPS = frozenset("、。「」()")
_MAX_NAME = 120
"""Longest ordinance name read back from its 条例 (real titles are well under 60 characters)."""


def _name_start(text: str, end: int, floor: int = 0) -> int:
    """Start of the name that ends just before ``end``: back to a delimiter or a blank."""
    i = end
    lowest = max(floor, end - _MAX_NAME)
    while i > lowest and text[i - 1] not in _NAME_STOPS and not text[i - 1].isspace():
        i -= 1
    return i


@register("suppl.repeal", title_ja="全部改正と廃止の規定", title_en="Wholesale revision and repeal wording")
@primed
def check_repeal(ctx: CheckContext) -> list[Finding]:
    """[O10] 全部改正 together with a repeal of the same ordinance; wording of both clauses."""
    ordinance = ctx.ordinance
    index = index_for(ordinance)
    joined = index.joined
    text = ordinance.text
    out: list[Finding] = []
    first_article = min((a.span.start for a in ordinance.articles), default=len(text))
    folded = index.folded  # the enacting formula is one line of the head: read it line by line
    revised: str | None = None
    m = _REVISE_OK.search(folded, 0, first_article)
    if m is not None:
        revised = folded[_name_start(folded, m.start()) : m.start() + 2].strip()
    else:
        other = _REVISE_OTHER.search(folded, 0, first_article)
        if other is not None:
            span = Span(_name_start(folded, other.start()), other.end())
            out.append(ctx.finding(
                rule="suppl.repeal", requirement="O10", span=span, code=REVISE_WORDING, severity="warning",
                params={"phrase": span.slice(text).replace("\n", "")},
                suggestion="…条例（…）の全部を改正する。",
            ))
    for suppl in ordinance.suppl_provisions:
        j0, j1 = index.to_joined(suppl.span.start), index.to_joined(suppl.span.end)
        for r in _REPEAL.finditer(joined, j0, j1):
            name_start = _name_start(joined, r.start(), j0)
            span = index.span(name_start, r.end() - 1)
            where = _where(ordinance, span.start)
            name = joined[name_start : r.start() + 2].strip()
            if revised is not None and (name.endswith(revised) or revised.endswith(name)):
                if getattr(ctx.profile, "act", None) is not None:
                    continue  # a 施行条例 profile reports it as the former ordinance's fate (act.suppl)
                out.append(ctx.finding(
                    rule="suppl.repeal", requirement="O10", span=span, code=REPEAL_AND_REVISE, severity="error",
                    params={"name": revised, "where": where}, suggestion="",
                ))
            elif r["tail"] != "する":
                out.append(ctx.finding(
                    rule="suppl.repeal", requirement="O10", span=span, code=REPEAL_WORDING, severity="warning",
                    params={"phrase": span.slice(text).replace("\n", ""), "where": where},
                    suggestion=f"{name}は、廃止する。",
                ))
    return out


def _where(ordinance: Ordinance, offset: int) -> str:
    """``node_label``, with a 附則 written as the draft writes it (付則) and its 項 numbered."""
    label = node_label(ordinance, offset)
    if not label.startswith("附則"):
        return label
    for suppl in ordinance.suppl_provisions:
        if suppl.span.start <= offset < suppl.span.end:
            if suppl.articles:
                return _word(suppl) + label[len("附則"):]
            return _suppl_paragraph_label(ordinance, suppl, offset)
    return label


def _word(suppl: SupplProvision) -> str:
    """附則 or 付則, as the draft writes its heading."""
    return "付則" if "付" in suppl.label else "附則"


def _suppl_paragraph_label(ordinance: Ordinance, suppl: SupplProvision, offset: int) -> str:
    for i, para in enumerate(suppl.paragraphs, start=1):
        if para.span.start <= offset < para.span.end:
            return f"{_word(suppl)}第{i}項" if len(suppl.paragraphs) > 1 else _word(suppl)
    return _word(suppl)

