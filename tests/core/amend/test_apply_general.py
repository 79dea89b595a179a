"""General rules of the 改め文 applier, each with a small bill of its own: ranges across chapters,
collisions of added chapters, layout of added provisions, 各号列記以外の部分 of a one-paragraph
article, stale citations in the original 附則, hard-wrapped sentences, 目次 entries."""

from __future__ import annotations

from ordreview.core.amend.apply import consolidate_texts

HEAD = "こだま町個人情報保護条例の一部を改正する条例\n\nこだま町個人情報保護条例（平成12年こだま町条例第9号）の一部を次のように改正する。\n\n"


def bill(*lines: str) -> str:
    return HEAD + "\n".join(lines)


def codes(result) -> list[tuple[int, str]]:
    return [(f.sentence, f.code) for f in result.failures]


ONE_PARAGRAPH = """こだま町個人情報保護条例
平成12年3月24日条例第9号

（目的）
第1条　この条例は、個人情報の保護に関し必要な事項を定めるものとする。

（提供の制限）
第2条　実施機関は、保有個人情報を提供してはならない。ただし、次の各号のいずれかに該当するときは、この限りでない。
　(1)　本人の同意があるとき。
　(2)　法令等に定めがあるとき。

（委任）
第3条　この条例の施行に関し必要な事項は、規則で定める。

　　　附　則
この条例は、平成12年4月1日から施行する。"""


def test_chapeau_of_a_one_paragraph_article_is_cited_without_paragraph():
    result = consolidate_texts(ONE_PARAGRAPH, bill(
        "第2条各号列記以外の部分中「提供して」を「自ら利用し、又は提供して」に改める。"))
    assert codes(result) == []
    assert "第2条　実施機関は、保有個人情報を自ら利用し、又は提供してはならない。ただし、" in result.text
    # the items are outside the 各号列記以外の部分
    result = consolidate_texts(ONE_PARAGRAPH, bill("第2条各号列記以外の部分中「本人の同意」を「同意」に改める。"))
    assert codes(result) == [(1, "target_not_found")]
