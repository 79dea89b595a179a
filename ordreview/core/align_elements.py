"""Where a requirement's element may be said: the wording variants, parentheses and 準用.

An element of a requirement (「意見書を提出する機会」, 「個人識別符号が含まれるもの」) is present when
the draft says it, whichever of the ordinary ways of saying it the draft uses:

- **a duty going on into the next clause**: 「…照合してはならず、並びに…措置を講じなければならない。」
  says 「照合してはならない」 (an element ending in ならない also matches ならず);
- **the other verb form**: 「提案の募集をする個人情報ファイルである旨」 and the statute's own
  「提案を募集する個人情報ファイルである旨」 (行政機関個人情報保護法 第44条の3) say the same thing;
  「AのBをする」 and 「AをBする」 are interchangeable for a サ変 noun B;
- **with a parenthesis inside**: 「個人識別符号（…第2条第3項に規定する個人識別符号をいう。以下同
  じ。）が含まれるもの」 is 「個人識別符号が含まれるもの」 with the term's definition in between;
- **through 準用 (application mutatis mutandis)**: 「第16条の規定は、前項の通知をする場合について
  準用する。」 in the 非識別 chapter makes 第16条's 「意見書を提出する機会」 part of the chapter, and
  「前項の規定は、…委託を受けた者…について準用する。」 extends a duty to contractors. A provision
  applied by a 準用 clause in the searched provisions is searched too, and so is a 準用 clause
  elsewhere that applies the searched provisions (one step, not transitively).

An act the element names must be provided for, not just mentioned: 「契約を締結した者」 or
「契約を締結したとき」 in the fee or cancellation article is no provision on concluding a contract.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import TYPE_CHECKING

from ordreview.core.model import NodeRef, Ordinance, Span
from ordreview.core.text import sentence_end

if TYPE_CHECKING:
    from ordreview.core.align import DraftIndex

_KANJI = r"[\u4e00-\u9fff々]"
_NO_WO_SURU = re.compile(rf"の({_KANJI}{{2,6}})をする")
_WO_SURU = re.compile(rf"(?<={_KANJI})を({_KANJI}{{2,6}})する")
_APPLIES = re.compile(r"準用(?:する|し)")
_WS = re.compile(r"\s+")
_MENTION = re.compile(
    r"\s*(?:(?:する|した|される|された|しようとする)\s*(?:者|とき|場合|際)"
    r"|(?:する|した|することができる|することとなる)\s*旨"
    rf"|が\s*{_KANJI}{{1,4}}\s*され(?:た|ている))"
)
_ENDS_IN_ACT = re.compile(rf"{_KANJI}$")


def unmentioned(alternative: str) -> str | None:
    """``alternative`` made to pass over a mention (see :func:`is_mention`), or ``None`` when
    that could change nothing: a pattern whose span may grow (「定期的に…提案を募集」) can still
    reach the provision after a mention, as in 「定期的に、ファイル簿に提案を募集する旨が記載された
    個人情報ファイルについて、…提案を募集するものとする」."""
    if not _ENDS_IN_ACT.search(alternative) or not re.search(r"[*+}]\??", alternative):
        return None
    return f"(?:{alternative})(?!{_MENTION.pattern})"


def is_mention(index: DraftIndex, alternative: str, hit: Span) -> bool:
    """True when an act the element names is only mentioned, not provided for: 「…契約を締結
    した者」, 「…契約を締結したとき」, 「…契約を締結する場合」 describe a person or a case by the act
    (which another provision must provide), and so does 「…の概要が記載された…」 (the state another
    provision produces), and so does 「…契約を締結することができる旨」 (what a notice or a register
    entry says); 「契約を締結することができる」 provides it."""
    if not _ENDS_IN_ACT.search(alternative):
        return False
    return _MENTION.match(index.folded, hit.end) is not None


@lru_cache(maxsize=1024)
def verb_variants(alternative: str) -> tuple[str, ...]:
    """The other form of each 「AのBをする」 / 「AをBする」 in ``alternative`` (empty when none)."""
    out = []
    if alternative.endswith("ならない"):  # 「照合してはならず、並びに…」: the clause goes on (連用中止)
        out.append(alternative[: -len("ならない")] + "ならず")
    if _NO_WO_SURU.search(alternative):
        out.append(_NO_WO_SURU.sub(r"を\1する", alternative))
    if _WO_SURU.search(alternative):
        out.append(_WO_SURU.sub(r"の\1をする", alternative))
    return tuple(out)


# A draft in です・ます (a few municipalities write so) ends its provisions politely: the statute's
# 「…してはならない」 is its 「…してはいけません／してはなりません」, 「…しなければならない」 its 「…しなければなりません」,
# 「…することができる」 its 「…することができます」, 「…ものとする」 its 「…ものとします」.
_POLITE = {
    "てはならない": "て(?:はならない|はなりません|はいけません)",
    "てはならず": "て(?:はならず|はならない|はなりません|はいけません)",
    "なければならない": "なければ(?:ならない|なりません)",
    "ことができる": "ことができ(?:る|ます)",
    "ことができない": "ことができ(?:ない|ません)",
    "ものとする": "ものと(?:する|します)",
    "をいう": "(?:を(?:いう|いいます)|のこと(?:です|をいいます))",  # 「…第2条第3項に決められている個人識別符号のことです」
    "という": "と(?:いう|いいます)",
    "ならない": "(?:ならない|なりません|いけません)",
    "できない": "でき(?:ない|ません)",
    "適用しない": "(?:適用し|当てはめ|当てはまら|当てはまり)(?:ない|ません)",
}
_PLAIN_ENDING = re.compile("|".join(sorted(map(re.escape, _POLITE), key=len, reverse=True)))


def _mapped(alternative: str, words: re.Pattern[str], table: dict[str, str]) -> tuple[str, ...]:
    """``alternative`` and its :func:`verb_variants` with every match of ``words`` replaced by its
    alternation in ``table``, those that change."""
    out = []
    for form in (alternative, *verb_variants(alternative)):
        mapped = words.sub(lambda m: table[m.group()], form)
        if mapped != form:
            out.append(mapped)
    return tuple(out)


@lru_cache(maxsize=2048)
def polite_variants(alternative: str) -> tuple[str, ...]:
    """``alternative`` (and its :func:`verb_variants`) with the plain endings also read in です・ます
    (empty when it has none); for a draft written politely (``DraftIndex.polite``)."""
    return _mapped(alternative, _PLAIN_ENDING, _POLITE)


# A draft in everyday words (集める, 使う, 渡す, 作る, 結ぶ, 書く: a few municipalities write so, see
# ``DraftIndex.plain``) says the statute's acts with those verbs: 「作成し」 is its 「作り／作っ」, 「締結する」 its
# 「結ぶ」, 「復元することができない」 its 「元に戻すことができない」. Only the verb forms are mapped, never a noun
# phrase, and only for a draft written so throughout.
_PLAIN = {
    "作成する": "(?:作成する|作る)", "作成し": "(?:作成し|作り|作っ)", "作成した": "(?:作成した|作った)",
    "作成された": "(?:作成された|作られた)",
    "利用する": "(?:利用する|使う)", "利用し": "(?:利用し|使い|使っ)",
    "提供する": "(?:提供する|渡す)", "提供し": "(?:提供し|渡し)",
    "収集する": "(?:収集する|集める)", "収集し": "(?:収集し|集め)",
    "締結する": "(?:締結する|結ぶ)", "締結し": "(?:締結し|結び|結ん)", "締結した": "(?:締結した|結んだ)",
    "記載する": "(?:記載する|書く)", "記載し": "(?:記載し|書き|書い)", "記載された": "(?:記載された|書かれた)",
    "通知する": "(?:通知する|知らせる)", "通知し": "(?:通知し|知らせ)",
    "復元することができない": "(?:復元することができない|(?:元に)?戻すことができない|(?:元に)?戻せない)",
    "照合し": "(?:照合し|照らし合わせ|突き合わせ)",
    "取得した": "(?:取得した|受け取った|手に入れた)", "取得し": "(?:取得し|受け取り|受け取っ)",
    "保有している": "(?:保有している|持っている)",
    "漏えい": "(?:漏えい|漏れ)",
    "従事する者": "(?:従事する者|従事する人)", "従事していた者": "(?:従事していた者|従事していた人)",
    "従事している者": "(?:従事している者|従事している人)",
    # (after eo–er: two drafts in everyday words, 岬ノ鼻町 and 木戸口村)
    "特定の個人を識別(?:することが)?でき(?:ない|ず)":
        "(?:特定の個人を識別(?:することが)?でき(?:ない|ず)|特定の個人が(?:分から|わから)(?:ない|ず)"
        "|特定の個人を見分け(?:ることが)?(?:でき(?:ない|ず)|られ(?:ない|ず)))",  # (somanoki-cho, after fi–fl)
    "削除": "(?:削除|削)",  # 「記述等の一部を削ること」
    "である旨": "(?:である旨|であるときは、?その(?:こと|旨))",  # 「…個人情報ファイルであるときは、そのこと」
    "偽りその他不正の手段": "(?:偽りその他不正の手段|(?:うそ|偽り)(?:をついたり)?(?:その他|や|やその他|など)の?不正な?(?:手段|方法|やり方))",
    "みだりに": "(?:みだりに|むやみに)",
    # 「…個人情報ファイル簿にその概要が書かれた実施機関非識別加工情報を自分の事業に使いたい者は、…提案をすることができる」
    # (「…個人情報ファイル簿に載っている市非識別加工情報を事業に使おうとする人は」: makizumi-shi, after gk–gn)
    "(?:記載|掲載)(?:が)?され(?:た|ている)": "(?:(?:記載|掲載)(?:が)?され(?:た|ている)|書かれ(?:た|ている)|載っ(?:た|ている))",
    # 「…提案を募る個人情報ファイルであるときは、そのこと」 (C5), 「…からの提案を募ります」 (C6): urushizawa-cho, after go–gr
    "提案を募集": "提案を(?:募集|募)",
    "提案(?:を|の)募集": "提案(?:を|の)(?:募集|募)",
    "提案を募集する個人情報ファイル": "提案を(?:募集する|募る)個人情報ファイル",
    # 「法令等に決まりがあるときを除き」 (the statute's 定めがある)
    "に定めがある": "に(?:定め|決まり)がある",
    # 「前2項の規定は、第4章の規定により…を作り、又は提供する場合には当てはめません。」 (C18)
    "適用しない": "(?:適用しない|当てはめない|当てはまらない)",
    # 「…ファイル簿に同条第1号の事項が書かれた市非識別加工情報を事業に使う市非識別加工情報取扱事業者になろうとする者は」
    "を(?:その)?(?:事業の)?用に供する": "(?:を(?:その)?(?:事業の)?用に供する|を(?:自分の|その)?事業に使う)",
    "をその(?:事業の)?用に供しようとする者":
        "(?:をその(?:事業の)?用に供しようとする者|を(?:自分の|その)?事業に使(?:いたい|おうとする)(?:者|人))",
    # 「…が漏れないように、規則で定める基準に従って、適切に管理しなければなりません」 (the duty, not a proposal's
    # 「漏れないようにするための措置」)
    "(?:措置|手立て|対策)を(?:講じ|講ず|とら|執ら|取ら|とり|取り|とる|取る)":
        "(?:(?:措置|手立て|対策)を(?:講じ|講ず|とら|執ら|取ら|とり|取り|とる|取る)|適切に管理し(?:なければ|ます))",
    "従事して(?:いる|いた)者": "(?:従事して(?:いる|いた)者|(?:仕事|業務)をして(?:いる|いた)(?:人|者|職員)|して(?:いる|いた)人"
                             "|(?:関わって|携わって)(?:いる|いた)(?:人|者))",
    "他人に": "(?:他人|ほかの人|他の人)に",  # 「…の内容をみだりにほかの人に知らせ」
    "意見書(?:を提出する|の提出の)機会": "意見書(?:を提出する|の提出の|を出す)機会",  # 「その第三者に意見書を出す機会を与える」 (C10)
    # 「実施機関の職員が仕事の上で作ったり受け取ったりした個人情報であって、…職員が組織として使うもの」 (A7)
    "職務上作成し、又は取得した":
        "(?:(?:職務上|仕事の(?:上|うえ)で|仕事で)(?:作成し|作り|作ったり)、?(?:又は|又)?(?:取得した|受け取った|受け取ったりした|手に入れた))",
    "利用の目的及び方法": "(?:利用の目的及び方法|(?:使う|利用する)目的(?:と|及び)方法)",  # 「使う目的と方法」 (C7)
    "組織的に利用する": "(?:組織的に利用する|組織(?:として|的に)(?:使う|利用する))",
    "(?:規定|定め)に": "(?:規定|定め|きまり|決まり)に",  # 「この章のきまりに従って」
    "(?:作成|提供)": "(?:作成|提供|作|渡)",
    # 「自分で使ったり、他に渡したりしてはいけません」, 「…削除情報（…）を自ら使い、又は外に渡してはいけません」
    "(?:利用|提供)(?:を)?し": "(?:(?:利用|提供)(?:を)?し|使(?:った|い)|渡し)",
    # 「…解除の日から二年を過ぎていない人」, 「未成年の人」 (C8)
    "経過しない": "(?:経過しない|過ぎていない|過ぎない)",
    # (after hy–ib: 問屋場市) 「刑の執行が終わってから2年がたっていない人」, 「…取り除いた記述等と個人識別符号（以下「削除情報」と
    # いいます。）を、目的以外のことに使ったり提供したりしてはいけません」, 「個人情報ファイル簿が作られ、公表されていること」
    "を経過しない": "(?:を経過しない|を過ぎていない|を過ぎない|が?(?:たって|経って|過ぎて)いない)",
    "削除した記述等": "(?:削除した|削った|取り除いた)記述等",
    "(?:若しくは|及び|又は)?": "(?:若しくは|及び|又は|と)?",
    "作成され": "(?:作成され|作られ)",
    # (after ik–in: かまくら田村) 「(2)　個人識別符号が含まれているもの」, 「…要配慮個人情報が含まれているときは、そのこと」
    "含まれるもの": "含まれ(?:る|ている)もの", "含まれるとき": "含まれ(?:る|ている)とき",
    "その旨": "その(?:旨|こと)",
    # 「前の2つの項の決まりは、第10条から第17条までの決まりによって村非識別加工情報を提供するときには当てはまりません。」 (C18)
    "の(?:規定|定め)(?:による|に基づく|に従う|に従って行う)":
        "の(?:(?:規定|定め)(?:による|に基づく|に従う|に従って行う)|(?:決まり|きまり)(?:による|によって|に従って|に基づいて))",
    "の(?:規定|定め)(?:により|に基づき|に従い|に従って)":
        "の(?:(?:規定|定め)(?:により|に基づき|に従い|に従って)|(?:決まり|きまり)(?:により|によって|に従って|に基づいて))",
    # (after ig–ij: 虹ノ浜県) 「思想、信条及び信教に関する個人情報…は集めません。」, the legacy limit (B4)
    "を収集してはならない": "(?:を収集してはならない|を集めてはならない|は集め(?:ない|ません))",
    "未成年者": "未成年(?:者|の(?:人|者|方))",
    "(?:及び削除情報)?": "(?:(?:及び|と)削除情報)?",  # 「実施機関非識別加工情報と削除情報（…）を自分で使い、又は提供し」
    "\\)を作成": "\\)を(?:作成|作)",  # 「帳簿（以下「個人情報ファイル簿」といいます。）を作り」
}
_STATUTE_VERB = re.compile("|".join(sorted(map(re.escape, _PLAIN), key=len, reverse=True)))


@lru_cache(maxsize=2048)
def plain_variants(alternative: str) -> tuple[str, ...]:
    """``alternative`` (and its :func:`verb_variants`) with the statute's verbs also read in everyday
    words (empty when it has none); for a draft written in them (``DraftIndex.plain``)."""
    return _mapped(alternative, _STATUTE_VERB, _PLAIN)


# A draft written for residents (です・ます, or everyday verbs) also says the statute's technical words in everyday
# ones: 「…保有個人情報をコンピュータで検索できるように体系的に構成したもの又は…簡単に検索できるように体系的に構成した
# もの」 (nawashiroda-cho, after fm–fp; A8) is the statute's 電子計算機 and 容易に.
_EVERYDAY = {
    "電子計算機を用いて検索": "(?:電子計算機を用いて|コンピューター?(?:で|を(?:使って|用いて)))検索",
    # (「…氏名、生年月日などで簡単に探せるように、まとめたもの」: kobunato-cho)
    "容易に検索することができるように体系的に構成":
        "(?:容易に|簡単に)(?:検索(?:することが)?でき|探せ)るように、?(?:体系的に構成|まとめ)",
}
_TECHNICAL_WORD = re.compile("|".join(sorted(map(re.escape, _EVERYDAY), key=len, reverse=True)))


@lru_cache(maxsize=2048)
def everyday_variants(alternative: str) -> tuple[str, ...]:
    """``alternative`` with the statute's technical words also read in everyday ones (empty when it has none);
    for a draft written for residents (``DraftIndex.polite`` or ``DraftIndex.plain``)."""
    return _mapped(alternative, _TECHNICAL_WORD, _EVERYDAY)


def register_variants(index: DraftIndex, alternative: str) -> tuple[str, ...]:
    """The forms of ``alternative`` in the register the draft is written in: for a draft written for residents
    (in everyday words, or in です・ます, which says the acts in everyday verbs too: 「…を渡してはなりません」) its
    technical words and verbs in everyday ones, and for one in です・ます the polite endings as well, of both
    (「作ることができます」); empty for a draft in the statute's own register. Used by the element search and by
    the content words alike."""
    if not (index.polite or index.plain):
        return ()
    out = [*everyday_variants(alternative)]
    if index.polite:
        out += polite_variants(alternative)
    out += plain_variants(alternative)
    if index.polite:
        out += [p for f in plain_variants(alternative) for p in polite_variants(f)]
    return tuple(out)


_PAREN = re.compile(r"[()]")


class BareView:
    """The flat text of a draft with every parenthesised passage left out, mapped back."""

    def __init__(self, flat: str) -> None:
        pieces: list[str] = []
        self._starts: list[int] = []  # bare offset where each kept piece starts
        self._flat: list[int] = []  # flat offset of that piece
        pos = bare = depth = 0
        opened = -1

        def keep(a: int, b: int) -> None:
            nonlocal bare
            if b > a:
                pieces.append(flat[a:b])
                self._starts.append(bare)
                self._flat.append(a)
                bare += b - a

        for m in _PAREN.finditer(flat):  # only the brackets are visited
            if m.group() == "(":
                if depth == 0:
                    keep(pos, m.start())
                    opened = m.start()
                depth += 1
            elif depth:
                depth -= 1
                if depth == 0:
                    pos = m.end()
        keep(opened if depth else pos, len(flat))  # an unclosed bracket stays text
        if not pieces:
            self._starts.append(0)
            self._flat.append(len(flat))
        self.text = "".join(pieces)

    def _to_flat(self, pos: int) -> int:
        k = bisect_right(self._starts, pos) - 1
        return self._flat[k] + pos - self._starts[k]

    def to_bare(self, flat_pos: int) -> int:
        """The bare offset of flat ``flat_pos`` (the next kept character when it is left out)."""
        k = bisect_right(self._flat, flat_pos) - 1
        if k < 0:
            return 0
        piece_end = self._flat[k] + (self._starts[k + 1] - self._starts[k] if k + 1 < len(self._starts)
                                     else len(self.text) - self._starts[k])
        if flat_pos >= piece_end:
            return self._starts[k + 1] if k + 1 < len(self._starts) else len(self.text)
        return self._starts[k] + flat_pos - self._flat[k]

    def to_flat(self, start: int, end: int) -> tuple[int, int]:
        """Flat ``[start, end)`` of the bare ``[start, end)`` (the parentheses inside included)."""
        return self._to_flat(start), self._to_flat(end - 1) + 1


def node_span(ordinance: Ordinance, ref: NodeRef) -> Span | None:
    """The span of the article, paragraph or item ``ref`` names, or ``None``."""
    if ref.article is None:
        return None
    art = ordinance.article(ref.article)
    if art is None:
        return None
    if ref.paragraph is None:
        return art.span
    para = next((p for p in art.paragraphs if p.num == ref.paragraph), None)
    if para is None:
        return None
    if not ref.item:
        return para.span
    items = para.items
    node = None
    for part in ref.item.split("."):
        node = next((i for i in items if i.num == part), None)
        if node is None:
            return None
        items = node.items
    return node.span if node is not None else None


def applied_spans(index: DraftIndex, spans: tuple[Span, ...]) -> tuple[Span, ...]:
    """``spans`` widened by one step of 準用: the provisions a 準用 clause inside them applies,
    and the 準用 clauses elsewhere that apply them (see the module docstring)."""
    links = _applying_links(index)
    if not links:
        return spans
    cache = index.__dict__.setdefault("_applied", {})
    hit = cache.get(spans)
    if hit is not None:
        return hit
    extra: list[Span] = []
    for clause, target in links:
        inside = any(s.start <= clause.start and clause.end <= s.end for s in spans)
        covered = any(s.start <= target.start and target.end <= s.end for s in spans)
        if inside and not covered:
            extra.append(target)
        elif covered and not inside:
            extra.append(clause)
    out = spans + tuple(extra)
    cache[spans] = out
    return out


def _own_text_end(ordinance: Ordinance, source: NodeRef, offset: int) -> int | None:
    """Where the words of the provision ``source`` (containing ``offset``) end: its span's end,
    or the start of its first item (sub-item) after ``offset``; ``None`` when unknown."""
    span = node_span(ordinance, source)
    if span is None or not span.start <= offset <= span.end:
        return None
    art = ordinance.article(source.article) if source.article else None
    para = next((p for p in art.paragraphs if p.num == source.paragraph), None) if art else None
    items = para.items if para is not None else ()
    if source.item and para is not None:
        node = None
        for part in source.item.split("."):
            node = next((i for i in items if i.num == part), None)
            if node is None:
                return span.end
            items = node.items
    later = [i.span.start for i in items if i.span.start >= offset]
    return min(later, default=span.end)


def _applying_links(index: DraftIndex) -> list[tuple[Span, Span]]:
    """(the 準用 clause, the provision it applies) for each reference whose sentence applies
    the provision it names (…の規定は、…準用する。), built once per draft."""
    found = index.__dict__.get("_applying_links")
    if found is None:
        folded = index.folded
        found = []
        applies = [m.start() for m in re.finditer(r"準\s*用", folded)]
        for ref in index.ordinance.references if applies else ():
            if ref.target is None or ref.kind == "external":
                continue
            end = sentence_end(folded, ref.span.end)
            stop = end if end >= 0 else len(folded)
            close = min(stop + 1, len(folded))  # (the 。 included)
            # A sentence never runs past the provision it is in (the paragraph's or item's
            # own words, before its items): where a PDF lost the 。, that is its end.
            bound = _own_text_end(index.ordinance, ref.source, ref.span.end)
            if bound is not None and bound < stop:
                stop = close = bound
            k = bisect_right(applies, ref.span.end)
            if k >= len(applies) or applies[k] >= stop:
                continue  # no 準用 in the rest of the sentence
            sentence = _WS.sub("", folded[ref.span.end : stop])  # (a hard wrap may split 準用)
            if not (sentence.startswith(("の規定は", "及び", "から", "まで")) and _APPLIES.search(sentence)):
                continue
            target = node_span(index.ordinance, ref.target)
            if target is not None:
                found.append((Span(ref.span.start, close), target))
        index.__dict__["_applying_links"] = found
    return found


def bare_hits(index: DraftIndex, alternative: str, spans: tuple[Span, ...] | None = None) -> list[Span]:
    """Matches of an element alternative in the draft with its parentheses left out (inside
    ``spans`` only, when given)."""
    view = index.__dict__.get("_bare")
    if view is None:
        view = index.__dict__["_bare"] = BareView(index.flat)
    rx = index.profile.pattern(alternative, literal=False)
    if spans is None:
        ranges = [(0, len(view.text))]
    else:
        ranges = [(view.to_bare(index.to_flat(s.start)), view.to_bare(index.to_flat(s.end))) for s in spans]
    out = []
    for lo, hi in ranges:
        for m in rx.finditer(view.text, lo, hi):
            if m.end() > m.start():
                a, b = view.to_flat(m.start(), m.end())
                out.append(index.flat_span(a, b))
    return out
