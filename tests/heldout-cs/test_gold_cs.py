"""The fresh 2016 held-out set "cs"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="yunagi-ken.txt", spread=True))


def test_only_the_union_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"oikaze-koiki.txt": ("C0",)})
    union = read_draft(HERE, "oikaze-koiki")
    assert "実施機関非識別加工情報" not in union and "非識別加工情報の作成に係る加工の基準" in union


def test_the_article_counter_reads_half_width_full_width_and_kanji_numbers() -> None:
    city = articles(read_draft(HERE, "hayate-shi"))
    assert city[0] == "1条" and city[-1] == "39条" and len(city) == 39
    town = articles(read_draft(HERE, "arashio-cho"))
    assert town[-1] == "30条" and len(town) == 30
    village = articles(read_draft(HERE, "kirisame-mura"))
    assert "13条" in village and village[-1] == "22条" and len(village) == 22
    union = articles(read_draft(HERE, "oikaze-koiki"))
    assert union[-1] == "25条" and len(union) == 25
    clean = articles(read_draft(HERE, "yunagi-ken"))
    assert clean[-1] == "39条" and len(clean) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    city = read_draft(HERE, "hayate-shi")
    assert location_exists(city, "目次") and location_exists(city, "第3章第3節") and location_exists(city, "第4章")
    assert not location_exists(city, "第7章") and not location_exists(city, "第40条")
    assert location_exists(city, "附則第3項") and not location_exists(city, "附則第4項")
    town = read_draft(HERE, "arashio-cho")
    assert location_exists(town, "付則第3条") and not location_exists(town, "付則第4条")
    assert not location_exists(town, "目次") and not location_exists(town, "第31条")
    village = read_draft(HERE, "kirisame-mura")
    assert location_exists(village, "第7条第2項") and not location_exists(village, "第7条第3項")
    assert location_exists(village, "第16条第6項") and not location_exists(village, "第16条第7項")
    union = read_draft(HERE, "oikaze-koiki")
    assert location_exists(union, "附則第3項") and not location_exists(union, "附則第4項")
    clean = read_draft(HERE, "yunagi-ken")
    assert location_exists(clean, "第2条第11項") and not location_exists(clean, "第2条第12項")
    assert not location_exists(clean, "目次") and not location_exists(clean, "第40条")


def test_the_seeded_slips_are_in_the_text_and_the_clean_draft_has_none_of_them() -> None:
    assert "第7条第3項の受託事務" in read_draft(HERE, "kirisame-mura")
    assert "個人情報の保護に関する法律（平成十五年法律第五十八号）第二条第二項" in read_draft(HERE, "arashio-cho")
    assert "三年以下の懲役" in read_draft(HERE, "arashio-cho")
    union = read_draft(HERE, "oikaze-koiki")
    article13 = union[union.index("第13条") : union.index("（部分開示）")]
    assert "（3）" in article13 and "（4）" not in article13 and "（5）" in article13
    assert "令和元年7月5日" in read_draft(HERE, "oikaze-koiki") and "令和元年7月1日から施行" in read_draft(HERE, "oikaze-koiki")
    assert "第3節　利用停止（第19条―第21条）" in read_draft(HERE, "hayate-shi")
    clean = read_draft(HERE, "yunagi-ken")
    assert "（平成１５年法律第５７号。以下「個人情報保護法」という。）第２条第２項" in clean
    personal = clean[clean.index("２　この条例において「個人情報」") : clean.index("３　この条例において「個人識別符号」")]
    assert "容易に照合" not in personal and "生存する個人" in personal and "個人識別符号を除く" in personal
    assert "３年以下" not in clean and "規則で定める額" not in clean
