"""The drafting-integrity family (checklist O-items and C14): imports its rule modules.

Each module registers its rules with ``core.checks.registry.register`` at import:

- ``integrity_refs``: internal references [O2];
- ``ref_targets``: 「前項」 in a first paragraph, references to 削除 articles and to a provision
  of another kind [O2];
- ``integrity_numbers``: numbering of 条・項・号 and the 目次 [O5];
- ``integrity_terms``: defined terms [O4] and 略称 [O3];
- ``integrity_law``: statute citations drifted by the 2017 renumbering [O1], law numbers [O6];
- ``citations``: the 法令番号 of cited statutes against the statute table [O1];
- ``suppl``: the 附則's dates, references, 旧条例 and 全部改正/廃止 wording [O10, O2, O4];
- ``statute_terms``: terms of art of other statutes used without a definition [O4];
- ``integrity_style``: captions [O7], delegations [O8], penalties [O9], 附則 [O10], and the
  非識別 fee left to a rule [C14];
- ``integrity_text``: bidirectional control characters hidden in the text;
- ``ref_tables``: references to a 別表 the draft does not have [O2];
- ``adopted_range``: several definitions adopted in one sentence whose citation misses one [O1];
- ``statute_articles``: an article of the Act cited for a thing it does not lay down [O1].

``integrity_index`` holds what they share (the folded text, article title spans, labels),
computed once per ordinance.
"""

from __future__ import annotations

from ordreview.core.checks import (
    adopted_range,
    citations,
    integrity_law,
    integrity_numbers,
    integrity_refs,
    integrity_style,
    integrity_terms,
    integrity_text,
    ref_tables,
    ref_targets,
    statute_articles,
    statute_terms,
    suppl,
)

RULE_MODULES = (integrity_refs, integrity_numbers, integrity_terms, integrity_law, integrity_style, citations,
                suppl, statute_terms, integrity_text, ref_targets, ref_tables,
                adopted_range, statute_articles)
"""The modules whose rules make up this family, in registration order."""

__all__ = ["RULE_MODULES"]
