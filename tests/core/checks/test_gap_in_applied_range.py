"""A mechanism provision missing from the range of a 準用 article is reported on that article
(the fix is to extend the range), not on the chapter's first line."""

from __future__ import annotations

from ordreview.core.parse import parse_text
from ordreview.core.profile import load_profile
from ordreview.core.review import review_ordinance

TEXT = """すずかけ町個人情報保護条例

（定義）
第2条　この条例において、次の各号に掲げる用語の意義は、それぞれ当該各号に定めるところによる。
⑴　実施機関　町長、教育委員会及び議会をいう。
⑵　非識別加工情報　行政機関の保有する個人情報の保護に関する法律（平成15年法律第58号。以下「法」という。）第2条第8項に規定する非識別加工情報をいう。
⑶　町非識別加工情報　実施機関が保有する個人情報ファイルを構成する保有個人情報を加工して得られる非識別加工情報のうち、法第2条第9項中「行政機関非識別加工情報」とあるのは「町非識別加工情報」と、「行政機関の長」とあるのは「実施機関」と読み替えて同項の規定を適用したとするならば同項に規定する行政機関非識別加工情報に該当することとなるものをいう。
⑷　町非識別加工情報ファイル　町非識別加工情報を含む情報の集合物であって、特定の町非識別加工情報を電子計算機を用いて検索することができるように体系的に構成したものをいう。
⑸　町非識別加工情報取扱事業者　町非識別加工情報ファイルを事業の用に供している者をいう。

第3章　雑則

（委任）
第20条　この条例の施行に関し必要な事項は、規則で定める。

第3章の2　町非識別加工情報の提供

（法の準用）
第20条の2　RANGEの規定は、実施機関による町非識別加工情報の作成及び提供について準用する。この場合において、これらの規定中「行政機関の長」とあるのは「実施機関」と、「行政機関非識別加工情報」とあるのは「町非識別加工情報」と読み替えるものとする。

（手数料）
第20条の3　前条において準用する法第44条の9の規定により町非識別加工情報の利用に関する契約を締結する者は、21,000円に次に掲げる額の合計額を加算した額の手数料を納めなければならない。
"""


def _mechanism_gaps(rng: str) -> dict[str, str | None]:
    review = review_ordinance(parse_text(TEXT.replace("RANGE", rng)), load_profile())
    return {f.requirement: f.location.article for f in review.findings
            if f.rule == "gap" and f.requirement in ("C15", "C16", "C17") and f.severity != "info"}


def test_provisions_left_out_of_the_range_are_reported_on_the_applying_article() -> None:
    gaps = _mechanism_gaps("法第44条の2から第44条の12まで及び第44条の14")
    assert gaps == {"C16": "20_2", "C17": "20_2"}


def test_the_last_provision_alone_left_out_goes_on_the_applying_article() -> None:
    gaps = _mechanism_gaps("法第44条の2から第44条の12まで及び第44条の14から第44条の15まで")
    assert gaps == {"C17": "20_2"}


def test_a_full_range_leaves_nothing_missing() -> None:
    assert _mechanism_gaps("法第44条の2から第44条の12まで及び第44条の14から第44条の16まで") == {}
