"""A small reading of the amendment held-out sets' files, shared by their format tests.

Nothing here imports the application: the sets are scored once, by ``bench/amend_accuracy.py``.
"""

from __future__ import annotations

import re
from pathlib import Path

OPERATIVE = "の一部を次のように改正する。"
SUPPL = "\n　　　附　則"
NUM = "[0-9０-９一二三四五六七八九十百]+"
# A line that opens an amending sentence of the bill's 本則 (quoted provisions have a space after
# their number, or open with a caption, a marker, a paragraph number or an indent).
SENTENCE = re.compile(rf"^(?:目次|附則|本則|題名|別表|同[条項号章]|第{NUM}(?:条|章)).*。$")
PROVISION = re.compile(rf"^第{NUM}(?:条|章)(?:の{NUM})*　")
ARTICLE = re.compile(rf"^第({NUM})条(?:の{NUM})*(?:及び第{NUM}条)?　", re.M)
ENACTED = re.compile(rf"^(?:令和|平成|昭和){NUM}年{NUM}月{NUM}日条例第{NUM}号$")
TABLE = re.compile(r"\n\n(?=別表)")


def read(folder: Path, *parts: str) -> str:
    return folder.joinpath(*parts).read_text(encoding="utf-8")


def names(folder: Path) -> list[str]:
    return sorted(p.name[: -len(".bill.txt")] for p in (folder / "cases").glob("*.bill.txt"))


def sentences(bill: str) -> list[str]:
    body = bill.split(OPERATIVE, 1)[1].split(SUPPL, 1)[0]
    return [line for line in body.split("\n") if SENTENCE.match(line) and not PROVISION.match(line)]


def bill_supplement(bill: str) -> str:
    """The bill's own 附則, without its heading line."""
    return bill.split(SUPPL, 1)[1].split("\n", 1)[1].rstrip("\n")


def without_tables(text: str) -> str:
    """The text before the first 別表 (the 別表 stand after every 附則)."""
    return TABLE.split(text, 1)[0].rstrip("\n")
