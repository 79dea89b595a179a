"""A bill amending two ordinances (第1条 … 第2条 …): only the article amending the ordinance given
as in force is applied, the other is reported; for an ordinance no article amends, a clear
message names each article's ordinance. Never applied whole to one ordinance."""

from __future__ import annotations

import json

import pytest

from ordreview.cli import main
from tests.conftest import FIXTURES

AMEND = FIXTURES / "amend"
BILL = str(AMEND / "bill-yamabuki-two-ordinances.txt")
FIRST = str(AMEND / "current-yamabuki.txt")
SECOND = str(AMEND / "current-yamabuki-shingikai.txt")
OTHER = str(AMEND / "current-shirakaba.txt")


def _changed_lines(current: str, consolidated: str) -> list[tuple[str, str]]:
    """(before, after) of each line of ``current`` that ``consolidated`` changed (same line count)."""
    old = open(current, encoding="utf-8").read().split("\n")
    new = consolidated.split("\n")
    return [(a, b) for a, b in zip(old, new) if a != b]


@pytest.mark.parametrize(("current", "applied", "skipped", "changes"), [
    (FIRST, "第1条", "第2条", [("磁気テープ", "記録媒体"), ("苦情があったとき", "苦情の適切かつ迅速な処理")]),
    (SECOND, "第2条", "第1条", [("5人以内", "7人以内"), ("総務課", "総務部総務課")]),
])
def test_only_the_article_amending_the_given_ordinance_is_applied(
        current: str, applied: str, skipped: str, changes: list[tuple[str, str]], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["consolidate", BILL, "--current", current]) == 0
    captured = capsys.readouterr()
    changed = _changed_lines(current, captured.out)
    assert len(changed) == len(changes)  # nothing of the other article reached this ordinance
    for (before, after), (old_words, new_words) in zip(changed, changes):
        assert old_words in before and new_words in after
    assert captured.out.rstrip().endswith("この条例は、公布の日から施行する。")  # the bill's own 附則
    assert f"{skipped}は「" in captured.err and f"{applied}の改正規定のみを適用" in captured.err

    assert main(["check", BILL, "--current", current, "--json"]) in (0, 1)
    data = json.loads(capsys.readouterr().out)
    other = [f for f in data["findings"] if f["rule"] == "amend.other_ordinance"]
    assert len(other) == 1
    f = other[0]
    assert f["severity"] == "warning" and f["location"]["in"] == "bill" and f["location"]["sentence"] is None
    bill_text = open(BILL, encoding="utf-8").read()
    start, end = f["location"]["span"]
    assert bill_text[start:end].startswith(f"{skipped}　")  # on the other article's 制定文
    # the sentences applied are those of the article, their spans in the bill as read
    sentences = data["bill"]["sentences"]
    assert len(sentences) == 2 and all(s["applied"] for s in sentences)
    head = bill_text.index(f"{applied}　")
    for s in sentences:
        assert bill_text[s["span"][0]:s["span"][1]] == s["text"] and s["span"][0] > head


@pytest.mark.parametrize("command", ["consolidate", "check"])
def test_an_ordinance_no_article_amends_is_refused_with_each_articles_ordinance(
        command: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([command, BILL, "--current", OTHER]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""  # nothing consolidated, nothing reviewed
    err = captured.err
    assert "Traceback" not in err
    assert "第1条: やまぶき町個人情報保護条例（平成15年やまぶき町条例第7号）" in err
    assert "第2条: やまぶき町個人情報保護審議会条例（平成15年やまぶき町条例第8号）" in err
    assert "いずれの条が改正する条例とも一致しません" in err and "is none of them" in err


def test_single_ordinance_bill_with_article_like_sentences_is_not_taken_for_one() -> None:
    """A sentence such as 「第2条中…に改める。」 is not an article with a 制定文 of its own."""
    from ordreview.core.amend.multi import ordinance_parts

    text = (AMEND / "bill-yamabuki-2017.txt").read_text(encoding="utf-8")
    assert ordinance_parts(text) == []
    parts = ordinance_parts((AMEND / "bill-yamabuki-two-ordinances.txt").read_text(encoding="utf-8"))
    assert [(p.article, p.title) for p in parts] == [
        ("第1条", "やまぶき町個人情報保護条例"), ("第2条", "やまぶき町個人情報保護審議会条例")]


def test_export_comments_on_the_article_left_out(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    import docx

    assert main(["export", BILL, "--current", SECOND, "-o", str(tmp_path)]) == 0
    capsys.readouterr()
    comments = [c.text for c in docx.Document(str(tmp_path / "bill-yamabuki-two-ordinances_review-annotated.docx")).comments]
    assert len([c for c in comments if "第1条は「やまぶき町個人情報保護条例" in c]) == 1
    consolidated = (tmp_path / "bill-yamabuki-two-ordinances_consolidated.txt").read_text(encoding="utf-8")
    assert "委員7人以内" in consolidated and "記録媒体" not in consolidated


@pytest.mark.parametrize(("current", "numbers"), [(FIRST, [1, 2]), (SECOND, [3, 4])])
def test_sentences_are_numbered_through_the_whole_bill(current: str, numbers: list[int],
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """A sentence's number counts the 改め文 of the whole 本則 in order: the second article's
    sentences follow the two of the first (whose 「次のように改める」 quotes an article that is
    not a sentence)."""
    main(["check", BILL, "--current", current, "--json"])
    data = json.loads(capsys.readouterr().out)
    assert [s["number"] for s in data["bill"]["sentences"]] == numbers


def test_a_failing_sentence_of_the_second_article_has_its_number_in_the_whole_bill(
        tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    bill = tmp_path / "bill.txt"
    text = open(BILL, encoding="utf-8").read()
    bill.write_text(text.replace("「総務課」を「総務部総務課」", "「企画課」を「総務部企画課」"), encoding="utf-8")
    assert main(["consolidate", str(bill), "--current", SECOND]) == 1
    assert "✖ 改正規定4（第4条中「企画課」を「総務部企画課」に改める。）" in capsys.readouterr().err
    assert main(["check", str(bill), "--current", SECOND, "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    failed = [f for f in data["findings"] if f["rule"] == "amend.apply"]
    assert [(f["location"]["sentence"], f["location"]["article"]) for f in failed] == [(4, "4")]
    start, end = failed[0]["location"]["span"]
    assert bill.read_text(encoding="utf-8")[start:end] == "第4条中「企画課」を「総務部企画課」に改める。"
    assert [s["applied"] for s in data["bill"]["sentences"]] == [True, False]
