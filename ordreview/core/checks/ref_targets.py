"""Drafting integrity: references whose target exists in number only [O2].

Rules:

- ``ref.no_previous`` [O2, error]: 「前項」 in the first (or only) paragraph of an article: there
  is no previous paragraph (前項 means the paragraph just before, 法制執務の用語). A quoted
  「前項」 (the words a 読替え replaces: 同項中「前項」とあるのは) is not a reference. Likewise
  「前N項」「前N号」 counting more paragraphs (items) than stand before it (「前3項」 in a third
  paragraph).
- ``ref.deleted`` [O2, error]: a reference in the main provisions to an article that is 削除
  (「第14条　削除」, 「第5条から第7条まで　削除」): the provision it cites has no content any
  more, so the citing provision has lost its meaning. References written as the old text's
  (改正前の第14条, 旧第14条) and references in the 附則 (経過措置 speak of the text before
  the change) are left alone.
- ``ref.wrong_kind`` [O2, error]: a reference that names what it cites (「第47条の10第1項の
  基準」, 「前条の規定による通知」) where the cited provision exists but does not contain that
  thing at all: the number points at another provision (a fee article instead of the
  processing standard), typically after renumbering. Only nouns that name a thing a provision
  lays down (基準, 通知, 提案, 手数料, 契約, the 委託 …, :data:`KIND_NOUNS`) are compared, and only
  within the same ordinance. Likewise 「第6条の規定に違反して収集され、利用され、又は提供されて
  いる」 (the 利用停止 request) where the cited provision speaks of none of the acts listed
  (収集 and 取得 count as one): 第6条 is then another provision (適正管理) than the one meant.
  And 「第31条の規定により開示することができる期日」 where 第31条 (審査会) never speaks of 開示.
"""

from __future__ import annotations

import re

from ordreview.core.align_elements import node_span
from ordreview.core.checks.context import CheckContext
from ordreview.core.checks.integrity_index import article_of, duplicated_numbers, node_label, num_key, primed
from ordreview.core.checks.lost_items import opens_glued_item
from ordreview.core.checks.registry import register
from ordreview.core.labels import article_name
from ordreview.core.messages import define
from ordreview.core.phrases import cited
from ordreview.core.model import Article, Division, Finding, NodeRef, Ordinance, Reference
from ordreview.core.parse.numbers import to_int
from ordreview.core.reading_tables import TableRows
from ordreview.core.text import fold

REF_NO_PREVIOUS = define(
    "check.integrity.ref_no_previous",
    ja="{where}中「{ref}」の引用する前項はない（「{ref}」を置く項は、{article}の最初の項である。）。引用先を確認の上、改められたい。",
    en="「{ref}」 ({where}) cites the previous paragraph, but {where} is the first paragraph of {article}.",
)
REF_TOO_FEW_BEFORE = define(
    "check.integrity.ref_too_few_before",
    ja="{where}中「{ref}」は{count}{unit}を引用しているが、{where}の前には{before}{unit}しかない。引用先を確認の上、改められたい。",
    en="「{ref}」 ({where}) cites {count} preceding {unit_en}, but only {before} precede it.",
)
_LINE_PARAGRAPH = re.compile(r"\s*([0-9]+|[二三四五六七八九十]+)\s")
_PREVIOUS_N = re.compile(r"前\s*([0-9０-９一二三四五六七八九十]+)\s*(項|号)")

REF_DELETED = define(
    "check.integrity.ref_deleted",
    ja="{where}中「{ref}」{cited}は削除されている。引用を改めるか、引用する規定を整理されたい。",
    en="「{ref}」 ({where}) cites {target}, which has been deleted (削除); correct or drop the reference.",
)

REF_WRONG_KIND = define(
    "check.integrity.ref_wrong_kind",
    ja="{where}中「{ref}の{noun}」の引用する{target}には「{noun}」の定めがない。引用する条項を確認されたい。",
    en="「{ref}の{noun}」 ({where}) cites {target}, which lays down no 「{noun}」: check the number.",
)

REF_NOT_APPLYING = define(
    "check.integrity.ref_not_applying",
    ja="{where}中「{ref}において準用する場合」の引用する{target}は、他の規定を準用していない。引用する条項を確認されたい。",
    en="「{ref}において準用する場合」 ({where}) cites {target}, which applies no other provision: check the number.",
)

REF_WRONG_ACT = define(
    "check.integrity.ref_wrong_act",
    ja="{where}中「{ref}の規定により…{noun}」の引用する{target}には「{noun}」の定めがない。引用する条項を確認されたい。",
    en="「{ref}の規定により…{noun}」 ({where}) cites {target}, which does not provide for 「{noun}」: check the number.",
)

REF_NOT_ENTRUSTED = define(
    "check.integrity.ref_not_entrusted",
    ja="{where}中「{quoted}」の引用する{target}は、委託について定めた規定ではない。引用する条項を確認されたい。",
    en="「{quoted}」 ({where}) cites {target}, which does not provide for entrusting the work: check the number.",
)

REF_EACH_NO_ITEMS = define(
    "check.integrity.ref_each_no_items",
    ja="{where}中「{ref}各号」の引用する{target}には号がない。引用する条項を確認されたい。",
    en="「{ref}各号」 ({where}) cites the items of {target}, which has none: check the number.",
)

REF_NOT_DISQUALIFICATION = define(
    "check.integrity.ref_not_disqualification",
    ja="{where}中「{ref}各号のいずれかに該当することとなったとき」の引用する{target}は、欠格事由（該当する者が提案をすることができない事由）"
       "ではなく、{what}の規定である。契約の解除の事由としては、欠格事由を定める規定を引用されたい。",
    en="「{ref}各号のいずれかに該当することとなったとき」 ({where}) cites {target}, which lays down {what_en}, not the grounds "
       "that bar a proposer: a contract is cancelled on the disqualification grounds.",
)

REF_REFUSAL_NOTICE = define(
    "check.integrity.ref_refusal_notice",
    ja="{where}中「{ref}の規定による通知を受けた者」は契約を締結することができる者を定めるが、{target}は提案が基準に適合しない旨の通知の"
       "規定である。基準に適合する旨の通知の規定を引用されたい。",
    en="「{ref}の規定による通知を受けた者」 ({where}) names who may conclude the contract, but {target} is the notice that the "
       "proposal does not meet the standards: cite the notice of conformity.",
)

_ENTRUSTED: tuple[str, ...] = (
    "受託業務", "受託事務", "委託を受けた業務", "委託を受けた事務", "委託を受けた者", "仕事を任された者",
    "委託に係る業務", "委託に係る事務", "委託",
)
"""The work a contractor was entrusted with (「前条第2項の受託業務に従事している者」, 行政機関個人情報保護法
第7条・第53条; 「第7条第1項の委託に係る業務に従事している者」): the cited provision is the one on 委託."""

KIND_NOUNS: tuple[str, ...] = (
    "基準", "通知", "提案", "手数料", "契約", "意見書", "届出", "募集", "諮問", "答申", "勧告", "公表", *_ENTRUSTED,
)
"""Things a provision lays down and a reference names (第N条第M項の基準). Checked one by one."""

_OLD_TEXT = re.compile(r"(?:改正前の|旧)\s*$")


def _quoted(text: str, start: int, end: int) -> bool:
    return text[start - 1 : start] == "「" and text[end : end + 1] == "」"


@register("ref.no_previous", title_ja="前項のない「前項」", title_en="「前項」 in a first paragraph")
@primed
def check_no_previous(ctx: CheckContext) -> list[Finding]:
    """[O2] 「前項」 written in the first paragraph of an article."""
    ordinance = ctx.ordinance
    text = ordinance.text
    out: list[Finding] = []
    for ref in ordinance.references:
        if ref.kind != "relative" or not fold(ref.text).startswith("前項"):
            continue
        if ref.source.paragraph not in (None, 1) or _quoted(text, ref.span.start, ref.span.end):
            continue
        source = article_of(ordinance, ref.span.start)
        if source is None or source.deleted or not source.paragraphs:
            continue
        first = source.paragraphs[0]
        if not (first.span.start <= ref.span.start < first.span.end):
            continue
        where = node_label(ordinance, ref.span.start)
        out.append(ctx.finding(
            rule="ref.no_previous", requirement="O2", span=ref.span, code=REF_NO_PREVIOUS, severity="error",
            params={"ref": ref.text, "where": where, "article": article_name(source)}, id_extra=(where,),
        ))
    out.extend(_too_few_before(ctx))
    return out


def _too_few_before(ctx: CheckContext) -> list[Finding]:
    """「前3項」 in a third paragraph, 「前2号」 in a second item: more than stand before it."""
    ordinance = ctx.ordinance
    text = ordinance.text
    out: list[Finding] = []
    for ref in ordinance.references:
        m = _PREVIOUS_N.match(fold(ref.text))
        if ref.kind != "relative" or m is None or _quoted(text, ref.span.start, ref.span.end):
            continue
        count = to_int(m.group(1)) or 0
        source = article_of(ordinance, ref.span.start)
        if source is None or source.deleted:
            continue
        pos = next((k for k, p in enumerate(source.paragraphs)
                    if p.span.start <= ref.span.start < p.span.end), None)
        if pos is None:
            continue
        # counted by the printed numbers where they run further than the positions: after a gap
        # (第2項, then 第4項) the gap is the defect (num.paragraph), not the 「前2項」 written for it
        line_start = text.rfind("\n", 0, ref.span.start) + 1
        line = fold(text[line_start : ref.span.start])
        if m.group(2) == "項":
            printed = to_int(fold(source.paragraphs[pos].printed_num or "")) or 0
            number = _LINE_PARAGRAPH.match(line)  # a paragraph the parser kept in the one before (第2項, then 4)
            if number is not None:
                printed = max(printed, to_int(number.group(1)) or 0)
            before, unit, unit_en = max(pos, printed - 1), "項", "paragraphs"
        else:
            items = source.paragraphs[pos].items
            ipos = next((k for k, i in enumerate(items) if i.span.start <= ref.span.start < i.span.end), None)
            if ipos is None:
                continue
            head = items[ipos].num.split(".")[0].split("_")[0]
            before, unit, unit_en = max(ipos, int(head) - 1 if head.isdigit() else 0), "号", "items"
            if opens_glued_item(text, items[ipos], ref.span.start):
                before += 1  # the first words of the next item, glued to this one in the copy
        if count <= before or before == 0:
            continue  # before == 0: a first paragraph or item has no previous one at all (other rules)
        where = node_label(ordinance, ref.span.start)
        out.append(ctx.finding(
            rule="ref.no_previous", requirement="O2", span=ref.span, code=REF_TOO_FEW_BEFORE, severity="error",
            params={"ref": ref.text, "where": where, "count": count, "before": before, "unit": unit,
                    "unit_en": unit_en},
            id_extra=(where,),
        ))
    return out


def _deleted_article(ordinance: Ordinance, num: str) -> Article | None:
    for art in ordinance.articles:
        if not art.deleted or art.in_suppl:
            continue
        if art.num == num:
            return art
        if ":" in art.num:
            first, last = art.num.split(":", 1)
            if num_key(first) <= num_key(num) <= num_key(last):
                return art
    return None


@register("ref.deleted", title_ja="削除された条の引用", title_en="References to deleted articles")
@primed
def check_deleted(ctx: CheckContext) -> list[Finding]:
    """[O2] A reference in the main provisions to an article that is 削除."""
    ordinance = ctx.ordinance
    if not any(a.deleted for a in ordinance.articles):
        return []
    text = ordinance.text
    out: list[Finding] = []
    for ref in ordinance.references:
        if (ref.kind in ("external", "range") or ref.external_law or ref.address is None
                or ref.address.article is None):
            continue
        if _quoted(text, ref.span.start, ref.span.end) or _OLD_TEXT.search(text[max(0, ref.span.start - 4) : ref.span.start]):
            continue
        source = article_of(ordinance, ref.span.start)
        if source is None or source.in_suppl or source.deleted:
            continue
        deleted = _deleted_article(ordinance, ref.address.article)
        if deleted is None or deleted is source:
            continue
        where = node_label(ordinance, ref.span.start)
        out.append(ctx.finding(
            rule="ref.deleted", requirement="O2", span=ref.span, code=REF_DELETED, severity="error",
            params={"ref": ref.text, "where": where, "target": article_name(deleted),
                    "cited": cited(ref.text, article_name(deleted))},
            evidence=(ctx.location(deleted.span),), id_extra=(where,),
        ))
    return out


_WS = re.compile(r"\s+")
_KIND_AFTER = re.compile(r"(?:の規定(?:による|に基づく|で)|に規定する|の)(" + "|".join(KIND_NOUNS) + "|知らせ)")
"""(「第15条第2項の規定で知らせを受けた人」: a draft in everyday words names the 通知 so)"""


_ACT_AFTER = re.compile(
    r"の規定により(?:(?!した|された|締結|作成)[^、。]){0,30}?を(解除|取消|取り消|停止|撤回)(?:され|し|す)"
    # 「第26条（前条第3項において準用する場合を含む。）の規定により…契約を締結する者」 (who pays the fee, whose contract may be
    # cancelled): the provision on the contract
    r"|^(?:\((?:[^()]|\([^()]*\))*\))?の規定により(?:(?!通知|決定|提案|募集|作成|した|された)[^、。]){0,40}?契約を(締結)(?:する|した)(?:者|もの)")
"""「第N条の規定により…契約を解除され」: the cited provision is the one that provides for the act
(a provision that never speaks of 解除 cannot be the one under which a contract was 解除). (「第28条の規定により締結した…契約を解除され」 cites 第28条 for the 締結, another act: not this one)"""
_ACT_STEMS = {
    "取消": ("取消", "取り消"), "取り消": ("取消", "取り消"),
    # 「前項の届出」 cites a provision that says 届け出なければならない (the verb's okurigana)
    "届出": ("届出", "届け出"),
    # 「前条第2項の通知」 cites a provision that says it in plain words: 「…書面で知らせなければならない」
    "通知": ("通知", "知らせ"), "知らせ": ("通知", "知らせ"),
    **{noun: ("委託", "受託") for noun in _ENTRUSTED},
    "仕事を任された者": ("委託", "受託", "任せ", "任さ"),
    "締結": ("契約", "締結"),
}

_EACH = re.compile(r"各号(?:\((?:[^()]|\([^()]*\))*\))?(?:の|に)")
"""「第19条各号のいずれか」, 「第22条各号（第25条第3項において準用する場合を含む。）のいずれか」: the items of the
cited provision."""
_CANCELLED_ON = re.compile(r"各号(?:\((?:[^()]|\([^()]*\))*\))?のいずれかに該当することとなった")
"""The ground of cancellation of the contract of use (行政機関個人情報保護法 第44条の14第2号: 「第44条の6各号…の
いずれかに該当することとなったとき」): the cited items are the disqualification grounds."""
_BARS = re.compile(r"することができない|してはならない|欠格")
_ANNOUNCES_LIST = re.compile(r"次の各号|次に掲げる|次のいずれか|各号に掲げる")
_REFUSAL = re.compile(r"適合しない(?:と認める|旨)")
_CONFORMS = re.compile(r"(?:いずれにも)?適合すると認め")
_CONTRACT_HOLDER = re.compile(r"の規定による通知を受けた者(?:[^。]{0,80}?)契約を(?:締結|結ぶ|結ん)")


_DO_AFTER = re.compile(r"の規定により(開示|訂正|通知|公表|諮問|交付|閲覧)(?:すること|する|し|され)")
"""「第31条の規定により開示することができる期日」: the act done under the cited provision, which
that provision must speak of (a 審査会 article never says 開示)."""


REF_NOT_VIOLATED = define(
    "check.integrity.ref_not_violated",
    ja="{where}中「…の規定に違反して{acts}」の引用する{target}は、{acts_or}について定めた規定ではない。引用する条項を確認されたい。",
    en="「…の規定に違反して{acts}」 ({where}) cites {target}, which does not regulate {acts_or}: check the number.",
)

_NUMERAL = "[0-9〇一二三四五六七八九十百千]"
_VIOLATION = re.compile(
    rf"^(?:、|又は|若しくは|もしくは|または|及び|および|並びに|同条|同項|第{_NUMERAL}+(?:条|項|号)|の{_NUMERAL}+)*"
    r"の(?:規定に違反して|(?:決まり|きまり)に(?:違反して|反して))(?P<acts>[^。]{2,60}?)(?:と(?:思料|認め)|とき|場合)"
)
"""「第4条又は第6条の規定に違反して収集され、利用され、又は提供されている」: the acts after
「の規定に違反して」 must be ones the cited provisions regulate."""
_ACT_DONE = re.compile(r"([\u4e00-\u9fff]{2})され|(集め)られ|(使わ)れ|(用い)られ|(渡さ)れ|(持た)れ")
_PLAIN_ACTS = {"集め": "収集", "使わ": "利用", "用い": "利用", "渡さ": "提供", "持た": "保有"}
"""Plain verbs for the acts (「集められ、使われ、又は提供されている」, 「…に違反して持たれ」): 収集, 利用, 提供, 保有."""
_ACT_WORDS = {"収集": ("収集", "取得", "集め"), "取得": ("取得", "収集", "集め"),
              # 「第5条若しくは第7条の規定に違反して保有されている」: information collected against the collection
              # article is held against it too (行政機関個人情報保護法 第36条第1項第1号 pairs the two)
              "保有": ("保有", "取得", "収集", "集め", "持つ", "持っ", "持ち", "持て"),
              "利用": ("利用", "使い", "使う", "用い"), "提供": ("提供", "渡し", "渡す")}


_ACT_AS_ENTRY = re.compile(r"(?:収集|取得|提供)(?:の)?(?:先|方法|経路|元)")


def _violated_acts(after: str) -> tuple[tuple[str, ...], str]:
    """The acts listed after 「の規定に違反して」 (収集, 利用, 提供) and the words that list them."""
    m = _VIOLATION.match(after)
    if m is None:
        return (), ""
    acts = (next(g for g in a.groups() if g) for a in _ACT_DONE.finditer(m["acts"]))
    return tuple(dict.fromkeys(_PLAIN_ACTS.get(a, a) for a in acts)), m["acts"]


_APPLIES = re.compile(
    r"第[0-9０-９〇一二三四五六七八九十百]+条[^。]{0,80}?の(?:規定|決まり|きまり)(?:は、[^。]{0,160}?準用(?:する|します)|を準用(?:する|します)|の例によ"
    r"|に準じて)")
"""A provision that takes in other articles, the statute's or the ordinance's own (「法第44条の2から第44条の16
までの規定は、…について準用する。」, 「…この場合においては、第19条第2項及び第3項並びに第20条から第22条第1項
までの規定を準用する。」, 「…第19条から前条までの規定の例により、…提供することができる。」, in everyday words 「…の決まりの
例により」): what a reference to it names may be said in the provisions it takes in. (A
準用 of the article's own paragraphs, 「前2項の規定は、…受託者について準用する」, takes in nothing new.)"""


_DIVISION_TAIL = re.compile(r"(章|節|款)(?:の[0-9一二三四五六七八九十]+)*$")


def _cited_division(ordinance: Ordinance, ref: Reference, art: Article) -> Division | None:
    """The 章/節/款 a reference such as 「第四章」 cites (references to a division resolve to its first
    article), or ``None`` for a reference to an article or a paragraph."""
    m = _DIVISION_TAIL.search(_WS.sub("", fold(ref.text)))  # (「第4章の2」: a chapter inserted with a branch number)
    if m is None:
        return None
    kind = m.group(1)
    return next((d for d in ordinance.divisions if d.kind == kind and d.span.contains(art.span)), None)


@register("ref.wrong_kind", title_ja="引用先の取り違え", title_en="References to a provision of another kind")
@primed
def check_wrong_kind(ctx: CheckContext) -> list[Finding]:
    """[O2] 「第N条第M項の基準」 where the cited provision lays down no 基準 at all."""
    ordinance = ctx.ordinance
    text = ordinance.text
    folded = fold(text)
    out: list[Finding] = []
    table_rows = TableRows(ordinance)
    twice = duplicated_numbers(ordinance)
    for ref in ordinance.references:
        if ref.kind in ("external", "range") or ref.external_law or ref.target is None:
            continue
        if table_rows.read_over(ref.span.start, ref.text):
            continue  # (a 読替え row's 「前条の募集」 is the applied provision's 前条)
        after = _WS.sub("", folded[ref.span.end : ref.span.end + 60])  # wrapped lines too
        if after.startswith("各号") and not _quoted(text, ref.span.start, ref.span.end):
            out.extend(_each_item(ctx, ref, after))
            continue
        if _APPLIED_IN.match(after) and not _quoted(text, ref.span.start, ref.span.end):
            out.extend(_not_applying(ctx, ref, twice))
            continue
        m = _KIND_AFTER.match(after) or _ACT_AFTER.match(after) or _DO_AFTER.match(after)
        if m is None and not _quoted(text, ref.span.start, ref.span.end):
            acts, words = _violated_acts(_WS.sub("", folded[ref.span.end : ref.span.end + 160]))
            if acts:
                out.extend(_not_violated(ctx, ref, acts, words))
            continue
        if m is None or _quoted(text, ref.span.start, ref.span.end):
            continue
        if _WS.sub("", fold(text[max(0, ref.span.start - 12) : ref.span.start])).endswith("準用する"):
            continue  # 「前条第2項において準用する同項の決定」: 同項 is the provision applied, not 前条第2項
        source = article_of(ordinance, ref.span.start)
        if source is None or source.in_suppl:
            continue
        target = node_span(ordinance, ref.target)
        if target is None or target.contains(ref.span):
            continue
        art = ordinance.article(ref.target.article) if ref.target.article else None
        if art is None or art.deleted or str(art.num) in twice:
            continue  # (a number given to two articles: num.article reports it, the reference may mean either)
        division = _cited_division(ordinance, ref, art)
        if division is not None:  # 「第4章の規定による提案」: the whole chapter, not its first article
            target = division.span
        noun = next(g for g in m.groups() if g)
        cited = _WS.sub("", folded[target.start : target.end])
        if ref.target.item is not None and ref.target.paragraph is not None:
            # 「第26条第2項第1号の規定による通知」: the item lists what the paragraph's lead notifies (「…次に掲げる
            # 事項を通知するものとする。一　…契約を締結することができる旨」), so the lead is read with it
            para = node_span(ordinance, NodeRef(article=ref.target.article, paragraph=ref.target.paragraph))
            if para is not None and para.start < target.start:
                cited = _WS.sub("", folded[para.start : target.start]) + cited
        if _APPLIES.search(cited):
            continue  # the cited provision takes in other articles by 準用: the thing may be said there
        caption = _WS.sub("", fold(art.caption or ""))
        stems = _ACT_STEMS.get(noun, (noun,))
        where = node_label(ordinance, ref.span.start)
        if any(stem in cited or stem in caption for stem in stems):
            if noun == "通知" and _refusal_cited(ordinance, ref, cited):
                out.append(ctx.finding(
                    rule="ref.wrong_kind", requirement="O2", span=ref.span, code=REF_REFUSAL_NOTICE, severity="error",
                    params={"ref": ref.text, "where": where, "target": node_label(ordinance, target.start)},
                    evidence=(ctx.location(target),), id_extra=(where, "不適合通知"),
                ))
            continue
        code = REF_WRONG_KIND if m.re is _KIND_AFTER else REF_WRONG_ACT
        if noun in _ENTRUSTED:
            code = REF_NOT_ENTRUSTED
        out.append(ctx.finding(
            rule="ref.wrong_kind", requirement="O2", span=ref.span, code=code, severity="error",
            params={"ref": ref.text, "noun": noun, "where": where, "target": node_label(ordinance, target.start),
                    "quoted": ref.text + m.group(0)},
            evidence=(ctx.location(target),), id_extra=(where, noun),
        ))
    return out


_APPLIED_IN = re.compile(r"(?:において|で)準用する(?:場合|とき)")
"""「第24条各号（前条において準用する場合を含む。）」: the cited provision is one that applies others."""
_APPLYING = re.compile(r"準用する|準用します|の例によ|読み替え")


def _not_applying(ctx: CheckContext, ref: Reference, twice: frozenset[str]) -> list[Finding]:
    """[O2] 「（前条において準用する場合を含む。）」 where 前条 applies no provision at all (the fee article
    standing where the article that applies the proposal's provisions was)."""
    ordinance = ctx.ordinance
    source = article_of(ordinance, ref.span.start)
    if source is None or source.in_suppl or ref.target is None:
        return []
    target = node_span(ordinance, ref.target)
    art = ordinance.article(ref.target.article) if ref.target.article else None
    if target is None or target.contains(ref.span) or art is None or art.deleted or str(art.num) in twice:
        return []
    cited = _APPLIED_IN.sub("", _WS.sub("", fold(ordinance.text[target.start : target.end])))
    if _APPLYING.search(cited):  # (its own 「（前条において準用する場合を含む。）」 applies nothing)
        return []
    where = node_label(ordinance, ref.span.start)
    return [ctx.finding(
        rule="ref.wrong_kind", requirement="O2", span=ref.span, code=REF_NOT_APPLYING, severity="error",
        params={"ref": ref.text, "where": where, "target": node_label(ordinance, target.start)},
        evidence=(ctx.location(target),), id_extra=(where, "準用"),
    )]


def _refusal_cited(ordinance: Ordinance, ref: Reference, cited: str) -> bool:
    """「第25条第3項の規定による通知を受けた者は、…契約を締結することができる。」 where the cited
    paragraph is the notice that a proposal fails the standards (行政機関個人情報保護法 第44条の7第3項),
    not the notice of conformity (同条第2項) that 第44条の9 names."""
    if ref.target is None or ref.target.paragraph is None:
        return False
    following = _WS.sub("", fold(ordinance.text[ref.span.end : ref.span.end + 160]))
    if _CONTRACT_HOLDER.match(following) is None:
        return False
    first = cited.split("。", 1)[0]  # the notice the paragraph lays down (「前項の審査の結果を…通知する。」 is both)
    return _REFUSAL.search(first) is not None and _CONFORMS.search(cited) is None


def _each_item(ctx: CheckContext, ref: Reference, after: str) -> list[Finding]:
    """[O2] 「第19条各号」 where 第19条 has no items; 「第22条各号…のいずれかに該当することとなったとき」
    (the cancellation of the contract) where 第22条 is the review standards, not the disqualification."""
    ordinance = ctx.ordinance
    if _EACH.match(after) is None or ref.kind in ("external", "range") or ref.external_law or ref.target is None:
        return []
    if ref.target.item is not None or fold(ref.text).startswith("同"):
        return []  # 「第25条第1項の提案が同項各号に掲げる基準」: drafts mean their own 第1項 by that 同項
    source = article_of(ordinance, ref.span.start)
    if source is None or source.in_suppl:
        return []
    art = ordinance.article(ref.target.article) if ref.target.article else None
    if art is None or art.deleted or art.span.contains(ref.span):
        return []
    if ref.target.paragraph is not None:
        if ref.target.paragraph > len(art.paragraphs):
            return []  # a missing paragraph: ref.unresolved's finding
        paragraphs = (art.paragraphs[ref.target.paragraph - 1],)
    else:
        paragraphs = art.paragraphs
    target = node_span(ordinance, ref.target)
    if target is None:
        return []
    where = node_label(ordinance, ref.span.start)
    label = node_label(ordinance, target.start)
    cited = _WS.sub("", fold(ordinance.text[target.start : target.end]))
    if not any(p.items for p in paragraphs):
        if _ANNOUNCES_LIST.search(cited) or _APPLIES.search(cited):
            return []  # a list the copy lost, or items taken in by 準用
        return [ctx.finding(
            rule="ref.wrong_kind", requirement="O2", span=ref.span, code=REF_EACH_NO_ITEMS, severity="error",
            params={"ref": ref.text, "where": where, "target": label},
            evidence=(ctx.location(target),), id_extra=(where, "各号"),
        )]
    if _CANCELLED_ON.match(after) is None or "解除" not in _sentence_around(ordinance.text, ref.span.start):
        return []
    caption = _WS.sub("", fold(art.caption or ""))
    if _BARS.search(cited) or "欠格" in caption or "基準" not in cited + caption:
        return []
    return [ctx.finding(
        rule="ref.wrong_kind", requirement="O2", span=ref.span, code=REF_NOT_DISQUALIFICATION, severity="error",
        params={"ref": ref.text, "where": where, "target": label, "what": "審査の基準", "what_en": "the review standards"},
        evidence=(ctx.location(target),), id_extra=(where, "欠格"),
    )]


def _sentence_around(text: str, offset: int) -> str:
    """The article text around ``offset`` back to the article's lead: a 解除 item's own words
    (「…のいずれかに該当することとなったとき。」) name no 解除; the lead before the list does."""
    start = max(text.rfind("\n第", 0, offset), 0)
    return fold(text[start:offset])


def _not_violated(ctx: CheckContext, ref: Reference, acts: tuple[str, ...], words: str) -> list[Finding]:
    """[O2] 「第6条の規定に違反して収集され、利用され、又は提供されている」 where 第6条 (適正管理)
    speaks of none of those acts: the number points at another provision."""
    ordinance = ctx.ordinance
    source = article_of(ordinance, ref.span.start)
    if source is None or source.in_suppl:
        return []
    target = node_span(ordinance, ref.target)
    if target is None or target.contains(ref.span):
        return []
    art = ordinance.article(ref.target.article) if ref.target.article else None
    if art is None or art.deleted:
        return []
    cited_text = _WS.sub("", fold(ordinance.text[target.start : target.end])) + _WS.sub("", fold(art.caption or ""))
    # the act as a register's entry (「個人情報の収集先」, 「収集方法」) is no rule on the act itself
    cited_text = _ACT_AS_ENTRY.sub("", cited_text)
    if any(word in cited_text for act in acts for word in _ACT_WORDS.get(act, (act,))):
        return []
    where = node_label(ordinance, ref.span.start)
    return [ctx.finding(
        rule="ref.wrong_kind", requirement="O2", span=ref.span, code=REF_NOT_VIOLATED, severity="error",
        params={"ref": ref.text, "acts": words, "acts_or": "、".join(acts[:-1]) + ("又は" if len(acts) > 1 else "") + acts[-1],
                "where": where, "target": node_label(ordinance, target.start)},
        evidence=(ctx.location(target),), id_extra=(where, "違反"),
    )]
