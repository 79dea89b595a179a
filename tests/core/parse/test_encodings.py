"""The encoding fixtures parse to one tree: the CP932/CRLF draft (golden) and its re-encodings."""

from __future__ import annotations

from pathlib import Path

import pytest

from ordreview.core.model import Ordinance
from ordreview.core.parse import load_ordinance
from tests.conftest import FIXTURES
from tests.core.parse.regen_golden import golden_view

BASE = "enc-cp932-crlf.txt"


def _load(name: str) -> Ordinance:
    return load_ordinance(Path(FIXTURES) / name)


def test_the_base_is_the_ten_article_draft() -> None:
    o = _load(BASE)
    assert (o.title, [a.caption for a in o.articles], [t.term for t in o.terms]) == (
        "架空町個人情報保護条例（案）",
        ["目的", "定義", "実施機関の責務", "収集の制限", "利用及び提供の制限", "安全確保の措置",
         "開示請求権", "開示義務", "運用状況の公表", "委任"],
        ["個人情報", "個人識別符号", "要配慮個人情報", "実施機関"],
    )


@pytest.mark.parametrize("name", ["enc-eucjp.txt", "enc-utf16.txt", "enc-utf8-bom.txt"])
def test_same_tree_as_the_cp932_draft(name: str) -> None:
    base, other = _load(BASE), _load(name)
    assert other.text == base.text  # CRLF and the BOM are gone, offsets agree
    assert golden_view(other) == golden_view(base)
    # the full values, spans included: articles (captions, paragraphs, items), terms, references
    assert other.articles == base.articles
    assert other.divisions == base.divisions
    assert other.suppl_provisions == base.suppl_provisions
    assert other.terms == base.terms
    assert other.references == base.references
