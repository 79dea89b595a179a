"""Deterministic generator of realistic fictional ordinance drafts for benchmarks.

``generate_ordinance(n_articles, seed=0)`` writes a horizontal-style draft of a fictional
municipality with a title, 制定 line, 目次, chapters and sections, captions (some common to two
articles), paragraphs, items and sub-items, a 第2条 of 項-style definitions, inline 略称,
branch articles (第N条の2), internal references (前条, 前項, 第N条第M項, 前各号, ranges) that
all resolve, external references (法第2条, 地方自治法第14条), and a 附則. The same arguments
always give the same text. Standard library only, so the engine team may reuse it::

    from bench.gen import generate_ordinance
    text = generate_ordinance(500, seed=1)
"""

from __future__ import annotations

import random

_TOPICS = (
    "収集の制限", "利用目的の明示", "正確性の確保", "安全確保の措置", "従事者の義務", "利用及び提供の制限",
    "提供先への措置要求", "電子計算機の結合の制限", "委託に伴う措置", "開示請求権", "開示請求の手続",
    "開示義務", "部分開示", "裁量的開示", "訂正請求権", "利用停止請求権", "審査請求", "審議会",
    "苦情の処理", "運用状況の公表", "委任",
)
_SENTENCES = (
    "実施機関は、個人情報を取り扱うに当たっては、その利用の目的をできる限り特定しなければならない。",
    "実施機関は、保有個人情報の漏えい、滅失又は毀損の防止その他の保有個人情報の適切な管理のために必要な措置を講じなければならない。",
    "個人情報の取扱いに従事する実施機関の職員又は職員であった者は、その業務に関して知り得た個人情報の内容をみだりに他人に知らせてはならない。",
    "実施機関は、利用目的の達成に必要な範囲内で、保有個人情報が過去又は現在の事実と合致するよう努めなければならない。",
    "何人も、この条例の定めるところにより、実施機関に対し、当該実施機関の保有する自己を本人とする保有個人情報の開示を請求することができる。",
)
_ITEMS = (
    "本人の同意があるとき。", "法令等の規定に基づくとき。", "出版、報道等により公にされているとき。",
    "個人の生命、身体又は財産の安全を守るため、緊急かつやむを得ないと認められるとき。",
    "審議会の意見を聴いて、公益上特に必要があると実施機関が認めるとき。",
)
_TERMS = (
    ("実施機関", "市長、教育委員会、選挙管理委員会、監査委員及び議会"),
    ("個人情報", "生存する個人に関する情報であって、特定の個人を識別することができるもの"),
    ("保有個人情報", "実施機関の職員が職務上作成し、又は取得した個人情報であって、実施機関が保有しているもの"),
    ("本人", "個人情報によって識別される特定の個人"),
)


def _num(article: tuple[int, int]) -> str:
    main, branch = article
    return f"第{main}条" + (f"の{branch}" if branch else "")


def generate_ordinance(n_articles: int, *, seed: int = 0) -> str:
    """A fictional ordinance draft with ``n_articles`` main-provision articles (≥ 2)."""
    rnd = random.Random(seed)
    n_articles = max(2, n_articles)
    # article numbers: mostly consecutive, about one in twelve is a branch article
    nums: list[tuple[int, int]] = [(1, 0), (2, 0)]
    while len(nums) < n_articles:
        main, branch = nums[-1]
        if rnd.random() < 0.08 and len(nums) > 3:
            nums.append((main, branch + 2 if branch else 2))
        else:
            nums.append((main + 1, 0))
    # chapters of 6 to 14 articles; every third chapter is split into two sections
    chapters: list[list[int]] = [[0, 1]]
    i = 2
    while i < n_articles:
        size = rnd.randint(6, 14)
        chapters.append(list(range(i, min(n_articles, i + size))))
        i += size
    lines = ["さくらぎ市個人情報保護条例（案）", "令和8年3月25日条例第7号", "", "目次"]
    headings: list[tuple[str, str, list[int]]] = []
    for c, members in enumerate(chapters, start=1):
        title = "総則" if c == 1 else _TOPICS[c % len(_TOPICS)] + "等"
        headings.append((f"第{c}章", title, members))
    for (label, title, members) in headings:
        first, last = _num(nums[members[0]]), _num(nums[members[-1]])
        lines.append(f"　{label}　{title}（{first}―{last}）")
    lines.append("　附則")
    lines.append("")
    defined: list[str] = []
    for c, (label, title, members) in enumerate(headings, start=1):
        lines.append(f"　　　{label}　{title}")
        lines.append("")
        sections = len(members) >= 8 and c % 3 == 0
        half = len(members) // 2
        for k, idx in enumerate(members):
            if sections and k in (0, half):
                lines.append(f"　　　　第{1 if k == 0 else 2}節　{_TOPICS[(idx + k) % len(_TOPICS)]}")
                lines.append("")
            lines.extend(_article(rnd, idx, nums, defined, common=k > 0 and rnd.random() < 0.1))
            lines.append("")
    lines += ["　　　附　則", "（施行期日）", "1　この条例は、令和8年4月1日から施行する。",
              "（経過措置）", f"2　この条例の施行前に{_num(nums[2])}の規定によりされた請求は、なお従前の例による。"]
    return "\n".join(lines) + "\n"


def _article(rnd: random.Random, idx: int, nums: list[tuple[int, int]], defined: list[str],
             *, common: bool) -> list[str]:
    num = _num(nums[idx])
    if idx == 0:
        return ["（目的）", f"{num}　この条例は、個人情報の適正な取扱いに関し必要な事項を定め、"
                "個人の権利利益を保護することを目的とする。"]
    if idx == 1:
        out = ["（定義）"]
        for p, (term, definition) in enumerate(_TERMS, start=1):
            head = f"{num}　" if p == 1 else f"{p}　"
            out.append(f"{head}この条例において「{term}」とは、{definition}をいう。")
            defined.append(term)
        return out
    out = [] if common else [f"（{_TOPICS[idx % len(_TOPICS)]}）"]
    n_paras = rnd.choice((1, 1, 2, 2, 3, 4))
    for p in range(1, n_paras + 1):
        sentence = rnd.choice(_SENTENCES)
        head = f"{num}　" if p == 1 else f"{p}　"
        kind = rnd.random()
        if p > 1 and kind < 0.3:
            sentence = "前項の規定にかかわらず、" + sentence
        elif kind < 0.45 and idx > 2:
            target = rnd.randrange(2, idx)
            sentence = f"{_num(nums[target])}第1項の規定は、" + sentence
        elif kind < 0.55 and idx > 3:
            sentence = "前条の規定により、" + sentence
        elif kind < 0.62:
            sentence = f"地方自治法第{rnd.randint(2, 250)}条第1項の規定により、" + sentence
        if rnd.random() < 0.3:
            out.append(f"{head}{sentence}ただし、次の各号のいずれかに該当するときは、この限りでない。")
            n_items = rnd.randint(2, 5)
            for k in range(1, n_items + 1):
                text = rnd.choice(_ITEMS)
                if k == n_items and k > 2:
                    text = "前各号に掲げるもののほか、規則で定めるとき。"
                out.append(f"　({k})　{text}")
                if k == 1 and rnd.random() < 0.3:
                    out.append("　　ア　当該個人の生命の保護のために必要なとき。")
                    out.append("　　イ　当該個人の財産の保護のために必要なとき。")
        else:
            if rnd.random() < 0.1:
                word = f"登録簿{idx}"
                sentence = sentence[:-1] + f"。この場合において、実施機関は、帳簿（以下「{word}」という。）を備える。"
            out.append(f"{head}{sentence}")
    return out
