"""Finer points of the post-2023 profile, used by the rules of :mod:`ordreview.core.checks.act2023`.

Each function returns the findings of one point for the rule that calls it (same rule id,
same requirement as the rule's other findings); docs/domain.md ("Implementing ordinances:
fees, 諮問 basis and 施行期日") gives the statutory basis of each.

- :func:`early_force` (P23, ``act.suppl``): the ordinance takes effect before 法第5章 applies to
  local bodies (2023-04-01): 「公布の日から施行する」 in a draft promulgated before that day, or an
  earlier date.
- :func:`board_basis` (P16, ``act.review_board``): 諮問 based on 法第105条第1項 alone; a local
  body consults under 同条第3項 (which applies 第1項 with modified wording).
- :func:`anon_fee_parts` (P18/P19 and P20, ``act.anon_fee``): a 法第119条 fee clause that sets the
  第3項 fee but not the 第4項 one (contracts on already-created information); amounts of the
  第3項 fee that differ from the Cabinet-Order standard the profile records.
- :func:`anon_fee_delegated` (P18/P19, ``act.anon_fee``): a 法第119条 fee amount left to a 規則 or
  the head (the Act and 地方自治法第228条第1項 reserve it to the ordinance).
- :func:`nondisclosure_items` (P12, ``act.nondisclosure``): an item of the 法第78条第2項 clause
  that names no ordinance, i.e. adds what the 情報公開条例 does not withhold.
"""

from __future__ import annotations

import datetime as dt
import re

from ordreview.core.chars import KANJI_DIGIT_VALUES, KANJI_UNIT_VALUES
from ordreview.core.checks.act2023 import Unit, _flat_find, _where, parse_dates, reiwa, units
from ordreview.core.checks.context import CheckContext
from ordreview.core.checks.integrity_index import node_label
from ordreview.core.lazy_re import lazy_compile
from ordreview.core.messages import define
from ordreview.core.model import Finding, Span
from ordreview.core.text import fold

M_EARLY_FORCE = define(
    "check.act.early_force",
    ja="{where}はこの条例を{when}から施行するとしているが、法第5章の規定が地方公共団体に適用されるのは{applies}からである。"
    "それより前に施行すると、旧条例の廃止から法の適用までの間、個人情報の取扱いの根拠を欠くことになるので、"
    "施行期日を{applies}（デジタル社会の形成を図るための関係法律の整備に関する法律附則第1条第7号に掲げる規定の施行の日）とされたい。",
    en="{where} brings the ordinance into force {when_en}, but Chapter 5 of the Act applies to local bodies only from "
    "{applies_en}; taking effect earlier leaves a gap between the repeal of the former ordinance and the Act. "
    "Set the date of entry into force to {applies_en}.",
)
M_BOARD_BASIS = define(
    "check.act.board_basis",
    ja="{where}は諮問の根拠を法第105条第1項としているが、同項は行政機関の長等が情報公開・個人情報保護審査会に諮問する規定である。"
    "地方公共団体の機関の諮問は同条第3項において読み替えて準用する同条第1項によるので、"
    "「法第105条第3項において読み替えて準用する同条第1項の規定による諮問」に改められたい。",
    en="{where} bases the consultation on Art. 105(1), which governs national bodies consulting the national board; "
    "a local body consults under Art. 105(1) as applied by Art. 105(3). Cite Art. 105(3).",
)
M_ANON_EXISTING = define(
    "check.act.anon_existing",
    ja="{where}は法第119条第3項の手数料を定めているが、既に作成された行政機関等匿名加工情報の利用に関する契約を締結する者が"
    "納める手数料（法第119条第4項）の額が定められていない。同項の手数料の額も条例で定められたい。",
    en="{where} sets the fee of Art. 119(3) but not the fee of Art. 119(4) (contracts on anonymised information "
    "already created); set that fee in the ordinance too.",
)
M_ANON_STANDARD = define(
    "check.act.anon_standard",
    ja="{where}の{what}（{amount}円）が、政令で定める標準額（{standard}円）と異なる。法第119条第3項の手数料は政令で定める額を"
    "標準として条例で定めることとされているので、異なる額とする理由を確認されたい。",
    en="{where}: the {what_en} ({amount} yen) differs from the Cabinet-Order standard ({standard} yen). "
    "Art. 119(3) fees are set using that amount as the standard; check the reason for the difference.",
)

# --------------------------------------------------------------------------- P23

_MAIN_FORCE = lazy_compile(r"この(?:条例|規則)は、?(?P<when>[^。]{1,80}?)から施行する。(?P<rest>[^。]{0,4})")
_DEFERRED = lazy_compile(r"経過した日|起算して|規則で定める日|別に定める日|整備に関する法律|附則第1条第7号")


def early_force(ctx: CheckContext, applies: dt.date | None) -> Finding | None:
    """P23: the ordinance's own entry into force precedes ``applies`` (the date 法第5章 applies
    to local bodies). A main clause with a proviso (「ただし、…」) is left alone."""
    o = ctx.ordinance
    if applies is None or not o.suppl_provisions:
        return None
    suppl = o.suppl_provisions[0]
    flat = re.sub(r"\s+", "", fold(suppl.span.slice(o.text)))
    m = _MAIN_FORCE.search(flat)
    if m is None or m.group("rest").startswith("ただし") or _DEFERRED.search(m.group("when")):
        return None
    when = m.group("when")
    if when.startswith("公布の日"):
        date = _promulgated(o)
        shown = f"公布の日（{reiwa(date)}）" if date else ""
    else:
        found = parse_dates(when)
        date = found[0][0] if found else None
        shown = reiwa(date) if date else ""
    if date is None or date >= applies:
        return None
    hit = _flat_find(o, suppl.span, re.compile(re.escape(when) + "から施行する")) or suppl.span
    return ctx.finding(
        rule="act.suppl", requirement="P23", span=hit, code=M_EARLY_FORCE,
        params={"where": node_label(o, hit.start) or "附則", "when": shown, "when_en": f"on {date.isoformat()}",
                "applies": reiwa(applies), "applies_en": applies.isoformat()},
        suggestion=f"この条例は、{reiwa(applies)}から施行する。",
    )


def _promulgated(o) -> dt.date | None:  # noqa: ANN001 - an Ordinance
    """The date under the title (公布 or 制定 line), never the 施行 date the 附則 names."""
    for line, _span in o.preamble:
        found = parse_dates(fold(line))
        if found:
            return found[0][0]
    if o.law_num:
        found = parse_dates(fold(o.law_num))
        if found:
            return found[0][0]
    return None


# --------------------------------------------------------------------------- P16

_ART105_1 = lazy_compile(r"法第105条第1項(?!各号)")  # (its 各号 list the cases needing no 諮問: not a basis)
_ART105_3 = lazy_compile(r"法第105条第3項|同条第3項")
_ART105_1_SHOWN = lazy_compile(r"法第(?:105|百五)条第(?:1|一)項")


def board_basis(ctx: CheckContext) -> list[Finding]:
    """P16: a 諮問 clause citing 法第105条第1項 without 同条第3項."""
    out = []
    for u in units(ctx.ordinance):
        if not (_ART105_1.search(u.text) and "諮問" in u.text) or _ART105_3.search(u.text):
            continue
        hit = _flat_find(ctx.ordinance, u.span, _ART105_1_SHOWN) or u.span
        out.append(ctx.finding(rule="act.review_board", requirement="P16", span=hit, code=M_BOARD_BASIS,
                               params={"where": _where(ctx, hit)},
                               suggestion="法第105条第3項において読み替えて準用する同条第1項",
                               id_extra=("basis", u.text[:40])))
    return out


# --------------------------------------------------------------------------- P18/P19, P20

_ART119_3 = lazy_compile(r"法第119条第3項")
_ART119_3_SHOWN = lazy_compile(r"法第(?:119|百十九)条第(?:3|三)項")
_COVERS_4 = lazy_compile(r"第119条第4項|同条第4項|第3項(?:及び|並びに|又は)第4項|既に作成された|法第118条")
_YEN = lazy_compile(r"(?P<n>[0-9][0-9,]*|[〇一二三四五六七八九十百千万]+)円")
_PER_HOUR = lazy_compile(r"(?:1|一)時間(?:(?:まで)?ごとに|当たり|につき)、?$")
_PER_UNIT = lazy_compile(r"(?:ごとに|につき|1人|一人|当たり)、?$")


def yen(text: str) -> int | None:
    """``21,000`` or ``二万千`` (folded) → 21000; ``None`` when not a number."""
    if text[:1].isdigit():
        digits = text.replace(",", "")
        return int(digits) if digits.isdigit() else None
    total = section = cur = 0
    for ch in text:
        if ch in KANJI_DIGIT_VALUES:
            cur = cur * 10 + KANJI_DIGIT_VALUES[ch]
        elif ch in KANJI_UNIT_VALUES:
            section += (cur or 1) * KANJI_UNIT_VALUES[ch]
            cur = 0
        elif ch == "万":
            total += (section + cur or 1) * 10_000
            section = cur = 0
        else:
            return None
    return total + section + cur


def anon_fee_parts(ctx: CheckContext, fee_units: list[Unit], kind: str,
                   standard: dict[str, int] | None) -> list[Finding]:
    """P18 (P19 for a body that opts in) when the 第4項 fee is missing; P20 for amounts that
    differ from the standard (``standard``: ``base_yen``, ``per_hour_yen``)."""
    out: list[Finding] = []
    third = [u for u in fee_units if _ART119_3.search(u.text)]
    if third and not any(_COVERS_4.search(u.text) for u in fee_units):
        u = third[0]
        rid = "P18" if kind in ("prefecture", "designated") else "P19"
        hit = _flat_find(ctx.ordinance, u.span, _ART119_3_SHOWN) or u.span
        out.append(ctx.finding(rule="act.anon_fee", requirement=rid, span=hit, code=M_ANON_EXISTING,
                               params={"where": _where(ctx, hit)}, id_extra=("existing",)))
    if standard is None:
        return out
    for u in third:
        table = _fee_table_text(ctx, u)
        if table is not None:  # 「…の手数料の額は、別表第2に定めるとおりとする。」: the amounts are there;
            # the finding is written on the clause that refers to the table (where the fee is set)
            text, _region = table
            ref = _flat_find(ctx.ordinance, u.span, re.compile(r"別表(?:第[0-9０-９一二三四五六七八九十]+)?")) or u.span
            out.extend(_against_standard(ctx, text, standard, lambda shown, r=ref: r))
            continue
        if _COVERS_4.search(u.text):
            continue  # one clause for both fees: which amount is which is not read
        out.extend(_against_standard(ctx, u.text, standard, lambda shown, u=u: _node_with(ctx, u, shown)))
    return out


def _against_standard(ctx: CheckContext, text: str, standard: dict[str, int], region_of) -> list[Finding]:
    """P20 for the base or hourly amount of the 第3項 fee in ``text`` (folded) that differs from the
    standard; ``region_of(shown)`` is the node of the draft to search the amount in."""
    out: list[Finding] = []
    base_seen = False
    for m in _YEN.finditer(text):
        amount = yen(m.group("n"))
        if amount is None:
            continue
        before = text[max(0, m.start() - 12) : m.start()]
        if _PER_HOUR.search(before):
            what, what_en, expected = "作成に要する時間1時間までごとの額", "amount per hour of work", standard["per_hour_yen"]
        elif _PER_UNIT.search(before) or base_seen:
            continue
        else:
            base_seen = True
            what, what_en, expected = "基本となる額", "base amount", standard["base_yen"]
        if amount == expected:
            continue
        region = region_of(m.group(0))
        hit = _flat_find(ctx.ordinance, region, re.compile(re.escape(m.group(0)))) or region
        out.append(ctx.finding(
            rule="act.anon_fee", requirement="P20", span=hit, code=M_ANON_STANDARD,
            params={"where": _where(ctx, hit), "what": what, "what_en": what_en, "amount": f"{amount:,}",
                    "standard": f"{expected:,}"},
            id_extra=("standard", what_en),
        ))
    return out


_TABLE_REF = lazy_compile(r"別表(第[0-9]+)?(?:に|の|で)")
_FOURTH = lazy_compile(r"第4項|既に作成")


def _fee_table_text(ctx: CheckContext, u: Unit) -> tuple[str, Span] | None:
    """The folded lines of the 別表 a 第3項 fee clause refers to that concern the 第3項 fee (the lines
    naming 第3項, else those not naming 第4項), with the table's span; ``None`` without such a table."""
    m = _TABLE_REF.search(u.text)
    if m is None:
        return None
    name = "別表" + (m.group(1) or "")
    for table in ctx.ordinance.tables:
        title = re.sub(r"\s+", "", fold(table.title))
        if not title.startswith(name) or (m.group(1) is None and title.startswith("別表第")):
            continue
        lines = [re.sub(r"\s+", "", fold(line)) for line in table.text.splitlines()]
        lines = [line for line in lines if line]
        third = [line for line in lines if "第3項" in line]
        chosen = third or [line for line in lines if not _FOURTH.search(line)]
        return "\n".join(chosen), table.span
    return None


def _node_with(ctx: CheckContext, u: Unit, shown: str) -> Span:
    """The item of ``u`` whose text holds ``shown`` (folded), else the paragraph."""
    text = ctx.ordinance.text
    for item in u.paragraph.items:
        if shown in re.sub(r"\s+", "", fold(item.span.slice(text))):
            return item.span
    return u.span


# --------------------------------------------------------------------------- P18/P19: the amount left to a 規則

M_ANON_DELEGATED = define(
    "check.act.anon_fee_delegated",
    ja="{where}は行政機関等匿名加工情報の利用に関する契約に係る手数料の額を{who}に委ねている。法第119条第3項・第4項の手数料の額は"
    "同条及び地方自治法第228条第1項により条例で定めなければならないので、額を条例（本則又は別表）で定められたい。",
    en="{where} leaves the fee for contracts on anonymised information to {who}. Art. 119(3)/(4) and Local Autonomy "
    "Act Art. 228(1) require the amount in the ordinance itself (its body or an appended table).",
)
_FEE_LEFT_TO = lazy_compile(
    r"(?:手数料|額)は、?(?:[^。]{0,40}?を(?:標準|基準)として、?)?[^。]{0,12}?(?P<who>規則|[市町村区]長|知事|実施機関|管理者|組合長|広域連合長)(?:で|が)(?:別に)?定める(?!ところ)"
    r"|(?P<who2>規則|[市町村区]長|知事|実施機関|管理者|組合長|広域連合長)(?:で|が)(?:別に)?定める(?:額|金額)"
)  # (「…規則で定めるところにより、前納しなければならない」 leaves the manner of payment, not the amount)
# (「…額は、同条第3項の政令で定める額を標準として、区長が規則で定める。」: the 政令's figure a mere
# standard, the amount still left to the 規則)
_AMOUNT_SET = lazy_compile(r"無料|徴収しない|[0-9,]+円|[〇一二三四五六七八九十百千万]+円|別表")


def anon_fee_delegated(ctx: CheckContext, fee_units: list[Unit], kind: str) -> list[Finding]:
    """P18 (P19 for a body that opts in): a 法第119条 fee clause whose amount a 規則 or the head
    sets. The Act says the fee is 「条例で定める」 and 地方自治法第228条第1項 reserves fees to the
    ordinance, so the amount (or a table of the ordinance) must be in the clause itself."""
    out: list[Finding] = []
    title = fold(ctx.ordinance.title or "")
    # a 市 may be a designated city the bundled list does not name (a new one, or a draft
    # written with a placeholder name): only a body that cannot be one is an opt-in body here
    may_be_designated = kind in ("prefecture", "designated") or (
        re.match(r"^[^町村]{1,8}市", title) is not None and "組合" not in title and "連合" not in title)
    rid = "P18" if may_be_designated else "P19"
    for u in fee_units:
        for sentence in re.split(r"(?<=。)", u.text):
            if "第119条" not in sentence and "匿名加工情報" not in sentence:
                continue
            m = _FEE_LEFT_TO.search(sentence)
            if m is None or _AMOUNT_SET.search(sentence[: m.start()] + sentence[m.end():]):
                continue
            who = m.group("who") or m.group("who2")
            hit = _flat_find(ctx.ordinance, u.span, re.compile(re.escape(m.group(0)))) or u.span
            out.append(ctx.finding(rule="act.anon_fee", requirement=rid, span=hit, code=M_ANON_DELEGATED,
                                   severity="error", params={"where": _where(ctx, hit), "who": who, "who_en": who},
                                   id_extra=("delegated", u.text[:40])))
    return out


# --------------------------------------------------------------------------- P12: what 法第78条第2項 permits

M_NONDISCLOSURE_BEYOND = define(
    "check.act.nondisclosure_beyond",
    ja="{where}は、法第78条第2項の規定により不開示情報とする情報に、情報公開条例で開示しないこととされている情報に当たらないもの"
    "を加えている。同項により条例で不開示情報とできるのは、情報公開条例において開示しないこととされている情報のうち整合性を確保"
    "するために必要なものに限られるので、情報公開条例の規定を引用して定めるか、この号を削られたい。",
    en="{where} adds to the non-disclosure grounds under Art. 78(2) information that is not information the FOI "
    "ordinance withholds. Art. 78(2) lets the ordinance add only information the FOI ordinance withholds; cite "
    "the FOI ordinance's provision or delete the item.",
)
_ART78_2 = lazy_compile(r"(?:法|同法)第78条第2項")
_NAMES_AN_ORDINANCE = lazy_compile(r"条例")
_SETS_AS = lazy_compile(r"第78条第2項[^。]*?条例で定める(?:情報|もの)は、?([^。]*)")


def nondisclosure_items(ctx: CheckContext, unit: Unit) -> list[Finding]:
    """P12: in the paragraph that sets 不開示情報 under 法第78条第2項, an item that names no
    ordinance (「実施機関が開示しないことが適当であると認める情報」, 「規則で定める情報」): what it
    adds is not information the 情報公開条例 withholds, which is all the paragraph may add."""
    if not _ART78_2.search(unit.text):
        return []
    text = ctx.ordinance.text
    out: list[Finding] = []
    if not unit.paragraph.items:  # 「…条例で定める情報は、町長が別に定める情報とする。」: what it names
        said = _SETS_AS.search(unit.text)
        if said is not None and not _NAMES_AN_ORDINANCE.search(said.group(1)) and "次に掲げる" not in said.group(1):
            out.append(ctx.finding(rule="act.nondisclosure", requirement="P12", span=unit.span,
                                   code=M_NONDISCLOSURE_BEYOND, severity="warning",
                                   params={"where": _where(ctx, unit.span)}, id_extra=("beyond", unit.text[:40])))
    for item in unit.paragraph.items:
        body = re.sub(r"\s+", "", fold(item.span.slice(text)))
        if _NAMES_AN_ORDINANCE.search(body):
            continue
        out.append(ctx.finding(rule="act.nondisclosure", requirement="P12", span=item.span,
                               code=M_NONDISCLOSURE_BEYOND, severity="warning",
                               params={"where": _where(ctx, item.span)}, id_extra=("beyond", body[:40])))
    return out
