"""B3 when two registers are kept and only the ファイル簿 records the 要配慮 entry: the 登録簿's list of
entries is reported (warning)."""

from __future__ import annotations

from tests.core.checks.integrity_support import rows

YOHAIRYO_ENTRY = "要配慮個人情報が含まれるときはその旨、"
DRAFT = (
    "かえで市個人情報保護条例\n"
    "（定義）\n第1条　この条例において「個人情報」とは、生存する個人に関する情報をいう。\n"
    "2　この条例において「要配慮個人情報」とは、本人の人種、信条、社会的身分、病歴、犯罪の経歴、犯罪により害を被った事実"
    "その他本人に対する不当な差別、偏見その他の不利益が生じないようにその取扱いに特に配慮を要するものとして規則で定める"
    "記述等が含まれる個人情報をいう。\n"
    "（個人情報取扱事務の登録）\n第2条　実施機関は、個人情報取扱事務登録簿（以下「登録簿」という。）を作成し、一般の閲覧に"
    "供しなければならない。\n"
    "2　登録簿には、次に掲げる事項を記載する。\n"
    "(1)　事務の名称及び目的\n(2)　個人情報の対象者の範囲及び記録項目\n{work_entry}(4)　個人情報の収集先\n"
    "（個人情報ファイル簿）\n第3条　実施機関は、個人情報ファイルについて、その名称、利用目的、記録項目、{file_entry}"
    "その他規則で定める事項を記載した帳簿（以下「ファイル簿」という。）を作成し、公表しなければならない。\n"
    "（委任）\n第4条　この条例の施行に関し必要な事項は、規則で定める。\n"
)


def _b3(work_entry: str, file_entry: str) -> list:
    text = DRAFT.format(work_entry=work_entry, file_entry=file_entry)
    return [r for r in rows("gap", text) if r[1] == "B3"]


def test_only_the_file_register_records_the_entry() -> None:
    assert _b3("(3)　事務の開始年月日\n", YOHAIRYO_ENTRY) == [
        ("gap", "B3", "warning", "登録簿には、次に掲げる事項を記載する。")]


def test_both_registers_record_the_entry() -> None:
    assert _b3("(3)　要配慮個人情報が含まれるときは、その旨\n", YOHAIRYO_ENTRY) == []


def test_neither_register_records_it_is_the_requirements_own_gap() -> None:
    found = _b3("(3)　事務の開始年月日\n", "")
    assert [r[2] for r in found] == ["error"]
