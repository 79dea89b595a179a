"""A 項-style definition 「…において「要配慮個人情報」とは、…をいう。」 whose 「とは」 a soft-wrapped web copy
cut in two (「…「要配慮個人情報」と」 / 「　　は、本人の人種…」): the compared definition still starts
after 「とは、」, so the copy gets the clean draft's definition findings — not a difference that
quotes the paragraph's own opening words (「４この条例において「要配慮個人情報」とは、本人の人種」)."""

from __future__ import annotations

from ordreview.core.choose import choose_profile
from ordreview.core.parse import parse_text
from ordreview.core.review import review_ordinance

CLEAN = "\n".join(
    [
        "ならやま市個人情報保護条例",
        "（定義）",
        "第２条　この条例において「個人情報」とは、生存する個人に関する情報であって、当該情報に含まれる氏名、"
        "生年月日その他の記述等により特定の個人を識別することができるものをいう。",
        "２　この条例において「実施機関」とは、市長、教育委員会及び議会をいう。",
        "３　この条例において「要配慮個人情報」とは、本人の人種、信条、社会的身分、病歴、犯罪の経歴、"
        "犯罪により害を被った事実その他本人に対する不当な差別、偏見その他の不利益が生じないようにその取扱いに"
        "特に配慮を要するものとして規則で定める記述等が含まれる個人情報をいう。",
        "（収集の制限）",
        "第３条　実施機関は、要配慮個人情報を収集してはならない。ただし、法令に定めがあるときは、この限りでない。",
    ]
)


def _softwrapped(text: str) -> str:
    """The third paragraph broken between と and は, the rest indented as a <pre> copy sets it."""
    return text.replace("「要配慮個人情報」とは、", "「要配慮個人情報」と\n\u3000\u3000は、", 1)


def _definition_findings(text: str) -> list[tuple[str, str]]:
    ordinance = parse_text(text)
    review = review_ordinance(ordinance, choose_profile(ordinance, "auto").profile)
    return sorted((f.rule, f.message_ja) for f in review.findings
                  if f.rule.startswith("def.") and "要配慮個人情報" in f.message_ja)


def test_wrapped_copy_compares_the_same_definition() -> None:
    wrapped = _softwrapped(CLEAN)
    assert "」と\n\u3000\u3000は、本人の人種" in wrapped
    clean = _definition_findings(CLEAN)
    assert _definition_findings(wrapped) == clean
    assert not any("この条例において" in message for _, message in clean)
