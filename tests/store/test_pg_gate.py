"""The PostgreSQL gate of the store tests: skip locally, fail in CI, run when reachable."""

from __future__ import annotations

import pytest

from tests.store.conftest import pg_outcome, pg_problem


@pytest.mark.parametrize(
    ("problem", "required", "outcome"),
    [
        (None, False, "run"),
        (None, True, "run"),
        ("unreachable", False, "skip"),
        ("unreachable", True, "fail"),
    ],
)
def test_outcome(problem: str | None, required: bool, outcome: str) -> None:
    assert pg_outcome(problem, required=required) == outcome


def test_unset_url_is_a_problem() -> None:
    assert pg_problem(None) == (
        'ORDREVIEW_TEST_PG_URL is not set (eval "$(bash scripts/start-test-postgres.sh)")'
    )


def test_closed_port_is_a_problem() -> None:
    problem = pg_problem("postgresql+psycopg://nobody:none@127.0.0.1:1/none")
    assert problem is not None
    assert problem.startswith("PostgreSQL at ORDREVIEW_TEST_PG_URL is unreachable: ")
