"""The chains bench draws more pairs on demand and leaves out the articles of the gold sets
scored only as pooled figures, and it reads no capital by position as a name."""

from bench.chains import PairChoice, _named, select_pairs


def _article(topic: int, n: int) -> dict[str, object]:
    return {"id": f"{topic}_{n}ecb", "subtopic": f"{topic}_ecb", "topic": topic}


ARTICLES = [_article(t, n) for t in (1, 2) for n in range(1, 7)]


def test_all_pairs_of_a_subtopic_are_taken_on_demand_and_four_by_default() -> None:
    assert len(select_pairs(ARTICLES, None, set(), None)) == 8  # 4 consecutive pairs per topic
    assert len(select_pairs(ARTICLES, None, set(), None, PairChoice(None))) == 10


def test_a_seeded_draw_is_the_same_each_time_and_reaches_pairs_apart() -> None:
    choice = PairChoice(6, seed=3)
    first = select_pairs(ARTICLES, None, set(), None, choice)
    assert first == select_pairs(ARTICLES, None, set(), None, choice)
    assert len(first) == 12
    assert any(int(b["id"][2]) - int(a["id"][2]) > 1 for a, b in first)


def test_odd_topics_only_and_no_pair_holding_a_listed_article() -> None:
    choice = PairChoice(None, parity="odd", exclude_articles=frozenset({"1_3ecb"}))
    pairs = select_pairs(ARTICLES, None, set(), None, choice)
    assert {a["topic"] for a, _ in pairs} == {1}
    assert all("1_3ecb" not in (a["id"], b["id"]) for a, b in pairs)
    assert len(pairs) == 4  # 1-2, 2-4, 4-5, 5-6: the list closes over the gap


def test_a_headline_capital_on_a_common_word_is_no_name() -> None:
    coach = {"text": "Coach", "type": "HUMAN_PART_PER"}
    assert not _named(coach, {"text": "Coach fired\n\nThe coach was fired on Monday."})
    assert _named(coach, {"text": "Coach fired\n\nCoach was fired on Monday."})
    assert _named({"text": "Mo Cheeks", "type": "HUMAN_PART_PER"}, {"text": "mo cheeks"})
