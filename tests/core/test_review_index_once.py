"""The draft index built to choose the profile is the one the review uses, with the same findings."""

from __future__ import annotations

from ordreview.core.choose import choose_profile
from ordreview.core.parse import load_ordinance
from ordreview.core.review import review_ordinance, review_to_json
from tests.conftest import FIXTURES


def _findings(review) -> list:  # noqa: ANN001
    return review_to_json(review)["findings"]


def test_the_choice_index_is_reused_and_changes_nothing() -> None:
    ordinance = load_ordinance(FIXTURES / "model-complete.txt")
    choice = choose_profile(ordinance)
    assert choice.index is not None and choice.index.profile is choice.profile
    with_index = review_ordinance(ordinance, choice.profile, index=choice.index)
    fresh = review_ordinance(load_ordinance(FIXTURES / "model-complete.txt"), choice.profile)
    assert _findings(with_index) == _findings(fresh)
    assert with_index.coverage == fresh.coverage


def test_an_index_of_another_draft_is_not_used() -> None:
    other = load_ordinance(FIXTURES / "defects.txt")
    ordinance = load_ordinance(FIXTURES / "model-complete.txt")
    choice = choose_profile(other)
    assert choice.index is not None and choice.index.ordinance is other
    assert _findings(review_ordinance(ordinance, choice.profile, index=choice.index)) == _findings(
        review_ordinance(ordinance, choice.profile)
    )
