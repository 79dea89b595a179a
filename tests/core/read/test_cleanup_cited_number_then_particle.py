"""A one-line PDF copy whose layout line had ended right after a cited article number, inside a
parenthesis after 。 (「…をいう。第４条の３ において同じ。）」): the number is the next article's, and
it follows a sentence's end, but a particle after it shows it is cited — no article opens there,
so the paragraph keeps its text and the next articles their numbers."""

from __future__ import annotations

from ordreview.core.parse import load_ordinance, parse_text

CLEAN = "\n".join(
    [
        "こならの県非識別加工情報の提供に関する条例",
        "（趣旨）",
        "第１条　この条例は、県の機関による非識別加工情報の提供に関し必要な事項を定めるものとする。",
        "（作成）",
        "第２条　実施機関は、非識別加工情報を作成するときは、規則で定める基準に従い、保有個人情報を加工しなければならない。",
        "２　実施機関は、非識別加工情報を作成したときは、その概要を個人情報ファイル簿に記載しなければならない。",
        "３　実施機関は、法令に基づく場合を除き、削除情報（非識別加工情報の作成に用いた保有個人情報から削除した記述等をいう。"
        "第４条において同じ。）を自ら利用し、又は提供してはならない。",
        "（契約の解除）",
        "第３条　実施機関は、契約を締結した者が契約に違反したときは、当該契約を解除することができる。",
        "（安全確保の措置）",
        "第４条　実施機関は、非識別加工情報及び削除情報の漏えいを防止するために必要な措置を講じなければならない。",
        "２　前項の規定は、実施機関から非識別加工情報の取扱いの委託を受けた者について準用する。",
    ]
)


def _one_line(text: str, cut_after: str) -> str:
    """Every line break a space, with a layout line's end (now a space) right after ``cut_after``."""
    return " ".join(text.split("\n")).replace(cut_after, cut_after + " ", 1).replace("\u3000", " ")


def _shape(ordinance) -> list[tuple]:
    return [(a.num, [p.num for p in a.paragraphs]) for a in ordinance.articles]


def test_cited_next_article_before_a_particle_opens_nothing(tmp_path) -> None:
    damaged = _one_line(CLEAN, "。第４条")
    assert "をいう。第４条 において同じ。）" in damaged
    path = tmp_path / "extracted.txt"
    path.write_text(damaged, encoding="utf-8")
    assert _shape(load_ordinance(path)) == _shape(parse_text(CLEAN))
