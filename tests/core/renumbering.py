"""A small fictional ordinance rendered with its numbers, and revisions of it that renumber.

Articles are kept by key; the text is rendered with consecutive numbers, and every internal
reference is written ``{ref:KEY}`` (→ 第N条) so that a revision that inserts or deletes an
article renumbers the references as a drafter would (繰下げ / 繰上げ). The draft carries
defects of several rules, placed after the points where revisions insert or delete.
"""

from __future__ import annotations

import re

TITLE = "つばき野村個人情報保護条例"
NUMBER_LINE = "令和2年3月10日条例第3号"

DEFINITION_ITEMS = [
    "個人情報　生存する個人に関する情報であって、特定の個人を識別することができるものをいう。",
    "実施機関　村長、教育委員会、選挙管理委員会、監査委員及び農業委員会をいう。",
    "保有個人情報　実施機関の職員が職務上作成し、又は取得した個人情報であって、実施機関が保有しているもの（第97条に規定するものを除く。）をいう。",
]
INSERTED_ITEM = "職員　実施機関の職員として任命された者をいう。"

ARTICLES: list[tuple[str, str | None, str]] = [
    ("purpose", "目的", "この条例は、個人情報の適正な取扱いに関し必要な事項を定め、個人の権利利益を保護することを目的とする。"),
    ("definitions", "定義", "この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。\n{items}"),
    ("duty", "実施機関の責務", "実施機関は、特定個人情報の保護に関し必要な措置を講じなければならない。"),
    ("collection", "収集の制限", "実施機関は、個人情報を収集するときは、{ref:use}に定める目的の範囲内で行わなければならない。"),
    ("use", "利用及び提供の制限", "実施機関は、保有個人情報を利用目的以外の目的のために利用してはならない。\n"
     "2　前項の規定にかかわらず、第99条に定める場合は、この限りでない。"),
    ("entrust", None, "実施機関は、個人情報の取扱いを委託するときは、必要な措置を講じなければならない。"),
    ("penalty", "罰則", "{ref:entrust}の委託を受けた者が正当な理由がないのに個人情報ファイルを提供したときは、"
     "3年以下の懲役又は100万円以下の罰金に処する。"),
    ("delegation", "委任", "この条例の施行に関し必要な事項は、規則で定める。"),
]
INSERTED_ARTICLE = ("principle", "基本理念", "個人情報は、個人の人格尊重の理念の下に慎重に取り扱われなければならない。")

SUPPL = "\n　　　附　則\nこの条例は、令和2年2月1日から施行する。\n"


def render(articles: list[tuple[str, str | None, str]], items: list[str]) -> str:
    numbers = {key: i for i, (key, _, _) in enumerate(articles, start=1)}
    item_text = "\n".join(f"　({i})　{item}" for i, item in enumerate(items, start=1))
    lines = [TITLE, NUMBER_LINE]
    for i, (_, caption, body) in enumerate(articles, start=1):
        body = body.replace("{items}", item_text)
        body = re.sub(r"\{ref:(\w+)\}", lambda m: f"第{numbers[m.group(1)]}条", body)
        if caption:
            lines.append(f"（{caption}）")
        lines.append(f"第{i}条　{body}")
    return "\n".join(lines) + "\n" + SUPPL


def original() -> str:
    return render(ARTICLES, DEFINITION_ITEMS)


def with_inserted_article() -> str:
    """A new 第2条 after 第1条: every later article moves down by one (繰下げ)."""
    return render([ARTICLES[0], INSERTED_ARTICLE, *ARTICLES[1:]], DEFINITION_ITEMS)


def with_inserted_item() -> str:
    """A new 第2号 in the definitions: the later items move down by one."""
    return render(ARTICLES, [DEFINITION_ITEMS[0], INSERTED_ITEM, *DEFINITION_ITEMS[1:]])


def with_deleted_article() -> str:
    """第1条 (目的) deleted and the later articles moved up by one (繰上げ)."""
    return render(ARTICLES[1:], DEFINITION_ITEMS)
