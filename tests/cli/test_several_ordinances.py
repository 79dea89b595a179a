"""A bill amending two ordinances (第1条 … 第2条 …) is never applied to one ordinance in force:
a clear message names each article's ordinance and whether the one given is among them."""

from __future__ import annotations

import pytest

from ordreview.cli import main
from tests.conftest import FIXTURES

AMEND = FIXTURES / "amend"
BILL = str(AMEND / "bill-yamabuki-two-ordinances.txt")
FIRST = str(AMEND / "current-yamabuki.txt")
SECOND = str(AMEND / "current-yamabuki-shingikai.txt")
OTHER = str(AMEND / "current-shirakaba.txt")


@pytest.mark.parametrize(("command", "extra"), [("consolidate", []), ("check", []), ("check", ["--json"])])
@pytest.mark.parametrize(("current", "article"), [(FIRST, "第1条"), (SECOND, "第2条"), (OTHER, None)])
def test_two_ordinance_bill_is_refused_with_each_articles_ordinance(
        command: str, extra: list[str], current: str, article: str | None, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([command, BILL, "--current", current, *extra]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""  # nothing consolidated, nothing reviewed
    err = captured.err
    assert "Traceback" not in err
    assert "第1条: やまぶき町個人情報保護条例（平成15年やまぶき町条例第7号）" in err
    assert "第2条: やまぶき町個人情報保護審議会条例（平成15年やまぶき町条例第8号）" in err
    assert "複数の条例を改正する改正案" in err and "A bill amending several ordinances" in err
    if article is not None:
        assert f"は{article}が改正する条例です" in err and f"the one {article} amends" in err
    else:
        assert "いずれの条が改正する条例とも一致しません" in err


def test_single_ordinance_bill_with_article_like_sentences_is_not_taken_for_one() -> None:
    """A sentence such as 「第2条中…に改める。」 is not an article with a 制定文 of its own."""
    from ordreview.core.amend.multi import ordinance_parts

    text = (AMEND / "bill-yamabuki-2017.txt").read_text(encoding="utf-8")
    assert ordinance_parts(text) == []
    parts = ordinance_parts((AMEND / "bill-yamabuki-two-ordinances.txt").read_text(encoding="utf-8"))
    assert [(p.article, p.title) for p in parts] == [
        ("第1条", "やまぶき町個人情報保護条例"), ("第2条", "やまぶき町個人情報保護審議会条例")]
