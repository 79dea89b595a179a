"""Bills that amend several ordinances, one article each (「A条例及びB条例の一部を改正する条例」).

Such a bill has no single 制定文: each of its articles opens with its own, 「第1条　A条例（…）の
一部を次のように改正する。」, followed by the amending sentences for that ordinance, and the
bill's 附則 follows the last article. Applying it to one ordinance in force would apply every
article's sentences to that one ordinance, so it is told first and refused with a message
naming each article, the ordinance it amends and whether the ordinance given as in force is
one of them.
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
    ja="この改正案は、条ごとに別々の条例を改正しています（{parts}）。複数の条例を改正する改正案は、"
       "現行条例に溶け込ませることができません（未対応）。改正される条例ごとに、その条だけの改正案に分け、"
       "その条例の現行を指定して審査してください。{match}",
    en="This bill amends a different ordinance in each of its articles ({parts_en}). A bill amending several "
       "ordinances cannot be consolidated (not supported): split it into one bill per ordinance and review "
       "each with that ordinance in force. {match_en}",
)
MATCH = define(
    "amend.several_ordinances.match",
    ja="指定された現行「{current}」は{article}が改正する条例です。",
    en="The ordinance given as in force, 「{current}」, is the one {article} amends.",
)
NO_MATCH = define(
    "amend.several_ordinances.no_match",
    ja="指定された現行「{current}」は、いずれの条が改正する条例とも一致しません。",
    en="The ordinance given as in force, 「{current}」, is none of them.",
)


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
    """The message code and parameters refusing a bill of ``parts`` given ``current_text``."""
    lines = [line.strip() for line in current_text.splitlines() if line.strip()]
    current = lines[0] if lines else ""

    def squash(text: str) -> str:
        return re.sub(r"\s", "", fold(text))

    match = next((p for p in parts if squash(p.title) == squash(current)), None)
    if match is not None:
        ja, en = render(MATCH, current=current, article=match.article)
    else:
        ja, en = render(NO_MATCH, current=current)
    listed_ja = "、".join(f"{p.article}: {p.named}" for p in parts)
    listed_en = "; ".join(f"{p.article}: {p.named}" for p in parts)
    return SEVERAL, {"parts": listed_ja, "parts_en": listed_en, "match": ja, "match_en": en}


__all__ = ["OrdinancePart", "ordinance_parts", "several_message"]
