"""Bills that amend several ordinances, one article each (「A条例及びB条例の一部を改正する条例」).

Such a bill has no single 制定文: each of its articles opens with its own, 「第1条　A条例（…）の
一部を次のように改正する。」, followed by the amending sentences for that ordinance, and the
bill's 附則 follows the last article. Applying it to one ordinance in force would apply every
article's sentences to that one ordinance, so it is told first. When the ordinance given as in
force is the one an article names (same title), only that article is applied: the other
articles are blanked out of the text the applier reads (spaces, line breaks kept, so that every
span still indexes the bill as read) and each is reported (:data:`OTHER`). Otherwise the bill is
refused with a message naming each article and the ordinance it amends. The sentences applied
count the amending sentences of the whole 本則 in order: those of the article applied are numbered
after the sentences of the articles before it (:func:`first_sentence_number`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ordreview.core.messages import define, render
from ordreview.core.text import fold

ARTICLE_ENACTMENT = re.compile(
    r"^\s*(?P<article>第\s*[0-9一二三四五六七八九十百]+\s*条)[\s\u3000]+"
    r"(?P<name>.+?)(?:[（(](?P<num>[^（）()]*第[^（）()]*号)[）)])?の(?:一部|全部)を次のように改正する。?\s*$"
)
"""An article of the bill that holds a 制定文 of its own (on a folded line)."""

SEVERAL = define(
    "amend.several_ordinances",
    ja="この改正案は、条ごとに別々の条例を改正しています（{parts}）。現行としては、いずれかの条が改正する条例を"
       "指定してください（その条の改正規定を溶け込ませて審査します。他の条は、それぞれの条例の現行を指定して"
       "審査します。）。{match}",
    en="This bill amends a different ordinance in each of its articles ({parts_en}). Give as in force the "
       "ordinance one of its articles amends (that article is consolidated and reviewed; review each other "
       "article with its own ordinance in force). {match_en}",
)
NO_MATCH = define(
    "amend.several_ordinances.no_match",
    ja="指定された現行「{current}」は、いずれの条が改正する条例とも一致しません。",
    en="The ordinance given as in force, 「{current}」, is none of them.",
)


OTHER = define(
    "amend.other_ordinance",
    ja="{article}は「{named}」を改正する規定のため、適用していません。この審査では、現行として指定された"
       "「{current}」を改正する{applied}の改正規定のみを適用しています（改正規定の番号は、本則の改正規定を通した番号です）。"
       "{article}の改正は、その条例の現行を指定して審査してください。",
    en="{article} amends 「{named}」 and was not applied: only the sentences of {applied}, which amends the "
       "ordinance given as in force (「{current}」), were applied (numbered through the whole bill). Review "
       "{article} with its own ordinance in force.",
)
CAPTION = re.compile(r"^\s*[（(][^）)]*[）)]\s*$")
SUPPL = re.compile(r"^\s*[附付]\s*則\s*(?:[（(].*[）)])?\s*(?:抄)?\s*$")


@dataclass(frozen=True)
class OrdinancePart:
    """One article of a bill amending several ordinances.

    Attributes:
        article: the article as written (「第2条」).
        title: the ordinance it amends, as its 制定文 names it.
        number: that ordinance's number as written, or ``None``.
        span: the 制定文 line in the bill text.
    """

    article: str
    title: str
    number: str | None
    span: tuple[int, int]

    @property
    def named(self) -> str:
        """The ordinance with its number: 「A条例（平成15年条例第7号）」."""
        return self.title + (f"（{self.number}）" if self.number else "")


def ordinance_parts(bill_text: str) -> list[OrdinancePart]:
    """The articles of ``bill_text`` that each amend an ordinance of their own (empty for a
    bill with one 制定文)."""
    parts = []
    pos = 0
    for line in bill_text.split("\n"):
        m = ARTICLE_ENACTMENT.match(fold(line))
        if m:
            lead = len(line) - len(line.lstrip())
            parts.append(OrdinancePart(
                article=re.sub(r"\s", "", line[m.start("article"):m.end("article")]),
                title=line[m.start("name"):m.end("name")].strip(),
                number=line[m.start("num"):m.end("num")] if m.group("num") else None,
                span=(pos + lead, pos + len(line.rstrip())),
            ))
        pos += len(line) + 1
    return parts if len(parts) >= 2 else []


def several_message(parts: list[OrdinancePart], current_text: str) -> tuple[str, dict[str, str]]:
    """The message code and parameters refusing a bill of ``parts`` for ``current_text``, the
    ordinance none of its articles amends (or several do)."""
    current = current_title(current_text)
    ja, en = render(NO_MATCH, current=current)
    listed_ja = "、".join(f"{p.article}: {p.named}" for p in parts)
    listed_en = "; ".join(f"{p.article}: {p.named}" for p in parts)
    return SEVERAL, {"parts": listed_ja, "parts_en": listed_en, "match": ja, "match_en": en}


def _squash(text: str) -> str:
    return re.sub(r"\s", "", fold(text))


def current_title(current_text: str) -> str:
    """The first non-blank line of the ordinance in force (its title)."""
    return next((line.strip() for line in current_text.splitlines() if line.strip()), "")


def matching_part(parts: list[OrdinancePart], current_text: str) -> OrdinancePart | None:
    """The one article amending the ordinance whose title ``current_text`` bears, or ``None``
    (none, or several with that title)."""
    title = _squash(current_title(current_text))
    found = [p for p in parts if _squash(p.title) == title]
    return found[0] if len(found) == 1 else None


def only_part(bill_text: str, parts: list[OrdinancePart], chosen: OrdinancePart) -> str:
    """``bill_text`` with every article but ``chosen`` blanked out, and ``chosen``'s caption and
    article number too, so that its 制定文 reads as the bill's (same length, same line breaks)."""
    lines = bill_text.split("\n")
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    line_of = {p.span[0]: i for p in parts for i, st in enumerate(starts) if st <= p.span[0] < st + len(lines[i]) + 1}
    firsts = []  # the first line of each part: its caption if one stands right before its 制定文
    for p in parts:
        i = line_of[p.span[0]]
        k = i - 1
        while k >= 0 and not lines[k].strip():
            k -= 1
        firsts.append(k if k >= 0 and CAPTION.match(fold(lines[k])) else i)
    last_enact = line_of[parts[-1].span[0]]
    suppl = next((k for k in range(last_enact + 1, len(lines)) if SUPPL.match(fold(lines[k]))), len(lines))
    blank = set()
    for n, p in enumerate(parts):
        end = firsts[n + 1] if n + 1 < len(parts) else suppl
        if p is chosen:
            i = line_of[p.span[0]]
            blank.update(range(firsts[n], i))  # its caption
        else:
            blank.update(range(firsts[n], end))
    out = []
    for i, line in enumerate(lines):
        if i in blank:
            out.append(" " * len(line))
        elif i == line_of[chosen.span[0]]:
            m = ARTICLE_ENACTMENT.match(fold(line))
            assert m is not None
            cut = m.start("name")
            out.append(" " * cut + line[cut:])
        else:
            out.append(line)
    return "\n".join(out)


def first_sentence_number(bill_text: str, parts: list[OrdinancePart], chosen: OrdinancePart) -> int:
    """The number of the first amending sentence of ``chosen``: one more than the sentences of
    the articles before it, each counted as the applier reads that article alone."""
    from ordreview.core.amend.bill import parse_bill

    before = 0
    for p in parts:
        if p is chosen:
            break
        before += len(parse_bill(only_part(bill_text, parts, p)).sentences)
    return before + 1


@dataclass(frozen=True)
class Skipped:
    """An article of the bill not applied (it amends another ordinance).

    Attributes:
        part: the article.
        span: its 制定文 in the bill text.
        message_ja / message_en: why (:data:`OTHER`).
    """

    part: OrdinancePart
    span: tuple[int, int]
    message_ja: str
    message_en: str


def skipped_parts(parts: list[OrdinancePart], chosen: OrdinancePart, current_text: str) -> tuple[Skipped, ...]:
    """One :class:`Skipped` per article other than ``chosen``."""
    out = []
    for p in parts:
        if p is chosen:
            continue
        ja, en = render(OTHER, article=p.article, named=p.named, current=current_title(current_text),
                        applied=chosen.article)
        out.append(Skipped(p, p.span, ja, en))
    return tuple(out)


__all__ = ["OrdinancePart", "Skipped", "matching_part", "only_part", "ordinance_parts", "several_message",
           "skipped_parts"]
