"""Applying 改め文 bills to the ordinance in force (ordreview.core.amend)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ordreview.core.amend.apply import consolidate_texts
from ordreview.core.amend.bill import parse_bill
from ordreview.core.amend.ordtree import read_tree

FIX = Path(__file__).resolve().parents[3] / "fixtures"
AMEND = FIX / "amend"


def read(name: str) -> str:
    return (AMEND / name).read_text(encoding="utf-8")


CURRENT = """みどり村個人情報保護条例
平成10年3月20日条例第4号

（目的）
第1条　この条例は、個人情報の保護に関し必要な事項を定めるものとする。

（定義）
第2条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
　(1)　個人情報　個人に関する情報をいう。
　(2)　実施機関　村長及び教育委員会をいう。
　(3)　公文書　実施機関の職員が職務上作成した文書をいう。
　(4)　本人　個人情報によって識別される個人をいう。

（収集の制限）
第3条　実施機関は、個人情報を収集するときは、目的を明確にしなければならない。
2　実施機関は、本人から収集しなければならない。
3　実施機関は、思想に関する個人情報を収集してはならない。

（利用の制限）
第4条　実施機関は、目的以外に個人情報を利用してはならない。

（苦情）
第5条　実施機関は、苦情を処理するよう努めなければならない。

（委任）
第6条　この条例の施行に関し必要な事項は、規則で定める。

　　　附　則
1　この条例は、平成10年4月1日から施行する。
2　この条例の施行前の収集については、第3条の規定は、適用しない。"""


def bill(*sentences: str) -> str:
    return "みどり村個人情報保護条例の一部を改正する条例\n\nみどり村個人情報保護条例（平成10年みどり村条例第4号）の一部を次のように改正する。\n\n" + "\n".join(sentences)


def apply(*sentences: str):
    return consolidate_texts(CURRENT, bill(*sentences))


def lines(result) -> list[str]:
    return result.text.split("\n")


# --------------------------------------------------------------------------- fixtures


def test_clean_bill_gives_the_expected_consolidated_text_character_for_character():
    result = consolidate_texts(read("current-yamabuki.txt"), read("bill-yamabuki-2017.txt"))
    assert result.failures == ()
    assert result.stale_references == ()
    assert result.text == read("expected-yamabuki-2017.txt")


def test_unchanged_ordinance_reads_back_identically():
    for name in ("model-complete.txt", "model-national-style.txt", "old-style.txt", "defects.txt"):
        text = (FIX / name).read_text(encoding="utf-8")
        assert read_tree(text).text() == text, name


@pytest.mark.parametrize("name", ["bill-yamabuki-errors-a", "bill-yamabuki-errors-b"])
def test_each_seeded_error_is_reported_on_its_sentence(name):
    expected = json.loads(read(f"{name}.expected.json"))
    result = consolidate_texts(read(expected["current"]), read(expected["bill"]))
    got = [{"sentence": f.sentence, "code": f.code} for f in result.failures]
    assert got == expected["failures"]
    stale = [{"sentence": s.sentence, "article": s.citing[0], "text": s.text} for s in result.stale_references]
    assert stale == expected["stale_references"]
    parsed = parse_bill(read(expected["bill"]))
    for failure in result.failures:
        start, end = failure.span
        assert parsed.text[start:end] == parsed.sentences[failure.sentence - 1].text
        assert failure.message_ja and failure.message_en


def test_bill_frame_title_enactment_and_own_suppl():
    parsed = parse_bill(read("bill-yamabuki-2017.txt"))
    assert parsed.title == "やまぶき町個人情報保護条例の一部を改正する条例（案）"
    assert parsed.target_title == "やまぶき町個人情報保護条例"
    assert parsed.target_number == "平成15年やまぶき町条例第7号"
    assert len(parsed.sentences) == 9
    assert parsed.suppl_lines[1] == "（施行期日）"


def test_line_origins_point_at_the_sentence_that_changed_the_line():
    result = consolidate_texts(read("current-yamabuki.txt"), read("bill-yamabuki-2017.txt"))
    text_lines = result.text.split("\n")
    assert len(text_lines) == len(result.line_origins)

    def origin(start: str) -> int | None:
        return next(o for line, o in zip(text_lines, result.line_origins) if line.strip().startswith(start))

    assert origin("(2)　個人識別符号") == 2
    assert origin("第18条の3") == 7
    assert origin("第3条　") is None
    offset = result.text.index("要配慮個人情報を収集してはならない")
    assert result.sentence_at(offset) == 5


# --------------------------------------------------------------------------- forms


def test_words_replace_delete_and_insert_in_one_sentence():
    r = apply("第3条第1項中「目的」を「利用目的」に改め、「明確に」を削り、同条第3項中「思想」の次に「、信条」を加える。")
    assert r.failures == ()
    assert "第3条　実施機関は、個人情報を収集するときは、利用目的をしなければならない。" in lines(r)
    assert "3　実施機関は、思想、信条に関する個人情報を収集してはならない。" in lines(r)


def test_insertion_verb_variants_are_all_accepted():
    for rel in ("の下に", "の次に", "の右に", "の後に"):
        r = apply(f"第4条中「目的」{rel}「又は規則」を加える。")
        assert r.failures == (), rel
        assert "第4条　実施機関は、目的又は規則以外に個人情報を利用してはならない。" in lines(r)


def test_several_pairs_and_shared_new_words():
    r = apply("第2条第2号中「村長」を「村長、議会」に、「教育委員会」を「行政委員会」に改める。",
              "第4条中「目的」及び「利用」を「用途」に改める。")
    assert r.failures == ()
    assert "　(2)　実施機関　村長、議会及び行政委員会をいう。" in lines(r)
    assert "第4条　実施機関は、用途以外に個人情報を用途してはならない。" in lines(r)


def test_every_occurrence_in_the_named_provision_changes():
    r = apply("第3条中「個人情報」を「個人の情報」に改める。")
    assert r.failures == ()
    assert "第3条　実施機関は、個人の情報を収集するときは、目的を明確にしなければならない。" in lines(r)
    assert "3　実施機関は、思想に関する個人の情報を収集してはならない。" in lines(r)
    assert "第4条　実施機関は、目的以外に個人情報を利用してはならない。" in lines(r)


def test_change_that_would_double_existing_text_is_ambiguous():
    r = apply("第3条中「実施機関は」を「実施機関は、」に改める。")
    assert [f.code for f in r.failures] == ["ambiguous"]


def test_caption_changes_set_delete_and_with_caption():
    r = apply("第5条の見出し中「苦情」を「苦情の処理」に改める。", "第6条の見出しを「（規則への委任）」に改める。",
              "第4条（見出しを含む。）中「利用」を「使用」に改める。")
    assert r.failures == ()
    assert "（苦情の処理）" in lines(r) and "（規則への委任）" in lines(r) and "（使用の制限）" in lines(r)


def test_paragraph_renumbering_and_deletion_with_same_article():
    r = apply("第3条第2項を削り、同条第3項を同条第2項とする。")
    assert r.failures == ()
    assert "2　実施機関は、思想に関する個人情報を収集してはならない。" in lines(r)


def test_item_move_then_same_item_refers_to_the_new_number():
    r = apply("第2条第4号を同条第5号とし、同号の前に次の1号を加える。",
              "　(4)　保有個人情報　実施機関が保有する個人情報をいう。")
    assert r.failures == ()
    out = lines(r)
    i = out.index("　(4)　保有個人情報　実施機関が保有する個人情報をいう。")
    assert out[i + 1] == "　(5)　本人　個人情報によって識別される個人をいう。"


def test_range_shift_then_add_and_kanji_numbers():
    r = apply("第二条第四号を同条第五号とし、同条第二号及び第三号を一号ずつ繰り下げ、同条第一号の次に次の一号を加える。",
              "　(2)　個人識別符号　規則で定める符号をいう。")
    assert r.failures == ()
    out = lines(r)
    assert out[out.index("　(1)　個人情報　個人に関する情報をいう。") + 1] == "　(2)　個人識別符号　規則で定める符号をいう。"
    assert "　(3)　実施機関　村長及び教育委員会をいう。" in out
    assert "　(5)　本人　個人情報によって識別される個人をいう。" in out


def test_whole_article_replaced_and_deleted_shell():
    r = apply("第5条を次のように改める。", "第5条　削除")
    assert r.failures == ()
    out = lines(r)
    assert "第5条　削除" in out and "（苦情）" not in out


def test_article_added_after_and_articles_renumbered_from_the_end():
    r = apply("第6条を第7条とし、第5条を第6条とし、第4条の次に次の1条を加える。",
              "（提供の制限）", "第5条　実施機関は、個人情報を提供してはならない。")
    assert r.failures == ()
    out = lines(r)
    assert out.index("第5条　実施機関は、個人情報を提供してはならない。") < out.index("第6条　実施機関は、苦情を処理するよう努めなければならない。")
    assert "第7条　この条例の施行に関し必要な事項は、規則で定める。" in out
    # the stale citation check: 附則 citations are outside it, and no main citation moved
    assert r.stale_references == ()


def test_renumbering_from_the_front_overwrites():
    r = apply("第5条を第6条とし、第6条を第7条とし、第4条の次に次の1条を加える。", "第5条　実施機関は、提供してはならない。")
    assert [(f.sentence, f.code) for f in r.failures] == [(1, "renumber_order")]


def test_deleting_an_article_and_moving_up():
    r = apply("第4条を削り、第5条を第4条とし、第6条を第5条とする。")
    assert r.failures == ()
    assert "第5条　この条例の施行に関し必要な事項は、規則で定める。" in lines(r)


def test_paragraph_added_at_the_end():
    r = apply("第4条に次の1項を加える。", "2　前項の規定にかかわらず、本人の同意があるときは、この限りでない。")
    assert r.failures == ()
    out = lines(r)
    assert out[out.index("第4条　実施機関は、目的以外に個人情報を利用してはならない。") + 1].startswith("2　前項の規定")


def test_suppl_is_amended_and_the_bill_suppl_appended():
    r = consolidate_texts(CURRENT, bill("附則第2項中「第3条」を「第3条第1項」に改める。") + "\n\n　　　附　則\nこの条例は、公布の日から施行する。")
    assert r.failures == ()
    out = lines(r)
    assert "2　この条例の施行前の収集については、第3条第1項の規定は、適用しない。" in out
    assert out[-2:] == ["　　　附　則（　年　月　日条例第　号）", "この条例は、公布の日から施行する。"]


def test_honsoku_scope_and_title():
    r = apply("題名を次のように改める。", "みどり村個人情報の保護に関する条例", "本則中「実施機関」を「村の機関」に改める。")
    assert r.failures == ()
    out = lines(r)
    assert out[0] == "みどり村個人情報の保護に関する条例"
    assert not any("実施機関" in line for line in out[3:30])


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("第3条第1項中「目標」を「目的」に改める。", "target_not_found"),
        ("第9条中「目的」を「目標」に改める。", "provision_not_found"),
        ("第2条第7号を削る。", "provision_not_found"),
        ("第2条第3号を同条第4号とする。", "collision"),
        ("同条中「目的」を「目標」に改める。", "dou_ambiguous"),
        ("第3条及び第4条中「目的」を「目標」に改め、同条第2項を削る。", "dou_ambiguous"),
        ("第2条第1号中「情報」の次に「（生存する者に限る。）」を加え、同号中「個人に関する」の次に「情報」を加える。", "ambiguous"),
        ("第4条の次に次の1条を加える。", "count_mismatch"),
        ("第3条中「目的」を「目標」とする。", "unparsed"),
    ],
)
def test_each_failure_code(sentence, code):
    r = apply(sentence, *(["第5条　実施機関は、提供してはならない。", "第5条の2　実施機関は、提供してはならない。"] if "1条を加える" in sentence else []))
    assert [f.code for f in r.failures] == [code]
    assert r.failures[0].sentence == 1


def test_failed_sentence_does_not_stop_the_next():
    r = apply("第9条を削る。", "第4条中「目的」を「利用目的」に改める。")
    assert [f.sentence for f in r.failures] == [1]
    assert "第4条　実施機関は、利用目的以外に個人情報を利用してはならない。" in lines(r)


def test_stale_citation_is_reported_on_the_citing_provision():
    current = CURRENT.replace("第4条　実施機関は、目的以外に", "第4条　実施機関は、第2条第3号に規定する公文書に記録された目的以外に")
    r = consolidate_texts(current, bill("第2条第3号を同条第4号とし、同条第4号を同条第5号とする。"))
    # written in the wrong order: the first move collides with 第4号, moved later in the sentence
    assert [f.code for f in r.failures] == ["renumber_order"]
    r = consolidate_texts(current, bill("第2条第4号を同条第5号とし、同条第3号を同条第4号とし、同条第2号の次に次の1号を加える。",
                                        "　(3)　保有個人情報　実施機関が保有する個人情報をいう。"))
    assert r.failures == ()
    assert [(s.sentence, s.citing[0], s.text) for s in r.stale_references] == [(1, "4", "第2条第3号")]


def test_suppl_paragraph_added_at_the_end():
    r = apply("附則に次の1項を加える。", "3　この条例の施行前にした行為に対する罰則の適用については、なお従前の例による。")
    assert r.failures == ()
    assert lines(r)[-1] == "3　この条例の施行前にした行為に対する罰則の適用については、なお従前の例による。"


def test_sub_items_added_with_tsugi_no_youni_and_proviso():
    r = apply("第2条第1号に次のように加える。", "　　ア　生存する個人に関する情報", "　　イ　死者に関する情報",
              "第4条に次のただし書を加える。", "ただし、本人の同意があるときは、この限りでない。")
    assert r.failures == ()
    out = lines(r)
    i = out.index("　(1)　個人情報　個人に関する情報をいう。")
    assert out[i + 1: i + 3] == ["　　ア　生存する個人に関する情報", "　　イ　死者に関する情報"]
    assert "第4条　実施機関は、目的以外に個人情報を利用してはならない。ただし、本人の同意があるときは、この限りでない。" in out


def test_title_words_and_appended_table():
    current = CURRENT + "\n\n別表第1（第3条関係）\n区分　手数料\n写しの交付　1枚10円"
    r = consolidate_texts(current, bill("題名中「個人情報保護」を「個人情報の保護に関する」に改める。",
                                        "別表第1中「1枚10円」を「1枚20円」に改める。"))
    assert r.failures == ()
    out = lines(r)
    assert out[0] == "みどり村個人情報の保護に関する条例"
    assert out[-1] == "写しの交付　1枚20円"


def test_range_of_articles_deleted():
    r = apply("第4条から第5条までを削り、第6条を第4条とする。")
    assert r.failures == ()
    assert "第4条　この条例の施行に関し必要な事項は、規則で定める。" in lines(r)
    assert not any(line.startswith("第5条") for line in lines(r))


def test_national_style_ordinance_keeps_kanji_numbers():
    text = (FIX / "model-national-style.txt").read_text(encoding="utf-8")
    title = text.split("\n")[0]
    result = consolidate_texts(text, f"{title}の一部を改正する条例\n{title}の一部を次のように改正する。\n"
                                     "第五十七条を第五十八条とし、第五十六条の次に次の一条を加える。\n"
                                     "（報告）\n第五十七条　実施機関は、毎年度、この条例の運用状況を公表するものとする。")
    # the last chapter now ends at 第五十八条 and the bill left the 目次 as it was
    assert [(f.sentence, f.code) for f in result.failures] == [(1, "toc_not_amended")]
    out = result.text.split("\n")
    assert "第五十七条　実施機関は、毎年度、この条例の運用状況を公表するものとする。" in out
    assert any(line.startswith("第五十八条　") for line in out)


def test_national_style_bill_that_amends_the_toc_applies_cleanly():
    text = (FIX / "model-national-style.txt").read_text(encoding="utf-8")
    title = text.split("\n")[0]
    result = consolidate_texts(text, f"{title}の一部を改正する条例\n{title}の一部を次のように改正する。\n"
                                     "目次中「第五十二条―第五十七条」を「第五十二条―第五十八条」に改める。\n"
                                     "第五十七条を第五十八条とし、第五十六条の次に次の一条を加える。\n"
                                     "（報告）\n第五十七条　実施機関は、毎年度、この条例の運用状況を公表するものとする。")
    assert result.failures == ()
    assert "　第七章　罰則（第五十二条―第五十八条）" in result.text.split("\n")


def test_indented_bill_against_the_old_style_fixture():
    """A bill in another municipal layout (indented sentences, 条例番号 without the village's name,
    ただし書・後段・各号 deleted, 見出し added, chapters moved and one added, 「の下に」)."""
    result = consolidate_texts((FIX / "old-style.txt").read_text(encoding="utf-8"), read("bill-kawase-2017.txt"))
    assert result.failures == () and result.stale_references == ()
    out = result.text.split("\n")
    assert out[11:14] == [
        "　(2)　個人識別符号　行政機関の保有する個人情報の保護に関する法律（平成15年法律第58号）第2条第3項に規定する個人識別符号をいう。",
        "　(3)　個人情報　生存する個人に関する情報であって、当該情報に含まれる氏名、生年月日その他の記述等により特定の個人を識別することができるもの（他の情報と照合することができ、それにより特定の個人を識別することができることとなるものを含む。）又は個人識別符号が含まれるものをいう。",
        "　(4)　公文書　かわせ村情報公開条例（平成10年かわせ村条例第3号）第2条第2号に規定する公文書をいう。",
    ]
    assert "2　実施機関は、要配慮個人情報を収集してはならない。ただし、法令又は条例（以下「法令等」という。）に定めがあるとき、及び個人情報保護審議会の意見を聴いて個人情報取扱事務の目的を達成するために必要があると認めるときは、この限りでない。" in out
    assert "第12条　実施機関の職員又は職員であった者は、職務上知り得た個人情報をみだりに他人に知らせ、又は不当な目的に使用してはならない。" in out
    i = out.index("　　　第6章　非識別加工情報の提供")
    assert out[i:i + 4] == ["　　　第6章　非識別加工情報の提供", "", "（非識別加工情報の提供）",
                            "第27条の2　実施機関は、規則で定めるところにより、非識別加工情報を作成し、及び提供することができる。"]
    assert out[i + 5] == "　　　第7章　雑則" and "　　　第8章　罰則" in out
    assert "第28条　実施機関は、実施機関が行う個人情報の取扱いに関する苦情の申出及び相談があったときは、適切かつ迅速に処理しなければならない。" in out
    assert out[-3:] == ["　　　附　則（　年　月　日条例第　号）", "　この条例は、平成30年4月1日から施行する。", ""]


def test_quotes_match_across_full_and_half_width_and_keep_the_new_text_as_written():
    r = apply("第４条中「目的以外に」を「目的以外に（第３条第１項の目的をいう。）」に改める。")
    assert r.failures == ()
    assert "第4条　実施機関は、目的以外に（第３条第１項の目的をいう。）個人情報を利用してはならない。" in lines(r)


def test_toc_amended_wrongly_is_a_mismatch():
    text = read("bill-yamabuki-2017.txt").replace("（第18条の2―第18条の4）", "（第18条の2―第18条の5）")
    result = consolidate_texts(read("current-yamabuki.txt"), text)
    assert [(f.sentence, f.code) for f in result.failures] == [(7, "toc_mismatch")]


def test_mutated_bills_never_raise():
    import random

    current = read("current-yamabuki.txt")
    clean = read("bill-yamabuki-2017.txt")
    rng = random.Random(7)
    pieces = ["第", "条", "項", "号", "中", "「", "」", "を", "に", "改め", "削る", "加え", "、", "。", "次の", "1", "２", "三",
              "同条", "ずつ", "繰り下げ", "\n", "見出し", "目次", "附則", "から", "まで"]
    for _ in range(80):
        chars = list(clean)
        for _ in range(rng.randint(1, 6)):
            k = rng.randrange(len(chars))
            if rng.random() < 0.5:
                del chars[k: k + rng.randint(1, 8)]
            else:
                chars.insert(k, rng.choice(pieces))
        result = consolidate_texts(current, "".join(chars))
        n = len(result.bill.sentences) if result.bill else 0
        assert all(1 <= f.sentence <= n for f in result.failures)
        assert len(result.line_origins) == result.text.count("\n") + 1


def test_history_notes_of_a_reikishu_stay_out_of_the_provisions():
    current = CURRENT.replace("第1条　この条例は、個人情報の保護に関し必要な事項を定めるものとする。",
                              "第1条　この条例は、個人情報の保護に関し必要な事項を定めるものとする。\n（平17条例22・一部改正）")
    current = current.replace("2　実施機関は、本人から収集しなければならない。",
                              "2　実施機関は、本人から収集しなければならない。\n（平20条例3・追加）")
    tree = read_tree(current)
    assert tree.text() == current
    second = next(a for a in tree.articles() if a.num == (2,))
    assert second.caption == "（定義）"
    assert "平17" not in tree.main[0].children[0].body
    r = consolidate_texts(current, bill("第2条の見出しを「（用語の意義）」に改める。", "第3条第3項中「思想」を「信条」に改める。"))
    assert r.failures == ()
    assert "（用語の意義）" in lines(r) and "（平20条例3・追加）" in lines(r)


def test_paragraphs_moved_from_the_end_and_one_added_in_the_middle():
    r = apply("第3条第3項を同条第4項とし、同条第2項中「本人」を「当該本人」に改め、同項を同条第3項とし、同条第1項の次に次の1項を加える。",
              "2　実施機関は、収集した個人情報を目的の範囲内で保管しなければならない。")
    assert r.failures == ()
    out = lines(r)
    i = out.index("第3条　実施機関は、個人情報を収集するときは、目的を明確にしなければならない。")
    assert out[i + 1: i + 4] == ["2　実施機関は、収集した個人情報を目的の範囲内で保管しなければならない。",
                                 "3　実施機関は、当該本人から収集しなければならない。",
                                 "4　実施機関は、思想に関する個人情報を収集してはならない。"]


def test_article_added_with_its_caption_after_a_chapter_and_national_kanji_paragraphs():
    text = (FIX / "model-national-style.txt").read_text(encoding="utf-8")
    title = text.split("\n")[0]
    second = next(line for line in text.split("\n") if line.startswith("２　"))
    owner = read_tree(text)
    article = next(a for a in owner.articles() if len(a.children) >= 3)
    label = article.marker
    result = consolidate_texts(text, f"{title}の一部を改正する条例\n{title}の一部を次のように改正する。\n"
                                     f"{label}第二項を削り、同条第三項を同条第二項とする。")
    assert result.failures == ()
    assert second.startswith("２　")
    third = article.children[2].body
    assert f"２　{third}" in result.text.split("\n")


def test_consolidation_gives_the_reviewers_structure():
    result = consolidate_texts(read("current-yamabuki.txt"), read("bill-yamabuki-2017.txt"))
    ordinance = result.ordinance
    assert ordinance.title == "やまぶき町個人情報保護条例"
    assert [a.num for a in ordinance.articles if a.num.startswith("18")] == ["18", "18_2", "18_3", "18_4"]
    assert len(ordinance.article("2").paragraphs[0].items) == 9
    assert [s.amend_law_num for s in ordinance.suppl_provisions][:2] == [None, "平成22年6月21日条例第12号"]
    assert len(ordinance.suppl_provisions) == 3


def test_paragraphs_and_items_replaced_whole():
    r = apply("第3条第1項を次のように改める。", "第3条　実施機関は、個人情報を収集するときは、利用目的を特定しなければならない。",
              "第3条第2項を次のように改める。", "2　実施機関は、原則として本人から収集しなければならない。",
              "第2条第2号を次のように改める。", "　(2)　実施機関　村長、教育委員会及び選挙管理委員会をいう。")
    assert r.failures == ()
    out = lines(r)
    assert "第3条　実施機関は、個人情報を収集するときは、利用目的を特定しなければならない。" in out
    assert "2　実施機関は、原則として本人から収集しなければならない。" in out
    assert "　(2)　実施機関　村長、教育委員会及び選挙管理委員会をいう。" in out
    assert "（収集の制限）" in out


def test_first_paragraph_added_after_moving_the_others_down():
    r = apply("第3条第3項を同条第4項とし、同条第2項を同条第3項とし、同条第1項を同条第2項とし、同条に第1項として次の1項を加える。",
              "第3条　実施機関は、個人情報の収集に当たっては、規則で定める手続によらなければならない。")
    assert r.failures == ()
    out = lines(r)
    i = out.index("第3条　実施機関は、個人情報の収集に当たっては、規則で定める手続によらなければならない。")
    assert out[i + 1: i + 4] == ["2　実施機関は、個人情報を収集するときは、目的を明確にしなければならない。",
                                 "3　実施機関は、本人から収集しなければならない。",
                                 "4　実施機関は、思想に関する個人情報を収集してはならない。"]


def test_first_paragraph_deleted_and_the_second_moved_up():
    r = apply("第3条第1項を削り、同条第2項を同条第1項とし、同条第3項を同条第2項とする。")
    assert r.failures == ()
    out = lines(r)
    i = out.index("第3条　実施機関は、本人から収集しなければならない。")
    assert out[i + 1] == "2　実施機関は、思想に関する個人情報を収集してはならない。"


def test_run_of_articles_deleted_as_one_shell_and_partly_revived():
    r = apply("第4条から第5条までを次のように改める。", "第4条及び第5条　削除")
    assert r.failures == ()
    assert "第4条及び第5条　削除" in lines(r) and "（苦情）" not in lines(r)
    shell = r.text
    current = shell
    r2 = consolidate_texts(current, bill("第4条から第5条までを次のように改める。", "第4条　削除",
                                         "（苦情の処理）", "第5条　実施機関は、苦情を適切に処理しなければならない。"))
    assert r2.failures == ()
    out = lines(r2)
    assert out[out.index("第4条　削除") + 1:out.index("第4条　削除") + 4] == [
        "", "（苦情の処理）", "第5条　実施機関は、苦情を適切に処理しなければならない。"]


def test_article_scope_then_items_cited_without_the_article():
    r = apply("第2条中第4号を第5号とし、第3号の次に次の1号を加える。", "　(4)　保有個人情報　実施機関が保有する個人情報をいう。",
              "第2条第4号の次に次の1号を加える。", "　(4)の2　個人情報ファイル　保有個人情報の集合物をいう。")
    assert r.failures == ()
    out = lines(r)
    i = out.index("　(4)　保有個人情報　実施機関が保有する個人情報をいう。")
    assert out[i + 1: i + 3] == ["　(4)の2　個人情報ファイル　保有個人情報の集合物をいう。",
                                 "　(5)　本人　個人情報によって識別される個人をいう。"]


def test_hard_wrapped_bill_and_ordinance_give_the_same_text_but_for_line_breaks():
    import sys

    sys.path.insert(0, str(FIX / "tools"))
    from make_variants import wrapped  # the fixtures' own 38-column wrapping (a PDF copy)

    bill_text = wrapped(read("bill-yamabuki-2017.txt"))
    parsed = parse_bill(bill_text)
    assert [s.text for s in parsed.sentences] == [s.text for s in parse_bill(read("bill-yamabuki-2017.txt")).sentences]
    result = consolidate_texts(wrapped(read("current-yamabuki.txt")), bill_text)
    assert result.failures == () and result.stale_references == ()
    assert result.text.replace("\n", "") == read("expected-yamabuki-2017.txt").replace("\n", "")


def test_short_quoted_toc_is_not_joined_with_the_next_sentence():
    current = read("current-yamabuki.txt")
    r = consolidate_texts(current, bill("目次を次のように改める。", "目次", "　第1章　総則（第1条―第4条）", "　附則",
                                        "第3条中「あらゆる」を「すべての」に改める。"))
    assert [s.text for s in r.bill.sentences] == ["目次を次のように改める。", "第3条中「あらゆる」を「すべての」に改める。"]
    assert "第3条　実施機関は、個人情報の保護に関し必要な措置を講ずるとともに、すべての施策を通じて個人情報の保護に努めなければならない。" in r.text


def test_bill_with_agenda_number_proposer_and_reason():
    text = ("議案第12号\n\n" + read("bill-yamabuki-2017.txt").rstrip("\n")
            + "\n\n提案理由\n行政機関個人情報保護法の改正を踏まえ、所要の改正を行うため。\n")
    parsed = parse_bill(text)
    assert parsed.title == "やまぶき町個人情報保護条例の一部を改正する条例（案）"
    assert parsed.suppl_lines[-1].startswith("2　この条例の施行の際")
    result = consolidate_texts(read("current-yamabuki.txt"), text)
    assert result.text == read("expected-yamabuki-2017.txt")


def test_added_provisions_of_another_unit_are_a_count_mismatch():
    r = apply("第4条の次に次の1条を加える。", "2　実施機関は、提供してはならない。")
    assert [f.code for f in r.failures] == ["count_mismatch"]
    r = apply("第3条第3項を削る。", "第4条第1項を削る。")
    assert [(f.sentence, f.code) for f in r.failures] == [(2, "provision_not_found")]


def test_iroha_sub_items_of_a_national_style_ordinance():
    text = (FIX / "model-national-style.txt").read_text(encoding="utf-8")
    head = "さくら町個人情報保護条例の一部を改正する条例\nさくら町個人情報保護条例（平成十二年さくら町条例第三十一号）の一部を次のように改正する。\n"
    result = consolidate_texts(text, head + "第二条第二号イ中「氏名」の下に「、住所」を加える。\n"
                                            "第二条第六号ロ中「イに掲げるもの」を「イに掲げる個人情報ファイル」に改め、同号ロを同号ハとし、同号イの次に次のように加える。\n"
                                            "　　ロ　一定の事務の目的を達成するために作成された索引\n")
    assert result.failures == ()
    out = result.text.split("\n")
    assert any(line.startswith("　　イ　当該情報に含まれる氏名、住所、生年月日") for line in out)
    i = next(k for k, line in enumerate(out) if line.startswith("　六　個人情報ファイル"))
    assert out[i + 2] == "　　ロ　一定の事務の目的を達成するために作成された索引"
    assert out[i + 3].startswith("　　ハ　イに掲げる個人情報ファイルのほか")


def test_toc_added_after_the_title_and_chapters_inserted():
    current = (FIX / "old-style.txt").read_text(encoding="utf-8")
    tree = read_tree(current)
    toc = ["目次"] + [f"　{d.marker}　{d.body}" for d in tree.divisions()] + ["　附則"]
    result = consolidate_texts(current, "かわせ村個人情報保護条例の一部を改正する条例\n"
                                        "かわせ村個人情報保護条例（平成10年かわせ村条例第4号）の一部を次のように改正する。\n"
                                        "題名の次に次の目次を付する。\n" + "\n".join(toc) + "\n")
    assert result.failures == ()
    out = result.text.split("\n")
    assert out[2:5] == ["", "目次", "　第1章　総則"]
    assert out[3 + len(toc): 3 + len(toc) + 2] == ["", "　　　第1章　総則"]


@pytest.mark.parametrize(
    ("sentences", "code"),
    [
        (("第4条第1項中「目的」を「利用目的」に改める。",), "single_paragraph"),
        (("第2条第4号を同条第6号とし、同条第3号を同条第5号とし、同条第2号の次に次の2号を加える。",
          "　(3)　甲　甲をいう。", "　(4)　乙　乙をいう。"), None),
        (("第2条第2号から同条第4号までを1号ずつ繰り下げ、同条第1号の次に次の1号を加える。", "　(2)　甲　甲をいう。"), None),
        (("第2条第3号及び第4号を1号ずつ繰り下げ、同条第2号の次に次の1号を加える。", "　(3)　甲　甲をいう。"), None),
        (("第2条第3号から同条第4号までを1号ずつ繰り下げ、同条第2号の次に次の1号を加える。", "　(3)　甲　甲をいう。"), "short_range"),
        (("第5条を第7条とし、同条中「苦情」を「苦情等」に改める。",), "after_move"),
        (("第2条第4号を同条第5号とし、同号の前に次の1号を加える。", "　(4)　甲　甲をいう。"), None),
    ],
)
def test_style_notes_on_sentences_that_apply(sentences, code):
    r = apply(*sentences)
    assert r.failures == ()
    assert [n.code for n in r.notes] == ([code] if code else [])
    if code:
        assert r.notes[0].sentence == 1 and r.notes[0].message_ja


@pytest.mark.parametrize(
    ("sentences", "flagged"),
    [
        # front to back: no note
        (("第2条第1号中「個人」を「生存する個人」に改める。", "第3条第3項を削る。", "第5条中「苦情」を「苦情等」に改める。"), []),
        # the 項 and 号 of one article in any order
        (("第3条第3項中「思想」を「思想、信条」に改める。", "第3条第1項中「目的」を「利用目的」に改める。"), []),
        # a later article before an earlier one: the note is on the sentence placed too late
        (("第5条中「苦情」を「苦情等」に改める。", "第3条第3項を削る。"), [(2, "第3条第3項", "第5条", 1)]),
        # 附則 before 本則, 本則 before 目次/題名
        (("附則第2項中「収集」を「個人情報の収集」に改める。", "第4条中「目的」を「利用目的」に改める。"), [(2, "第4条", "附則第2項", 1)]),
        (("第4条中「目的」を「利用目的」に改める。", "題名を次のように改める。", "みどり村個人情報の保護に関する条例"),
         [(2, "題名", "第4条", 1)]),
        # adding after an article comes after the sentences amending that article
        (("第4条の次に次の1条を加える。", "（提供の制限）", "第4条の2　実施機関は、目的以外に個人情報を提供してはならない。",
          "第4条中「目的」を「利用目的」に改める。"), [(2, "第4条", "第4条", 1)]),
        # a run renumbered backwards over several sentences is left to the renumbering checks
        (("第6条を第7条とする。", "第5条を第6条とする。", "第4条の次に次の1条を加える。", "（提供の制限）",
          "第5条　実施機関は、目的以外に個人情報を提供してはならない。"), []),
        # 「本則中」 has no place
        (("第5条中「苦情」を「苦情等」に改める。", "本則中「実施機関」を「村の機関」に改める。"), []),
    ],
)
def test_sentences_out_of_order_are_noted(sentences, flagged):
    r = apply(*sentences)
    assert r.failures == ()
    notes = [n for n in r.notes if n.code == "out_of_order"]
    assert [(n.sentence, n.target) for n in notes] == [(f[0], f[1]) for f in flagged]
    for n, (_, where, previous, number) in zip(notes, flagged):
        assert n.message_ja.startswith(f"{where}の改正規定が、それより後ろにある{previous}の改正規定（改正規定{number}）の後に")


def test_clean_fixture_bills_have_no_style_note():
    assert consolidate_texts(read("current-yamabuki.txt"), read("bill-yamabuki-2017.txt")).notes == ()
    assert consolidate_texts((FIX / "old-style.txt").read_text(encoding="utf-8"), read("bill-kawase-2017.txt")).notes == ()


def test_an_incomplete_sentence_is_reported_not_dropped():
    # without its 。 a sentence is still read; with a verb the 法制執務 does not use, it is reported
    r = apply("第4条中「目的」を「利用目的」に改める", "第5条中「苦情」を「相談」に変更する。",
              "第3条中「目的」を「利用目的」に改める。")
    assert [(f.sentence, f.code) for f in r.failures] == [(2, "unparsed")]
    assert "第4条　実施機関は、利用目的以外に個人情報を利用してはならない。" in lines(r)
    assert "第3条　実施機関は、個人情報を収集するときは、利用目的を明確にしなければならない。" in lines(r)


def test_a_line_that_is_neither_sentence_nor_quoted_provision_is_stray():
    text = bill("第4条中「目的」を「利用目的」に改める。", "（この行は説明です）", "第3条中「目的」を「利用目的」に改める。")
    parsed = parse_bill(text)
    assert [parsed.text[a:b] for a, b in parsed.stray] == ["（この行は説明です）"]
    assert len(parsed.sentences) == 2 and parsed.sentences[0].body == ()


def test_tables_amended_replaced_and_deleted():
    current = (CURRENT + "\n\n別表第1（第3条関係）\n区分　手数料\n写しの交付　1枚10円\n\n"
               "別表第2（第4条関係）\n区分　期間\n保存　5年")
    r = consolidate_texts(current, bill("別表第一中「1枚10円」を「1枚20円」に改める。",
                                        "別表第2を次のように改める。", "別表第2（第4条関係）", "区分　期間", "保存　10年"))
    assert r.failures == ()
    assert r.text.endswith("別表第1（第3条関係）\n区分　手数料\n写しの交付　1枚20円\n\n別表第2（第4条関係）\n区分　期間\n保存　10年")
    r = consolidate_texts(current, bill("別表第2を削る。"))
    assert r.failures == ()
    assert r.text.endswith("別表第1（第3条関係）\n区分　手数料\n写しの交付　1枚10円")
    r = consolidate_texts(current, bill("別表第3中「5年」を「10年」に改める。"))
    assert [f.code for f in r.failures] == ["provision_not_found"]


def test_branch_articles_and_chapters_renumbered_keep_the_branch_after_the_unit():
    text = read("expected-yamabuki-2017.txt")
    head = "やまぶき町個人情報保護条例の一部を改正する条例\nやまぶき町個人情報保護条例（平成15年やまぶき町条例第7号）の一部を次のように改正する。\n"
    r = consolidate_texts(text, head + "目次中「第3章の2　非識別加工情報の提供（第18条の2―第18条の4）」を"
                                       "「第3章の3　非識別加工情報の提供（第18条の3―第18条の5）」に改める。\n"
                                       "第18条の4を第18条の5とし、第18条の3を第18条の4とし、第18条の2を第18条の3とする。\n"
                                       "第3章の2を第3章の3とする。\n")
    assert r.failures == ()
    out = r.text.split("\n")
    assert "　　　第3章の3　非識別加工情報の提供" in out
    assert any(line.startswith("第18条の5　非識別加工情報の利用に関する契約") for line in out)
    national = (FIX / "model-national-style.txt").read_text(encoding="utf-8")
    title = national.split("\n")[0]
    r = consolidate_texts(national, f"{title}の一部を改正する条例\n{title}の一部を次のように改正する。\n"
                                    "第四十七条の十六を第四十七条の十七とする。\n")
    # the 目次 still ends the 第五章の二 at 第四十七条の十六
    assert [(f.code, f.sentence) for f in r.failures] == [("toc_not_amended", 1)]
    assert any(line.startswith("第四十七条の十七　") for line in r.text.split("\n"))


def test_a_provision_rewritten_whole_is_not_a_stale_citation():
    current = CURRENT.replace("2　実施機関は、本人から収集しなければならない。", "2　実施機関は、第2条第3号の公文書から収集しなければならない。")
    r = consolidate_texts(current, bill("第2条第3号を同条第4号とし、同条第4号を同条第5号とする。"))
    assert [f.code for f in r.failures] == ["renumber_order"]
    r = consolidate_texts(current, bill("第2条第4号を同条第5号とし、同条第3号を同条第4号とし、同条第2号の次に次の1号を加える。",
                                        "　(3)　要配慮個人情報　規則で定める記述等が含まれる個人情報をいう。"))
    assert [(s.citing, s.text) for s in r.stale_references] == [(("3", 2, None), "第2条第3号")]
    r = consolidate_texts(current, bill("第2条第4号を同条第5号とし、同条第3号を同条第4号とし、同条第2号の次に次の1号を加える。",
                                        "　(3)　要配慮個人情報　規則で定める記述等が含まれる個人情報をいう。",
                                        "第3条第2項を次のように改める。",
                                        "2　実施機関は、第2条第3号に掲げる情報を収集してはならない。"))
    assert r.failures == () and r.stale_references == ()
