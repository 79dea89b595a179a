"""An element said of a term at the place that names it: 「帳簿（以下「個人情報ファイル簿」という。）を作成し」.

The statute itself creates the file register this way (行政機関個人情報保護法 第11条第1項: 「…を
記載した帳簿（以下「個人情報ファイル簿」という。）を作成し、公表しなければならない。」): the act
(作成し) follows the parenthesis that names its object, so the words 「個人情報ファイル簿を作成」
never appear together although the provision says exactly that. An element alternative that
begins with a term the draft defines (「個人情報ファイル簿を作成」) is therefore also looked for as
the naming parenthesis followed by the rest of the alternative (「…「個人情報ファイル簿」という。）を
作成」).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ordreview.core.align import DraftIndex

_META = re.compile(r"[\\.^$*+?{}\[\]|()]")
_PARTICLE = re.compile(r"を|の|が|に|は|及び|又は|並びに")
_NAMING = r"「{term}」(?:という|と称する)。?[)）]"


def named_here_forms(index: DraftIndex, alternative: str) -> list[str]:
    """Regex forms of ``alternative`` read at the parenthesis that names its leading term
    (empty when it does not begin with a term the draft defines, followed by more words)."""
    out = []
    for term in index.terms:
        if (len(term) >= 2 and len(alternative) > len(term) and alternative.startswith(term)
                and not _META.search(term) and _PARTICLE.match(alternative, len(term))):
            out.append(_NAMING.format(term=re.escape(term)) + alternative[len(term):])
    return out
