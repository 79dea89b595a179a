"""[O1] cite.range: terms given a statute's meanings in one sentence, the citation missing one."""

from __future__ import annotations

from tests.core.checks.integrity_support import draft, findings, rows

ADOPT = draft(
    "（定義）",
    "第1条　この条例において「実施機関」とは、管理者及び組合議会をいう。",
    "2　この条例において「個人情報」、「要配慮個人情報」、「保有個人情報」、「個人情報ファイル」及び「本人」の意義は、"
    "それぞれ{law}{provs}に定めるところによる。",
)
LAW = "行政機関の保有する個人情報の保護に関する法律（平成15年法律第58号）"


def test_a_listed_term_whose_paragraph_is_not_cited() -> None:
    text = ADOPT.format(law=LAW, provs="第2条第2項、第4項、第5項及び第7項")
    (found,) = findings("cite.range", text)
    assert (found.rule, found.requirement, found.severity) == ("cite.range", "O1", "error")
    assert "「個人情報ファイル」" in found.message_ja and "第2条第6項" in found.message_ja


def test_a_range_that_covers_every_term() -> None:
    assert rows("cite.range", ADOPT.format(law=LAW, provs="第2条第2項から第7項まで")) == []
    assert rows("cite.range", ADOPT.format(law=LAW, provs="第2条第2項及び第4項から第7項まで")) == []


def test_the_laws_abbreviation_and_other_laws() -> None:
    text = draft("（趣旨）", "第1条　この条例は、行政機関の保有する個人情報の保護に関する法律（平成15年法律第58号。以下「法」という。）の施行に関し定める。",
                 ADOPT.format(law="法", provs="第2条第2項から第5項まで及び第7項"))
    assert [r[0] for r in rows("cite.range", text)] == ["cite.range"]
    other = ADOPT.format(law="ひばり市情報公開条例（平成12年ひばり市条例第3号）", provs="第2条第2項")
    assert rows("cite.range", other) == []
