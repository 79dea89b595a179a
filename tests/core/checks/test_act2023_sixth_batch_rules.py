"""kojin-joho-2023: wordings met on the sixth batch of scratch drafts (the 法第84条 special period
written out in the Act's words, an online-link limit phrased as 「随時に入手し得る状態」, a victim
of crime written as 「犯罪により害を被ったこと」); small drafts written here."""

from __future__ import annotations

from ordreview.core.labels import place_label

from tests.core.checks.test_act2023_scratch_rules import found, review, with_article

SPECIAL = ("（開示決定等の期限）\n第5条　開示決定等は、開示請求があった日から起算して15日以内にしなければならない。\n"
           "2　開示請求に係る保有個人情報が著しく大量であるため、開示請求があった日から起算して{days}日以内にその全てに"
           "ついて開示決定等をすることにより事務の遂行に著しい支障が生ずるおそれがある場合には、開示請求に係る保有個人情報"
           "のうちの相当の部分につき当該期間内に開示決定等をし、残りの保有個人情報については相当の期間内に開示決定等を"
           "すれば足りる。")


def test_the_special_period_written_out_may_reach_the_acts_sixty_days() -> None:
    assert found(with_article(SPECIAL.format(days=45)), "act.deadline") == []
    assert found(with_article(SPECIAL.format(days=60)), "act.deadline") == []


def test_the_special_period_written_out_beyond_sixty_days_is_still_an_error() -> None:
    got = found(with_article(SPECIAL.format(days=90)), "act.deadline")
    assert [(req, sev, where) for req, sev, where in got] == [("P13", "error", "第5条第2項")]
    message = next(f.message_ja for f in review(with_article(SPECIAL.format(days=90))).findings
                   if f.rule == "act.deadline")
    assert "法第84条" in message


def test_an_ordinary_period_of_45_days_is_not_taken_for_the_special_one() -> None:
    text = with_article("（開示決定等の期限）\n第5条　開示決定等は、開示請求があった日から起算して45日以内にしなければならない。")
    assert [(req, sev) for req, sev, _ in found(text, "act.deadline")] == [("P13", "error")]


def test_a_limit_on_data_others_may_obtain_at_any_time_is_an_online_link_limit() -> None:
    text = with_article("（提供の方法の制限）\n第5条　実施機関は、実施機関以外の者が実施機関の電子計算機に記録された保有個人情報を"
                        "随時に入手し得る状態にする方法により保有個人情報を提供してはならない。")
    assert [req for req, _, _ in found(text, "act.forbidden")] == ["P7"]


def test_publishing_data_for_anyone_to_read_at_any_time_is_no_online_link_limit() -> None:
    text = with_article("（公表）\n第5条　実施機関は、個人情報ファイル簿を、インターネットの利用その他の方法により随時に閲覧し得る"
                        "状態に置くものとする。")
    assert [req for req, _, _ in found(text, "act.forbidden") if req == "P7"] == []


def _yohairyo_warnings(one: str) -> list[str]:
    text = with_article("（条例要配慮個人情報）\n第5条　法第60条第5項の条例で定める記述等は、次に掲げる事項に関する記述等とする。\n"
                        f"(1)　性的指向及び性自認\n(2)　{one}\n")
    r = review(text)
    return [place_label(r.ordinance, f.location) for f in r.findings if f.rule == "act.yohairyo" and f.severity == "warning"]


def test_a_victim_of_crime_in_a_sentence_form_is_a_statutory_category() -> None:
    assert _yohairyo_warnings("本人が犯罪により害を被ったこと。") == ["第5条第2号"]


def test_an_own_category_beside_it_is_not_reported() -> None:
    assert _yohairyo_warnings("本人が生活保護法による保護を受けていること。") == []
