"""Generators of hostile and huge drafts, one per class of attack (fast and full sizes).

Each case writes its input file(s) into a folder and says which command runs on it. The test
suite (``tests/hardening/test_hostile.py``) runs every case at the ``fast`` scale in-process;
``bench/hostile.py`` runs every case at the ``full`` scale in a subprocess under a time and
memory bound and reports the time, the peak memory and the exit code. The generators use the
standard library only (the .docx files are zipped by hand) and are deterministic: the same case
and scale give the same bytes. ``cut_short`` tells both runners which drafts of a batch were
stopped instead of answered.

Every draft is a fictional ordinance of a fictional municipality (``bench.gen``).
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench.gen import generate_ordinance

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
OFFICE_DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
REL_NUMBERING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"
REL_HEADER = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
REL_COMMENTS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
REL_TEMPLATE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate"
REL_SETTINGS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings"
REL_HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"

SMALL = generate_ordinance(12, seed=3)
"""A short realistic draft (about 12 articles) that hostile material is put in front of."""


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def para_xml(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{_esc(text)}</w:t></w:r></w:p>'


def document_xml(body: str) -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>{body}<w:sectPr/></w:body></w:document>'
    )


def text_body(text: str) -> str:
    return "".join(para_xml(line) for line in text.split("\n"))


def write_docx(
    path: Path,
    body: str,
    *,
    doc_name: str = "word/document.xml",
    parts: dict[str, bytes | str] | None = None,
    doc_rels: list[tuple[str, str, str, str | None]] | None = None,
    content_types: str | None = None,
    raw_entries: list[tuple[str, bytes]] | None = None,
) -> Path:
    """A minimal .docx: content types, package rels, the main part, its rels and extra parts.

    ``doc_rels`` are (id, type, target, mode) of the main part; ``raw_entries`` are added as
    they are (duplicates allowed, for the attacks on entry names).
    """
    overrides = "".join(
        f'<Override PartName="/{n}" ContentType="application/xml"/>' for n in (parts or {})
        if not n.endswith(".rels")
    )
    ct = content_types or (
        f'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="{CT_NS}">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/{doc_name}" ContentType="application/vnd.openxmlformats-officedocument.'
        f'wordprocessingml.document.main+xml"/>{overrides}</Types>'
    )
    rels = (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG_REL}">'
        f'<Relationship Id="rId1" Type="{OFFICE_DOC}" Target="{doc_name}"/></Relationships>'
    )
    folder, base = doc_name.rsplit("/", 1)
    main_rels = "".join(
        f'<Relationship Id="{i}" Type="{t}" Target="{_esc(tg)}"'
        + (f' TargetMode="{m}"' if m else "")
        + "/>"
        for i, t, tg, m in (doc_rels or [])
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", rels)
        z.writestr(doc_name, document_xml(body))
        z.writestr(
            f"{folder}/_rels/{base}.rels",
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG_REL}">{main_rels}</Relationships>',
        )
        for name, data in (parts or {}).items():
            z.writestr(name, data)
        for name, data in raw_entries or []:
            z.writestr(zipfile.ZipInfo(name), data)
    return path


@dataclass(frozen=True)
class Case:
    """One hostile input: ``build(folder, full)`` writes it and returns the CLI arguments.

    The arguments are given after ``python -m ordreview``; ``{out}`` stands for an output folder.
    ``kind`` is the class of the issue the case belongs to.
    """

    name: str
    kind: str
    build: Callable[[Path, bool], list[str]]
    seconds: float = 10.0  # the bar (CPU seconds at full size); the export budget is 20 s


CASES: list[Case] = []


def case(name: str, kind: str, seconds: float = 10.0) -> Callable[
        [Callable[[Path, bool], list[str]]], Callable[[Path, bool], list[str]]]:
    def deco(fn: Callable[[Path, bool], list[str]]) -> Callable[[Path, bool], list[str]]:
        CASES.append(Case(name, kind, fn, seconds))
        return fn

    return deco


def _txt(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _article_with(body: str) -> str:
    """The small draft with one more article holding ``body``."""
    return SMALL.replace("\n　　　附　則", f"\n（雑則）\n第90条　{body}\n\n　　　附　則", 1)


# ------------------------------------------------------------------------------ time


@case("long_line_txt", "time")
def _long_line_txt(folder: Path, full: bool) -> list[str]:
    n = 1_000_000 if full else 20_000
    return ["check", str(_txt(folder, "d.txt", "あ" * n + "\n" + SMALL))]


@case("long_line_ascii_txt", "time")
def _long_line_ascii(folder: Path, full: bool) -> list[str]:
    n = 3_000_000 if full else 20_000
    return ["check", str(_txt(folder, "d.txt", "x" * n + "条例第\n" + SMALL))]


@case("long_line_in_article", "time")
def _long_line_article(folder: Path, full: bool) -> list[str]:
    n = 1_000_000 if full else 20_000
    return ["check", str(_txt(folder, "d.txt", _article_with("あ" * n + "。")))]


@case("docx_many_runs", "time")
def _docx_many_runs(folder: Path, full: bool) -> list[str]:
    import random

    rnd = random.Random(5)
    n = 100_000 if full else 3_000
    runs = "".join(f'<w:r><w:t>{rnd.randrange(10**8)}</w:t></w:r>' for _ in range(n))
    body = f"<w:p>{runs}</w:p>" + text_body(SMALL)
    return ["export", str(write_docx(folder / "d.docx", body)), "-o", "{out}"]


@case("docx_long_first_paragraph", "time")
def _docx_long_first(folder: Path, full: bool) -> list[str]:
    n = 40_000 if full else 4_000
    body = para_xml("か" * n) + text_body(SMALL)
    return ["export", str(write_docx(folder / "d.docx", body)), "-o", "{out}"]


@case("html_long_line", "time")
def _html_long_line(folder: Path, full: bool) -> list[str]:
    n = 1_000_000 if full else 20_000
    lines = "".join(f"<p>{_esc(x)}</p>" for x in SMALL.split("\n"))
    html = f'<html><head><meta charset="utf-8"><title>t</title></head><body><p>{"あ" * n}</p>{lines}</body></html>'
    return ["check", str(_txt(folder, "d.html", html))]


@case("run_of_zen_kakugo", "time")
def _zen(folder: Path, full: bool) -> list[str]:
    n = 50_000 if full else 2_000
    return ["check", str(_txt(folder, "d.txt", _article_with("前各号" * n + "の規定は、適用しない。")))]


@case("run_of_doukou", "time")
def _doukou(folder: Path, full: bool) -> list[str]:
    n = 50_000 if full else 2_000
    return ["check", str(_txt(folder, "d.txt", _article_with("同項" * n + "の規定は、適用しない。")))]


@case("many_dai", "time")
def _many_dai(folder: Path, full: bool) -> list[str]:
    n = 100_000 if full else 3_000
    return ["check", str(_txt(folder, "d.txt", _article_with("第" * n + "の規定は、適用しない。")))]


@case("many_dai_jou", "time")
def _many_dai_jou(folder: Path, full: bool) -> list[str]:
    n = 30_000 if full else 1_000
    refs = "、".join(f"第{k}条" for k in range(1, n))
    return ["check", str(_txt(folder, "d.txt", _article_with(refs + "の規定は、適用しない。")))]


@case("many_terms", "time")
def _many_terms(folder: Path, full: bool) -> list[str]:
    n = 50_000 if full else 1_500
    terms = "\n".join(
        f"{k + 2}　この条例において「用語{k}号」とは、用語{k - 1}号に関する事項をいう。" for k in range(1, n)
    )
    text = _article_with("この条例において「用語0号」とは、個人情報をいう。\n" + terms)
    return ["check", str(_txt(folder, "d.txt", text))]


@case("many_chapters", "time")
def _many_chapters(folder: Path, full: bool) -> list[str]:
    n = 50_000 if full else 1_500
    lines = ["みずなら町個人情報保護条例", ""]
    for k in range(1, n + 1):
        lines.append(f"　　　第{k}章　事項{k}")
        lines.append(f"第{k}条　この条例は、事項{k}について定める。")
    return ["check", str(_txt(folder, "d.txt", "\n".join(lines) + "\n"))]


@case("huge_draft_10mb", "time")
def _huge(folder: Path, full: bool) -> list[str]:
    n = 28_500 if full else 600
    text = generate_ordinance(n, seed=11)
    if full:  # pad the sentences to reach about 10 MB
        text = text.replace("。\n", "。" + "なお、当該措置は、規則で定める。" * 5 + "\n")
        text = text.encode("utf-8")[: 10 * 1024 * 1024 - 1024].decode("utf-8", "ignore")
    return ["check", str(_txt(folder, "d.txt", text))]


@case("one_line_articles_10mb", "time")
def _one_line_articles(folder: Path, full: bool) -> list[str]:
    n = 170_000 if full else 2_000
    lines = ["みずなら町個人情報保護条例"] + [f"第{k}条　実施機関は、適正に取り扱う。" for k in range(1, n + 1)]
    return ["check", str(_txt(folder, "d.txt", "\n".join(lines) + "\n"))]


@case("pdf_text_spaced_one_line", "time")
def _spaced_one_line(folder: Path, full: bool) -> list[str]:
    # PDF text with every character spaced, pasted on one line: the cleanup's look-backs to the
    # start of the line must stay bounded (once quadratic: 2.4 MB of it took 90 s to clean)
    n = 15_000 if full else 400
    article = "第 {k} 条 実 施 機 関 は 、 次 の 各 号 に 掲 げ る 。 一 本 人 の 同 意 が あ る と き 。 "
    return ["check", str(_txt(folder, "d.txt", "".join(article.format(k=k) for k in range(1, n + 1)) + "\n"))]


@case("html_nav_divs", "time")
def _nav(folder: Path, full: bool) -> list[str]:
    n = 50_000 if full else 2_000
    lines = "".join(f"<p>{_esc(x)}</p>" for x in SMALL.split("\n"))
    html = "<html><body><nav>" + "<div>" * n + "メニュー" + "</div>" * n + f"</nav>{lines}</body></html>"
    return ["check", str(_txt(folder, "d.html", html))]


@case("blank_lines_export", "time")
def _blank(folder: Path, full: bool) -> list[str]:
    n = 200_000 if full else 5_000
    return ["export", str(_txt(folder, "d.txt", SMALL + "\n" * n + "附則\nこの条例は、公布の日から施行する。\n")), "-o", "{out}"]


@case("realistic_5000_check", "budget")
def _r5000_check(folder: Path, full: bool) -> list[str]:
    n = 5_000 if full else 300
    return ["check", str(_txt(folder, "d.txt", generate_ordinance(n, seed=5)))]


@case("realistic_5000_export", "budget", seconds=20.0)
def _r5000_export(folder: Path, full: bool) -> list[str]:
    n = 5_000 if full else 300
    return ["export", str(_txt(folder, "d.txt", generate_ordinance(n, seed=5))), "-o", "{out}"]


# ------------------------------------------------------------------------------ memory


def _numbering(lvl_text: str, start: int, fmt: str = "lowerLetter") -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="{W_NS}">'
        f'<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="{start}"/>'
        f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="{_esc(lvl_text)}"/></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
    )


def _numbered_body(paras: int) -> str:
    p = '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>項</w:t></w:r></w:p>'
    return p * paras + text_body(SMALL)


@case("numbering_bomb", "memory")
def _num_bomb(folder: Path, full: bool) -> list[str]:
    paras = 2_000 if full else 50
    parts = {"word/numbering.xml": _numbering("%1" * 120, 30_000)}  # within Word's limits, renders huge
    rels = [("rId9", REL_NUMBERING, "numbering.xml", None)]
    return ["check", str(write_docx(folder / "d.docx", _numbered_body(paras), parts=parts, doc_rels=rels))]


@case("numbering_long_level_text", "memory")
def _num_long(folder: Path, full: bool) -> list[str]:
    parts = {"word/numbering.xml": _numbering("%1" * 2_000, 1_000_000)}
    rels = [("rId9", REL_NUMBERING, "numbering.xml", None)]
    return ["check", str(write_docx(folder / "d.docx", _numbered_body(50), parts=parts, doc_rels=rels))]


@case("numbering_huge_counter", "memory")
def _num_counter(folder: Path, full: bool) -> list[str]:
    parts = {"word/numbering.xml": _numbering("%1.", 2_000_000_000, "upperRoman")}
    rels = [("rId9", REL_NUMBERING, "numbering.xml", None)]
    return ["check", str(write_docx(folder / "d.docx", _numbered_body(20), parts=parts, doc_rels=rels))]


@case("huge_document_xml", "memory")
def _huge_xml(folder: Path, full: bool) -> list[str]:
    # many tiny elements: a bulky tree from a moderately compressible part
    n = 900_000 if full else 20_000
    import random

    rnd = random.Random(7)
    filler = "".join(
        f'<w:p><w:r><w:t>{rnd.choice("あいうえおかきくけこ") * 3}</w:t></w:r><w:r><w:t>{rnd.randrange(10**6)}</w:t></w:r></w:p>'
        for _ in range(n)
    )
    return ["check", str(write_docx(folder / "d.docx", text_body(SMALL) + filler))]


# ------------------------------------------------------------------------------ one document per file


@case("duplicate_entry", "one_document")
def _dup(folder: Path, full: bool) -> list[str]:
    other = document_xml(text_body(generate_ordinance(8, seed=9)))
    path = write_docx(folder / "d.docx", text_body(SMALL), raw_entries=[("word/document.xml", other.encode())])
    return ["export", str(path), "-o", "{out}"]


@case("case_variant_entry", "one_document")
def _case_variant(folder: Path, full: bool) -> list[str]:
    other = document_xml(text_body(generate_ordinance(8, seed=9)))
    path = write_docx(folder / "d.docx", text_body(SMALL), raw_entries=[("WORD/DOCUMENT.XML", other.encode())])
    return ["export", str(path), "-o", "{out}"]


_DTD = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "boom">]><x>&e;</x>'


@case("dtd_utf32_part", "one_document")
def _dtd_utf32(folder: Path, full: bool) -> list[str]:
    parts = {"word/settings.xml": _DTD.replace('?>', ' encoding="UTF-32"?>', 1).encode("utf-32")}
    rels = [("rId8", REL_SETTINGS, "settings.xml", None)]
    path = write_docx(folder / "d.docx", text_body(SMALL), parts=parts, doc_rels=rels)
    return ["export", str(path), "-o", "{out}"]


@case("dtd_other_extension", "one_document")
def _dtd_ext(folder: Path, full: bool) -> list[str]:
    parts = {"word/header1.bin": _DTD}
    rels = [("rId8", REL_HEADER, "header1.bin", None)]
    path = write_docx(folder / "d.docx", text_body(SMALL), parts=parts, doc_rels=rels)
    return ["export", str(path), "-o", "{out}"]


@case("main_part_elsewhere", "one_document")
def _elsewhere(folder: Path, full: bool) -> list[str]:
    decoy = document_xml(text_body(generate_ordinance(8, seed=9)))
    path = write_docx(
        folder / "d.docx", text_body(SMALL), doc_name="main/body.xml", parts={"word/document.xml": decoy}
    )
    return ["export", str(path), "-o", "{out}"]


# ------------------------------------------------------------------------------ no internal errors


@case("title_over_255", "errors")
def _long_title(folder: Path, full: bool) -> list[str]:
    text = "かしわ村" + "個人情報" * 80 + "保護条例\n" + SMALL.split("\n", 1)[1]
    return ["export", str(_txt(folder, "d.txt", text)), "-o", "{out}"]


@case("comment_id_not_number", "errors")
def _comment_abc(folder: Path, full: bool) -> list[str]:
    comments = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:comments xmlns:w="{W_NS}">'
        '<w:comment w:id="abc" w:author="x"><w:p><w:r><w:t>既存</w:t></w:r></w:p></w:comment></w:comments>'
    )
    ct_extra = '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>'
    ct = (
        f'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="{CT_NS}">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        f'wordprocessingml.document.main+xml"/>{ct_extra}</Types>'
    )
    rels = [("rId7", REL_COMMENTS, "comments.xml", None)]
    path = write_docx(folder / "d.docx", text_body(SMALL), content_types=ct, doc_rels=rels,
                      raw_entries=[("word/comments.xml", comments.encode())])
    return ["export", str(path), "-o", "{out}"]


@case("content_types_foreign_ns", "errors")
def _ct_ns(folder: Path, full: bool) -> list[str]:
    ct = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="urn:example:other"/>'
    path = write_docx(folder / "d.docx", text_body(SMALL), content_types=ct)
    return ["export", str(path), "-o", "{out}"]


@case("mht_nested_multipart", "errors")
def _mht(folder: Path, full: bool) -> list[str]:
    n = 3_000 if full else 1_200
    parts = []
    for k in range(n):
        parts.append(f'Content-Type: multipart/related; boundary="b{k}"\n\n--b{k}\n')
    html = "<html><body>" + "".join(f"<p>{_esc(x)}</p>" for x in SMALL.split("\n")) + "</body></html>"
    tail = "Content-Type: text/html; charset=utf-8\n\n" + html + "\n"
    closing = "".join(f"--b{k}--\n" for k in reversed(range(n)))
    text = "MIME-Version: 1.0\n" + "".join(parts) + tail + closing
    return ["check", str(_txt(folder, "d.mht", text))]


def _meta_case(charset: str) -> Callable[[Path, bool], list[str]]:
    def build(folder: Path, full: bool) -> list[str]:
        body = "".join(f"<p>{_esc(x)}</p>" for x in SMALL.split("\n"))
        html = f'<html><head><meta charset="{charset}"></head><body><p>\\ud800</p>{body}</body></html>'
        return ["export", str(_txt(folder, "d.html", html)), "-o", "{out}"]

    return build


for _cs in ("idna", "punycode", "utf-7", "unicode_escape", "raw_unicode_escape"):
    CASES.append(Case(f"meta_charset_{_cs}", "errors", _meta_case(_cs)))


@case("article_number_4300_digits", "errors")
def _bignum(folder: Path, full: bool) -> list[str]:
    text = SMALL.replace("第1条　", "第" + "1" * 5000 + "条　", 1)
    return ["check", str(_txt(folder, "d.txt", text))]


@case("bidi_controls", "errors")
def _bidi(folder: Path, full: bool) -> list[str]:
    text = _article_with("実施機関は、\u202e保有個人情報を提供しない\u202c。")
    return ["check", str(_txt(folder, "d.txt", text))]


@case("external_links_template", "errors")
def _ext_links(folder: Path, full: bool) -> list[str]:
    settings = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:settings xmlns:w="{W_NS}" xmlns:r="{R_NS}">'
        '<w:attachedTemplate r:id="rId20"/></w:settings>'
    )
    rels = [
        ("rId8", REL_SETTINGS, "settings.xml", None),
        ("rId21", REL_HYPERLINK, "http://example.invalid/track", "External"),
    ]
    body = ('<w:p><w:hyperlink r:id="rId21"><w:r><w:t>リンク</w:t></w:r></w:hyperlink></w:p>' + text_body(SMALL))
    settings_rels = (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG_REL}">'
        f'<Relationship Id="rId20" Type="{REL_TEMPLATE}" Target="http://example.invalid/t.dotm"'
        ' TargetMode="External"/></Relationships>'
    )
    path = write_docx(folder / "d.docx", body, parts={"word/settings.xml": settings,
                                                        "word/_rels/settings.xml.rels": settings_rels},
                      doc_rels=rels)
    return ["export", str(path), "-o", "{out}"]


_SETTINGS_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"
_COMMENTS_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"


def _typed_docx(folder: Path, part: str, data: str, ctype: str, rel_type: str) -> Path:
    ct = (
        f'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="{CT_NS}">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        f'wordprocessingml.document.main+xml"/><Override PartName="/{part}" ContentType="{ctype}"/></Types>'
    )
    rels = [("rId7", rel_type, part.split("/", 1)[1], None)]
    return write_docx(folder / "d.docx", text_body(SMALL), content_types=ct, doc_rels=rels,
                      raw_entries=[(part, data.encode())])


@case("malformed_settings_part", "errors")
def _bad_settings(folder: Path, full: bool) -> list[str]:
    path = _typed_docx(folder, "word/settings.xml", f'<w:settings xmlns:w="{W_NS}"><w:zoom', _SETTINGS_CT,
                       REL_SETTINGS)
    return ["export", str(path), "-o", "{out}"]


@case("comments_part_other_root", "errors")
def _odd_comments(folder: Path, full: bool) -> list[str]:
    path = _typed_docx(folder, "word/comments.xml", f'<w:document xmlns:w="{W_NS}"><w:body/></w:document>',
                       _COMMENTS_CT, REL_COMMENTS)
    return ["export", str(path), "-o", "{out}"]


@case("backslash_entry_name", "one_document")
def _backslash(folder: Path, full: bool) -> list[str]:
    other = document_xml(text_body(generate_ordinance(8, seed=9)))
    path = write_docx(folder / "d.docx", text_body(SMALL), raw_entries=[("word\\document.xml", other.encode())])
    return ["export", str(path), "-o", "{out}"]


@case("batch_with_poison", "batch", seconds=20.0)  # 22 drafts, each its own process
def _batch(folder: Path, full: bool) -> list[str]:
    drafts = folder / "drafts"
    drafts.mkdir()
    for k in range(20 if full else 4):
        _txt(drafts, f"draft{k:02d}.txt", generate_ordinance(12, seed=100 + k))
    _huge(drafts, full)  # the 10 MB draft (d.txt) among them
    _num_bomb(drafts, full)  # and a numbering bomb (d.docx)
    return ["batch", str(drafts)]


def cut_short(batch_json: dict) -> list[dict]:
    """The ``unreadable`` entries of a ``batch --json`` result that no reader refused.

    A batch stops a draft over its own time or memory limit (``cli.batch.limit_time``,
    ``cli.batch.limit_memory``, the latter also for a worker that died) and reports a worker
    that crashed as an internal error. Such a draft was cut short: it was neither reviewed nor
    refused for a reason the officer can act on, so a hostile case that ends so has failed,
    whatever the batch's exit code.
    """
    from ordreview.cli.batch_cmd import LIMIT_MEMORY, LIMIT_TIME
    from ordreview.core.messages import render

    stops = ["internal error ("]  # the worker's own catch-all (``batch_cmd.review_one``)
    for code in (LIMIT_TIME, LIMIT_MEMORY):  # the text before the first placeholder
        stops.append(render(code, seconds="\0", memory="\0").en.split("\0", 1)[0])
    return [u for u in batch_json.get("unreadable", []) if u["message_en"].startswith(tuple(stops))]


def case_named(name: str) -> Case:
    for c in CASES:
        if c.name == name:
            return c
    raise KeyError(name)
