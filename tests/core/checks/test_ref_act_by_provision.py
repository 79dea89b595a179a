"""「第N条の規定により開示することができる…」 names an act the cited provision must provide for
[O2, ref.wrong_kind]: when the cited article never speaks of it (a 審査会 article cited for the
disclosure), the number points at another provision."""

from __future__ import annotations

import pytest

from tests.core.checks.integrity_support import draft, rows

TEXT = draft(
    "山背村個人情報保護条例",
    "（開示義務）",
    "第1条　実施機関は、開示請求があったときは、当該保有個人情報を開示しなければならない。",
    "（審査会）",
    "第2条　審査請求について調査審議するため、審査会を置く。",
    "（開示決定）",
    "第3条　実施機関は、開示しないときは、その理由を記載しなければならない。この場合において、{cite}の規定により開示することができる期日が明らかであるときは、その期日を記載しなければならない。",
)


@pytest.mark.parametrize(
    ("cite", "expected"),
    [
        ("第2条", [("ref.wrong_kind", "O2", "error", "第2条")]),
        ("第1条", []),
    ],
)
def test_the_cited_provision_must_provide_for_the_act(cite: str, expected: list) -> None:
    assert rows("ref.wrong_kind", TEXT.replace("{cite}", cite)) == expected
