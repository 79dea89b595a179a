"""Fuzzing the whole pipeline: read → parse → every check (→ both exports for a sample).

``tests/core/read/test_fuzz.py`` covers the reader alone. Here the inputs are meant to get
*past* the reader, because the checks are the fragile part: the committed .txt drafts with
their lines shuffled, cut mid-article, markers duplicated, brackets unbalanced, giant lines,
numbers rewritten and encodings mixed; the .docx drafts with body paragraphs shuffled,
duplicated or dropped and well-formed odd elements inserted; the 例規集 page with tags cut;
and, for the error path, random bytes and truncated files.

Every case is generated deterministically (seeded ``random.Random``; the case id says which
recipe made it) and must end in exactly one of two ways:

- a ``Review`` whose findings all have a span inside the document text (or ``None``),
  non-empty Japanese and English messages, and none of them ``check.rule_failed`` (that code
  means a check raised: a bug in the check);
- a ``ReadError`` (``NotAnOrdinanceError`` is one) with both messages non-empty.

Every ``EXPORT_EVERY``-th case that gives a Review is also exported (annotated draft and
report) into ``tmp_path``; both files must open as Word documents.

A check that tries to build something enormous (a list of every number "missing" between
article 3 and article 10**12) must not take the test machine down with it, so on POSIX each
case runs with its address space capped at ``MEMORY_HEADROOM`` above what the process
already maps: the runaway check then fails with ``MemoryError``, which the review turns into
a ``check.rule_failed`` finding, which this test reports.
"""

from __future__ import annotations

import contextlib
import io
import random
import re
import zipfile
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import docx as python_docx
import pytest

from ordreview.core.errors import ReadError
from ordreview.core.model import Review, Reviewer
from ordreview.core.parse import load_ordinance
from ordreview.core.profile import Profile, load_profile
from ordreview.core.review import review_ordinance
from tests.conftest import FIXTURES
from tests.core.read.test_fuzz import _insert_balanced, _mutate_bytes, _rezip

try:
    import resource
except ImportError:  # Windows: no address-space cap
    resource = None  # type: ignore[assignment]

SEED = 20261128
MEMORY_HEADROOM = 768 * 1024 * 1024
EXPORT_EVERY = 20
TXT = (
    "model-complete.txt",
    "defects.txt",
    "old-style.txt",
    "partial-no-c.txt",
    "post-2023.txt",
    "model-national-style.txt",
    "variant-wrapped.txt",
    "variant-flat-web.txt",
)
DOCX = ("model-complete.docx", "tracked-changes.docx", "auto-numbering.docx")
TEXT_ENCODINGS = ("utf-8", "utf-8-sig", "cp932", "utf-16", "euc_jp")
ARTICLE = re.compile(r"^[ 　]*第[0-9０-９一二三四五六七八九十百]+条")
MARKERS = ("第1条", "第１条", "第2条の2", "第一章", "第1節", "2", "(1)", "（１）", "ア", "附　則", "別表第1",
           "目次", "第5条―第3条", "第99999999999条", "第0条", "第十五条の二の三")
BRACKETS = "「」（）()『』【】［］"
REVIEWER = Reviewer(name="法制 太郎", initials="HT")


@lru_cache(maxsize=1)
def _profile() -> Profile:
    return load_profile()


def _lines(name: str) -> list[str]:
    return (FIXTURES / name).read_text(encoding="utf-8-sig").splitlines()


def _mutate_lines(rng: random.Random, lines: list[str]) -> tuple[str, list[str]]:
    """Apply one structural mutation to an ordinance's lines; return (recipe, new lines)."""
    op = rng.randrange(10)
    out = list(lines)
    if op == 0:  # shuffle a block of lines
        a = rng.randrange(len(out))
        b = min(len(out), a + rng.randrange(2, 80))
        block = out[a:b]
        rng.shuffle(block)
        out[a:b] = block
        return "shuffle", out
    if op == 1:  # cut mid-article, possibly mid-sentence
        starts = [i for i, line in enumerate(out) if ARTICLE.match(line)] or [len(out) // 2]
        i = rng.choice(starts) + rng.randrange(0, 3)
        i = min(i, len(out) - 1)
        return "cut", out[:i] + [out[i][: rng.randrange(len(out[i]) + 1)]]
    if op == 2:  # duplicate article lines or whole articles
        starts = [i for i, line in enumerate(out) if ARTICLE.match(line)] or [0]
        i = rng.choice(starts)
        n = rng.randrange(1, 8)
        out[i:i] = out[i : i + n] * rng.randrange(1, 4)
        return "dup-article", out
    if op == 3:  # a marker pasted at the start of random lines
        for _ in range(rng.randrange(1, 20)):
            i = rng.randrange(len(out))
            out[i] = rng.choice(MARKERS) + rng.choice(("　", "", " ")) + out[i]
        return "markers", out
    if op == 4:  # unbalanced brackets: drop closers or add openers
        for _ in range(rng.randrange(1, 40)):
            i = rng.randrange(len(out))
            line = out[i]
            if line and rng.random() < 0.5:
                j = rng.randrange(len(line))
                out[i] = line[:j] + line[j + 1 :] if line[j] in BRACKETS else line[:j] + rng.choice(BRACKETS) + line[j:]
            else:
                out[i] = line + rng.choice("「（(『")
        return "brackets", out
    if op == 5:  # giant line: many lines joined, or one repeated
        if rng.random() < 0.5:
            a = rng.randrange(len(out))
            out[a : a + 200] = ["".join(out[a : a + 200])]
        else:
            i = rng.randrange(len(out))
            out[i] = out[i] * rng.randrange(50, 400)
        return "giant", out
    if op == 6:  # drop random lines
        keep = rng.random()
        return "drop", [line for line in out if rng.random() < keep] or out[:1]
    if op == 7:  # rewrite numbers (article numbers, references, dates)
        def renumber(m: re.Match[str]) -> str:
            return str(rng.choice((0, 1, 2, 3, 47, 99, 10**12)))
        for _ in range(rng.randrange(1, 30)):
            i = rng.randrange(len(out))
            out[i] = re.sub(r"[0-9]+", renumber, out[i], count=rng.randrange(0, 3))
        return "numbers", out
    if op == 8:  # splice another ordinance in
        other = _lines(rng.choice(TXT))
        a, b = rng.randrange(len(out)), rng.randrange(len(other))
        return "splice", out[:a] + other[b : b + rng.randrange(1, 120)] + out[a:]
    # definitions and terms in odd forms: quotes emptied, 「」 nested, の意義 without list
    for _ in range(rng.randrange(1, 15)):
        i = rng.randrange(len(out))
        out[i] = rng.choice((
            out[i].replace("「", "「「"), out[i].replace("」", ""), re.sub(r"「[^」]*」", "「」", out[i]),
            out[i] + "次の各号に掲げる用語の意義は、当該各号に定めるところによる。",
            "この条例において「」とは、をいう。", "（定義）", "　(1)　", "第2条　" * 30,
        ))
    return "terms", out


def _text_case(rng: random.Random, n: int) -> tuple[str, str, bytes]:
    name = TXT[n % len(TXT)]
    lines = _lines(name)
    recipes = []
    for _ in range(rng.randrange(1, 4)):
        recipe, lines = _mutate_lines(rng, lines)
        recipes.append(recipe)
    newline = rng.choice(("\n", "\r\n", "\r"))
    text = newline.join(lines)
    enc = rng.choice(TEXT_ENCODINGS)
    if n % 9 == 0:  # two encodings in one file
        cut = rng.randrange(len(text) + 1)
        other = rng.choice(TEXT_ENCODINGS)
        data = text[:cut].encode(enc, "replace") + text[cut:].encode(other, "replace")
        enc = f"{enc}+{other}"
    else:
        data = text.encode(enc, "replace")
    return f"text-{n}-{name}-{'+'.join(recipes)}-{enc}", ".txt", data


def _docx_body_case(rng: random.Random, n: int) -> tuple[str, str, bytes]:
    name = DOCX[n % len(DOCX)]
    raw = (FIXTURES / name).read_bytes()
    xml = zipfile.ZipFile(io.BytesIO(raw)).read("word/document.xml").decode("utf-8")
    paras = re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S)
    op = rng.randrange(4)
    if op == 3 or len(paras) < 4:
        for _ in range(rng.randrange(1, 10)):
            xml = _insert_balanced(rng, xml)
        return f"docxvalid-{n}-{name}", ".docx", _rezip(raw, {"word/document.xml": xml.encode("utf-8")})
    first = xml.index(paras[0])
    last = xml.rindex(paras[-1]) + len(paras[-1])
    body = list(paras)
    if op == 0:
        a = rng.randrange(len(body))
        block = body[a : a + rng.randrange(2, 60)]
        rng.shuffle(block)
        body[a : a + len(block)] = block
        recipe = "shuffle"
    elif op == 1:
        a = rng.randrange(len(body))
        body[a:a] = body[a : a + rng.randrange(1, 10)] * rng.randrange(1, 4)
        recipe = "dup"
    else:
        keep = rng.random()
        body = [p for p in body if rng.random() < keep] or body[:1]
        recipe = "drop"
    xml = xml[:first] + "".join(body) + xml[last:]
    return f"docxbody-{n}-{name}-{recipe}", ".docx", _rezip(raw, {"word/document.xml": xml.encode("utf-8")})


def _html_case(rng: random.Random, n: int) -> tuple[str, str, bytes]:
    text = (FIXTURES / "reikishu.html").read_bytes().decode("cp932")
    for _ in range(rng.randrange(1, 6)):
        pos = rng.randrange(len(text))
        op = rng.randrange(3)
        if op == 0:
            text = text[:pos] + text[pos + rng.randrange(1, 400) :]
        elif op == 1:
            text = text[:pos] + rng.choice(("<div>", "</p>", "<br>", "<table><tr><td>", "<!--", "<p>第3条")) + text[pos:]
        else:
            other = rng.randrange(len(text))
            text = text[:pos] + text[other : other + rng.randrange(1, 2000)] + text[pos:]
    return f"html-{n}", ".html", text.encode(rng.choice(("cp932", "utf-8")), "replace")


def _broken_case(rng: random.Random, n: int) -> tuple[str, str, bytes]:
    if n % 3 == 0:
        return f"random-{n}", rng.choice((".txt", ".docx", ".html")), bytes(
            rng.randrange(256) for _ in range(rng.randrange(0, 2000))
        )
    name = DOCX[n % len(DOCX)]
    raw = (FIXTURES / name).read_bytes()
    if n % 3 == 1:
        return f"docxcut-{n}-{name}", ".docx", raw[: rng.randrange(1, len(raw))]
    return f"docxbytes-{n}-{name}", ".docx", _mutate_bytes(rng, raw, rng.randrange(1, 20))


def generate_cases() -> Iterator[tuple[str, str, bytes]]:
    """Yield (case id, file extension, bytes) for every pipeline fuzz input, deterministically."""
    rng = random.Random(SEED)
    for n in range(330):
        yield _text_case(rng, n)
    for n in range(90):
        yield _docx_body_case(rng, n)
    for n in range(40):
        yield _html_case(rng, n)
    for n in range(60):
        yield _broken_case(rng, n)


CASES = list(generate_cases())


def test_there_are_at_least_500_cases_with_unique_ids() -> None:
    ids = [case_id for case_id, _, _ in CASES]
    assert len(ids) >= 500
    assert len(set(ids)) == len(ids)


@contextlib.contextmanager
def _memory_cap() -> Iterator[None]:
    """Cap the address space at what is mapped now plus ``MEMORY_HEADROOM`` (POSIX only)."""
    status = Path("/proc/self/status")
    if resource is None or not status.exists():
        yield
        return
    mapped = next(int(line.split()[1]) * 1024 for line in status.read_text().splitlines() if line.startswith("VmSize:"))
    old = resource.getrlimit(resource.RLIMIT_AS)
    cap = mapped + MEMORY_HEADROOM
    if old[1] != resource.RLIM_INFINITY:
        cap = min(cap, old[1])
    resource.setrlimit(resource.RLIMIT_AS, (cap, old[1]))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, old)


def _assert_review(review: Review) -> None:
    length = len(review.ordinance.document.text)
    for finding in review.findings:
        span = finding.location.span
        assert span is None or 0 <= span.start <= span.end <= length, (finding.id, span, length)
        assert finding.message_ja.strip() and finding.message_en.strip(), finding.id
        assert finding.code != "check.rule_failed", finding.message_en


def _assert_exports(review: Review, folder: Path) -> None:
    from ordreview.export.annotate import export_annotated
    from ordreview.export.report import export_report

    annotated = export_annotated(review=review, annotations={}, reviewer=REVIEWER, path=folder / "annotated.docx")
    report = export_report(review=review, annotations={}, reviewer=REVIEWER, path=folder / "report.docx")
    source = review.ordinance.document.source
    existing = len(list(python_docx.Document(source.path).comments)) if source.format == "docx" else 0
    commented = python_docx.Document(str(annotated))
    assert len(list(commented.comments)) == existing + len(review.findings)
    assert python_docx.Document(str(report)).paragraphs


@pytest.mark.parametrize(("index", "case"), list(enumerate(CASES)), ids=[c[0] for c in CASES])
def test_pipeline_answers_with_a_review_or_a_read_error(index: int, case: tuple[str, str, bytes], tmp_path: Path) -> None:
    case_id, ext, data = case
    path = tmp_path / f"draft{ext}"
    path.write_bytes(data)
    try:
        ordinance = load_ordinance(path)
    except ReadError as err:
        assert err.message_ja.strip() and err.message_en.strip(), err.code
        return
    with _memory_cap():
        review = review_ordinance(ordinance, _profile())
    _assert_review(review)
    if index % EXPORT_EVERY == 0:
        _assert_exports(review, tmp_path)
