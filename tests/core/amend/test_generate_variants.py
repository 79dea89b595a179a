"""The generated 新旧対照表 and 改め文 on the four municipal cases of ``taisho_variants``: both
round-trip to the amended text, and the 改め文 write numbers as the ordinance does and quote
meaningful units."""

from __future__ import annotations

from pathlib import Path

import pytest

from ordreview.core.amend.apply import consolidate_texts
from ordreview.core.amend.compare import compare_texts
from ordreview.core.amend.generate import GenerateSettings, generate_bill, numeral_style
from ordreview.core.amend.taishohyo import consolidate_from_table, rows_from_document, verify_rows
from ordreview.core.read.tables import read_docx_tables
from ordreview.export.taishohyo import export_taishohyo
from tests.core.amend.taisho_variants import AOBA, CASES, KUSU, SHIRA, TOKI

IDS = [c.name for c in CASES]


def _sentences(case, **kw) -> list[str]:
    return [s.split("\n")[0] for s in generate_bill(compare_texts(case.current, case.amended), GenerateSettings(**kw)).sentences]


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_generated_aratamebun_gives_the_amended_text(case) -> None:
    bill = generate_bill(compare_texts(case.current, case.amended))
    assert bill.notices == ()
    result = consolidate_texts(case.current, bill.text)
    assert result.failures == () and result.stale_references == ()
    body = result.text.rstrip("\n")
    assert body.startswith(case.amended.rstrip("\n"))
    assert "公布の日から施行する" in body[len(case.amended.rstrip("\n")):]  # the bill's own 附則 appended


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_generated_table_reads_back_clean_and_merges(case, tmp_path: Path) -> None:
    path = export_taishohyo(compare_texts(case.current, case.amended), tmp_path / "t.docx")
    rows = rows_from_document(read_docx_tables(path))
    assert verify_rows(rows, case.current) == []
    merged = consolidate_from_table(case.current, rows)
    assert merged.failures == () and merged.text.rstrip("\n") == case.amended.rstrip("\n")


def test_numbers_follow_the_ordinance() -> None:
    assert [numeral_style(c.current) for c in (AOBA, KUSU, SHIRA)] == ["full", "arabic", "kanji"]
    kanji = _sentences(SHIRA)
    assert kanji[0] == "第二条第三号を同条第四号とし、同条第二号の次に次の一号を加える。"
    assert "第五条を削り、第六条を第五条とし、第七条を第六条とし、第六条の次に次の一条を加える。" in kanji
    full = _sentences(AOBA)
    assert "第７条第１項中「１５日」を「１４日」に改める。" in full
    assert "第８条を第９条とし、第７条の次に次の１条を加える。" in full
    # a municipality's choice overrides the ordinance's own style
    assert "第7条第1項中「１５日」を「１４日」に改める。" in _sentences(AOBA, numerals="arabic")


def test_quotes_take_meaningful_units() -> None:
    kusu = _sentences(KUSU)
    assert "第5条第2項中「又は」を「若しくは」に改め、「法定代理人」を「法定代理人又は本人の委任による代理人」に改める。" in kusu
    assert "第6条第1項中「15日」を「14日」に改め、同条第2項中「事務処理上の困難その他」を削る。" in kusu
    assert kusu[0] == "第2条第2項中「及び農業委員会」を「、農業委員会及び議会」に改める。"  # never 「及び」を「、」
    assert _sentences(TOKI)[0] == "第3条第2項中「7人」を「10人」に改め、同条第3項中「有する者」の次に「、関係団体の推薦を受けた者」を加える。"


def test_a_deleted_item_next_to_a_changed_one_is_marked_whole() -> None:
    row = next(r for r in compare_texts(SHIRA.current, SHIRA.amended).rows if r.old and r.old.label == "第三条")
    assert [row.old.text[s:e] for s, e in row.old_marks] == ["に定めがある", "三　出版、報道等により公にされているとき。"]
    assert [row.new.text[s:e] for s, e in row.new_marks] == ["の規定に基づく"]
