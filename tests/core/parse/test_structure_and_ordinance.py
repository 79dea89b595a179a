"""The structure pass's ``Structure`` is the ``Ordinance`` without terms and references.

``Structure`` repeats the tree fields of ``Ordinance`` (see docs/architecture.md, "Structure and
Ordinance"); these tests hold the two to that: the same names with the same types, and every
tree field of a parsed ordinance is the structure pass's value, unchanged.
"""

from __future__ import annotations

import dataclasses
import typing

from ordreview.core import model
from ordreview.core.model import Ordinance
from ordreview.core.parse import parse_document
from ordreview.core.parse.nodes import Structure
from ordreview.core.parse.structure import build_structure
from ordreview.core.read import read_document
from tests.conftest import FIXTURES

PASS_ONLY = {"units", "folded"}
"""What the later passes of the parser read and the ordinance does not keep."""
ADDED_BY_ORDINANCE = {"document", "terms", "references", "_index", "_starts"}
AUGMENTED = {"title", "notices"}
"""Fields the ordinance completes: the reader's title hint, the reader's and later passes' notices."""


def _hints(cls: type) -> dict[str, object]:
    from ordreview.core.parse import nodes

    return typing.get_type_hints(cls, vars(model) | vars(nodes))


def test_structure_fields_are_ordinance_fields_of_the_same_type() -> None:
    structure = {f.name for f in dataclasses.fields(Structure)} - PASS_ONLY
    ordinance = {f.name for f in dataclasses.fields(Ordinance)} - ADDED_BY_ORDINANCE
    assert structure == ordinance
    structure_types, ordinance_types = _hints(Structure), _hints(Ordinance)
    for name in structure:
        assert structure_types[name] == ordinance_types[name], name


def test_a_parsed_ordinance_keeps_the_structure_pass_values() -> None:
    document = read_document(FIXTURES / "model-complete.txt")
    ordinance = parse_document(document)
    structure = build_structure(document.text)
    for name in {f.name for f in dataclasses.fields(Structure)} - PASS_ONLY - AUGMENTED:
        assert getattr(ordinance, name) == getattr(structure, name), name
    assert ordinance.articles and ordinance.divisions  # the fixture is a whole ordinance
    assert ordinance.title == structure.title
    reader = len(document.notices)
    assert ordinance.notices[:reader] == document.notices
    assert ordinance.notices[reader:reader + len(structure.notices)] == structure.notices

