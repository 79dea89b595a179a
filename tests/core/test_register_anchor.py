"""Where a missing register entry (B3) goes when the draft has more than one register article:
the one that lists the entries, not a 届出 article before it that lists none."""

from __future__ import annotations

from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from ordreview.core.review import review_ordinance
from tests.conftest import FIXTURES

SENSITIVE_ENTRIES = ("　(6)　要配慮個人情報が含まれるときは、その旨", "　(5)　記録項目に要配慮個人情報が含まれるときは、その旨")


def _model_without_the_sensitive_entries() -> list[str]:
    lines = (FIXTURES / "model-complete.txt").read_text(encoding="utf-8").split("\n")
    assert all(entry in lines for entry in SENSITIVE_ENTRIES)
    return [line for line in lines if line not in SENSITIVE_ENTRIES]


def _b3_articles(lines: list[str]) -> list[str | None]:
    review = review_ordinance(parse_text("\n".join(lines)), load_profile())
    return [f.location.article for f in review.findings
            if f.requirement == "B3" and f.severity in ("error", "warning")]


def test_the_first_register_article_that_lists_its_entries_takes_the_missing_entry() -> None:
    assert _b3_articles(_model_without_the_sensitive_entries()) == ["6"]


def test_a_notification_article_without_a_list_is_passed_over_for_the_file_register() -> None:
    lines = _model_without_the_sensitive_entries()
    start = lines.index("（個人情報取扱事務の登録等）")
    end = next(i for i in range(start + 2, len(lines)) if lines[i].startswith("2　"))
    lines[start:end] = [
        "（個人情報取扱事務の届出）",
        "第6条　実施機関は、個人情報を取り扱う事務（以下「個人情報取扱事務」という。）を開始しようとするときは、"
        "あらかじめ、市長に届け出なければならない。届け出た事項を変更しようとするときも、同様とする。",
    ]
    assert _b3_articles(lines) == ["15"]


def test_without_captions_the_article_that_sets_up_the_register_takes_it() -> None:
    import re

    lines = [line for line in _model_without_the_sensitive_entries() if not re.fullmatch(r"（[^（）]*）", line)]
    assert not any(line == "（個人情報取扱事務の登録等）" for line in lines)
    assert _b3_articles(lines) == ["6"]
    start = next(i for i, line in enumerate(lines) if line.startswith("第6条　"))
    end = next(i for i in range(start + 1, len(lines)) if lines[i].startswith("2　"))
    lines[start:end] = ["第6条　実施機関は、個人情報を取り扱う事務を開始しようとするときは、あらかじめ、市長に届け出なければならない。"]
    assert _b3_articles(lines) == ["15"]  # the ファイル簿 article, which sets up the register


def test_a_file_register_whose_own_list_lacks_the_entry_another_register_has() -> None:
    # the 登録簿 (第6条) states the 要配慮 entry, the ファイル簿 set up by 第15条 with its own list does
    # not: the statute asks it of the ファイル簿 itself (行政機関個人情報保護法第11条第1項)
    lines = (FIXTURES / "model-complete.txt").read_text(encoding="utf-8").split("\n")
    lines.remove(SENSITIVE_ENTRIES[1])
    review = review_ordinance(parse_text("\n".join(lines)), load_profile())
    (b3,) = [f for f in review.findings if f.requirement == "B3" and f.severity in ("error", "warning")]
    assert (b3.location.article, b3.code) == ("15", "check.gap.file_register_lacks")
    assert "第6条" in b3.message_ja
    # a ファイル簿 whose list cites the other register's items has the entry through it
    cited = [line.replace("次に掲げる事項を記載した帳簿", "第6条第1項各号に掲げる事項その他規則で定める事項を記載した帳簿")
             for line in lines]
    assert _b3_articles(cited) == []


def test_the_file_register_set_up_in_a_pdfs_spaced_text() -> None:
    # a PDF's text spaces the brackets (「帳簿( 以下「個人情報ファイル簿」という。 )」): the same set-up
    lines = (FIXTURES / "model-complete.txt").read_text(encoding="utf-8").split("\n")
    lines.remove(SENSITIVE_ENTRIES[1])
    spaced = [line.replace("帳簿（以下「個人情報ファイル簿」という。）", "帳簿( 以下「個人情報ファイル簿」という。 )")
              for line in lines]
    assert spaced != lines
    review = review_ordinance(parse_text("\n".join(spaced)), load_profile())
    assert [(f.location.article, f.code) for f in review.findings if f.requirement == "B3"
            and f.severity in ("error", "warning")] == [("15", "check.gap.file_register_lacks")]


def test_the_entry_written_with_a_shortened_term_is_one_finding_on_the_term() -> None:
    # 「要配慮情報が含まれるときは、その旨」: the entry is there; the shortened word is the defect (B6's legacy
    # word since 1254b77, reported on the word)
    text = (FIXTURES / "model-complete.txt").read_text(encoding="utf-8")
    for entry in SENSITIVE_ENTRIES:
        text = text.replace(entry, entry.replace("要配慮個人情報", "要配慮情報"))
    assert "要配慮情報が含まれるときは、その旨" in text
    review = review_ordinance(parse_text(text), load_profile())
    serious = [(f.requirement, f.rule) for f in review.findings if f.severity in ("error", "warning")]
    assert ("B3", "gap") not in serious
    on_word = [(f.requirement, f.rule) for f in review.findings if f.anchor_text == "要配慮情報" and f.severity == "warning"]
    assert on_word == [("B6", "gap")]
