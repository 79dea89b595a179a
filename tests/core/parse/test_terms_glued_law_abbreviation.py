"""A web copy that glued every 号's term to its definition (「(1)個人情報法第2条第2項に規定する…」),
where the definitions cite the law by the draft's own abbreviation (「法」).

Where the glued copy uses 「個人情報法第2条」 again (inside 「要配慮個人情報法第2条…」, 「保有個人情報法第2条…」),
a longer head looks like a word of the draft; but a term is never followed by an article of the
law the draft abbreviates, so the term ends where the abbreviation starts — the copy defines
the clean draft's terms. The citation check reads the law's name right after such a glued term
(「(2)個人識別符号個人情報の保護に関する法律（…）第2条第3項」) and reports its drift as on the clean draft."""

from __future__ import annotations

from ordreview.core.parse import parse_text

CLEAN = "\n".join(
    [
        "くすのき台市個人情報保護条例",
        "（目的）",
        "第1条　この条例は、行政機関の保有する個人情報の保護に関する法律（平成15年法律第58号。以下「法」という。）の"
        "趣旨にのっとり、市の機関における個人情報の取扱いに関し必要な事項を定めるものとする。",
        "（定義）",
        "第2条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。",
        "(1)　個人情報　法第2条第2項に規定する個人情報をいう。",
        "(2)　個人識別符号　個人情報の保護に関する法律（平成15年法律第57号）第2条第3項に規定する個人識別符号をいう。",
        "(3)　要配慮個人情報　法第2条第4項に規定する要配慮個人情報をいう。",
        "(4)　保有個人情報　法第2条第5項に規定する保有個人情報をいう。",
        "(5)　非識別加工情報　法第2条第8項に規定する非識別加工情報をいう。",
        "（責務）",
        "第3条　市の機関は、個人情報、個人識別符号、要配慮個人情報及び保有個人情報の適正な取扱いに努め、"
        "非識別加工情報の提供に当たっては、その適正な利用を確保しなければならない。",
    ]
)


def _glued(text: str) -> str:
    """Each item's marker, term and definition glued as a web page's cells copy them."""
    out = []
    for line in text.split("\n"):
        if line.startswith("("):
            marker, term, definition = line.split("\u3000")
            line = f"{marker}\u00a0{term}{definition}"
        out.append(line)
    return "\n".join(out)


def test_glued_copy_defines_the_clean_terms() -> None:
    glued = _glued(CLEAN)
    assert "(1)\u00a0個人情報法第2条第2項" in glued and "(3)\u00a0要配慮個人情報法第2条" in glued
    clean_terms = [t.term for t in parse_text(CLEAN).terms]
    assert "個人情報" in clean_terms and "非識別加工情報" in clean_terms
    assert [t.term for t in parse_text(glued).terms] == clean_terms


def test_a_longer_head_without_a_cited_article_stays() -> None:
    # no article follows: the draft's own word 「個人情報法務」 is no abbreviation plus article
    text = CLEAN.replace("(1)　個人情報　法第2条第2項に規定する個人情報をいう。",
                         "(1)　個人情報法務担当　個人情報の取扱いを担当する職員をいう。")
    text += "\n第4条　個人情報法務担当は、市長が指名する。"
    terms = [t.term for t in parse_text(_glued(text)).terms]
    assert "個人情報法務担当" in terms


def test_drift_after_a_glued_term_is_reported_as_on_the_clean_draft() -> None:
    from ordreview.core.choose import choose_profile
    from ordreview.core.labels import place_label
    from ordreview.core.review import review_ordinance

    def drifts(text: str) -> list[str]:
        ordinance = parse_text(text)
        review = review_ordinance(ordinance, choose_profile(ordinance, "auto").profile)
        return [place_label(ordinance, f.location) for f in review.findings if f.rule == "cite.drift"]

    assert drifts(CLEAN) == ["第2条第2号"]  # 第2条第3項 of that Act is 要配慮個人情報 now
    assert drifts(_glued(CLEAN)) == drifts(CLEAN)


SECOND = "\n".join(
    [
        "ふなばし町個人情報保護条例",
        "（定義）",
        "第1条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。",
        "(1)　個人情報　行政機関の保有する個人情報の保護に関する法律（平成15年法律第58号。以下「行個法」という。）"
        "第2条第2項に規定する個人情報をいう。",
        "(2)　保有個人情報　行個法第2条第4項に規定する保有個人情報に相当するものとして、町の機関が保有するものをいう。",
        "(3)　町非識別加工情報　行個法第2条第8項に規定する非識別加工情報に相当するものとして町の機関が作成するものをいう。",
        "(4)　町非識別加工情報ファイル　町非識別加工情報を含む情報の集合物であって、体系的に構成したものをいう。",
        "(5)　町非識別加工情報取扱事業者　町非識別加工情報ファイルを事業の用に供している者をいう。",
        "（責務）",
        "第2条　町非識別加工情報取扱事業者は、町非識別加工情報ファイルの漏えいの防止に努め、町非識別加工情報、"
        "個人情報及び保有個人情報を適正に取り扱わなければならない。",
    ]
)


def test_glued_term_before_a_used_word_holding_a_known_term() -> None:
    # 「町非識別加工情報ファイル町非識別加工情報を含む…」: the definition opens with a word the draft
    # uses (町非識別加工情報), not with the known 非識別加工情報 one character further on
    assert [t.term for t in parse_text(_glued(SECOND)).terms] == [t.term for t in parse_text(SECOND).terms]


def test_law_abbreviation_defined_after_a_glued_term_names_the_law() -> None:
    # 行個法 is defined inside the glued item 「(1)個人情報行政機関の保有する…法律（…以下「行個法」という。）」;
    # 「行個法第2条第4項」 cites 個人情報ファイル there, not 保有個人情報: the drift is found on both
    from ordreview.core.choose import choose_profile
    from ordreview.core.labels import place_label
    from ordreview.core.review import review_ordinance

    def drifts(text: str) -> list[str]:
        ordinance = parse_text(text)
        review = review_ordinance(ordinance, choose_profile(ordinance, "auto").profile)
        return [place_label(ordinance, f.location) for f in review.findings if f.rule == "cite.drift"]

    assert drifts(SECOND) == ["第1条第2号"]
    assert drifts(_glued(SECOND)) == drifts(SECOND)
