"""B3: the register entry 「要配慮個人情報が含まれるときは、その旨」 in whatever wording and
whatever the register is called, and a missing entry anchored on the register article."""

from __future__ import annotations

from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from ordreview.core.review import review_ordinance
from tests.conftest import FIXTURES

REGISTER_ITEM = "　(6)　要配慮個人情報が含まれるときは、その旨"
FILE_ITEM = "　(5)　記録項目に要配慮個人情報が含まれるときは、その旨"


def _model() -> str:
    return (FIXTURES / "model-complete.txt").read_text(encoding="utf-8")


def _b3(text: str) -> list[tuple[str, str]]:
    review = review_ordinance(parse_text(text), load_profile())
    return [(f.severity, f.location.article or "") for f in review.findings if f.requirement == "B3"
            and f.severity in ("error", "warning")]


def _renamed(text: str) -> str:
    """The model with its register called 届出簿 under the caption 個人情報取扱事務の届出."""
    return (text.replace("（個人情報取扱事務の登録等）", "（個人情報取扱事務の届出）")
            .replace("個人情報取扱事務登録簿", "個人情報取扱事務届出簿"))


def test_entry_in_other_words_in_a_register_named_otherwise() -> None:
    for register_item, file_item in [
        ("　(6)　要配慮個人情報の記録の有無", "　(5)　要配慮個人情報を記録するときは、その旨"),
        ("　(6)　要配慮個人情報を取り扱う事務であるときは、その旨", "　(5)　要配慮個人情報の有無"),
    ]:
        text = _renamed(_model()).replace(REGISTER_ITEM, register_item).replace(FILE_ITEM, file_item)
        assert _b3(text) == []


def test_missing_entry_is_anchored_on_the_register_article() -> None:
    text = _renamed(_model()).replace(REGISTER_ITEM + "\n", "").replace(FILE_ITEM + "\n", "")
    text = text.replace("新条例第6条第1項第6号に掲げる事項を", "新条例第6条第1項各号に掲げる事項を")
    found = _b3(text)
    assert [sev for sev, _ in found] == ["error"]
    assert found[0][1] == "6"  # the 届出 article, not the 定義 article


def test_a_report_to_the_council_is_no_register_entry() -> None:
    text = _model().replace(REGISTER_ITEM + "\n", "").replace(FILE_ITEM + "\n", "")
    text = text.replace("新条例第6条第1項第6号に掲げる事項を", "新条例第6条第1項各号に掲げる事項を")
    assert "要配慮個人情報を含む保有個人情報を前項第4号の規定により利用目的以外の目的のために提供したときは、その旨を審議会" in text
    assert [sev for sev, _ in _b3(text)] == ["error"]


def test_entry_naming_the_file_it_is_recorded_in() -> None:
    # 「要配慮個人情報が個人情報ファイルに記録されるときは、その旨」: the entry with the file named
    # between the subject and 「その旨」 is the same entry; without an entry the gap stays.
    worded = ("　(6)　要配慮個人情報が個人情報取扱事務に係る記録に含まれるときは、その旨",
              "　(5)　要配慮個人情報が個人情報ファイルに記録されるときは、その旨")
    text = _model().replace(REGISTER_ITEM, worded[0]).replace(FILE_ITEM, worded[1])
    assert _b3(text) == []
    text = _model().replace(REGISTER_ITEM, "　(6)　要配慮個人情報が個人情報取扱事務に係る記録に含まれる").replace(
        FILE_ITEM, "　(5)　要配慮個人情報が個人情報ファイルに記録されるときは、規則で定める")
    assert _b3(text) != []
