"""Two versions → the 一部改正条例案 in 改め文 form (法制執務 order and wording).

The bill reads, in the order of the ordinance (題名, 目次, 本則 front to back)::

    ○○条例の一部を改正する条例（案）

    ○○条例（平成13年条例第6号）の一部を次のように改正する。

    題名を次のように改める。
    目次中「A」を「B」に改める。
    第2条第1項中「A」を「B」に改め、同条第3項中「C」を削る。
    第5条を次のように改める。
    （…）
    第5条　…
    第18条を第19条とし、第17条を第18条とし、第16条を第17条とし、第15条の次に次の1条を加える。
    （…）
    第16条　…

    　　　附　則
    この条例は、公布の日から施行する。

How each change is written (see ``docs/amendments.md`` for the sources):

- **字句**: an article whose structure (見出し, 項, 号) is unchanged and whose changed characters
  are at most ``rewrite_share`` of its text gets 「中「A」を「B」に改める」, 「「A」を削る」 and
  「「A」の次に「B」を加える」 (the verb of ``insert_word``), one clause per change, in text
  order, each naming the deepest provision (第N条, 第N条第2項, 第N条第3号ア; never 第1項 of an
  article with one 項) and chained with 連用形 in one sentence per article (同条…). A quotation
  is widened until it occurs once in the article at that point of the sentence, does not cut a
  provision number, and has balanced 「」; 見出し changes are 「第N条の見出し中…」.
- **号 and 項**: 号 added, deleted or renumbered within one 項 get, after the 字句 clauses,
  「第2条第4号を同条第6号とし、同条第3号を同条第5号とし、同条第2号の次に次の2号を加える。」 (繰下げ from
  the last backwards), 「…第3号を削り、同項第4号を同項第3号とする。」, 「第2条に次の1号を加える。」 at the
  end; a 号 mostly rewritten 「第2条第2号を次のように改める。」; one 項 added at the end 「第15条に次の1項
  を加える。」, the last one deleted 「第15条第2項を削る。」. Additions and replacements end their
  sentence (the move of the article itself may still follow), the next restarts in full.
- **whole provision**: otherwise 「第N条を次のように改める。」 with the new text.
- **moves, additions and deletions** of articles are scheduled so that no number is taken
  twice: 繰下げ from the last article backwards, 繰上げ from the first forwards, an article
  added only once its slot is free and its predecessor has its final number. Consecutive moves
  chain into one sentence; ``range_min`` or more consecutive moves by the same count become
  「第B条から第D条までを1条ずつ繰り下げ」. An addition ends its sentence (its text follows).
- **章**: a new chapter made of new articles is 「第N章の次に次の1章を加える。」; a changed
  heading 「第N章の章名を次のように改める。」. **題名** 「題名を次のように改める。」; **目次** 「目次中
  「…」を「…」に改める。」 when only lines change, else 「目次を次のように改める。」.

What this does not write (a notice names the provision): changes to the original 附則 or to
別表, chapters that move or gain existing articles, swaps of articles, an article added before
the first one or as the first article of an existing chapter (and the articles added right
after such an article).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from ordreview.core.amend.apply import cuts_number, reads_as_done, repeats_its_word
from ordreview.core.amend.compare import Provision, VersionDiff, widen_to_tokens
from ordreview.core.chars import TO_FULL_WIDTH_DIGITS
from ordreview.core.diff import diff_chunks
from ordreview.core.labels import item_label
from ordreview.core.messages import define, render
from ordreview.core.model import Article, Paragraph
from ordreview.core.text import int_to_kanji

UNSUPPORTED = define(
    "amend.generate.unsupported",
    ja="{label}の改正は改め文に自動で書けない（{reason}）。手で補われたい。",
    en="The change to {label} cannot be written as 改め文 automatically ({reason_en}); add it by hand.",
)
_REASONS = {
    "suppl": ("附則の改正", "a change to the 附則"),
    "table": ("別表・様式の改正", "a change to a 別表 or 様式"),
    "division": ("章・節の移動又は構成の変更", "a chapter or section moved or regrouped"),
    "deadlock": ("条の入替え", "articles that swap places"),
    "first": ("冒頭又は章の初めへの条の追加", "an article added first or at the start of a chapter"),
}

_KANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワ"
_BAL = (("「", "」"), ("（", "）"), ("(", ")"))


@dataclass(frozen=True, slots=True)
class GenerateSettings:
    """The choices a municipality makes in its 改め文 (defaults: the commonest horizontal style).

    Attributes:
        insert_word: 「の次に」 (``"次"``, default), 「の下に」 (``"下"``, national), 「の右に」
            (``"右"``) or 「の後に」 (``"後"``) for inserted words.
        rewrite_share: above this share of changed characters, a provision is replaced whole
            (「次のように改める」); no source gives a number, 0.5 is the tool's choice.
        range_min: from this many consecutive moves by the same count, a range is written
            (「第B条から第D条までを1条ずつ繰り下げ」).
        enactment: the bill's 附則.
        draft_mark: appended to the bill's title (「（案）」; ``""`` for an enacted text).
        numerals: how the 改め文 write provision numbers and counts (第12条, 次の1号): ``"auto"``
            (default: as the amended ordinance writes its article numbers), ``"arabic"`` (第12条),
            ``"full"`` (第１２条) or ``"kanji"`` (第十二条, 次の一号, national style). Quoted words and
            new provision texts are never converted.
    """

    insert_word: str = "次"
    rewrite_share: float = 0.5
    range_min: int = 4
    enactment: str = "この条例は、公布の日から施行する。"
    draft_mark: str = "（案）"
    numerals: str = "auto"


@dataclass(frozen=True, slots=True)
class GenerationNotice:
    """A change the generator could not write (the provision's label and the reason)."""

    label: str
    message_ja: str
    message_en: str


@dataclass(frozen=True, slots=True)
class GeneratedBill:
    """The generated bill.

    Attributes:
        text: the whole bill (title, 制定文, 改め文 with their new texts, 附則), LF line ends.
        sentences: the 改め文 of the 本則 in order, each with the text that follows it.
        notices: changes left out (see the module docstring).
    """

    text: str
    sentences: tuple[str, ...]
    notices: tuple[GenerationNotice, ...] = ()


# --------------------------------------------------------------------------- clauses


@dataclass
class Clause:
    """One amending clause: its 連用形 and 終止形 endings and the text that must follow."""

    body: str  # without the verb ending, e.g. 第5条中「A」を「B」に
    verb: str  # 改める / 削る / 加える / する (…とする) / 付する / 繰り下げる / 繰り上げる
    follows: str = ""  # new provision text printed after the sentence
    closes: bool = False  # nothing may follow in the same sentence


_RENYO = {"改める": "改め", "削る": "削り", "加える": "加え", "する": "し", "付する": "付し", "繰り下げる": "繰り下げ", "繰り上げる": "繰り上げ"}


def _sentence(clauses: list[Clause]) -> str:
    parts = [c.body + (_RENYO[c.verb] if i < len(clauses) - 1 else c.verb) for i, c in enumerate(clauses)]
    text = "、".join(parts) + "。"
    follows = [c.follows for c in clauses if c.follows]
    return text + ("\n" + "\n".join(follows) if follows else "")


def article_label(prov: Provision) -> str:
    """The printed label of an article in Arabic numerals (第15条の2)."""
    from ordreview.core.labels import article_label as label

    return label(prov.key) if prov.kind == "article" else prov.label


def _num_label(key: tuple[int, ...], unit: str = "条") -> str:
    return f"第{key[0]}{unit}" + "".join(f"の{k}" for k in key[1:])


# --------------------------------------------------------------------------- 字句


def _balanced(s: str) -> bool:
    return all(s.count(a) == s.count(b) for a, b in _BAL)


def _node_ranges(article: Article, doc: str, base: int) -> list[tuple[int, int, str]]:
    """(start, end, citation) of each node's own text, offsets relative to the article text."""
    out: list[tuple[int, int, str]] = []
    single = len(article.paragraphs) == 1

    def items(items, para_label: str, prefix: str) -> None:
        for it in items:
            at = doc.find(it.text, it.span.start) if it.text else -1
            path = f"{prefix}.{it.num}" if prefix else it.num
            if at >= 0:
                out.append((at - base, at - base + len(it.text), para_label + item_label(path)))
            items_(it.items, para_label, path)

    items_ = items
    for para in article.paragraphs:
        plabel = "" if single else f"第{para.num}項"
        at = doc.find(para.text, para.span.start) if para.text else -1
        if at >= 0:
            out.append((at - base, at - base + len(para.text), plabel))
        items(para.items, plabel, "")
    return out


def _scope_of(ranges: list[tuple[int, int, str]], s: int, e: int) -> str | None:
    best: tuple[int, int, str] | None = None
    for rs, re_, label in ranges:
        if rs <= s and e <= re_ and (best is None or re_ - rs <= best[1] - best[0]):
            best = (rs, re_, label)
    return None if best is None else best[2]


def _word_clauses(old: Provision, new: Provision, settings: GenerateSettings, name: str) -> list[Clause] | None:
    """The 字句 clauses turning ``old`` into ``new`` (numbers aside), or ``None`` for a rewrite."""
    a_old, a_new = old.article, new.article
    if a_old is None or a_new is None:
        return None
    # the same structure: 見出し presence, 項 count and the item markers
    def shape(a: Article) -> tuple:
        def its(items):
            return tuple((i.title, its(i.items)) for i in items)

        return (a.caption is not None, tuple((p.printed_num, its(p.items)) for p in a.paragraphs))

    if shape(a_old) != shape(a_new):
        return None
    src = old.text
    dst = new.text
    if new.number_span and old.number_span:  # compare as if the number had not changed
        s, e = new.number_span
        dst = dst[:s] + old.text[old.number_span[0] : old.number_span[1]] + dst[e:]
    chunks = [(c.start_a, c.end_a, dst[c.start_b : c.end_b]) for c in diff_chunks(src, dst) if c.tag != "equal"]
    if not chunks:
        return []
    changed = sum(max(e - s, len(ins)) for s, e, ins in chunks)
    if changed > settings.rewrite_share * max(len(src), 1):
        return None
    doc = old.document
    ranges = _node_ranges(a_old, doc, old.start)
    cap = None
    if a_old.caption_span is not None:
        cs = a_old.caption_span.start - old.start
        cap = (cs + 1, cs + (a_old.caption_span.end - a_old.caption_span.start) - 1)
    # Each quote must stand in the text as the earlier clauses left it and must not reach into
    # what an earlier clause wrote (「事項は、」を「事」に改め、「事規則で」の次に… quotes words
    # the ordinance never had). Two changes whose quotes would touch become one 改める clause.
    while True:
        planned = _plan_clauses(src, chunks, ranges, cap, settings, name)
        if planned is None:
            return None
        if isinstance(planned, int):
            i = planned
            (s1, _e1, ins1), (s2, e2, ins2) = chunks[i - 1], chunks[i]
            chunks[i - 1 : i + 1] = [(s1, e2, ins1 + src[_e1:s2] + ins2)]
            continue
        clauses, cur = planned
        break
    if cur != dst:
        return None
    return clauses


_NEAR = 12  # unchanged characters between two changes quoted as one when one alone means nothing


def _plan_clauses(
    src: str,
    chunks: list[tuple[int, int, str]],
    ranges: list[tuple[int, int, str]],
    cap: tuple[int, int] | None,
    settings: GenerateSettings,
    name: str,
) -> tuple[list[Clause], str] | int | None:
    """The clauses for ``chunks`` applied in order, with the text they leave; ``None`` when a
    change cannot be quoted; the index ``i`` of a chunk whose quote would reach into the text
    written by clause ``i - 1`` or would read as already made (merge the two and plan again)."""
    clauses: list[Clause] = []
    cur = src
    shift = 0  # offset of the original positions in ``cur``
    last_scope: str | None = None
    written_end = -1  # end, in ``cur``, of the text the previous clause quoted and wrote
    for i, (s, e, ins) in enumerate(chunks):
        if cap and cap[0] <= s and e <= cap[1]:
            scope = "見出し"
            lo, hi = cap
        else:
            scope = _scope_of(ranges, s, e)
            if scope is None:
                return None
            lo, hi = next((rs, re_) for rs, re_, lab in ranges if lab == scope and rs <= s and e <= re_)
        quote = _quote(cur, s + shift, e + shift, ins, lo + shift, hi + shift, local=scope == "見出し")
        if quote is None:
            return i if i else None
        a, b, kind = quote
        if kind == "replace" and not (_meaningful(a) and _meaningful(b)):
            # 「及び」を「、」: quote it with the change next to it on the line, as one unit
            # (「監査委員及び農業委員会」を「監査委員、農業委員会及び議会」)
            for j in (i + 1, i - 1):
                if 0 <= j < len(chunks) and j != i:
                    gap = src[min(e, chunks[j][1]) : max(s, chunks[j][0])]
                    if "\n" not in gap and len(gap) <= _NEAR:
                        return max(i, j)
        at = cur.find(a) if scope != "見出し" else cur.find(a, lo + shift)
        if i and at < written_end:
            return i
        verb = "after" if kind == "insert" else kind
        if reads_as_done(cur, at, verb, a, b) or repeats_its_word(cur, at, verb, a, b):
            return i if i else (i + 1 if len(chunks) > 1 else None)
        if scope == "見出し":
            where = f"{name}の見出し中" if last_scope is None else "同条の見出し中"
        elif scope == last_scope:
            where = ""
        elif last_scope is None:
            where = f"{name}{scope}中"
        else:
            where = f"同条{scope}中"
        last_scope = scope
        if kind == "delete":
            clauses.append(Clause(f"{where}「{a}」を", "削る"))
        elif kind == "insert":
            clauses.append(Clause(f"{where}「{a}」の{settings.insert_word}に「{b}」を", "加える"))
        else:
            clauses.append(Clause(f"{where}「{a}」を「{b}」に", "改める"))
        cur = cur[: s + shift] + ins + cur[e + shift :]
        shift += len(ins) - (e - s)
        written_end = at + (len(a) + len(b) if kind == "insert" else len(b))
    return clauses, cur


# --------------------------------------------------------------------------- 号 and 項


def _reparse(text: str) -> Provision | None:
    """An article text parsed alone, as a provision the word-clause builder can use."""
    from ordreview.core.amend.compare import provisions
    from ordreview.core.parse import parse_text

    o = parse_text(text, path="<step>")
    arts = [p for p in provisions(o) if p.kind == "article"]
    if len(arts) != 1:
        return None
    return arts[0]


def _shape(items) -> tuple:
    return tuple((i.title, _shape(i.items)) for i in items)


def _item_block(doc: str, item) -> str:
    """An item's lines without its marker (its own text and its sub-items)."""
    s, e = item.span.start, item.span.end
    at = doc.find(item.text, s) if item.text else s + len(item.title)
    return doc[at:e] if at >= 0 else doc[s + len(item.title) : e]


def _article_sentences(old: Provision, new: Provision, settings: GenerateSettings, name: str) -> list[list[Clause]] | None:
    """The sentences turning article ``old`` into ``new`` (numbers aside), or ``None`` for a rewrite.

    Words only: one sentence of 字句 clauses. 号 added, deleted or renumbered in one 項, or one
    項 added at the end / the last one deleted: the 字句 clauses first (on the old numbering),
    then the 号/項 clauses, each addition closing its sentence (the next one restarts with the
    full citation).
    """
    words = _word_clauses(old, new, settings, name)
    if words is not None:
        return [words] if words else []
    ao, an = old.article, new.article
    if ao is None or an is None or (ao.caption is None) != (an.caption is None):
        return None
    dst = _rewrite_text(new, old.label) if new.number_span else new.text
    if len(ao.paragraphs) == len(an.paragraphs):
        return _item_sentences(old, new, dst, settings, name)
    return _paragraph_sentences(old, new, dst, settings, name)


def _paragraph_sentences(old: Provision, new: Provision, dst: str, settings: GenerateSettings, name: str) -> list[list[Clause]] | None:
    ao, an = old.article, new.article
    assert ao is not None and an is not None
    if len(an.paragraphs) == len(ao.paragraphs) + 1:  # one 項 added at the end
        last = an.paragraphs[-1]
        doc = new.document
        lead = doc.rfind("\n", 0, last.span.start) + 1 - new.start  # offsets in new.text
        if doc == "" or lead <= 0:
            return None
        step = _reparse(_relabel(new, new.text[: lead - 1], old.label))
        if step is None:
            return None
        words = _word_clauses(old, step, settings, name)
        if words is None:
            return None
        added = new.text[lead:]
        where = f"{name}に" if not words else "同条に"
        return [words + [Clause(f"{where}次の1項を", "加える", added, True)]]
    if len(ao.paragraphs) == len(an.paragraphs) + 1 and len(ao.paragraphs) > 1:  # the last 項 deleted
        last = ao.paragraphs[-1]
        doc = old.document
        lead = doc.rfind("\n", 0, last.span.start) + 1 - old.start
        step = _reparse(old.text[: lead - 1])
        if step is None:
            return None
        words = _word_clauses(step, _reparse(dst) or step, settings, "同条")
        if words is None:
            return None
        return [[Clause(f"{name}第{last.num}項を", "削る")] + words]
    return None


def _item_sentences(old: Provision, new: Provision, dst: str, settings: GenerateSettings, name: str) -> list[list[Clause]] | None:
    old_article, new_article = old.article, new.article
    assert old_article is not None and new_article is not None
    differ = [k for k, (p, q) in enumerate(zip(old_article.paragraphs, new_article.paragraphs)) if _shape(p.items) != _shape(q.items)]
    if len(differ) != 1 or any(p.printed_num != q.printed_num for p, q in zip(old_article.paragraphs, new_article.paragraphs)):
        return None
    k = differ[0]
    old_para, new_para = old_article.paragraphs[k], new_article.paragraphs[k]
    if not old_para.items or not new_para.items or any("_" in i.num or not i.num.isdigit() for i in (*old_para.items, *new_para.items)):
        return None
    old_doc, new_doc = old.document, new.document
    old_blocks = [_item_block(old_doc, i) for i in old_para.items]
    new_blocks = [_item_block(new_doc, i) for i in new_para.items]
    pairs = _align_items(old_blocks, new_blocks)
    if pairs is None:
        return None
    rewrites = _rewritten_items(pairs, old_blocks, new_blocks, settings)
    step_text = _items_as_before(new, old_para, new_para, pairs, old_blocks, new_blocks, rewrites)
    step = _reparse(_relabel(new, step_text, old.label))
    if step is None or step.article is None or _shape(step.article.paragraphs[k].items) != _shape(old_para.items):
        return None
    words = _word_clauses(old, step, settings, name)
    if words is None:
        return None
    single = len(old_article.paragraphs) == 1
    base = name if single else f"{name}第{old_para.num}項"
    same = "同条" if single else "同項"
    restart = "同条" if single else f"同条第{old_para.num}項"
    final_of = {i: int(new_para.items[j].num) for i, j in pairs if i is not None and j is not None}
    tasks = _item_tasks(pairs, old_para, final_of)
    occupied = {int(i.num) for i in old_para.items}
    placed = {int(old_para.items[i].num) for i in final_of if int(old_para.items[i].num) == final_of[i]}
    sentences: list[list[Clause]] = [list(words)]
    for i, j in rewrites:
        n = int(old_para.items[i].num)
        where = (base if not sentences[-1] else ("同条" if single else f"同条第{old_para.num}項")) + f"第{n}号"
        text = _item_lines(new_doc, new_para.items[j]).replace(new_para.items[j].title, old_para.items[i].title, 1)
        sentences[-1].append(Clause(f"{where}を次のように", "改める", text, True))
        sentences.append([])

    def cite(n: int) -> str:
        cur = sentences[-1]
        if not cur:
            return f"{base}第{n}号"
        after_words = cur is sentences[0] and len(cur) == len(words)  # 同項 would be ambiguous
        return f"{restart if after_words else same}第{n}号"

    remaining = list(tasks)
    while remaining:
        pick = _next_item_task(remaining, occupied, placed, old_para, new_para)
        if pick is None:
            return None
        remaining.remove(pick)
        kind, a, b = pick
        cur = sentences[-1]
        if kind == "delete":
            n = int(old_para.items[a].num)
            cur.append(Clause(f"{cite(n)}を", "削る"))
            occupied.discard(n)
        elif kind == "move":
            n = int(old_para.items[a].num)
            cur.append(Clause(f"{cite(n)}を{same}第{b}号と", "する"))
            occupied.discard(n)
            occupied.add(b)  # type: ignore[arg-type]
            placed.add(b)  # type: ignore[arg-type]
        else:
            group = [a]
            while any(t[0] == "add" and t[1] == group[-1] + 1 for t in remaining):
                nxt = next(t for t in remaining if t[0] == "add" and t[1] == group[-1] + 1)
                if int(new_para.items[nxt[1]].num) in occupied:
                    break
                remaining.remove(nxt)
                group.append(nxt[1])
            pred = int(new_para.items[a - 1].num)
            at_end = pred == max(occupied) and not any(t[0] == "add" and t[1] > group[-1] for t in remaining)
            follows = "\n".join(_item_lines(new_doc, new_para.items[j]) for j in group)
            if at_end:
                where = (base if not cur else ("同条" if single else f"同条第{old_para.num}項")) + "に"
                cur.append(Clause(f"{where}次の{len(group)}号を", "加える", follows, True))
            else:
                cur.append(Clause(f"{cite(pred)}の次に次の{len(group)}号を", "加える", follows, True))
            for j in group:
                occupied.add(int(new_para.items[j].num))
                placed.add(int(new_para.items[j].num))
            sentences.append([])
    return [s for s in sentences if s]


def _next_item_task(remaining: list[tuple[str, int, int | None]], occupied: set[int], placed: set[int],
                    old_para: Paragraph, new_para: Paragraph) -> tuple[str, int, int | None] | None:
    """The item task that can be carried out next: deletions, then moves (繰上げ from the first
    forwards, 繰下げ from the last backwards), then an addition after an item already in place;
    ``None`` when none can."""
    pick = next((t for t in remaining if t[0] == "delete"), None)
    if pick is not None:
        return pick
    movable = [t for t in remaining if t[0] == "move" and t[2] not in occupied]
    up = sorted((t for t in movable if t[2] < int(old_para.items[t[1]].num)), key=lambda t: t[1])
    down = sorted((t for t in movable if t[2] > int(old_para.items[t[1]].num)), key=lambda t: -t[1])
    if up or down:
        return (up or down)[0]
    for t in remaining:
        kind, a, _b = t
        if kind != "add":
            continue
        num = int(new_para.items[a].num)
        pred = int(new_para.items[a - 1].num) if a > 0 else None
        if num not in occupied and pred is not None and pred in placed:
            return t
    return None


def _rewritten_items(pairs: list[tuple[int | None, int | None]], old_blocks: list[str],
                     new_blocks: list[str], settings: GenerateSettings) -> list[tuple[int, int]]:
    """The paired items (old index, new index) mostly rewritten: 「第2号を次のように改める」."""
    rewrites: list[tuple[int, int]] = []
    for i, j in pairs:
        if i is None or j is None or old_blocks[i] == new_blocks[j]:
            continue
        changed = sum(max(c.end_a - c.start_a, c.end_b - c.start_b)
                      for c in diff_chunks(old_blocks[i], new_blocks[j]) if c.tag != "equal")
        if changed > settings.rewrite_share * max(len(new_blocks[j]), 1):
            rewrites.append((i, j))
    return rewrites


def _items_as_before(new: Provision, old_para: Paragraph, new_para: Paragraph,
                     pairs: list[tuple[int | None, int | None]], old_blocks: list[str],
                     new_blocks: list[str], rewrites: list[tuple[int, int]]) -> str:
    """The step text: the new article with this 項's items laid out as the old ones (old
    numbers, deleted items kept, added ones left out, rewritten ones as they were), so that
    words change on the old numbering."""
    new_doc = new.document
    lines_from = new_doc.rfind("\n", 0, new_para.items[0].span.start) + 1
    lines_to = new_para.items[-1].span.end
    indent = new_doc[lines_from : new_para.items[0].span.start]
    paired_new = {i: j for i, j in pairs if i is not None and j is not None}
    rewritten = {i for i, _ in rewrites}
    rebuilt = []
    for i, item in enumerate(old_para.items):
        body = new_blocks[paired_new[i]] if i in paired_new and i not in rewritten else old_blocks[i]
        rebuilt.append(f"{indent}{item.title}\u3000{body}" if not body.startswith(("\u3000", " ")) else f"{indent}{item.title}{body}")
    base_shift = new.start
    return new.text[: lines_from - base_shift] + "\n".join(rebuilt) + new.text[lines_to - base_shift :]


def _item_tasks(pairs: list[tuple[int | None, int | None]], old_para: Paragraph,
                final_of: dict[int, int]) -> list[tuple[str, int, int | None]]:
    """(kind, old index / new index, final number): the items deleted, renumbered and added."""
    tasks: list[tuple[str, int, int | None]] = []
    for i, j in pairs:
        if i is not None and j is None:
            tasks.append(("delete", i, None))
        elif i is not None and j is not None and int(old_para.items[i].num) != final_of[i]:
            tasks.append(("move", i, final_of[i]))
        elif i is None and j is not None:
            tasks.append(("add", j, None))
    return tasks


def _relabel(new: Provision, text: str, label: str) -> str:
    """``text`` (cut from ``new.text``, its number included) with the number printed as ``label``."""
    if new.number_span is None or new.number_span[1] > len(text):
        return text
    s, e = new.number_span
    return text[:s] + label + text[e:]


def _item_lines(doc: str, item) -> str:
    start = doc.rfind("\n", 0, item.span.start) + 1
    return doc[start : item.span.end]


def _align_items(old_blocks: list[str], new_blocks: list[str]) -> list[tuple[int | None, int | None]] | None:
    out: list[tuple[int | None, int | None]] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, old_blocks, new_blocks, autojunk=False).get_opcodes():
        if tag == "equal":
            out.extend((i1 + k, j1 + k) for k in range(i2 - i1))
            continue
        olds, news = list(range(i1, i2)), list(range(j1, j2))
        # pair in order where similar, the rest deleted / added
        jn = 0
        for i in olds:
            match = None
            for j in news[jn:]:
                same_term = old_blocks[i].split("\u3000", 1)[0] == new_blocks[j].split("\u3000", 1)[0] and "\u3000" in old_blocks[i] and "\u3000" in new_blocks[j]
                if same_term or SequenceMatcher(None, old_blocks[i], new_blocks[j], autojunk=False).ratio() >= 0.5:
                    match = j
                    break
            if match is None:
                out.append((i, None))
            else:
                out.extend((None, j) for j in news[jn : news.index(match)])
                out.append((i, match))
                jn = news.index(match) + 1
        out.extend((None, j) for j in news[jn:])
    return out


def _wordish(c: str) -> bool:
    """A character that continues a word: kanji, 々 or katakana (a 熟語 or a loan word)."""
    return "\u4e00" <= c <= "\u9fff" or c == "々" or "\u30a1" <= c <= "\u30fa" or c == "ー"


_FUNCTION_WORDS = ("その他の", "その他", "若しくは", "又は", "及び", "並びに", "かつ")
"""Words that stand between two 熟語 (a 漢字 run does not go on through them) and that a quote
takes whole, okurigana included (「又は」を「若しくは」, never 「又」を「若しく」)."""
_COUNTERS = "日人円年月件回歳週分秒時個枚台名通部"
"""Counters a number is quoted with (「15日」を「14日」, 「300円」を「200円」)."""


def _word_break(cur: str, k: int) -> bool:
    """True when a function word starts or ends at ``k``."""
    return any(cur.startswith(w, k) or (k >= len(w) and cur.startswith(w, k - len(w))) for w in _FUNCTION_WORDS)


def _straddling(cur: str, k: int, lo: int, hi: int) -> tuple[int, int] | None:
    """The function word that ``k`` cuts (start < k < end), within ``[lo, hi)``."""
    for w in _FUNCTION_WORDS:
        for start in range(max(lo, k - len(w) + 1), k):
            if start + len(w) <= hi and cur.startswith(w, start):
                return start, start + len(w)
    return None


def _snap_words(cur: str, s: int, e: int, ins: str, lo: int, hi: int) -> tuple[int, int, str]:
    """Widen a change that cuts a run of kanji/katakana to the whole run (a meaningful unit:
    「要配慮個人情報」 rather than 「要配慮」 before an unchanged 「個人情報」), and one that cuts a
    function word (又|は) to the whole word; a run does not go on through a function word
    (「その他」 ends a word: 「事務処理上の困難その他」を削る, not 「…その他正当」を「正当」)."""
    cut = _straddling(cur, e, lo, hi)
    if cut is not None:
        ins += cur[e : cut[1]]
        e = cut[1]
    cut = _straddling(cur, s, lo, hi)
    if cut is not None:
        ins = cur[cut[0] : s] + ins
        s = cut[0]
    while (e < hi and _wordish(cur[e]) and not _word_break(cur, e)
           and ((e > s and _wordish(cur[e - 1])) or (ins[-1:] and _wordish(ins[-1])))):
        ins += cur[e]
        e += 1
    while (s > lo and _wordish(cur[s - 1]) and not _word_break(cur, s)
           and ((e > s and _wordish(cur[s])) or (ins[:1] and _wordish(ins[0])))):
        s -= 1
        ins = cur[s] + ins
    # a number is a unit too: 「15日」→「14日」 quotes 15, never the digit 5 alone
    while e < hi and _digit(cur[e]) and ((e > s and _digit(cur[e - 1])) or (ins[-1:] and _digit(ins[-1]))):
        ins += cur[e]
        e += 1
    while s > lo and _digit(cur[s - 1]) and ((e > s and _digit(cur[s])) or (ins[:1] and _digit(ins[0]))):
        s -= 1
        ins = cur[s] + ins
    # … with its counter
    if e < hi and e > s and _digit(cur[e - 1]) and ins[-1:] and _digit(ins[-1]) and cur[e] in _COUNTERS:
        ins += cur[e]
        e += 1
    return s, e, ins


def _digit(c: str) -> bool:
    return "0" <= c <= "9" or "０" <= c <= "９"


def _meaningful(a: str) -> bool:
    """A kanji/katakana word, or two characters other than punctuation (not 「、」 or 「を」 alone)."""
    return any(_wordish(c) for c in a) or sum(1 for c in a if c not in "、。，．・「」（）() \u3000") >= 2


def _hiragana(c: str) -> bool:
    return "\u3041" <= c <= "\u309f"


def _quote(cur: str, s: int, e: int, ins: str, lo: int, hi: int, *, local: bool = False) -> tuple[str, str, str] | None:
    """Widen the change ``cur[s:e]`` → ``ins`` within ``[lo, hi)`` until the quote is unique
    (in the whole article; with ``local``, within ``[lo, hi)``, e.g. a 見出し).

    Returns (A, B, kind): kind ``"delete"`` (「A」を削る), ``"insert"`` (「A」の次に「B」を加える, A
    the words before the insertion point) or ``"replace"``.
    """
    space = cur[lo:hi] if local else cur

    def once(a: str) -> bool:
        return space.count(a) == 1

    s, e, ins = _snap_words(cur, s, e, ins, lo, hi)
    if s == e:  # insertion: quote the words before it
        left = s
        right = s
        for _ in range(hi - lo + 1):
            if left > lo:
                left -= 1
            a = cur[left:right]
            w = widen_to_tokens(cur, [(left, right)])
            if w:
                left = max(lo, w[0][0])
                a = cur[left:right]
            if (a and once(a) and _balanced(a) and _balanced(ins) and "\n" not in a and _meaningful(a)
                    and not cuts_number(cur, left, right)):
                if left > lo and _wordish(cur[left - 1]) and (_wordish(cur[left]) or _hiragana(cur[left])):
                    left -= 1  # start at a word's start, okurigana with their word: 「状況を」
                    while left > lo and _wordish(cur[left - 1]):
                        left -= 1
                    a = cur[left:right]
                return a, ins, "insert"
            if left <= lo:
                break
        # at the start of the provision: 「A」を「BA」に改める
        right = e
        while right < hi:
            right += 1
            a = cur[s:right]
            if once(a) and _balanced(a) and _balanced(ins + a) and not cuts_number(cur, s, right):
                return a, ins + a, "replace"
        return None
    left, right = s, e
    while True:
        w = widen_to_tokens(cur, [(left, right)])
        if w:
            left, right = max(lo, w[0][0]), min(hi, w[0][1])
        a = cur[left:right]
        b = cur[left:s] + ins + cur[e:right]
        if a and once(a) and _balanced(a) and _balanced(b) and "\n" not in a and not cuts_number(cur, left, right):
            return a, b, ("delete" if not b else "replace")
        if left <= lo and right >= hi:
            return None
        if right < hi:
            right += 1
        if left > lo and (right >= hi or not once(a)):
            left -= 1


# --------------------------------------------------------------------------- scheduling


@dataclass
class _Task:
    pos: int
    kind: str  # "edit", "move", "delete", "add", "chapter"
    old: Provision | None = None
    new: Provision | None = None
    news: list[Provision] = field(default_factory=list)  # a chapter's heading and articles
    anchor: tuple[int, ...] | None = None  # predecessor article's final key (add)
    anchor_chapter: str | None = None
    done: bool = False


def _rewrite_text(new: Provision, label: str) -> str:
    """The new text with the article's number printed as ``label`` (its number at that point)."""
    if new.number_span is None:
        return new.text
    s, e = new.number_span
    return new.text[:s] + label + new.text[e:]


def generate_bill(diff: VersionDiff, settings: GenerateSettings | None = None) -> GeneratedBill:
    """The 改め文 bill turning ``diff.current`` into ``diff.amended`` (see the module docstring)."""
    settings = settings or GenerateSettings()
    sentences, notices = _body(diff, settings)
    style = settings.numerals if settings.numerals != "auto" else numeral_style(diff.current.text)
    sentences = [_restyle_sentence(x, style) for x in sentences]
    title = diff.current.title or diff.amended.title
    head = [f"{title}の一部を改正する条例{settings.draft_mark}", ""]
    law = f"（{_restyle(diff.current.law_num, style)}）" if diff.current.law_num else ""
    head += [f"{title}{law}の一部を次のように改正する。", ""]
    tail = ["", "　　　附　則", settings.enactment]
    text = "\n".join(head + sentences + tail) + "\n"
    return GeneratedBill(text, tuple(sentences), tuple(notices))


_ARTICLE_NUMBER = re.compile(r"(?m)^[ \u3000]*第([0-9０-９一二三四五六七八九十百]+)条")
_ARABIC_RUN = re.compile(r"[0-9]+")


def numeral_style(text: str) -> str:
    """``"kanji"``, ``"full"`` or ``"arabic"``: how an ordinance writes its article numbers (the
    majority of its 第N条 lines)."""
    counts = {"kanji": 0, "full": 0, "arabic": 0}
    for m in _ARTICLE_NUMBER.finditer(text):
        d = m.group(1)
        counts["arabic" if d.isascii() else "full" if "０" <= d[0] <= "９" else "kanji"] += 1
    return max(("arabic", "full", "kanji"), key=lambda k: counts[k])  # ties: Arabic first


def _restyle(text: str, style: str) -> str:
    """Arabic digits of ``text`` in ``style`` (kanji: 12 → 十二; full: 12 → １２)."""
    if style == "kanji":
        return _ARABIC_RUN.sub(lambda m: int_to_kanji(int(m.group())), text)
    if style == "full":
        return text.translate(TO_FULL_WIDTH_DIGITS)
    return text


def _restyle_sentence(sentence: str, style: str) -> str:
    """The 改め文 (first line) in ``style`` outside its quotations 「…」; the new text that follows
    is the ordinance's own and stays as it is."""
    if style == "arabic":
        return sentence
    head, sep, follows = sentence.partition("\n")
    out: list[str] = []
    depth = 0
    plain = ""
    for c in head:
        if c == "「":
            if depth == 0:
                out.append(_restyle(plain, style))
                plain = ""
            depth += 1
            out.append(c)
        elif c == "」" and depth > 0:
            depth -= 1
            out.append(c)
        elif depth:
            out.append(c)
        else:
            plain += c
    out.append(_restyle(plain, style))
    return "".join(out) + sep + follows


def _notice(label: str, reason: str) -> GenerationNotice:
    ja_reason, en_reason = _REASONS[reason]
    ja, en = render(UNSUPPORTED, label=label, reason=ja_reason, reason_en=en_reason)
    return GenerationNotice(label, ja, en)


def _body(diff: VersionDiff, settings: GenerateSettings) -> tuple[list[str], list[GenerationNotice]]:
    po, pn = diff.old, diff.new
    sentences: list[str] = []
    notices: list[GenerationNotice] = []
    # 題名 and 目次
    for i, j in diff.pairs:
        o = po[i] if i is not None else None
        n = pn[j] if j is not None else None
        kind = (o or n).kind  # type: ignore[union-attr]
        if kind == "title" and o and n and o.text != n.text:
            sentences.append(_sentence([Clause("題名を次のように", "改める", n.text.strip(), True)]))
        elif kind == "toc" and o and n and o.text != n.text:
            sentences.append(_toc_sentence(o, n))
        elif kind == "toc" and n and not o:
            sentences.append(_sentence([Clause("題名の次に次の目次を", "付する", n.text, True)]))
        elif kind in ("suppl", "table") and (o is None or n is None or o.text != n.text):
            notices.append(_notice((n or o).label, kind))  # type: ignore[union-attr]
    body_sentences, body_notices = _schedule(diff, settings)
    return sentences + body_sentences, notices + body_notices


def _toc_sentence(o: Provision, n: Provision) -> str:
    old_lines = o.text.split("\n")
    new_lines = n.text.split("\n")
    ops = SequenceMatcher(None, old_lines, new_lines, autojunk=False).get_opcodes()
    if all(t in ("equal", "replace") and (t == "equal" or i2 - i1 == j2 - j1) for t, i1, i2, j1, j2 in ops):
        clauses: list[Clause] = []
        for t, i1, i2, j1, j2 in ops:
            if t != "replace":
                continue
            for a, b in zip(old_lines[i1:i2], new_lines[j1:j2]):
                a, b = a.strip(" \u3000"), b.strip(" \u3000")
                if o.text.count(a) != 1:
                    return _sentence([Clause("目次を次のように", "改める", n.text, True)])
                clauses.append(Clause(("目次中" if not clauses else "") + f"「{a}」を「{b}」に", "改める"))
        return _sentence(clauses)
    return _sentence([Clause("目次を次のように", "改める", n.text, True)])


def _new_article_context(
    pn: tuple[Provision, ...] | list[Provision], added_new: set[int]
) -> tuple[dict[int, tuple[int, ...] | None], dict[int, int | None], dict[int, int], set[int]]:
    """For the new version's articles: the predecessor article's final key of each and its
    index, the added heading each article of an added 章/節 stands under, and the articles that
    open a division whose heading already existed."""
    prev_key: dict[int, tuple[int, ...] | None] = {}
    prev_index: dict[int, int | None] = {}  # new article index → index of the article before it
    last: tuple[int, ...] | None = None
    last_index: int | None = None
    new_div_of: dict[int, int] = {}  # new article index → index of the new heading above it
    current_heading: int | None = None
    heading_since_last = False
    opens_division: set[int] = set()  # new articles right under a heading that already existed
    for j, p in enumerate(pn):
        if p.kind == "division":
            current_heading = j if j in added_new else None
            heading_since_last = True
        elif p.kind == "article":
            if heading_since_last and current_heading is None:
                opens_division.add(j)
            heading_since_last = False
            prev_key[j] = last
            prev_index[j] = last_index
            last = p.number_key
            last_index = j
            if current_heading is not None:
                new_div_of[j] = current_heading
    return prev_key, prev_index, new_div_of, opens_division


def _plan_tasks(diff: VersionDiff) -> tuple[list[_Task], list[GenerationNotice]]:
    """What the body's sentences must do, one task per changed article or heading (unordered
    yet), and the changes no sentence can write."""
    po, pn = diff.old, diff.new
    notices: list[GenerationNotice] = []
    tasks: list[_Task] = []
    body_pairs = [(i, j) for i, j in diff.pairs if (po[i] if i is not None else pn[j]).kind in ("article", "division")]  # type: ignore[index]
    # the predecessor article (final key) of every new article, and each new chapter's members
    added_new = {j for i, j in body_pairs if i is None and j is not None}
    prev_key, prev_index, new_div_of, opens_division = _new_article_context(pn, added_new)
    chapters: dict[int, _Task] = {}
    old_articles_in_new_div: set[int] = set()
    left_first: set[int] = set()  # new articles whose addition is left to the officer
    for pos, (i, j) in enumerate(body_pairs):
        o = po[i] if i is not None else None
        n = pn[j] if j is not None else None
        if (o or n).kind == "division":  # type: ignore[union-attr]
            if o is not None and n is not None:
                if o.label != n.label:
                    notices.append(_notice(n.label, "division"))
                elif o.text != n.text:
                    tasks.append(_Task(pos, "heading", o, n))
            elif n is not None:
                t = _Task(pos, "chapter", None, n, [n])
                chapters[j] = t  # type: ignore[index]
                tasks.append(t)
            elif o is not None:
                notices.append(_notice(o.label, "division"))
            continue
        if o is not None and n is not None:
            if j in new_div_of:
                old_articles_in_new_div.add(new_div_of[j])
            if o.label != n.label:
                tasks.append(_Task(pos, "move", o, n))
            elif o.text != n.text:
                tasks.append(_Task(pos, "edit", o, n))
        elif n is not None:
            if j in new_div_of:
                chapters[new_div_of[j]].news.append(n)
                continue
            # 「第9条の次に」 would put it in the chapter before; an addition before the first
            # article has no article to follow; and so do the articles added right after one
            # of these (their predecessor is left to the officer)
            if j in opens_division or prev_key.get(j) is None or prev_index.get(j) in left_first:
                notices.append(_notice(n.label, "first"))
                left_first.add(j)  # type: ignore[arg-type]
                continue
            tasks.append(_Task(pos, "add", None, n, anchor=prev_key.get(j)))  # type: ignore[arg-type]
        elif o is not None:
            tasks.append(_Task(pos, "delete", o, None))
    for k in old_articles_in_new_div:
        notices.append(_notice(pn[k].label, "division"))
        tasks = [t for t in tasks if t is not chapters.get(k)]
    for t in tasks:
        if t.kind == "chapter":
            _anchor_chapter(t, pn, prev_key)
    return tasks, notices


def _anchor_chapter(task: _Task, pn: tuple[Provision, ...] | list[Provision],
                    prev_key: dict[int, tuple[int, ...] | None]) -> None:
    """An added chapter goes after the chapter before it (its heading's predecessor heading)."""
    prev = None
    jn = pn.index(task.new)  # type: ignore[arg-type]
    for k in range(jn - 1, -1, -1):
        if pn[k].kind == "division" and pn[k].division_kind == task.new.division_kind:  # type: ignore[union-attr]
            prev = pn[k]
            break
    task.anchor_chapter = prev.label if prev is not None else None
    arts = [p for p in task.news if p.kind == "article"]
    task.anchor = prev_key.get(pn.index(arts[0])) if arts else None


def _schedule(diff: VersionDiff, settings: GenerateSettings) -> tuple[list[str], list[GenerationNotice]]:
    """The body's sentences in an order each can be carried out in (a number is free before
    an article moves or is added there), grouping what one sentence can say."""
    tasks, notices = _plan_tasks(diff)
    run = _Schedule(diff, tasks, settings, notices)
    remaining = sorted(tasks, key=lambda t: t.pos)
    while remaining:
        t = next((x for x in remaining if run.executable(x)), None)
        if t is None:
            for x in remaining:
                notices.append(_notice((x.new or x.old).label, "deadlock"))  # type: ignore[union-attr]
            break
        remaining.remove(t)
        if t.kind == "heading":
            run.heading(t)
        elif t.kind == "edit":
            run.edit(t)
        elif t.kind == "delete":
            run.delete(t)
        elif t.kind == "move":
            run.move(t)
        elif t.kind == "add":
            run.add(t, remaining)
        else:
            run.add_chapter(t)
    run.flush()
    return run.out, notices


class _Schedule:
    """The state of :func:`_schedule`: the numbers taken so far and the sentence being grouped."""

    def __init__(self, diff: VersionDiff, tasks: list[_Task], settings: GenerateSettings,
                 notices: list[GenerationNotice]) -> None:
        po = diff.old
        self.settings = settings
        self.notices = notices
        self.occupied = {p.number_key for p in po if p.kind == "article"}
        self.chapter_of = {p.number_key: (p.article.chapter if p.article else None) for p in po if p.kind == "article"}
        pending_moves = {t.old.number_key for t in tasks if t.kind == "move"}  # type: ignore[union-attr]
        placed = {p.number_key for p in po if p.kind == "article"} - pending_moves
        deleted = {t.old.number_key for t in tasks if t.kind == "delete"}  # type: ignore[union-attr]
        placed -= deleted
        # placed: final keys that already sit at their final number (unmoved, moved or added)
        self.placed = placed
        self.out: list[str] = []
        self.group: list[Clause] = []
        self.group_moves: list[tuple[tuple[int, ...], tuple[int, ...]]] = []

    def flush(self) -> None:
        if self.group:
            self.out.append(_sentence(_ranges(self.group, self.group_moves, self.settings, self.chapter_of)))
        self.group = []
        self.group_moves = []

    def executable(self, t: _Task) -> bool:
        if t.kind in ("edit", "heading", "delete"):
            return True
        if t.kind == "move":
            return t.new.number_key not in self.occupied  # type: ignore[union-attr]
        keys = [t.new.number_key] if t.kind == "add" else [p.number_key for p in t.news if p.kind == "article"]  # type: ignore[union-attr]
        if any(k in self.occupied for k in keys):
            return False
        return t.anchor is None or t.anchor in self.placed

    def heading(self, t: _Task) -> None:
        """A division's heading rewritten: a sentence of its own."""
        self.flush()
        self.out.append(_sentence([Clause(f"{t.old.label}の{t.old.division_kind}名を次のように", "改める", t.new.text, True)]))  # type: ignore[union-attr]

    def edit(self, t: _Task) -> None:
        """An article changed in place: its own sentences, or the whole article rewritten."""
        self.flush()
        name = _num_label(t.old.number_key)  # type: ignore[union-attr]
        sents = _article_sentences(t.old, t.new, self.settings, name)  # type: ignore[arg-type]
        if sents is None:
            self.out.append(_sentence([Clause(f"{name}を次のように", "改める", t.new.text, True)]))  # type: ignore[union-attr]
        else:
            self.out.extend(_sentence(c) for c in sents)

    def delete(self, t: _Task) -> None:
        """An article deleted: a clause of the sentence being grouped."""
        key = t.old.number_key  # type: ignore[union-attr]
        self.group.append(Clause(f"{_num_label(key)}を", "削る"))
        self.occupied.discard(key)

    def move(self, t: _Task) -> None:
        """An article renumbered, with the changes made to it before it moves."""
        src, dst = t.old.number_key, t.new.number_key  # type: ignore[union-attr]
        name = _num_label(src)
        sents = _article_sentences(t.old, t.new, self.settings, name) if t.old.signature != t.new.signature else []  # type: ignore[arg-type,union-attr]
        if sents is None:  # rewritten: replace in place, then move in a sentence of its own
            self.flush()
            self.out.append(_sentence([Clause(f"{name}を次のように", "改める", _rewrite_text(t.new, name), True)]))  # type: ignore[arg-type]
            sents = []
        if sents:
            self.flush()
            self.out.extend(_sentence(c) for c in sents[:-1])
            self.group.extend(sents[-1])
            self.group.append(Clause(f"同条を{_num_label(dst)}と", "する"))
        else:
            self.group.append(Clause(f"{name}を{_num_label(dst)}と", "する"))
            self.group_moves.append((src, dst))
        if any(c.closes for c in self.group):  # an added 項/号's text follows: nothing more
            self.flush()
        self.occupied.discard(src)
        self.occupied.add(dst)
        self.placed.add(dst)

    def add(self, t: _Task, remaining: list[_Task]) -> None:
        """Articles added after an article, consecutive additions in one sentence
        (「次の2条を加える」); those merged are taken out of ``remaining``."""
        if t.anchor is None:
            self.notices.append(_notice(t.new.label, "first"))  # type: ignore[union-attr]
            return
        merged = [t]
        while True:
            nxt = next((x for x in remaining if x.kind == "add" and x.anchor == merged[-1].new.number_key), None)  # type: ignore[union-attr]
            if nxt is None or nxt.new.number_key in self.occupied or nxt.pos != merged[-1].pos + 1:  # type: ignore[union-attr]
                break
            merged.append(nxt)
            remaining.remove(nxt)
        arts = [x.new for x in merged]
        body = f"{_num_label(t.anchor)}の次に次の{len(arts)}条を"
        self._added(body, "\n".join(p.text for p in arts), arts)  # type: ignore[union-attr, arg-type]

    def add_chapter(self, t: _Task) -> None:
        """A division added after a division, with its articles."""
        if t.anchor_chapter is None:
            self.notices.append(_notice(t.new.label, "first"))  # type: ignore[union-attr]
            return
        arts = [p for p in t.news if p.kind == "article"]
        body = f"{t.anchor_chapter}の次に次の1{t.new.division_kind}を"  # type: ignore[union-attr]
        self._added(body, "\n".join(p.text for p in t.news), arts)

    def _added(self, body: str, text: str, arts: list[Provision]) -> None:
        self.group.append(Clause(body, "加える", text, True))
        for p in arts:
            self.occupied.add(p.number_key)
            self.placed.add(p.number_key)
        self.flush()


def _ranges(
    clauses: list[Clause],
    moves: list[tuple[tuple[int, ...], tuple[int, ...]]],
    settings: GenerateSettings,
    chapter_of: dict[tuple[int, ...], str | None] | None = None,
) -> list[Clause]:
    """Collapse runs of ``range_min`` or more plain moves by the same count into one range clause.

    A run stays within one chapter (or section): a range over a chapter boundary would leave
    unclear which chapter the moved articles belong to."""
    chapter_of = chapter_of or {}
    if len(moves) < settings.range_min:
        return clauses
    move_bodies = {f"{_num_label(s)}を{_num_label(d)}と": (s, d) for s, d in moves}
    out: list[Clause] = []
    i = 0
    while i < len(clauses):
        run = []
        k = i
        while k < len(clauses) and clauses[k].body in move_bodies and clauses[k].verb == "する":
            s, d = move_bodies[clauses[k].body]
            if len(s) != 1 or len(d) != 1:
                break
            if run:
                ps, pd = run[-1]
                step = 1 if d[0] > s[0] else -1
                if s[0] != ps[0] - step or d[0] - s[0] != pd[0] - ps[0]:
                    break
                if chapter_of.get(s) != chapter_of.get(ps):
                    break
            run.append((s, d))
            k += 1
        if len(run) >= settings.range_min:
            out.append(clauses[i])  # the first one stays explicit
            rest = run[1:]
            lo = min(s[0] for s, _ in rest)
            hi = max(s[0] for s, _ in rest)
            delta = run[0][1][0] - run[0][0][0]
            verb = "繰り下げる" if delta > 0 else "繰り上げる"
            out.append(Clause(f"第{lo}条から第{hi}条までを{abs(delta)}条ずつ", verb))
            i = k
        else:
            out.append(clauses[i])
            i += 1
    return out


__all__ = ["GenerateSettings", "GeneratedBill", "GenerationNotice", "generate_bill"]
