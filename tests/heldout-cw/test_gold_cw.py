"""The fresh 2016 held-out set "cw"'s gold lists: their shape, and every location names a provision the draft has.

Only the format, as ``tests/heldout_gold_format.py`` says: the engine never reads these drafts.
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_gold_format import articles, check_only_consequential, common_gold_tests, read_draft
from tests.heldout_reading import location_exists

HERE = Path(__file__).resolve().parent
GOLDS = sorted(HERE.glob("*.gold.json"))

globals().update(common_gold_tests(HERE, clean="hamachidori-ken.txt", spread=True))


def test_only_the_village_without_the_mechanism_has_a_consequential_defect() -> None:
    check_only_consequential(GOLDS, {"kaiyose-mura.txt": ("C0",)}, strict=True)
    village = read_draft(HERE, "kaiyose-mura")
    assert "実施機関非識別加工情報" not in village and "二　非識別加工情報の作成の基準に関すること。" in village
    assert "ます。" in village and all("ます。" not in read_draft(HERE, n) for n in
                                      ("kaigaraura-shi", "isobue-cho", "shiohi-kumiai", "hamachidori-ken"))


def test_the_article_counter_reads_half_width_full_width_kanji_and_branch_articles() -> None:
    city = articles(read_draft(HERE, "kaigaraura-shi"))
    assert city[0] == "1条" and city[-1] == "37条" and len(city) == 37
    town = articles(read_draft(HERE, "isobue-cho"))
    assert "22条の2" in town and "22条の10" in town and town[-1] == "26条" and len(town) == 35
    village = articles(read_draft(HERE, "kaiyose-mura"))
    assert village[-1] == "25条" and len(village) == 25
    union = articles(read_draft(HERE, "shiohi-kumiai"))
    assert "15条" not in union and union[-1] == "33条" and len(union) == 32
    clean = articles(read_draft(HERE, "hamachidori-ken"))
    assert clean[-1] == "39条" and len(clean) == 39


def test_the_location_reader_refuses_provisions_a_draft_does_not_have() -> None:
    town = read_draft(HERE, "isobue-cho")
    assert location_exists(town, "第4章の2") and location_exists(town, "第22条の10")
    assert not location_exists(town, "第22条の11") and not location_exists(town, "第12条第3項")
    assert location_exists(town, "第17条第2項") and location_exists(town, "目次")
    union = read_draft(HERE, "shiohi-kumiai")
    assert not location_exists(union, "第15条") and location_exists(union, "第16条第4項")
    assert not location_exists(union, "目次") and not location_exists(union, "第1章")
    assert location_exists(union, "附則第2条") and not location_exists(union, "附則第3条")
    village = read_draft(HERE, "kaiyose-mura")
    assert location_exists(village, "付則第3項") and not location_exists(village, "付則第4項")
    assert not location_exists(village, "目次") and not location_exists(village, "第26条")
    city = read_draft(HERE, "kaigaraura-shi")
    assert location_exists(city, "第3章第4節") and location_exists(city, "第6章")
    assert not location_exists(city, "第7章") and location_exists(city, "附則第2項")
    clean = read_draft(HERE, "hamachidori-ken")
    assert location_exists(clean, "第3章第4節") and location_exists(clean, "第35条第4項")
    assert not location_exists(clean, "第40条") and not location_exists(clean, "附則第4項")


def test_the_seeded_slips_are_in_the_text_and_the_clean_draft_has_none_of_them() -> None:
    city = read_draft(HERE, "kaigaraura-shi")
    assert "他の情報と容易に照合することができ、それにより特定の個人を識別することができることとなるものを含む。）\n" in city
    assert "第4章　非識別加工情報の提供（第23条―第32条）" in city and "実費を勘案して規則で定める額" in city
    assert "保護に関する法律（平成15年法律第57号）の規定により刑に" in city
    town = read_draft(HERE, "isobue-cho")
    assert "以下「法」という。）第二条第二項に規定する個人識別符号" in town and "二百万円以下の罰金" in town
    assert "第十二条第三項及び第十三条" in town and "契約の解除" not in town
    village = read_draft(HERE, "kaiyose-mura")
    assert "令和2年9月25日" in village and "令和2年7月1日から施行" in village and "犯罪により害を被った" not in village
    union = read_draft(HERE, "shiohi-kumiai")
    assert "（以下この条において「受託者」という。）" in union and "思想、信条及び信教" in union
    clean = read_draft(HERE, "hamachidori-ken")
    assert "(平成15年法律第58号)" in clean.replace("（", "(").replace("）", ")")
    assert "(識別行為の禁止等)" in clean.replace("（", "(").replace("）", ")") and "契約の解除" in clean
    assert "2年以下の懲役又は100万円以下の罰金" in clean and "規則で定める額" not in clean
    assert "21,000円" in clean and "12,600円" in clean and "平成30年12月21日" in clean and "平成31年4月1日から施行" in clean
