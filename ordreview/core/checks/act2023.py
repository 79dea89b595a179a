"""Rules of the post-2023 profile: what an implementing ordinance (法施行条例) may still set, and how.

From 2023-04-01 the 個人情報の保護に関する法律 (法) applies to local bodies directly; the ordinance
keeps only what 法 lets it set (docs/domain.md, "Implementing ordinances since 2023"). These rules
run only with a profile that carries the Act's data (``Profile.act``, the ``kojin-joho-2023``
profile); with any other profile they return nothing. Requirement ids are the profile's P1–P30.

- ``act.purpose`` (P1): the 趣旨 says the ordinance implements 法.
- ``act.terms`` (P2): no own definition of a term 法 defines (「用語は法の例による」 is the form).
- ``act.gikai`` (P3, P4): the 議会 is not among the 実施機関; a reminder that it needs its own ordinance.
- ``act.yohairyo`` (P5): 条例要配慮個人情報 must not repeat the categories of 法第2条第3項.
- ``act.forbidden`` (P6, P7, P8, P10): collection limits, online-link limits, case-by-case council
  consultation, restated duties of 法 — the profile's ``forbid`` patterns, one finding per article.
- ``act.council`` (P9): a consultation clause broader than 法第129条 (「特に必要」).
- ``act.register`` (P11): a separate register is optional and never replaces the ファイル簿.
- ``act.nondisclosure`` (P12): tuning 不開示情報 only through 法第78条第2項.
- ``act.deadline`` (P13): 開示決定等 within 30 days, extension within 30 (法第83条, 第108条).
- ``act.fee`` (P14): the 開示請求 fee is set in the ordinance (an amount or 無料), never left to a 規則.
- ``act.review_board`` (P16): the 審査会 consulted under 法第105条第3項 is identifiable.
- ``act.anon_fee`` (P18, P19, P20): 法第119条 fees for 都道府県・指定都市 and bodies inviting proposals.
- ``act.penalty`` (P21, P22): penalties only for the ordinance's own duties; 拘禁刑 from 2025-06-01.
- ``act.suppl`` (P23, P24, P25): 施行期日, the former ordinance repealed or wholly revised, 経過措置.
- ``act.old_citation`` (P27): citations of repealed acts and terms in the main provision, with what
  replaced them (a 附則 may name them in its 経過措置).
- ``act.reminder`` (P26, P30): the notification to the 個人情報保護委員会 and later amendments (info).

Messages are written as an 例規審査 memo writes them (「…に改められたい。」「…について確認されたい。」).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from ordreview.core.align import DraftIndex
from ordreview.core.checks.context import CheckContext
from ordreview.core.checks.registry import register
from ordreview.core.labels import location_label
from ordreview.core.lazy_re import lazy_compile
from ordreview.core.messages import define
from ordreview.core.model import Article, Finding, Ordinance, Paragraph, Span
from ordreview.core.text import fold, kanji_to_int

# --------------------------------------------------------------------------- messages

M_PURPOSE = define(
    "check.act.purpose",
    ja="この条例が法の施行に関し必要な事項を定めるものである旨の趣旨規定が見当たらない。第1条に趣旨規定を置かれたい。",
    en="No purpose clause stating that the ordinance sets what is needed to implement the Act; add one as Article 1.",
)
M_PURPOSE_GOALS = define(
    "check.act.purpose_goals",
    ja="{where}は法に定めるもののほか必要な事項を定めるとしつつ、旧条例の目的（{goal}）を掲げる目的規定となっている。"
    "個人の権利利益の保護等の目的は法第1条が定めており、条例で重ねて掲げる必要はないので、"
    "「この条例は、法の施行に関し必要な事項を定めるものとする。」の趣旨規定に改められたい。",
    en="{where} mentions the Act but keeps the former ordinance's own aims ({goal}); the Act's Article 1 states "
    "the aims, so make it a purpose clause saying the ordinance sets what is needed to implement the Act.",
)
M_PURPOSE_OWN = define(
    "check.act.purpose_own",
    ja="{where}の{kind}規定は、この条例が法の施行に関し必要な事項を定めるものであることを明らかにしていない。"
    "「この条例は、法の施行に関し必要な事項を定めるものとする。」の趣旨規定に改められたい。",
    en="{where}: the purpose clause does not say that the ordinance sets what is needed to implement the Act; "
    "reword it as such (「この条例は、法の施行に関し必要な事項を定めるものとする。」).",
)
M_TERMS = define(
    "check.act.terms",
    ja="{where}で「{term}」を独自に定義している。法が定義する用語は条例で異なる定義をすることができないので、"
    "この定義を削り、「この条例において使用する用語は、法において使用する用語の例による。」に改められたい。",
    en="{where} defines “{term}” itself. Terms the Act defines cannot be redefined by ordinance: delete the "
    "definition and take the Act's terms by reference.",
)
M_GIKAI = define(
    "check.act.gikai",
    ja="{where}の実施機関に議会が掲げられている。議会は法の「行政機関等」に含まれない（法第2条第11項第2号）ので、"
    "議会を削り、議会については別に条例を定めることとされたい。",
    en="{where} lists the assembly among the 実施機関. The assembly is outside 行政機関等 (Art. 2(11)(ii)): "
    "delete it and cover the assembly by its own ordinance.",
)
M_GIKAI_APPLIED = define(
    "check.act.gikai_applied",
    ja="{where}は議会の保有する個人情報にこの条例を及ぼしている。議会は法の「行政機関等」に含まれない（法第2条第11項第2号）ので、"
    "この規定を削り、議会については議会が別に条例を定めることとされたい。",
    en="{where} extends this ordinance to the assembly's personal information. The assembly is outside 行政機関等 "
    "(Art. 2(11)(ii)): delete the provision and let the assembly adopt its own ordinance.",
)
M_GIKAI_OWN = define(
    "check.act.gikai_own",
    ja="議会の保有する個人情報については、議会が別に定める条例（議会の個人情報の保護に関する条例）で対応されているか確認されたい。",
    en="Check that the assembly's personal information is covered by the assembly's own ordinance.",
)
M_YOHAIRYO_RELIST = define(
    "check.act.yohairyo_relist",
    ja="{where}の条例要配慮個人情報に、法第2条第3項の要配慮個人情報である「{found}」が掲げられている。"
    "条例要配慮個人情報は法の要配慮個人情報に該当するものを除いて定めることとされているので、これを削り、"
    "「（法第2条第3項に規定する要配慮個人情報に該当するものを除く。）」の括弧書きを加えられたい。",
    en="{where}: the locally defined sensitive information lists “{found}”, already 要配慮個人情報 under Art. 2(3). "
    "Delete it and exclude the statutory categories expressly.",
)
M_YOHAIRYO_NONE = define(
    "check.act.yohairyo_none",
    ja="条例要配慮個人情報（法第60条第5項）は定められていない。地域の特性に照らし定める必要がないか確認されたい。",
    en="No locally defined sensitive information (Art. 60(5)); check whether local circumstances call for it.",
)
M_FORBIDDEN = {
    "P6": define(
        "check.act.collection",
        ja="{where}は個人情報の収集（取得）を制限している。法には条例で取得を制限する委任がなく、取得の適正は"
        "法第61条、第63条、第64条及び第66条によるので、この規定を削られたい。",
        en="{where} limits the collection of personal information. The Act gives no power to do so "
        "(Arts. 61, 63, 64 and 66 govern acquisition): delete the provision.",
    ),
    "P7": define(
        "check.act.online",
        ja="{where}はオンライン結合（通信回線による電子計算機の結合）による提供を制限している。法にこのような制限はなく、"
        "条例で制限することは許容されないとされるので、この規定を削られたい。",
        en="{where} restricts provision through online links. The Act has no such limit and ordinances may not "
        "add one: delete the provision.",
    ),
    "P8": define(
        "check.act.per_case",
        ja="{where}は個別の事案ごとに審議会への諮問（意見聴取）を義務付けている。法第129条は専門的な知見に基づく意見を"
        "聴くことが特に必要な場合に限り諮問を認めるものであり、個別事案の諮問の義務付けは許容されないので、この規定を削られたい。",
        en="{where} obliges the 実施機関 to consult the council case by case. Art. 129 allows consultation only "
        "where expert opinion is especially necessary: delete the duty.",
    ),
    "P10": define(
        "check.act.restate",
        ja="{where}は法が直接課している義務（{found}）を重ねて規定している。法と重複する規定は条例で置くことが"
        "できないので、この規定を削られたい。",
        en="{where} restates a duty the Act itself imposes (“{found}”). Provisions duplicating the Act cannot be "
        "made by ordinance: delete it.",
    ),
}
M_COUNCIL = define(
    "check.act.council",
    ja="{where}の審議会への諮問は、法第129条のとおり「個人情報の適正な取扱いを確保するため専門的な知見に基づく意見を"
    "聴くことが特に必要であると認めるとき」に限る規定に改められたい。",
    en="{where}: limit consultation of the council to cases where expert opinion is especially necessary to "
    "ensure proper handling (Art. 129).",
)
M_REGISTER = define(
    "check.act.register",
    ja="{where}の登録簿は法第75条第5項の任意の措置であり、法の個人情報ファイル簿に代わるものではない。ファイル簿との関係が"
    "明らかになっているか確認されたい。",
    en="{where}: the register is an optional measure (Art. 75(5)) in addition to, not instead of, the statutory "
    "file register; check that the text makes this clear.",
)
M_REGISTER_REPLACES = define(
    "check.act.register_replaces",
    ja="{where}は登録簿を法の個人情報ファイル簿に代えるものとしている。個人情報ファイル簿は法第75条第1項により"
    "作成・公表しなければならないので、登録簿はその「ほか」に作成するものに改められたい。",
    en="{where} makes the register replace the statutory file register, which Art. 75(1) requires: make it an "
    "additional register.",
)
M_NONDISCLOSURE = define(
    "check.act.nondisclosure",
    ja="{where}は情報公開条例との整合のため不開示情報を調整しているが、法第78条第2項による形式によっていない。"
    "「法第78条第2項の規定により読み替えて適用する同条第1項の条例で定める情報は、…とする。」の形式に改められたい。",
    en="{where} adjusts the non-disclosure grounds to the FOI ordinance without going through Art. 78(2); "
    "use the form 「法第78条第2項の規定により読み替えて適用する同条第1項…」.",
)
M_DEADLINE_UNIT = define(
    "check.act.deadline_unit",
    ja="{where}の期限が「{shown}」とされており、少なくとも{days}日となる。法第83条（第108条）の{limit}日以内の期間とは"
    "ならないので、日数で{limit}日以内に改められたい。",
    en="{where} sets the period at \"{shown}\", at least {days} days: more than the {limit} days the Act "
    "allows (Arts. 83, 108). State the period in days, {limit} or fewer.",
)
M_DEADLINE = define(
    "check.act.deadline",
    ja="{where}の開示決定等の期限が{days}日とされている。条例で定めることができるのは法第83条第1項の{limit}日以内の"
    "期間に限られる（法第108条）ので、{limit}日以内に改められたい。",
    en="{where} sets the decision period at {days} days. An ordinance may only shorten the {limit}-day period "
    "of Art. 83(1) (Art. 108): set {limit} days or fewer.",
)
M_EXTENSION = define(
    "check.act.extension",
    ja="{where}の延長期間が{days}日とされている。法第83条第2項の延長は{limit}日以内に限られるので、{limit}日以内に改められたい。",
    en="{where} allows an extension of {days} days; Art. 83(2) allows at most {limit}. Set {limit} days or fewer.",
)
M_DEADLINE_WORKDAYS = define(
    "check.act.deadline_workdays",
    ja="{where}の期限は休日を算入しない{days}日とされており、暦日では少なくとも{calendar}日となって法第83条第1項の{limit}日を"
    "超える。条例で定めることができるのは{limit}日以内の期間に限られる（法第108条）ので、暦日で{limit}日以内の期間に改められたい。",
    en="{where} sets {days} days not counting holidays, at least {calendar} calendar days, beyond the {limit} days of "
    "Art. 83(1) (Art. 108): set {limit} calendar days or fewer.",
)
M_EXTENSION_TOTAL = define(
    "check.act.extension_total",
    ja="{where}は延長を重ねて認めており、延長の合計が{days}日となって法第83条第2項の{limit}日を超える。"
    "延長は合わせて{limit}日以内とされたい。",
    en="{where} allows extensions on top of one another, {days} days in all, beyond the {limit} days of Art. 83(2); "
    "allow {limit} days in all.",
)
M_DEADLINE_PROC = define(
    "check.act.deadline_proc",
    ja="{where}の{decision}の期限が{days}日とされている。法第{art}条第1項の{limit}日を超える期間は定められないので、"
    "{limit}日以内に改められたい。",
    en="{where} sets the period for {decision} at {days} days, longer than the {limit} days of Art. {art}(1): "
    "set {limit} days or fewer.",
)
M_EXTENSION_PROC = define(
    "check.act.extension_proc",
    ja="{where}の{decision}の期限の延長期間が{days}日とされている。法第{art}条第2項の延長は{limit}日以内に限られるので、"
    "{limit}日以内に改められたい。",
    en="{where} allows an extension of {days} days for {decision}; Art. {art}(2) allows at most {limit}. "
    "Set {limit} days or fewer.",
)
# the decision a period is about, other than 開示決定等 (法第83条): its words and the article of its period
_PROCEDURES = (("訂正", "訂正決定等", "94"), ("利用停止", "利用停止決定等", "102"))
M_SPECIAL = define(
    "check.act.special_period",
    ja="{where}の期限の特例（法第84条）の期間が{days}日とされている。法第84条の{limit}日を超える期間は定められないので、"
    "{limit}日以内に改められたい。",
    en="{where} sets the special period of Art. 84 at {days} days, longer than the Act's {limit}: shorten it.",
)
M_FEE_MISSING = define(
    "check.act.fee_missing",
    ja="開示請求に係る手数料の規定が見当たらない。法第89条第2項により手数料の額（徴収しない場合はその旨）を条例で定める"
    "必要があるので、「法第89条第2項の条例で定める手数料の額は、無料とする。」等の規定を置かれたい。",
    en="No provision sets the disclosure-request fee. Art. 89(2) requires the ordinance to set it (or that none "
    "is charged).",
)
M_FEE_DELEGATED = define(
    "check.act.fee_delegated",
    ja="{where}は開示請求に係る手数料の額を{who}に委ねている。手数料の額は法第89条第2項及び地方自治法第228条第1項により"
    "条例で定めなければならないので、条例で額（又は無料とする旨）を定める規定に改められたい。",
    en="{where} leaves the disclosure-request fee to {who}. Art. 89(2) and Local Autonomy Act Art. 228(1) require "
    "the amount in the ordinance itself.",
)
M_BOARD_MISSING = define(
    "check.act.board_missing",
    ja="審査請求があった場合に法第105条第3項により諮問する審査会が定められていない。諮問先の審査会（設置条例の題名及び"
    "番号）を定められたい。",
    en="No provision names the board consulted on appeals under Art. 105(3); name it (its founding ordinance's "
    "title and number).",
)
M_BOARD_BARE = define(
    "check.act.board_bare",
    ja="{where}の諮問先が単に「審査会」とされ、どの審査会か特定されていない。設置条例の題名及び番号を引用して特定されたい。",
    en="{where} names the board only as “審査会”; identify it by its founding ordinance's title and number.",
)
M_ANON_REQUIRED = define(
    "check.act.anon_required",
    ja="{body}は行政機関等匿名加工情報の提案募集を行わなければならない（法第111条）ので、利用契約に係る手数料"
    "（法第119条第3項・第4項）の額を条例で定められたい。",
    en="As {body_en}, the body must invite proposals for anonymised information (Art. 111): set the contract "
    "fees of Art. 119(3) and (4) in the ordinance.",
)
M_ANON_OPTIN = define(
    "check.act.anon_optin",
    ja="{where}で行政機関等匿名加工情報の提案募集に関する規定があるが、法第119条の手数料の額が定められていない。"
    "提案募集を実施する場合は手数料の額を定められたい。",
    en="{where} provides for proposal invitations but no fee under Art. 119; set the fee if proposals are invited.",
)
M_ANON_AMOUNT = define(
    "check.act.anon_amount",
    ja="{where}の行政機関等匿名加工情報の手数料の額が、政令で定める額を標準としているか確認されたい。",
    en="{where}: check that the anonymised-information fees follow the Cabinet-Order standard.",
)
M_PENALTY_ACT = define(
    "check.act.penalty_act",
    ja="{where}は法が定める義務の違反（{found}）に罰則を設けている。法の義務違反には法の罰則（法第176条以下）が適用され、"
    "条例で罰則を設けることはできないので、この規定を削られたい。",
    en="{where} punishes a breach of a duty the Act imposes (“{found}”). The Act's own penalties apply; the "
    "ordinance may punish only breaches of its own duties: delete it.",
)
M_KOKIN = define(
    "check.act.kokin",
    ja="{where}で「{found}」が用いられている。この条例は{date}のものであり、刑法等の一部を改正する法律（令和4年法律第67号）の"
    "施行（令和7年6月1日）後であるので、「拘禁刑」に改められたい。",
    en="{where} uses “{found}”. The ordinance is dated {date_en}, after 2025-06-01 when Act No. 67 of 2022 took "
    "effect: use 拘禁刑.",
)
M_KOKIN_AMENDED = define(
    "check.act.kokin_amended",
    ja="{where}で「{found}」が用いられている。この規定は{amend}により加えられ又は改められたもので、{date}に施行されるが、"
    "これは刑法等の一部を改正する法律（令和4年法律第67号）の施行（令和7年6月1日）後であるので、「拘禁刑」に改められたい。",
    en="{where} uses “{found}”. The provision was added or amended by {amend}, in force on {date_en}, after "
    "2025-06-01 when Act No. 67 of 2022 took effect: use 拘禁刑.",
)
M_NO_FORCE = define(
    "check.act.no_force",
    ja="附則に施行期日の規定が見当たらない。施行期日を定められたい。",
    en="The supplementary provisions set no date of entry into force; add one.",
)
M_NO_REPEAL = define(
    "check.act.no_repeal",
    ja="旧個人情報保護条例を廃止する規定（又は全部改正の制定文）が見当たらない。旧条例と法が併存することのないよう、"
    "附則で旧条例を廃止されたい。",
    en="The former personal-information ordinance is neither repealed nor wholly revised; repeal it in the "
    "supplementary provisions so that two regimes do not coexist.",
)
M_NO_REPEAL_TRANSITION = define(
    "check.act.no_repeal_transition",
    ja="旧個人情報保護条例を廃止する規定（又は全部改正の制定文）が見当たらない。旧条例と法が併存することのないよう、"
    "附則で旧条例を廃止し、旧条例の規定によりされた開示請求等の取扱いや旧条例の罰則の適用に関する経過措置を置かれたい。",
    en="The former personal-information ordinance is neither repealed nor wholly revised; repeal it in the "
    "supplementary provisions, with transitional rules for requests pending under it and its penalties.",
)
M_REVISED_REPEALED = define(
    "check.act.revised_repealed",
    ja="制定文で旧個人情報保護条例の全部を改正しながら、{where}で同じ条例を廃止しており矛盾する（全部改正後の条例は"
    "同じ条例であり、自らを廃止することになる）。全部改正によるのであれば廃止の規定を削り、廃止によるのであれば"
    "制定文を削って新規制定とされたい。",
    en="The enacting formula wholly revises the former personal-information ordinance, yet {where} repeals the same "
    "ordinance (the revised ordinance would repeal itself); keep either the whole revision or the repeal.",
)
M_NO_FORMER = define(
    "check.act.no_former",
    ja="この条例は法第5章が地方公共団体に適用された令和5年4月1日以後のものであり、旧個人情報保護条例に触れていない。"
    "この団体に旧条例が残っている場合は、附則でこれを廃止し、必要な経過措置を置かれたい。",
    en="This ordinance dates from after 1 April 2023, when Chapter 5 of the Act began to apply to local bodies, and "
    "names no former personal-information ordinance; if the body still has one, repeal it with transitional "
    "provisions.",
)
M_NO_TRANSITION = define(
    "check.act.no_transition",
    ja="附則に、旧条例の規定によりされた開示請求等の取扱いや旧条例の罰則の適用に関する経過措置が見当たらない。"
    "経過措置を置かれたい。",
    en="The supplementary provisions have no transitional rules (requests pending under the former ordinance, "
    "its penalties); add them.",
)
M_OLD_CITATION = define(
    "check.act.old_citation",
    ja="{where}で{label}が引用されている。令和5年4月1日以後は{current}によるので、現行の規定の引用に改められたい。{article}",
    en="{where} cites {label_en}. Since 2023-04-01 {current_en} applies: cite the current provision.{article_en}",
)
M_OLD_ARTICLE = ("（旧第{old}条に当たる現行の規定は{new}。）", " (Former Art. {old} corresponds to {new_en}.)")
M_NOTIFY = define(
    "check.act.notify",
    ja="条例を制定し、又は改廃したときは、遅滞なく、個人情報保護委員会への届出が必要である。届出の手続について確認されたい。",
    en="After enactment or amendment the head must notify the Personal Information Protection Commission "
    "without delay; check the procedure.",
)
M_WATCH = define(
    "check.act.watch",
    ja="この条例が引用する法の条番号が、その後の法改正により移動していないか確認されたい。",
    en="Check whether a later amendment of the Act moved any article this ordinance cites.",
)

# --------------------------------------------------------------------------- helpers

_NUM = r"[0-9]+|[〇一二三四五六七八九十百]+"


_DATE = lazy_compile(rf"(令和|平成)\s*({_NUM}|元)\s*年\s*({_NUM})\s*月\s*({_NUM})\s*日")
_ERA = {"令和": 2018, "平成": 1988}


def parse_dates(text: str) -> list[tuple[dt.date, int, int]]:
    """Every 令和/平成 date in ``text`` (folded) as (date, start, end)."""
    out = []
    for m in _DATE.finditer(text):
        year = 1 if m.group(2) == "元" else kanji_to_int(m.group(2))
        month, day = kanji_to_int(m.group(3)), kanji_to_int(m.group(4))
        if not (year and month and day):
            continue
        try:
            out.append((dt.date(_ERA[m.group(1)] + year, month, day), m.start(), m.end()))
        except ValueError:
            continue
    return out


def reiwa(date: dt.date | None) -> str:
    """``2025-09-26`` → ``令和7年9月26日``; a date before 2019-05-01 in its own era
    (``2000-10-01`` → ``平成12年10月1日``), never a 令和 year of zero or less."""
    if date is None:
        return ""
    for era, start in (("令和", dt.date(2019, 5, 1)), ("平成", dt.date(1989, 1, 8)), ("昭和", dt.date(1926, 12, 25))):
        if date >= start:
            year = date.year - start.year + 1
            return f"{era}{'元' if year == 1 else year}年{date.month}月{date.day}日"
    return date.isoformat()


def draft_date(ordinance: Ordinance) -> dt.date | None:
    """The draft's date: its promulgation line (before the first article), else the date the 附則
    sets for entry into force."""
    for line, _span in ordinance.preamble:
        found = parse_dates(fold(line))
        if found:
            return found[0][0]
    if ordinance.law_num:
        found = parse_dates(fold(ordinance.law_num))
        if found:
            return found[0][0]
    return force_date(ordinance)


def force_date(ordinance: Ordinance) -> dt.date | None:
    """The date the first 附則 sets for entry into force, or ``None``."""
    text = ordinance.text
    for suppl in ordinance.suppl_provisions[:1]:
        body = fold(suppl.span.slice(text))
        m = re.search(r"から施行する", body)
        if m:
            found = parse_dates(body[: m.start()])
            if found:
                return found[-1][0]
    return None


@dataclass(frozen=True, slots=True)
class Unit:
    """A paragraph of the main provision with its article and folded text."""

    article: Article
    paragraph: Paragraph
    text: str  # folded, whitespace removed

    @property
    def span(self) -> Span:
        return self.paragraph.span


_WS = lazy_compile(r"\s+")


_KANJI_CITE = lazy_compile(r"第([〇一二三四五六七八九十百]+)(条|項|号)")


def arabic_citations(text: str) -> str:
    """``第八十九条第二項`` → ``第89条第2項`` (national-style drafts cite in kanji); the result is for
    matching only (its offsets differ from the draft's)."""
    return _KANJI_CITE.sub(lambda m: f"第{kanji_to_int(m.group(1)) or m.group(1)}{m.group(2)}", text)


def units(ordinance: Ordinance) -> Iterator[Unit]:
    """Every paragraph of the main provision (not the 附則), in order; citations in Arabic numbers.

    Some sixteen rules walk these units; the folded texts are built once per parsed draft (a
    10 MB draft spent a third of its review rebuilding them) and kept while that draft lives."""
    cached = _UNITS.get(id(ordinance))
    if cached is None or cached[0] is not ordinance:
        text = ordinance.text
        built = tuple(
            Unit(art, para, arabic_citations(_WS.sub("", fold(para.span.slice(text)))))
            for art in ordinance.articles
            if not (art.deleted or art.in_suppl)
            for para in art.paragraphs
        )
        cached = (ordinance, built)
        _UNITS.clear()  # one draft at a time: a batch or a redraft never keeps an old one alive
        _UNITS[id(ordinance)] = cached
    yield from cached[1]


# The units of the draft reviewed last, keyed by the parsed draft's identity (checked with ``is``,
# so a recycled id never returns another draft's units).
_UNITS: dict[int, tuple[Ordinance, tuple[Unit, ...]]] = {}


def _where(ctx: CheckContext, span: Span) -> str:
    """The place named in a message: the article's label, else the 附則 provision, 目次, 別表 …
    (as the finding's location column shows it), else the title."""
    loc = ctx.location(span)
    label = location_label(loc)
    if label:
        return label
    from ordreview.core.labels import WHOLE_JA, place_label

    place = place_label(ctx.ordinance, loc)
    return "題名" if place in ("", WHOLE_JA) else place


def _flat_find(ordinance: Ordinance, region: Span, pattern: re.Pattern[str]) -> Span | None:
    """The first match of ``pattern`` inside ``region`` of the draft (whitespace-tolerant)."""
    text = ordinance.text
    sub = fold(text[region.start : region.end])
    # map flat positions back to the region
    keep = [i for i, ch in enumerate(sub) if not ch.isspace()]
    flat = "".join(sub[i] for i in keep)
    m = pattern.search(flat)
    if not m or m.end() <= m.start():
        return None
    return Span(region.start + keep[m.start()], region.start + keep[m.end() - 1] + 1)


def _act(ctx: CheckContext):  # -> ActData | None
    return getattr(ctx.profile, "act", None)


def _index(ctx: CheckContext) -> DraftIndex:
    index = ctx.extra.get("index")
    return index if index is not None else DraftIndex(ctx.ordinance, ctx.profile)  # type: ignore[arg-type]


def _amendment(ctx: CheckContext) -> bool:
    alignment = ctx.extra.get("alignment")
    return alignment is not None and getattr(alignment, "amendment", None) is not None


def _title_anchor(ctx: CheckContext) -> Span | None:
    from ordreview.core.review import failure_span

    return failure_span(ctx.ordinance)


# --------------------------------------------------------------------------- P1


_PURPOSE = lazy_compile(r"(?:施行|規定に基づき|規定により)[^。]{0,40}必要な事項を定める"
                      # 「…法律（…。以下「法」という。）に定めるもののほか、…に関し必要な事項を定める」
                      r"|(?:法|法律(?:\([^()]*\))?|令|規則)に定めるもののほか、?[^。]{0,40}必要な事項を定める")


@register("act.purpose", title_ja="趣旨規定（法施行条例）", title_en="Purpose clause (implementing ordinance)")
def check_purpose(ctx: CheckContext) -> list[Finding]:
    """P1: the 趣旨 says the ordinance implements 法."""
    if _act(ctx) is None or _amendment(ctx) or not ctx.ordinance.articles:
        return []
    first = list(units(ctx.ordinance))[:4]
    for u in first:
        if _PURPOSE.search(u.text):
            # the model words 「法の施行に関し必要な事項を定める」 stand whatever aim follows them
            own_aim = _OWN_AIM.search(u.text) and not re.search(r"施行に関し必要な事項", u.text)
            goal = _OLD_GOAL.search(u.text) if own_aim else None
            if goal is None:
                return []
            return [ctx.finding(rule="act.purpose", requirement="P1", span=u.span, code=M_PURPOSE_GOALS,
                                params={"where": _where(ctx, u.span), "goal": goal.group(0)})]
    own = _purpose_article(first)
    if own is not None:  # a 目的 (or 趣旨) article of its own: the provision the officer marks
        kind = "趣旨" if "趣旨" in (own.article.caption or "") else "目的"
        return [ctx.finding(rule="act.purpose", requirement="P1", span=own.span, code=M_PURPOSE_OWN,
                            params={"where": _where(ctx, own.span), "kind": kind})]
    return [ctx.finding(rule="act.purpose", requirement="P1", span=_title_anchor(ctx), code=M_PURPOSE)]


# a clause that mentions the Act yet ends on the former ordinance's own aims: 「…法に定めるもののほか、…
# 必要な事項を定めることにより、県民の基本的人権を擁護し、県政の適正な運営に資することを目的とする。」
_OWN_AIM = lazy_compile(r"ことにより、[^。]*目的とする。")
_OLD_GOAL = lazy_compile(r"基本的人権[^。]{0,6}?(?:擁護|尊重|保障)"
                       r"|個人の権利利益[^。]{0,6}?(?:保護|擁護)"
                       r"|[^、。]{0,6}?政の[^。]{0,12}?運営に資する"
                       r"|[^、。]{0,6}?の(?:公正|民主的|適正)[^。]{0,10}?運営に資する")
_OWN_PURPOSE = lazy_compile(r"目的とする。|必要な事項を定める(?:ものとする)?。")


def _purpose_article(first: list[Unit]) -> Unit | None:
    """The first paragraph of the draft's first article when it is a 目的・趣旨 clause (by its
    caption, or by its closing words 「…を目的とする。」 when it has no caption)."""
    if not first:
        return None
    u = first[0]
    caption = u.article.caption or ""
    if u.paragraph.num != 1:
        return None
    if "目的" in caption or "趣旨" in caption or (not caption and _OWN_PURPOSE.search(u.text)):
        return u
    return None


# --------------------------------------------------------------------------- P2


_BY_REFERENCE = lazy_compile(r"^(?:[^。]*?とは、)?法第\d+条(?:第\d+項)?(?:第\d+号)?に規定する([^。、]{1,20}?)(?:をいう。?)?$")


def _same_term_cited(definition: str, term: str) -> bool:
    """Whether the definition is 「法第N条第M項に規定する<term>をいう」 for the term itself."""
    m = _BY_REFERENCE.search(re.sub(r"\s+", "", definition))
    return m is not None and m.group(1) == term


@register("act.terms", title_ja="法の定義語の独自定義", title_en="Own definitions of the Act's terms")
def check_terms(ctx: CheckContext) -> list[Finding]:
    """P2: a term 法 defines, defined again by the ordinance (項- or 号-style, not a 略称)."""
    act = _act(ctx)
    if act is None:
        return []
    index = _index(ctx)
    out = []
    seen: set[str] = set()
    for term in ctx.ordinance.terms:
        if term.style not in ("paragraph", "item") or term.term not in act.defined_terms or term.term in seen:
            continue
        if term.where.article is None:
            continue
        if _BY_REFERENCE.search(fold(term.definition)) and _same_term_cited(fold(term.definition), term.term):
            continue  # 「…とは、法第2条第1項に規定する個人情報をいう。」: the Act's own definition, by reference
        seen.add(term.term)
        span = index.definition_span(term.term) or term.span
        out.append(ctx.finding(
            rule="act.terms", requirement="P2", span=span, code=M_TERMS,
            params={"term": term.term, "where": _where(ctx, span)},
            suggestion="この条例において使用する用語は、法において使用する用語の例による。",
            id_extra=(term.term,),
        ))
    if not out:  # 「個人情報には死者に関する情報を含む」 without a definition of its own
        for u in units(ctx.ordinance):
            if _DEAD.search(u.text) and "個人情報" in u.text and re.search(r"含む|含まれる", u.text):
                hit = _flat_find(ctx.ordinance, u.span, _DEAD) or u.span
                out.append(ctx.finding(
                    rule="act.terms", requirement="P2", span=hit, code=M_TERMS,
                    params={"term": "個人情報", "where": _where(ctx, hit)},
                    suggestion="この条例において使用する用語は、法において使用する用語の例による。",
                    id_extra=("死者", u.text[:40]),
                ))
                break
    return out


# --------------------------------------------------------------------------- P3, P4

_BODY_LIST = lazy_compile(r"教育委員会|選挙管理委員会|監査委員|[市町村区]長|知事|管理者|組合長|広域連合長")


@register("act.gikai", title_ja="実施機関と議会", title_en="The assembly and the 実施機関")
def check_gikai(ctx: CheckContext) -> list[Finding]:
    """P3: the 議会 among the bodies the ordinance applies to; P4: reminder of its own ordinance."""
    if _act(ctx) is None:
        return []
    out: list[Finding] = []
    for term in ctx.ordinance.terms:
        body = fold(term.definition)
        if not _BODY_LIST.search(body) and "次に掲げる" not in body:
            continue
        region = _paragraph_span(ctx.ordinance, term.span) if "次に掲げる" in body else term.span
        hit = _assembly_in(ctx.ordinance, region)
        if hit is None:
            continue
        out.append(ctx.finding(
            rule="act.gikai", requirement="P3", span=hit, code=M_GIKAI,
            params={"where": _where(ctx, hit)}, id_extra=(term.term,),
        ))
        break
    if not out:
        hit = _assembly_applied(ctx)
        if hit is not None:
            out.append(ctx.finding(rule="act.gikai", requirement="P3", span=hit, code=M_GIKAI_APPLIED,
                                   params={"where": _where(ctx, hit)}, id_extra=("applied",)))
    if not out and not _amendment(ctx) and ctx.ordinance.articles:
        out.append(ctx.finding(rule="act.gikai", requirement="P4", span=_title_anchor(ctx), code=M_GIKAI_OWN,
                               severity="info"))
    return out


_APPLIED = lazy_compile(r"この条例(?:の規定)?を(?:準用|適用)する|この条例(?:の規定)?の例による")


def _assembly_applied(ctx: CheckContext) -> Span | None:
    """The 議会 of a sentence that makes this ordinance apply to it (「議会の保有する個人情報の取扱い
    については、この条例の規定を準用する。」): the 議会 brought in by another route than the list."""
    o = ctx.ordinance
    for u in units(o):
        for sentence in re.split(r"(?<=。)", u.text):
            if not _APPLIED.search(sentence) or not _ASSEMBLY.search(sentence):
                continue
            hit = _assembly_in(o, u.span)
            if hit is not None:
                return hit
    return None


def _paragraph_span(o: Ordinance, span: Span) -> Span:
    """The paragraph (items included) holding ``span``; ``span`` itself outside the articles."""
    ref = o.locate(span.start)
    art = o.article(ref.article) if ref.article else None
    para = next((p for p in art.paragraphs if p.num == ref.paragraph), None) if art else None
    return para.span if para is not None else span


_ASSEMBLY = lazy_compile(r"議会(?!を除|の個人情報|事務局|議員|の議員)")


def _assembly_in(o: Ordinance, region: Span) -> Span | None:
    """The first 議会 (市議会, 組合議会 …) in ``region`` that is not part of 審議会/協議会."""
    text = o.text
    for m in _ASSEMBLY.finditer(fold(text[region.start : region.end])):
        start = region.start + m.start()
        if start > 0 and text[start - 1] in "審協":
            continue
        return Span(start, start + m.end() - m.start())
    return None


_DEAD = lazy_compile(r"死者")


# --------------------------------------------------------------------------- P5

_YOHAIRYO_HEAD = lazy_compile(r"法第60条第5項|条例要配慮個人情報")
_EXCLUDES = lazy_compile(r"要配慮個人情報に該当するものを除く|要配慮個人情報を除く")
_YOHAIRYO_LEFT = lazy_compile(
    r"(?P<who>規則|[都道府県市区町村]長|知事|実施機関|管理者|組合長|広域連合長|委員会)(?:が|で)(?:別に)?"
    r"(?:[^。、]{0,20}?(?:認めて|認め、))?(?:定め|指定す|告示す)る(?:事項|もの|記述等|情報)"
)
M_YOHAIRYO_LEFT = define(
    "check.act.yohairyo_left",
    ja="{where}は条例要配慮個人情報の記述等を{who}が定めるものとしている。法第60条第5項の記述等は「条例で定める」"
    "ものであり、{who}に委ねることはできないので、必要な記述等は条例に掲げ、この号を削られたい。",
    en="{where} lets {who_en} add to the locally defined sensitive information. Art. 60(5) reserves it to the "
    "ordinance: list what is needed in the ordinance and delete this item.",
)


@register("act.yohairyo", title_ja="条例要配慮個人情報", title_en="Locally defined sensitive information")
def check_yohairyo(ctx: CheckContext) -> list[Finding]:
    """P5: optional; when set, it must not repeat the categories of 法第2条第3項."""
    act = _act(ctx)
    if act is None:
        return []
    out: list[Finding] = []
    found_any = False
    for u in units(ctx.ordinance):
        if not _YOHAIRYO_HEAD.search(u.text) or "記述等" not in u.text:
            continue
        found_any = True
        if _EXCLUDES.search(u.text) and not u.paragraph.items:
            continue
        nodes = [(i.span, _WS.sub("", fold(i.span.slice(ctx.ordinance.text)))) for i in u.paragraph.items] or [
            (u.span, u.text)
        ]
        for span, body in nodes:
            left = _YOHAIRYO_LEFT.search(body)
            if left is not None:  # 法第60条第5項: 「条例で定める」 — not for the head or a 規則 to add to
                out.append(ctx.finding(
                    rule="act.yohairyo", requirement="P5", span=span, code=M_YOHAIRYO_LEFT, severity="warning",
                    params={"where": _where(ctx, span), "who": left.group("who"), "who_en": left.group("who")},
                    id_extra=("left", body[:40]),
                ))
                continue
            hit = next((c for c in act.statute_yohairyo if c in body), None)
            if hit is None:
                continue
            out.append(ctx.finding(
                rule="act.yohairyo", requirement="P5", span=span, code=M_YOHAIRYO_RELIST, severity="warning",
                params={"where": _where(ctx, span), "found": hit}, id_extra=(hit,),
            ))
    if not found_any and not _amendment(ctx) and ctx.ordinance.articles:
        out.append(ctx.finding(rule="act.yohairyo", requirement="P5", span=_title_anchor(ctx), code=M_YOHAIRYO_NONE,
                               severity="info"))
    return out


# --------------------------------------------------------------------------- P6, P7, P8, P10


@register("act.forbidden", title_ja="法施行条例で定められない規定", title_en="Provisions an implementing ordinance may not make")
def check_forbidden(ctx: CheckContext) -> list[Finding]:
    """P6/P7/P8/P10: the profile's ``forbid`` patterns, one finding per article and requirement."""
    if _act(ctx) is None:
        return []
    out: list[Finding] = []
    flagged: set[str] = set()  # an article is reported once, for the most specific requirement (P6–P8 before P10)
    for rid, code in M_FORBIDDEN.items():
        req = ctx.profile.requirement(rid)  # type: ignore[union-attr]
        if req is None:
            continue
        patterns = [re.compile(fold(a)) for g in req.forbid for a in g.any]  # type: ignore[attr-defined]
        done: set[str] = set()
        for u in units(ctx.ordinance):
            if u.article.num in done or u.article.num in flagged:
                continue
            m = next((m for rx in patterns for m in [rx.search(u.text)] if m), None)
            if m is None:
                continue
            done.add(u.article.num)
            span = u.span if u.paragraph.num > 1 or len(u.article.paragraphs) > 1 else u.article.span
            hit = _flat_find(ctx.ordinance, u.span, re.compile(re.escape(m.group(0)))) or span
            out.append(ctx.finding(
                rule="act.forbidden", requirement=rid, span=hit, code=code,
                params={"where": _where(ctx, hit), "found": m.group(0)[:40]},
                suggestion="（削る。）", id_extra=(rid, u.text[:40]),
            ))
        flagged |= done
    return out


# --------------------------------------------------------------------------- P9

_COUNCIL = lazy_compile(r"審議会")
_CONSULT = lazy_compile(r"諮問することができる|意見を聴くことができる|諮問するものとする|意見を求めることができる")
_ESPECIALLY = lazy_compile(r"特に必要")
_REMIT = lazy_compile(r"諮問に応じ、?[^。]{0,40}?(?:調査審議|審議)する")
_ART129 = lazy_compile(r"法第129条")
# 「目的外に提供する場合には、審議会に諮問するものとする」: a duty to consult case by case, reported as
# P8 by act.forbidden (the same words the profile's P8 pattern reads), not as P9 here
_PER_CASE = lazy_compile(r"(?:目的以外|目的外|提供|結合|収集|事務を開始|事務を変更)(?:(?!基準|指針|細則|運用|規程|方針)[^。]){0,80}"
                       r"審議会(?:の意見を聴くものとする|に諮問するものとする)")
_UNDER_129 = lazy_compile(r"法第129条の規定(?:により|に基づき|による)[^。]{0,30}?(?:諮問すること|意見を聴くこと)ができる")
_REMIT_BY_REFERENCE = lazy_compile(r"(?:前条|前項|第\d+条(?:第\d+項)?|同条)[^。]{0,20}?諮問に応じ")


_MEMBERS = lazy_compile(r"委員は、?(?P<who>[^。]{2,60}?)のうちから")
_EXPERT = lazy_compile(r"学識|識見|専門|知見|有識|経験を有する|弁護士|大学|教授")
_LAY = lazy_compile(r"議員|区長|自治会|町内会|住民|区民|町民|市民|村民|職員")
M_COUNCIL_MEMBERS = define(
    "check.act.council_members",
    ja="{where}は審議会の委員を{who}に限っている。法第129条の審議会は、個人情報の適正な取扱いを確保するため専門的な知見に"
    "基づく意見を聴くためのものであるので、学識経験を有する者等から委員を選ぶよう改められたい。",
    en="{where} draws the council's members only from {who}. The council of Art. 129 gives expert opinion: "
    "appoint members with expertise.",
)


@register("act.council", title_ja="審議会への諮問（法第129条）", title_en="Council consultation (Art. 129)")
def check_council(ctx: CheckContext) -> list[Finding]:
    """P9: a clause consulting the council that is not limited to 「特に必要」 cases."""
    if _act(ctx) is None:
        return []
    out = []
    remits: list[tuple[Unit, re.Match[str]]] = []
    for u in units(ctx.ordinance):
        if _PER_CASE.search(fold(u.text)) or _UNDER_129.search(u.text):
            continue  # (「法第129条の規定により、審議会に諮問することができる」: the Act's own condition applies)
        if not (_COUNCIL.search(u.text) and _CONSULT.search(u.text)) or _ESPECIALLY.search(u.text):
            if not (_COUNCIL.search(u.text) and _REMIT.search(u.text)) or _ART129.search(u.text) \
                    or _REMIT_BY_REFERENCE.search(u.text):
                continue  # (「前条の規定による諮問に応じ」: the remit is the consultation that article allows)
            # the council's remit (「実施機関の諮問に応じ、個人情報の保護に関する重要事項を調査審議する」) is
            # what it may be consulted on: broader than 法第129条 unless it is the Act's own consultation;
            # reported only where no consultation clause of the same article is
            remits.append((u, _REMIT.search(u.text)))  # type: ignore[arg-type]
            continue
        m = _CONSULT.search(u.text)
        hit = _flat_find(ctx.ordinance, u.span, re.compile(re.escape(m.group(0)))) if m else None
        span = hit or u.span
        out.append(ctx.finding(
            rule="act.council", requirement="P9", span=span, code=M_COUNCIL, params={"where": _where(ctx, span)},
            id_extra=(u.text[:40],),
        ))
    flagged = {f.location.article for f in out}
    for u in units(ctx.ordinance):
        if u.article.num in flagged or not _COUNCIL.search(fold(u.article.span.slice(ctx.ordinance.text))):
            continue
        members = _MEMBERS.search(u.text)
        if members is None or _EXPERT.search(members.group("who")) or not _LAY.search(members.group("who")):
            continue
        # 法第129条's council gives expert opinion (専門的な知見に基づく意見): members drawn only from the
        # assembly, district heads or residents make it another body than the Act's
        flagged.add(u.article.num)
        span = _flat_find(ctx.ordinance, u.span, re.compile(re.escape(members.group("who")))) or u.span
        out.append(ctx.finding(
            rule="act.council", requirement="P9", span=span, code=M_COUNCIL_MEMBERS,
            params={"where": _where(ctx, span), "who": members.group("who")}, id_extra=(u.text[:40], "members"),
        ))
    for u, m in remits:
        if u.article.num in flagged:
            continue
        flagged.add(u.article.num)
        span = _flat_find(ctx.ordinance, u.span, re.compile(re.escape(m.group(0)))) or u.span
        out.append(ctx.finding(
            rule="act.council", requirement="P9", span=span, code=M_COUNCIL, params={"where": _where(ctx, span)},
            id_extra=(u.text[:40],),
        ))
    return out


# --------------------------------------------------------------------------- P11

_REGISTER = lazy_compile(r"個人情報取扱事務登録簿|条例個人情報ファイル簿|個人情報取扱事務台帳|事務登録簿")
_REPLACES = lazy_compile(
    r"(?<!条例)個人情報ファイル簿(?:の(?:作成|公表)(?:(?:及び|又は|並びに)(?:作成|公表|閲覧))?)?に代え"
    r"|(?<!条例)個人情報ファイル簿(?:は|を)、?作成(?:せず|しない)"
    r"|(?<!条例)個人情報ファイル簿の(?:作成|公表)(?:(?:及び|又は)(?:作成|公表))?(?:を|は)、?要しない"
    r"|法第75条第1項の規定にかかわらず"  # the register made instead of what 第75条第1項 requires
)  # 「法第75条第1項の規定による個人情報ファイル簿の作成及び公表に代えて、…登録簿を作成し」


@register("act.register", title_ja="登録簿（任意）", title_en="Separate register (optional)")
def check_register(ctx: CheckContext) -> list[Finding]:
    """P11: a separate register is optional (info); it never replaces the statutory ファイル簿."""
    if _act(ctx) is None:
        return []
    registers = [u for u in units(ctx.ordinance) if _REGISTER.search(u.text)]
    replaces = next((u for u in registers if _REPLACES.search(u.text)), None)
    if replaces is not None:
        u = replaces
        return [ctx.finding(rule="act.register", requirement="P11", span=u.span, code=M_REGISTER_REPLACES,
                            severity="warning", params={"where": _where(ctx, u.span)})]
    if registers:
        u = registers[0]
        return [ctx.finding(rule="act.register", requirement="P11", span=u.span, code=M_REGISTER, severity="info",
                            params={"where": _where(ctx, u.span)})]
    return []


# --------------------------------------------------------------------------- P12

_ART78_1 = lazy_compile(r"法第78条第1項")
_ART78_2 = lazy_compile(r"法第78条第2項")
M_NONDISCLOSURE_SET_ASIDE = define(
    "check.act.nondisclosure_set_aside",
    ja="{where}は法第78条第1項の規定にかかわらず不開示情報の範囲を変えている。条例で不開示情報を調整できるのは、法第78条第2項"
    "により情報公開条例との整合を図るために必要な場合に限られるので、「法第78条第2項の規定により読み替えて適用する同条第1項の"
    "条例で定める情報は、…とする。」の形式に改められたい。",
    en="{where} changes the non-disclosure grounds notwithstanding Art. 78(1). An ordinance may adjust them only "
    "under Art. 78(2), to align with the FOI ordinance: use the form 「法第78条第2項の規定により読み替えて適用する同条第1項…」.",
)
M_NONDISCLOSURE_ADDED = define(
    "check.act.nondisclosure_added",
    ja="{where}は法第78条第1項各号に掲げる情報のほかに、不開示情報を独自に加えている。条例で不開示情報を加えることができるのは、"
    "法第78条第2項により情報公開条例において開示しないこととされている情報との整合を図るために必要な場合に限られるので、"
    "「法第78条第2項の規定により読み替えて適用する同条第1項の条例で定める情報は、…とする。」の形式に改めるか、削られたい。",
    en="{where} adds non-disclosure grounds of its own on top of those of Art. 78(1). An ordinance may add only "
    "information the FOI ordinance withholds, under Art. 78(2): use the form 「法第78条第2項の規定により読み替えて適用する"
    "同条第1項…」 or delete the provision.",
)
# grounds listed on top of the Act's own: 「法第78条第1項各号に掲げる情報のほか、次の各号のいずれかに該当する情報」
_ART78_1_ADDED = lazy_compile(r"法第78条第1項(?:各号)?に(?:掲げる|規定する)(?:不開示)?情報(?:のほか|に加え)")
_ART78_1_SET_ASIDE = lazy_compile(
    r"法第78条第1項(?:第\d+号)?の規定にかかわらず|法第78条第1項[^。]{0,60}不開示情報(?:に該当しない|としない|とする|として取り扱)"
)


@register("act.nondisclosure", title_ja="不開示情報の調整（法第78条第2項）", title_en="Non-disclosure tuning (Art. 78(2))")
def check_nondisclosure(ctx: CheckContext) -> list[Finding]:
    """P12: 不開示情報 tuned to the 情報公開条例 other than through 法第78条第2項."""
    if _act(ctx) is None:
        return []
    out = []
    for u in units(ctx.ordinance):
        if _ART78_2.search(u.text):
            out.extend(act2023_detail.nondisclosure_items(ctx, u))
            continue
        tunes = _ART78_1.search(u.text) and ("情報公開条例" in u.text or "含む" in u.text or "含まない" in u.text)
        tunes = tunes or ("不開示情報" in u.text and "情報公開条例" in u.text)
        set_aside = not tunes and bool(_ART78_1_SET_ASIDE.search(u.text))  # 法第78条第1項 overridden outright
        added = not (tunes or set_aside) and bool(_ART78_1_ADDED.search(u.text))  # grounds of its own on top
        if not (tunes or set_aside or added):
            continue
        code = M_NONDISCLOSURE_SET_ASIDE if set_aside else M_NONDISCLOSURE_ADDED if added else M_NONDISCLOSURE
        out.append(ctx.finding(rule="act.nondisclosure", requirement="P12", span=u.span, code=code,
                               params={"where": _where(ctx, u.span)}, id_extra=(u.text[:40],)))
    return out


# --------------------------------------------------------------------------- P13

_DECISION = lazy_compile(r"開示決定等|訂正決定等|利用停止決定等|法第83条|法第84条|法第94条|法第95条|法第102条|法第103条")
_READING = lazy_compile(rf"「({_NUM})日以内」とあるのは、?「({_NUM})日以内」")
_DAYS = lazy_compile(rf"({_NUM})日以内")
_DAYS_SET = lazy_compile(rf"期間は、?[^。]{{0,30}}?({_NUM})日とする"  # 「…延長することができる期間は、45日とする。」
                       rf"|({_NUM})日を(?:限度と|超えない範囲で|超えない範囲内で)")  # 「45日を限度として…延長」
_SPECIAL_ART = lazy_compile(r"法第(?:84|95|103)条")
# a period in weeks or months (「2月以内」「5週間以内」): counted at its fewest days (a month at 28)
_WEEKS_MONTHS = lazy_compile(rf"({_NUM})(週間|箇月|か月|カ月|ヶ月|ケ月|月)以内")
# the special period written out in the Act's own words rather than cited: 「…著しく大量であるため、…
# 相当の部分につき当該期間内に開示決定等をし、残りの…については相当の期間内に…」
_SPECIAL_WORDS = lazy_compile(r"著しく大量|相当の部分")
_EXTEND = lazy_compile(r"延長")
_PERIOD_FROM = lazy_compile(r"請求があった日")


@register("act.deadline", title_ja="開示決定等の期限（法第83条・第108条）", title_en="Decision deadlines (Arts. 83, 108)")
def check_deadline(ctx: CheckContext) -> list[Finding]:
    """P13: ordinary periods ≤ 30 days and extensions ≤ 30 days; the special period of 法第84条
    may be shortened (never lengthened beyond the Act's 60 days)."""
    act = _act(ctx)
    if act is None:
        return []
    out: list[Finding] = []
    for u in units(ctx.ordinance):
        if not _DECISION.search(u.text) and not (u.article.caption or "").endswith("期限"):
            continue
        readings = list(_READING.finditer(u.text))
        if readings:
            for m in readings:
                old, new = kanji_to_int(m.group(1)), kanji_to_int(m.group(2))
                if old is None or new is None or new <= old:
                    continue  # shortened: allowed
                before = u.text[: m.start()]
                special = bool(_SPECIAL_ART.search(before[-40:])) and not re.search(r"法第83条[^「]*$", before[-40:])
                out.append(_deadline_finding(ctx, u, m.group(2), new, old, special=special, extension=False))
            continue
        period_article = (u.article.caption or "").endswith("期限") or "期限" in (u.article.caption or "")
        workdays = bool(_NOT_COUNTED.search(u.text))
        extended: list[int] = []
        for sentence in re.split(r"(?<=。)", u.text):
            if not (period_article or _PERIOD_FROM.search(sentence) or _EXTEND.search(sentence)
                    or re.search(r"法第8[34]条", sentence)):
                continue  # a day count about something else (e.g. when copies must be collected)
            for m in [*_DAYS.finditer(sentence), *_DAYS_SET.finditer(sentence)]:
                shown = next(g for g in m.groups() if g)
                days = kanji_to_int(shown)
                if days is None:
                    continue
                special = (bool(_SPECIAL_ART.search(sentence) or _SPECIAL_WORDS.search(sentence))
                           or "特例" in (u.article.caption or ""))
                extension = bool(_EXTEND.search(sentence)) and not special
                limit = 60 if special else act.extension_days if extension else act.deadline_days
                if days > limit:
                    out.append(_deadline_finding(ctx, u, shown, days, limit, special=special, extension=extension))
                elif workdays and not special and not extension and calendar_days(days) > limit:
                    out.append(_deadline_finding(ctx, u, shown, days, limit, special=False, extension=False,
                                                 calendar=calendar_days(days)))
                elif extension:
                    extended.append(days)
            # (「審査請求があった日から3月以内に答申」: the review board's time, not a decision period)
            for m in ([] if re.search(r"審査請求|答申|審査会|異議", sentence) else _WEEKS_MONTHS.finditer(sentence)):
                count = kanji_to_int(m.group(1))
                if count is None:
                    continue
                days = count * (7 if m.group(2) == "週間" else 28)
                special = (bool(_SPECIAL_ART.search(sentence) or _SPECIAL_WORDS.search(sentence))
                           or "特例" in (u.article.caption or ""))
                extension = bool(_EXTEND.search(sentence)) and not special
                limit = 60 if special else act.extension_days if extension else act.deadline_days
                if days > limit:
                    hit = _flat_find(ctx.ordinance, u.span, re.compile(re.escape(m.group(0)))) or u.span
                    out.append(ctx.finding(rule="act.deadline", requirement="P13", span=hit, code=M_DEADLINE_UNIT,
                                           params={"where": _where(ctx, hit), "shown": m.group(0), "days": days,
                                                   "limit": limit}, id_extra=(m.group(0), u.text[:40])))
        # 「…30日以内に限り延長することができる。…更に30日以内に限り延長することができる。」: the Act
        # allows one extension of at most 30 days, not extensions that add up beyond it
        if len(extended) > 1 and _AGAIN.search(u.text) and sum(extended) > act.extension_days:
            again = _flat_find(ctx.ordinance, u.span, _AGAIN) or u.span
            out.append(ctx.finding(rule="act.deadline", requirement="P13", span=again, code=M_EXTENSION_TOTAL,
                                   params={"where": _where(ctx, again), "days": sum(extended),
                                           "limit": act.extension_days},
                                   id_extra=(sum(extended), u.text[:40])))
    return out


# 「当該期間には、…休日の日数は、算入しない」: a period counted in working days
_NOT_COUNTED = lazy_compile(r"(?:休日|土曜日|日曜日|閉庁日)[^。]{0,30}?(?:算入しない|含まない|除く)")
_AGAIN = lazy_compile(r"更に|さらに|再度|再び")


def calendar_days(working_days: int) -> int:
    """The fewest calendar days a period of ``working_days`` days spans when the days of rest are
    not counted: two weekend days fall in every full week after the first five working days."""
    return working_days + 2 * ((working_days - 1) // 5)


def _deadline_finding(ctx: CheckContext, u: Unit, shown: str, days: int, limit: int, *, special: bool,
                      extension: bool, calendar: int | None = None) -> Finding:
    hit = (_flat_find(ctx.ordinance, u.span, re.compile(re.escape(shown) + "日以内"))
           or _flat_find(ctx.ordinance, u.span, re.compile(re.escape(shown) + "日")) or u.span)
    code = M_SPECIAL if special else M_EXTENSION if extension else M_DEADLINE
    params: dict = {"where": _where(ctx, hit), "days": days, "limit": limit}
    if calendar is not None:
        code = M_DEADLINE_WORKDAYS
        params["calendar"] = calendar
    elif not special and "開示決定等" not in u.text and not re.search(r"法第8[34]条", u.text):
        for word, decision, art in _PROCEDURES:  # a 訂正 or 利用停止 period: its own decision and article
            if word in u.text:
                code = M_EXTENSION_PROC if extension else M_DEADLINE_PROC
                params.update(decision=decision, art=art)
                break
    return ctx.finding(
        rule="act.deadline", requirement="P13", span=hit, code=code, params=params, id_extra=(days, u.text[:40]),
    )


# --------------------------------------------------------------------------- P14

_FEE_ART = lazy_compile(r"法第89条")
_ANON = lazy_compile(r"法第119条|匿名加工情報")
_FEE_TO_RULE = lazy_compile(
    r"手数料(?:の額)?は、?[^。]{0,12}?(?P<who>規則|[市町村区]長|知事|実施機関|管理者|組合長|広域連合長|企業長)(?:で|が)"
    r"(?:別に)?定める(?!ところ)"  # 「規則で定めるところにより、前納」: the manner of payment, not the amount
    r"|手数料として(?P<who2>規則|[市町村区]長|知事|実施機関|管理者|組合長|広域連合長|企業長)(?:で|が)(?:別に)?定める(?:額|金額)"
)
# 「1件につき300円の範囲内において規則で定める額」: a ceiling, the amount itself still left to the 規則
_FEE_CAP = lazy_compile(r"円の範囲内(?:において|で)、?[^。]{0,6}?(?P<who>規則|[市町村区]長|知事|実施機関|管理者|組合長|広域連合長|企業長)"
                      r"(?:で|が)(?:別に)?定める")
_FEE_SET = lazy_compile(r"無料|徴収しない|[0-9,]+円|[〇一二三四五六七八九十百千]+円|要しない")


@register("act.fee", title_ja="開示請求の手数料（法第89条第2項）", title_en="Disclosure-request fee (Art. 89(2))")
def check_fee(ctx: CheckContext) -> list[Finding]:
    """P14: the fee is set in the ordinance itself (an amount or 無料); error when absent or left
    to a 規則 or the head."""
    if _act(ctx) is None or not ctx.ordinance.articles:
        return []
    fee_units = [u for u in units(ctx.ordinance) if "手数料" in u.text and not _ANON.search(u.text)
                 and (_FEE_ART.search(u.text) or "開示請求" in u.text
                      or any(w in (u.article.caption or "") for w in ("開示", "手数料")))]
    if not fee_units:
        if _amendment(ctx):
            return []
        return [ctx.finding(rule="act.fee", requirement="P14", span=_title_anchor(ctx), code=M_FEE_MISSING)]
    out = []
    for u in fee_units:
        m = _FEE_TO_RULE.search(u.text)
        cap = _FEE_CAP.search(u.text)
        if cap or (m and not _FEE_SET.search(u.text[: m.start()] + u.text[m.end():])):
            m = cap or m
            who = m.groupdict().get("who") or m.groupdict().get("who2") or "規則"
            hit = _flat_find(ctx.ordinance, u.span, re.compile(re.escape(m.group(0)))) or u.span
            out.append(ctx.finding(rule="act.fee", requirement="P14", span=hit, code=M_FEE_DELEGATED,
                                   params={"where": _where(ctx, hit), "who": who, "who_en": who},
                                   id_extra=(u.text[:40],)))
    return out


# --------------------------------------------------------------------------- P16

_BOARD = lazy_compile(r"審査会")
_NAMED_BOARD = lazy_compile(
    r"(?:[都道府県市区町村]|組合|連合)[^、。「」()（）]{0,24}審査会|行政不服審査法第81条|審査会条例|審査会を置く|審査会\(以下"
)
_BOARD_CONTEXT = lazy_compile(r"法第105条|審査請求|諮問")
_APPEAL = lazy_compile(r"審査請求")


@register("act.review_board", title_ja="審査会の特定（法第105条第3項）", title_en="Review board identified (Art. 105(3))")
def check_review_board(ctx: CheckContext) -> list[Finding]:
    """P16: the board consulted on appeals is named (here, or by its founding ordinance)."""
    if _act(ctx) is None or not ctx.ordinance.articles:
        return []
    basis = act2023_detail.board_basis(ctx)  # 諮問 under 法第105条第1項 instead of 第3項
    mentions = [u for u in units(ctx.ordinance) if _BOARD.search(u.text) and _BOARD_CONTEXT.search(u.text)]
    named = any(_NAMED_BOARD.search(u.text) for u in units(ctx.ordinance) if _BOARD.search(u.text))
    if named:
        return basis
    if mentions:
        u = mentions[0]
        hit = _flat_find(ctx.ordinance, u.span, _BOARD) or u.span
        return basis + [ctx.finding(rule="act.review_board", requirement="P16", span=hit, code=M_BOARD_BARE,
                                    params={"where": _where(ctx, hit)})]
    if _amendment(ctx):
        return basis
    # a provision on the consultation that names no board (「…機関に諮問しなければならない」) is where
    # the officer writes; else the title
    unnamed = next((u for u in units(ctx.ordinance) if _APPEAL.search(u.text) and "諮問" in u.text), None)
    anchor = (_flat_find(ctx.ordinance, unnamed.span, re.compile("諮問")) if unnamed is not None else None)
    return basis + [ctx.finding(rule="act.review_board", requirement="P16", span=anchor or _title_anchor(ctx),
                                code=M_BOARD_MISSING)]


# --------------------------------------------------------------------------- P18, P19, P20

_PREF_TITLE = lazy_compile(r"^[^市町村区]{1,4}[都道府県](?![市町村区])")
_PROPOSAL = lazy_compile(r"提案の募集|提案を募集|法第109条|法第11[0-2]条")  # the scheme run (作成・提供, 募集, 提案)


def body_kind(ctx: CheckContext) -> str:
    """``"prefecture"``, ``"designated"`` or ``"other"``, from the title and the 実施機関."""
    act = _act(ctx)
    title = fold(ctx.ordinance.title or "")
    if act is not None and any(title.startswith(c) for c in act.designated_cities):
        return "designated"
    if _PREF_TITLE.match(title) and "組合" not in title and "連合" not in title:
        return "prefecture"
    head = " ".join(u.text for u in list(units(ctx.ordinance))[:3])
    if "知事" in head and not re.search(r"[市町村]長", head):
        return "prefecture"
    return "other"


@register("act.anon_fee", title_ja="行政機関等匿名加工情報の手数料（法第119条）", title_en="Anonymised-information fees (Art. 119)")
def check_anon_fee(ctx: CheckContext) -> list[Finding]:
    """P18: 都道府県・指定都市 set the 法第119条 fees; P19: other bodies inviting proposals too;
    P20: the amounts against the Cabinet-Order standard (a reminder, unverified figures)."""
    if _act(ctx) is None or not ctx.ordinance.articles:
        return []
    fee = [u for u in units(ctx.ordinance) if re.search(r"法第119条", u.text)]
    kind = body_kind(ctx)
    if fee:
        # the 第4項 fee missing; amounts against the standard (P20), else a reminder to compare them
        parts = act2023_detail.anon_fee_parts(ctx, fee, kind, _act(ctx).anon_fee_standard)
        parts = act2023_detail.anon_fee_delegated(ctx, fee, kind) + parts
        if any(f.requirement == "P20" for f in parts):
            return parts
        u = fee[0]
        return parts + [ctx.finding(rule="act.anon_fee", requirement="P20", span=u.span, code=M_ANON_AMOUNT,
                                    severity="info", params={"where": _where(ctx, u.span)})]
    if kind in ("prefecture", "designated"):
        if _amendment(ctx):
            return []
        body = ("都道府県", "a prefecture") if kind == "prefecture" else ("指定都市", "a designated city")
        return [ctx.finding(rule="act.anon_fee", requirement="P18", span=_title_anchor(ctx), code=M_ANON_REQUIRED,
                            params={"body": body[0], "body_en": body[1]})]
    prop = next((u for u in units(ctx.ordinance) if _PROPOSAL.search(u.text)), None)
    if prop is not None:
        return [ctx.finding(rule="act.anon_fee", requirement="P19", span=prop.span, code=M_ANON_OPTIN,
                            params={"where": _where(ctx, prop.span)})]
    return []


# --------------------------------------------------------------------------- P21, P22

_PENAL = lazy_compile(r"懲役|禁錮|禁固|拘禁刑|罰金|科料|過料")
_OLD_PENAL = lazy_compile(r"懲役|禁錮|禁固")
_ACT_DUTY = lazy_compile(
    r"個人情報ファイル|保有個人情報|職権を濫用して|偽りその他不正の手段により|個人の秘密に属する事項"
    # an act the Act itself defines or forbids, cited by its article (法第176条に規定する行為, 法第66条
    # の規定に違反して): not 地方自治法第…, nor the ordinance's own articles (第5条の規定に違反)
    r"|(?<![\u30a1-\u30ff\u3400-\u9fff])法第\d+条(?:の\d+)?(?:第\d+項)?(?:第\d+号)?(?:に規定する|の規定に違反)"
)
_OWN_DUTY = lazy_compile(r"委員|第\d+条(?:第\d+項)?の規定に違反")
_AMEND_NOTE = lazy_compile(r"\([^()]*(?:令|平)[一二三四五六七八九十〇元]+[^()]*条例[^()]*\)")  # (令七条例二一・追加)


_VIOLATION = lazy_compile(r"(?<![法令])第(\d+)条(?:の(\d+))?(?:第\d+項)?の規定に違反")


def _restated_cited(ctx: CheckContext, u: Unit) -> re.Match[str] | None:
    """「第8条の規定に違反した者は、…過料に処する」 where the draft's 第8条 restates a duty the Act
    itself imposes (P10's patterns): a penalty on the Act's duty, though cited by the draft's article."""
    req = ctx.profile.requirement("P10")  # type: ignore[union-attr]
    if req is None:
        return None
    patterns = [re.compile(fold(a)) for g in req.forbid for a in g.any]  # type: ignore[attr-defined]
    for m in _VIOLATION.finditer(u.text):
        num = m.group(1) + (f"_{m.group(2)}" if m.group(2) else "")
        for a in ctx.ordinance.articles:
            if a.num != num:
                continue
            body = _WS.sub("", fold(a.span.slice(ctx.ordinance.text)))
            if any(rx.search(body) for rx in patterns):
                return m
    return None


# the amendment note under an article: 「（令7条例18・追加）」「（令和7年条例第18号・一部改正）」
_NOTE = lazy_compile(r"\((令|平)(?:和|成)?([0-9一二三四五六七八九十元]+)(?:年)?条例(?:第)?([0-9一二三四五六七八九十百]+)(?:号)?[・、]")
_AMEND_NUM = lazy_compile(r"(令和|平成)([0-9一二三四五六七八九十元]+)年[^()]*?条例第([0-9一二三四五六七八九十百]+)号")


def _amended_on(o: Ordinance, u: Unit) -> tuple[str, dt.date] | None:
    """The amending ordinance an article's amendment note names (「（令7条例18・追加）」) and the day
    it comes into force, read from that ordinance's own 附則 in the consolidated text (「附則（令和7年
    9月26日条例第18号）この条例は、令和7年10月1日から施行する。」), else its date; ``None`` when the
    note or the 附則 is not there."""
    notes = [m for m in _NOTE.finditer(_WS.sub("", fold(u.article.span.slice(o.text))))]
    if not notes:
        return None
    text = o.text
    found = None
    for note in notes:
        era, year, num = note.group(1), kanji_to_int(note.group(2)) if note.group(2) != "元" else 1, kanji_to_int(note.group(3))
        for sp in o.suppl_provisions:
            head = fold(sp.amend_law_num or "")
            m = _AMEND_NUM.search(head)
            if m is None or m.group(1)[0] != era:
                continue
            y = 1 if m.group(2) == "元" else kanji_to_int(m.group(2))
            if (y, kanji_to_int(m.group(3))) != (year, num):
                continue
            body = _WS.sub("", fold(sp.span.slice(text)))
            force = re.search(r"から施行する", body)
            dates = parse_dates(body[: force.start()]) if force else []
            dated = dates[-1][0] if dates else next(iter(d for d, _, _ in parse_dates(head)), None)
            if dated is not None and (found is None or dated > found[1]):
                found = (_WS.sub("", sp.amend_law_num or ""), dated)
    return found


@register("act.penalty", title_ja="罰則（独自義務・拘禁刑）", title_en="Penalties (own duties, 拘禁刑)")
def check_penalty(ctx: CheckContext) -> list[Finding]:
    """P21: penalties for breaches of duties the Act imposes; P22: 懲役/禁錮 in a draft dated
    on or after 2025-06-01."""
    act = _act(ctx)
    if act is None:
        return []
    date = draft_date(ctx.ordinance)
    force = force_date(ctx.ordinance)
    if force is not None and (date is None or (force >= act.kokin_from > date)):
        date = force  # promulgated before 2025-06-01 but in force after it
    late = date is not None and date >= act.kokin_from
    out = []
    for u in units(ctx.ordinance):
        if not _PENAL.search(u.text) or not re.search(r"処する|科する", u.text):
            continue
        m = _ACT_DUTY.search(u.text) or _restated_cited(ctx, u)
        if m and not re.search(r"委員", u.text):
            hit = _flat_find(ctx.ordinance, u.span, re.compile(re.escape(m.group(0)))) or u.span
            out.append(ctx.finding(rule="act.penalty", requirement="P21", span=hit, code=M_PENALTY_ACT,
                                   params={"where": _where(ctx, hit), "found": m.group(0)}, id_extra=(u.text[:40],)))
        old = _OLD_PENAL.search(u.text)
        amended = None if late or not old else _amended_on(ctx.ordinance, u)
        if amended is not None and amended[1] >= act.kokin_from:
            hit = _flat_find(ctx.ordinance, u.span, _OLD_PENAL) or u.span
            out.append(ctx.finding(
                rule="act.penalty", requirement="P22", span=hit, code=M_KOKIN_AMENDED,
                params={"where": _where(ctx, hit), "found": old.group(0), "amend": amended[0],
                        "date": reiwa(amended[1]), "date_en": amended[1].isoformat()},
                suggestion="拘禁刑", id_extra=(u.text[:40],),
            ))
        if late and old and not _AMEND_NOTE.search(u.text):
            hit = _flat_find(ctx.ordinance, u.span, _OLD_PENAL) or u.span
            out.append(ctx.finding(
                rule="act.penalty", requirement="P22", span=hit, code=M_KOKIN,
                params={"where": _where(ctx, hit), "found": old.group(0), "date": reiwa(date),
                        "date_en": date.isoformat() if date else ""},
                suggestion="拘禁刑", id_extra=(u.text[:40],),
            ))
    return out


# --------------------------------------------------------------------------- P23, P24, P25

_FORCE = lazy_compile(r"から施行する|施行する。|施行期日")
_REPEAL = lazy_compile(r"条例(?:\([^()]*\))?(?:は|を)、?(?:[^。]{0,20}限り、?)?廃止する|[^。]{0,30}限り、?その効力を失う")
_WHOLE = lazy_compile(r"の全部を改正する")
_TRANSITION = lazy_compile(r"なお従前の例による|なお、?その効力を有する|施行の際現に|とみなす|経過措置")


@register("act.suppl", title_ja="附則（施行期日・旧条例の廃止・経過措置）", title_en="Supplementary provisions (in force, repeal, transition)")
def check_suppl(ctx: CheckContext) -> list[Finding]:
    """P23 施行期日, P24 the former ordinance repealed or wholly revised, P25 経過措置."""
    o = ctx.ordinance
    if _act(ctx) is None or _amendment(ctx) or not o.articles:
        return []
    text = o.text
    suppl_text = _WS.sub("", fold("".join(s.span.slice(text) for s in o.suppl_provisions)))
    head = _WS.sub("", fold(" ".join(line for line, _ in o.preamble)))
    anchor = _suppl_anchor(o) or _title_anchor(ctx)
    out = []
    if not _FORCE.search(suppl_text):
        out.append(ctx.finding(rule="act.suppl", requirement="P23", span=anchor, code=M_NO_FORCE))
    else:
        early = act2023_detail.early_force(ctx, _act(ctx).applies_from)  # before 法第5章 applies
        if early is not None:
            out.append(early)
    revised_repealed = _revised_and_repealed(o, head) if _WHOLE.search(head) else None
    if revised_repealed is not None:
        out.append(ctx.finding(rule="act.suppl", requirement="P24", span=revised_repealed, code=M_REVISED_REPEALED,
                               severity="error", params={"where": _suppl_where(o, revised_repealed)}))
    if not (_REPEAL.search(suppl_text) or _WHOLE.search(head) or _WHOLE.search(suppl_text)):
        kept = _old_partly_amended(o)  # a 附則 that amends the former ordinance only in part keeps it alive
        if kept is None and _no_former(ctx, suppl_text):
            # a body set up after 法第5章 applied (a new 組合・広域連合) has no former ordinance to repeal
            # or to carry over: only a reminder
            out.append(ctx.finding(rule="act.suppl", requirement="P24", span=anchor, code=M_NO_FORMER,
                                   severity="info"))
            return out
        if kept is not None:
            out.append(ctx.finding(rule="act.suppl", requirement="P24", span=kept, code=M_OLD_KEPT,
                                   params={"where": _suppl_where(o, kept)}))
        else:
            # one comment: the repeal to add comes with its 経過措置 (pending requests, penalties)
            missing = not _TRANSITION.search(suppl_text)
            out.append(ctx.finding(rule="act.suppl", requirement="P24", span=anchor,
                                   code=M_NO_REPEAL_TRANSITION if missing else M_NO_REPEAL))
            return out
    if not _TRANSITION.search(suppl_text):
        out.append(ctx.finding(rule="act.suppl", requirement="P25", span=anchor, code=M_NO_TRANSITION))
    return out


_FORMER = lazy_compile(r"旧条例|個人情報(?:の)?保護(?:に関する)?条例|個人情報保護法施行条例")
# a 経過措置 carrying over what was done before the body existed: requests made to the bodies it
# succeeds (組合 merged or dissolved), not to a former ordinance of its own
_SUCCESSION = lazy_compile(r"承継|解散")
_REVISED_NAME = lazy_compile(r"([^\s、。「」()]{2,60}?条例)(?:\([^()]*\))?の全部を改正する")
_REPEAL_CLAUSE = lazy_compile(r"([^\s、。「」()]{2,60}?条例)(?:\([^()]*\))?は、?廃止する")


def _revised_and_repealed(o: Ordinance, head: str) -> Span | None:
    """The 附則's repeal of the very ordinance the enacting formula wholly revises (「…条例の全部を
    改正する。」 and 「…条例は、廃止する。」 naming the same ordinance)."""
    m = _REVISED_NAME.search(head)
    if m is None:
        return None
    name = m.group(1)
    for sp in o.suppl_provisions:
        hit = _flat_find(o, sp.span, _REPEAL_CLAUSE)
        if hit is None:
            continue
        words = _WS.sub("", fold(hit.slice(o.text)))
        r = _REPEAL_CLAUSE.search(words)
        if r is not None and (r.group(1).endswith(name) or name.endswith(r.group(1))):
            return hit
    return None


def _no_former(ctx: CheckContext, suppl_text: str) -> bool:
    """Whether the draft is dated on or after the day 法第5章 applies to local bodies and names no
    former personal-information ordinance anywhere (its 附則 only sets the date of entry into force)."""
    applies = _act(ctx).applies_from
    force = force_date(ctx.ordinance)
    date = draft_date(ctx.ordinance)
    if applies is None or date is None or date < applies:
        return False
    if date == force and date == applies:
        return False  # no promulgation date, in force on the very day the Act applies: an existing body's
    #               replacement of its former ordinance, which must then be repealed
    body = _WS.sub("", fold(ctx.ordinance.text))
    title = _WS.sub("", fold(ctx.ordinance.title or ""))
    if title:
        body = body.replace(title, "", 1)
    return not _FORMER.search(body) and (not _TRANSITION.search(suppl_text) or bool(_SUCCESSION.search(suppl_text)))


M_OLD_KEPT = define(
    "check.act.old_kept",
    ja="{where}は旧個人情報保護条例の一部を改正するにとどまり、旧条例を存続させている。旧条例の規定と法が併存することのないよう、"
    "旧条例を廃止し（又はこの条例を旧条例の全部改正とし）、必要な経過措置を置かれたい。",
    en="{where} only amends part of the former personal-information ordinance and so keeps it in force beside the Act; "
    "repeal it (or enact this ordinance as its whole revision) with transitional provisions.",
)
_OLD_PARTLY = lazy_compile(r"個人情報(?:の)?保護(?:に関する)?条例(?:\([^()]*\))?の一部を(?:次のように)?改正する")


def _suppl_where(o: Ordinance, span: Span) -> str:
    """「附則第2条」 for a span of a 附則 (the main provision's labels do not reach it)."""
    from ordreview.core.checks.integrity_index import node_label

    return node_label(o, span.start) or "附則"


def _old_partly_amended(o: Ordinance) -> Span | None:
    """The words of the 附則 that amend the former ordinance (「…個人情報保護条例の一部を次のように改正する」)."""
    for sp in o.suppl_provisions:
        hit = _flat_find(o, sp.span, _OLD_PARTLY)
        if hit is not None:
            return hit
    return None


def _suppl_anchor(o: Ordinance) -> Span | None:
    if not o.suppl_provisions:
        return None
    sp = o.suppl_provisions[0]
    text = o.text
    start = sp.span.start
    while start < sp.span.end and text[start] in " \u3000\t\n":
        start += 1
    end = text.find("\n", start, sp.span.end)
    return Span(start, end if end >= 0 else sp.span.end)


# --------------------------------------------------------------------------- P27

_OLD_ARTICLE = lazy_compile(r"第(\d+)条")


_ACT_NUMBERED = lazy_compile(r"(?<!保有する)個人情報の保護に関する法律(?:施行令)?\s*[（(]\s*$")


def _own_number(text: str, name: Span, span: Span) -> bool:
    """Whether ``span`` opens the brackets right after the cited name ``name`` (「…法律（平成15年法律
    第58号）」: the name's own law number, one citation with it)."""
    return name.end <= span.start and re.fullmatch(r"\s*[（(]\s*", text[name.end:span.start]) is not None


_INSERTS = lazy_compile(r"^」(?:に改め|を加え|を加える|を挿入)")


def _inserted_wording(text: str, span: Span) -> bool:
    """Whether ``span`` lies in the new words of an amending sentence (「…」に改める, 「…」を加える):
    words a 附則 writes into another ordinance, unlike the words it replaces (「…」を) or a 経過措置."""
    open_at = text.rfind("「", 0, span.start)
    if open_at < 0 or "」" in text[open_at:span.start] or "\n" in text[open_at:span.start]:
        return False
    close_at = text.find("」", span.end)
    if close_at < 0 or "\n" in text[span.end:close_at]:
        return False
    return bool(_INSERTS.match(text[close_at:close_at + 6]))


@register("act.old_citation", title_ja="廃止された法律等の引用", title_en="Citations of repealed acts")
def check_old_citation(ctx: CheckContext) -> list[Finding]:
    """P27: the repealed acts, their law numbers and 非識別加工情報, with the current provision."""
    act = _act(ctx)
    if act is None:
        return []
    text = ctx.ordinance.text
    index = _index(ctx)
    out = []
    covered: list[Span] = []
    suppl = [s.span for s in ctx.ordinance.suppl_provisions]
    hits = sorted(((span, oc) for oc in act.old_citations for span in index.hits(fold(oc.pattern), literal=False)),
                  key=lambda h: (h[0].start, -h[0].end))
    for span, oc in hits:
        if any(c.start <= span.start < c.end or _own_number(text, c, span) for c in covered):
            continue  # within a citation reported, or its law number in the brackets after the name
        if _ACT_NUMBERED.search(fold(text[max(0, span.start - 40):span.start])):
            continue  # 「個人情報の保護に関する法律（平成15年法律第59号）」: a wrong number of the Act (cite.law_number_wrong)
        if any(s.start <= span.start < s.end for s in suppl) and not _inserted_wording(text, span):
            continue  # a 経過措置 may name the former scheme's terms (contracts made under it)
        covered.append(span)
        tail = fold(text[span.end : span.end + 40])  # room for the law number in brackets
        m = _OLD_ARTICLE.match(re.sub(r"^(?:施行令)?(?:\([^)]*\))?", "", tail))
        art_ja = art_en = ""
        if m and m.group(1) in act.old_articles and "施行令" not in fold(span.slice(text)):
            new = act.old_articles[m.group(1)]
            art_ja = M_OLD_ARTICLE[0].format(old=m.group(1), new=act.cite(new))
            art_en = M_OLD_ARTICLE[1].format(old=m.group(1), new_en=f"Art. {new}")
        out.append(ctx.finding(
            rule="act.old_citation", requirement="P27", span=span, code=M_OLD_CITATION,
            params={"where": _where(ctx, span), "label": oc.label_ja, "label_en": oc.label_en,
                    "current": oc.current_ja, "current_en": oc.current_en, "article": art_ja,
                    "article_en": art_en},
            suggestion=oc.current_ja, id_extra=(span.start,),
        ))
    return out


# --------------------------------------------------------------------------- P26, P30


@register("act.reminder", title_ja="届出・法改正の確認", title_en="Notification and later amendments")
def check_reminder(ctx: CheckContext) -> list[Finding]:
    """P26 (notify the 個人情報保護委員会) and P30 (later amendments): one info finding each."""
    if _act(ctx) is None or not ctx.ordinance.articles:
        return []
    anchor = _title_anchor(ctx)
    return [
        ctx.finding(rule="act.reminder", requirement="P26", span=anchor, code=M_NOTIFY, severity="info"),
        ctx.finding(rule="act.reminder", requirement="P30", span=anchor, code=M_WATCH, severity="info"),
    ]


from ordreview.core.checks import act2023_detail  # noqa: E402  (finer points; it imports the helpers above)
from ordreview.core.checks import act2023_cite  # noqa: E402,F401  (act.article: the table of the Act's articles)
