"""Group the engine's flat modules into subpackages by kind, and rewrite every reference to them.

    python tools/regroup.py            # from the repository root: move, rewrite, print a summary
    python tools/regroup.py --dry-run  # print what would change, touch nothing
    python tools/regroup.py --no-ruff  # leave import order and formatting to the caller

The mapping (``GROUPS`` below) is data: for each package, its new subpackages, each with the
one-line docstring its ``__init__.py`` gets and the modules it holds. A module named in the
mapping is ``git mv``-ed into its subpackage; a module not named stays where it is (a branch may
add new flat modules), but its references to moved modules are rewritten all the same. Running
the script again changes nothing.

What is rewritten, in ``desktop/``, ``tests/``, ``bench/``, ``tools/``, ``docs/``, ``.ci/``,
``build.spec``, ``pyproject.toml``, ``README.md`` and ``.pre-commit-config.yaml``:

* ``from X import ...`` statements (absolute and relative, in moved and unmoved modules), read
  with ``ast``: the module part is replaced; ``from desktop.core import clock`` (a moved module
  imported from its old package) becomes ``from desktop.core.datetimes import clock``, split
  into one statement per new package when needed; a relative import keeps its relative form,
  counted from the module's new package;
* dotted names in code (``import desktop.core.clock as clock``, ``desktop.core.clock.read()``),
  token by token;
* inside string literals and comments, and in the Markdown, TOML and YAML files: a dotted module
  path (``"desktop.core.findings.told_days.NAME"``, a logger's name, an import-linter contract),
  its short forms (``findings.told_days``, ``core.clock``) and file paths
  (``desktop/core/clock.py``, ``core/findings/told_days``), only where the name is one the
  mapping moves;
* the ``[tool.setuptools] packages`` list of ``pyproject.toml`` gains the new subpackages.

Then, unless ``--no-ruff``, ruff sorts the imports of and formats the Python files it rewrote.
"""

from __future__ import annotations

import argparse
import ast
import io
import re
import shutil
import subprocess
import sys
import tokenize
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# -- the mapping -----------------------------------------------------------------------------------
# package -> subpackage -> (docstring of its __init__.py, modules it holds). Public entry points
# stay where they are: desktop.core.compare, desktop.core.model and desktop.core.report; so do
# desktop.core.lexicon and desktop.core.findings.tuning (later_rules.py), which many branches
# append to.

GROUPS: dict[str, dict[str, tuple[str, tuple[str, ...]]]] = {
    "desktop.core": {
        "alignment": (
            "Which sentences tell the same thing: alignment, sentence vectors, same event, word diffs.",
            (
                "align",
                "align_anchors",
                "embed",
                "news_verbs",
                "same_event",
                "token_set",
                "wording",
            ),
        ),
        "datetimes": (
            "Days, dates, clock times, spans and lapses as reporters write them, and the timeline.",
            (
                "clause_dates",
                "clock",
                "coming_steps",
                "counted_days",
                "dated_happenings",
                "dates",
                "deadlines",
                "decades",
                "durations",
                "hedged_clocks",
                "lapses",
                "led_zones",
                "missed_days",
                "ongoing_days",
                "small_hours",
                "time_frames",
                "timeline",
                "trailing_attributions",
                "vague_lapses",
                "weekday_parts",
                "when_text",
                "year_labels",
                "year_spans",
            ),
        ),
        "events": (
            "The story's happenings: which event a fact belongs to, tolls, victims, harms, case steps.",
            (
                "case_wording",
                "condition_grades",
                "earlier_incidents",
                "event_ties",
                "generic_claims",
                "phrasal_deeds",
                "police_wording",
                "recaps",
                "taken_away",
                "toll_phases",
                "verdicts",
                "victim_harms",
                "wound_places",
            ),
        ),
        "export": (
            "Reports for people outside the app: self-contained HTML and CSV.",
            ("export_kinds",),
        ),
        "extraction": (
            "From text to facts: the spaCy parse, page furniture, sentence repairs, missed entities.",
            (
                "author_notes",
                "continuations",
                "credits",
                "extract",
                "facts",
                "kickers",
                "mentions",
                "missed_entities",
                "parse_cache",
                "patterns",
                "pipeline",
                "slot_words",
                "split_decimals",
                "street_stops",
                "text_search",
                "truecase",
            ),
        ),
        "figures": (
            "Figures read off the text: counts, amounts, units, bounds, and what and whose they count.",
            (
                "company_measures",
                "counted_also",
                "counted_group",
                "digit_leeway",
                "feet_and_inches",
                "figure_asides",
                "figure_bounds",
                "figure_facts",
                "figure_parties",
                "figure_places",
                "figure_seasons",
                "figure_shapes",
                "figure_subjects",
                "figure_tolls",
                "figure_wounds",
                "first_groups",
                "fraction_scales",
                "fraction_shares",
                "group_counts",
                "having_verbs",
                "job_cuts",
                "kin_counts",
                "linked_states",
                "million_counts",
                "multiples",
                "named_kinds",
                "negated_bounds",
                "nested_orders",
                "number_words",
                "partitive_wholes",
                "point_changes",
                "population_owners",
                "product_sums",
                "range_scales",
                "range_starts",
                "scale_figures",
                "set_apart_counts",
                "set_phrases",
                "share_ratios",
                "single_units",
                "speeds",
                "spelled_numbers",
                "storm_categories",
                "stretch_overs",
                "times_counted",
                "unit_factors",
                "values",
                "word_quantities",
            ),
        ),
        "locations": (
            "Places: the gazetteer and which place lies in which, streets, roads and addresses.",
            (
                "cut_places",
                "distance_from",
                "home_places",
                "joined_places",
                "place_parts",
                "place_steps",
                "places",
                "road_numbers",
                "settlement_names",
                "street_addresses",
                "street_forms",
            ),
        ),
        "naming": (
            "Names: what kind of name a span is, forms and spellings of one name, links across articles.",
            (
                "body_forms",
                "body_initials",
                "club_names",
                "codes",
                "common_nouns",
                "descriptions",
                "entity_types",
                "headline_names",
                "initials_words",
                "label_votes",
                "life_subjects",
                "link",
                "made_names",
                "name_numerals",
                "name_spellings",
                "name_tail_figures",
                "names",
                "nicknamed_names",
                "opening_words",
                "party_bodies",
                "publication_names",
                "rank_tokens",
            ),
        ),
        "persistence": (
            "What is written to disk: the .crosscheck file, the report's people, atomic writes.",
            ("atomic", "persist", "report_people"),
        ),
        "persons": (
            "The people of an article: their mentions, ages, states and fates, one card per person.",
            (
                "age_doers",
                "age_shapes",
                "borrowed_surnames",
                "event_age_owners",
                "event_ages",
                "mention_finder",
                "namesake_ages",
                "people",
                "person_ages",
                "person_anchor",
                "person_antecedents",
                "person_appositions",
                "person_counts",
                "person_fates",
                "person_groups",
                "person_ledes",
                "person_mentions",
                "person_nouns",
                "person_outcomes",
                "person_past",
                "person_references",
                "person_sole_referent",
                "person_states",
                "person_status",
                "person_surnames",
                "person_verbs",
                "person_victims",
                "pronoun_parts",
            ),
        ),
        "quoting": (
            "Who says what: quotes and speakers, quotes compared, attribution, shared agency copy.",
            (
                "attribution",
                "counted_source",
                "quote_compare",
                "quote_findings",
                "quote_folding",
                "quote_reframed",
                "quote_runs",
                "quote_speakers",
                "quote_table",
                "quote_tenses",
                "quote_told",
                "quote_words",
                "quotes",
                "shared_copy",
                "single_quotes",
                "sourcing",
                "speaker_phrase",
                "speaking_surnames",
            ),
        ),
        "results": (
            "What a journalist sees: counts, the pair's verdict, notices, labels, colours, the review.",
            ("counts", "labels", "notices", "palette", "people_report", "review", "summary"),
        ),
        "runtime": (
            "Running the engine: its own process, the garbage collector held off, errors for the user.",
            ("collector", "engine_process", "errors"),
        ),
        "sport": (
            "Games and seasons: scores and records, teams by city or nickname, streaks, missed games.",
            (
                "missed_games",
                "missed_scores",
                "scores",
                "streak_lengths",
                "streak_ordinals",
                "team_names",
                "team_plurals",
            ),
        ),
    },
    "desktop.core.findings": {
        "alignment": (
            "Sentences paired across the articles: copies, swapped words, look-alikes, topic partners.",
            (
                "alike_but",
                "contained_copies",
                "copies",
                "named_alike",
                "partner_events",
                "stand_in",
                "statement_partners",
                "swaps",
                "topic_partners",
            ),
        ),
        "amounts": (
            "Verdicts on amounts: sums and currencies, measures and units, shares, ranges, precision.",
            (
                "anchored",
                "contract_averages",
                "currency_sums",
                "fraction_pairs",
                "lone_amounts",
                "measured_nouns",
                "model_sizes",
                "paired_sums",
                "same_sums",
                "scaled_rounding",
                "shares_of_whole",
                "told_amounts",
                "told_currencies",
                "told_dimensions",
                "told_figures",
                "told_fractions",
                "told_glued_units",
                "told_measures",
                "told_price_ranges",
                "told_same_figure",
                "told_seconds",
                "told_shares",
                "told_terms",
                "told_unit_counts",
                "told_unscaled_degrees",
                "ton_units",
            ),
        ),
        "bookkeeping": (
            "What every pass shares: the ledger, claims and how two relate, assembly into findings.",
            (
                "agreed_repeats",
                "apart_facts",
                "assembly",
                "claim_dates",
                "claimable",
                "claims",
                "comparison",
                "figures",
                "ledger",
                "lone_claims",
                "page_values",
                "related",
                "repeats",
                "sentence_facts",
            ),
        ),
        "counts": (
            "Verdicts on counts: how many people or things, in one frame, across articles, by ordinal.",
            (
                "aboard",
                "aboard_sums",
                "across",
                "care_parts",
                "compound_counts",
                "contents",
                "count_frames",
                "deed_counts",
                "further_counts",
                "how_often",
                "kindred_counts",
                "label_numbers",
                "listed_counts",
                "loose_frames",
                "named_beside",
                "named_numbers",
                "noun_counts",
                "numbered",
                "numbered_events",
                "ordinal_counts",
                "ordinal_pairs",
                "other_groups",
                "populations",
                "prize_tallies",
                "same_counts",
                "second_figures",
                "told_by_listing",
                "told_multiples",
                "told_named_parties",
                "told_of",
                "told_ordinal_others",
                "told_ordinals",
                "told_plural_bounds",
                "told_tallies",
                "vote_sides",
                "whole_counts",
                "witness_counts",
            ),
        ),
        "datetimes": (
            "Verdicts on days, dates, clock times, spans and lapses, and those told in another form.",
            (
                "calendar_weekdays",
                "clock_days",
                "clock_dials",
                "close_clocks",
                "coarse_dates",
                "day_parts",
                "decade_years",
                "deed_months",
                "deed_years",
                "event_days",
                "event_moments",
                "event_weekday_dates",
                "history_dates",
                "kind_times",
                "labelled_years",
                "lapses",
                "lead_days",
                "lone_clocks",
                "partner_days_taken",
                "served_terms",
                "set_apart_days",
                "stamp_lag",
                "steps",
                "tenure_starts",
                "told_apposed_weekdays",
                "told_bare_units",
                "told_clock_days",
                "told_contract_ends",
                "told_counted_back",
                "told_dated_relative_days",
                "told_day_part_words",
                "told_days",
                "told_durations",
                "told_lapse_days",
                "told_lapsed_dates",
                "told_lapses",
                "told_lead_days",
                "told_moments",
                "told_narrow_parts",
                "told_periods",
                "told_recent_days",
                "told_relative_days",
                "told_seasons",
                "told_span_ends",
                "told_span_units",
                "told_spans",
                "told_vague_spans",
                "told_weeks",
                "told_year_rests",
                "told_year_spans",
                "told_years",
                "work_years",
                "written_days",
                "year_span_clashes",
            ),
        ),
        "events": (
            "Verdicts on what happened: deeds, tolls, causes, weapons, harms, outcomes told or denied.",
            (
                "article_weapons",
                "calibre_clashes",
                "causes",
                "coming_steps",
                "denied_tolls",
                "elsewhere",
                "happenings",
                "harm_counts",
                "outcome_polarity",
                "retold_deeds",
                "round_ups",
                "shooters",
                "told_admissions",
                "told_phrasal_verbs",
                "told_place_events",
                "told_resignations",
                "told_surrenders",
                "tolls",
                "vehicle_colours",
                "victim_harms",
                "victim_ties",
                "weapons",
            ),
        ),
        "locations": (
            "Verdicts on places: the story's city and region, streets, sites, directions, distances.",
            (
                "city_parts",
                "compass_sides",
                "corners",
                "death_places",
                "distance_points",
                "lead_places",
                "life_places",
                "listed_places",
                "locative",
                "named_as_places",
                "own_places",
                "place_lists",
                "place_nouns",
                "place_part_counts",
                "regions",
                "sites",
                "stand_in_places",
                "story_cities",
                "story_regions",
                "street_names",
                "street_spellings",
                "told_by_distance",
                "told_demonyms",
                "told_hospitals",
                "told_places",
                "told_regions",
                "town_states",
            ),
        ),
        "names": (
            "Verdicts on names: one name spelled or formed two ways, bodies, names told in other forms.",
            (
                "acronym_names",
                "both_named",
                "city_services",
                "given_spellings",
                "name_runs",
                "named",
                "named_bodies",
                "particle_names",
                "spelled_apart",
                "told_bodies",
                "told_body_description",
                "told_body_forms",
                "told_body_nationalities",
                "told_body_shortenings",
                "told_bracketed_initials",
                "told_by_name",
                "told_city_bodies",
                "told_clippings",
                "told_common_words",
                "told_country_prefixes",
                "told_court_judges",
                "told_forms",
                "told_headline_words",
                "told_letters",
                "told_lowercase_names",
                "told_name_runs",
                "told_names",
                "told_nicknames",
                "told_order",
                "told_short_bodies",
                "told_slips",
                "told_town_services",
                "told_trade_names",
                "told_university_initials",
                "untyped_names",
            ),
        ),
        "persons": (
            "Verdicts on people: who is who, their ages, roles, offices and fates.",
            (
                "age_conflict",
                "age_drift",
                "aged_others",
                "aged_people",
                "birth_years",
                "compared_ages",
                "deed_people",
                "described_ages",
                "introductions",
                "life_steps",
                "lone_ages",
                "named_ages",
                "offices",
                "origin_roles",
                "people",
                "person_claims",
                "person_roles",
                "role_fates",
                "roles",
                "survivor_children",
                "suspect_age_agreements",
                "suspect_ages",
                "told_age_ranges",
                "told_by_listed_ages",
                "told_by_naming",
                "told_descriptors",
                "told_designations",
                "whom_told",
                "wound_ages",
            ),
        ),
        "quoting": (
            "Who tells a sentence: its named source, a speaker set aside, speakers named another way.",
            ("sources", "speaker_aside", "told_joint_speakers", "told_speakers"),
        ),
        "reasons": (
            "The wording of the reasons a journalist reads: plain words, the articles' own quoted.",
            ("wording",),
        ),
        "sentences": (
            "Whole sentences and their clauses: corroborated, retold, or told by one side only.",
            (
                "asked",
                "clauses",
                "decks",
                "retold_names",
                "scene_clauses",
                "sentence_details",
                "shared_phrases",
                "statements",
                "told_with_neighbour",
            ),
        ),
        "sport": (
            "Verdicts on games: scores, records, standings, clubs, venues, tallies, streaks, rates.",
            (
                "aligned_records",
                "aligned_scores",
                "bracketed_records",
                "club_halves",
                "club_standings",
                "final_scores",
                "finishing_places",
                "game_minutes",
                "goal_times",
                "opponent_names",
                "same_scores",
                "sport_rates",
                "tallies",
                "team_countries",
                "told_city_codes",
                "told_clubs",
                "told_game_periods",
                "told_numbered_ranks",
                "told_streaks",
                "venues",
                "won_and_lost",
            ),
        ),
        "untold": (
            "What only one article tells: the one-sided pass, facts told in another form, withheld.",
            (
                "descriptions",
                "one_sided",
                "told",
                "told_values",
                "untold_causes",
                "untold_events",
                "withheld",
                "withheld_agreements",
            ),
        ),
    },
}

# Modules that stay in place whatever the mapping says (entry points and append-only modules).
KEEP = frozenset(
    {
        "desktop.core.compare",
        "desktop.core.model",
        "desktop.core.report",
        "desktop.core.findings.tuning.later_rules",
    }
)
KEEP_PACKAGES = ("desktop.core.lexicon", "desktop.core.findings.tuning")

# Where references are rewritten (relative to the repository root).
SCAN_DIRS = ("desktop", "tests", "bench", "tools", "docs", ".ci")
SCAN_FILES = ("build.spec", "pyproject.toml", "README.md", ".pre-commit-config.yaml")
TEXT_SUFFIXES = (".md", ".toml", ".yaml", ".yml", ".cfg", ".ini")
SKIP_DIRS = frozenset({"__pycache__", ".git", ".venv", "node_modules", "data"})
THIS_FILE = Path("tools") / "regroup.py"


def mapping() -> dict[str, str]:
    """Old dotted module -> new dotted module, for every module the mapping names."""
    moves: dict[str, str] = {}
    for package, groups in GROUPS.items():
        for sub, (_doc, modules) in groups.items():
            for module in modules:
                old = f"{package}.{module}"
                if old in moves:
                    raise SystemExit(f"regroup: {old} is mapped twice")
                if old in KEEP or old.startswith(KEEP_PACKAGES):
                    raise SystemExit(f"regroup: {old} must stay where it is")
                moves[old] = f"{package}.{sub}.{module}"
    for package, groups in GROUPS.items():
        for sub in groups:
            if f"{package}.{sub}" in moves:
                raise SystemExit(f"regroup: subpackage {package}.{sub} is also a mapped module")
    return moves


# -- module paths ----------------------------------------------------------------------------------


def module_file(root: Path, dotted: str) -> Path:
    return root.joinpath(*dotted.split(".")).with_suffix(".py")


def module_of(path: Path) -> tuple[str, str]:
    """(module, package) of a repository-relative Python file."""
    parts = path.with_suffix("").parts
    if parts[-1] == "__init__":
        dotted = ".".join(parts[:-1])
        return dotted, dotted
    return ".".join(parts), ".".join(parts[:-1])


def relative(from_package: str, target: str) -> str:
    """``target`` written relative to ``from_package`` (``..sub.module``)."""
    a, b = from_package.split("."), target.split(".")
    common = 0
    while common < min(len(a), len(b)) and a[common] == b[common]:
        common += 1
    return "." * (len(a) - common + 1) + ".".join(b[common:])


def resolve(package: str, level: int, module: str | None) -> str:
    if level == 0:
        return module or ""
    base = package.split(".")
    base = base[: len(base) - (level - 1)]
    return ".".join([*base, module] if module else base)


# -- text forms: dotted names, short names and paths in strings, comments and docs -----------------

SHORT_PACKAGES = {
    "desktop.core.findings": "desktop.core.findings",
    "core.findings": "desktop.core.findings",
    "findings": "desktop.core.findings",
    "desktop.core": "desktop.core",
    "core": "desktop.core",
}


@dataclass(frozen=True)
class Renamer:
    moves: dict[str, str]

    def dotted(self, name: str) -> str:
        """``name`` with its longest moved prefix renamed."""
        parts = name.split(".")
        for end in range(len(parts), 2, -1):
            prefix = ".".join(parts[:end])
            if prefix in self.moves:
                return ".".join([self.moves[prefix], *parts[end:]])
        return name

    def short(self, prefix: str, name: str) -> str | None:
        """A short or path form renamed (``findings.`` + ``told_days``, ``core/`` + ``clock``),
        keeping its style; None when the mapping does not move that module."""
        package = SHORT_PACKAGES[prefix[:-1].replace("/", ".")]
        new = self.moves.get(f"{package}.{name}")
        if new is None:
            return None
        return f"{prefix}{new.split('.')[-2]}{prefix[-1]}{name}"


DOTTED_RE = re.compile(r"(?<![\w.])desktop(?:\.[A-Za-z_]\w*){2,}")
SHORT_DOTTED_RE = re.compile(r"(?<![\w.])((?:core\.findings|findings|core)\.)([A-Za-z_]\w*)\b")
PATH_RE = re.compile(
    r"((?:desktop/core/findings|desktop/core|core/findings|findings|core)/)([A-Za-z_]\w*)"
    r"(?=\.py\b|(?![\w/]))"
)


def _path_start_ok(text: str, start: int) -> bool:
    """A path form starts the path (``tests/core/x.py`` is not ``core/x.py``), or follows the
    ``./`` or ``../`` of a relative link."""
    if start == 0:
        return True
    before = text[start - 1]
    if before == "/":
        if text[max(0, start - 3) : start] == "../":
            return True
        return text[max(0, start - 2) : start] == "./" and (
            start == 2 or not (text[start - 3].isalnum() or text[start - 3] == "_")
        )
    return not (before.isalnum() or before in "_.-")


def rewrite_text(text: str, renamer: Renamer) -> tuple[str, int]:
    """Module names and paths in free text (a string, a comment, a document)."""
    count = 0

    def dotted(match: re.Match[str]) -> str:
        nonlocal count
        new = renamer.dotted(match.group(0))
        count += new != match.group(0)
        return new

    def short(match: re.Match[str]) -> str:
        nonlocal count
        if match.group(1).endswith("/") and not _path_start_ok(match.string, match.start()):
            return match.group(0)
        new = renamer.short(match.group(1), match.group(2))
        if new is None:
            return match.group(0)
        count += 1
        return new

    text = DOTTED_RE.sub(dotted, text)
    text = SHORT_DOTTED_RE.sub(short, text)
    text = PATH_RE.sub(short, text)
    return text, count


# -- Python sources: imports by ast, dotted names by token ----------------------------------------


@dataclass(frozen=True)
class Edit:
    start: tuple[int, int]  # (line, column in characters)
    end: tuple[int, int]
    text: str


def _char_col(line: str, byte_col: int) -> int:
    """ast counts columns in UTF-8 bytes, tokenize in characters."""
    return len(line.encode("utf-8")[:byte_col].decode("utf-8", errors="ignore"))


def _import_edit(
    node: ast.ImportFrom,
    lines: list[str],
    old_package: str,
    new_package: str,
    moves: dict[str, str],
) -> Edit | None:
    """The statement rewritten, when its module or one of its names moved, or when it is
    relative and its own module moved; None when it stands as it is."""
    base = resolve(old_package, node.level, node.module)
    renamed_base = moves.get(base, base)
    by_target: dict[str, list[str]] = defaultdict(list)
    moved_name = False
    for alias in node.names:
        text = alias.name if alias.asname is None else f"{alias.name} as {alias.asname}"
        new = moves.get(f"{base}.{alias.name}")
        if new is not None:
            by_target[new.rsplit(".", 1)[0]].append(text)
            moved_name = True
        else:
            by_target[renamed_base].append(text)

    def spelled(target: str) -> str:
        return relative(new_package, target) if node.level else target

    original = "." * node.level + (node.module or "")
    if not moved_name and spelled(renamed_base) == original:
        return None
    first = lines[node.lineno - 1]
    indent = first[: len(first) - len(first.lstrip())]
    end_lineno = node.end_lineno or node.lineno
    statements = [
        f"from {spelled(target)} import {', '.join(names)}"
        for target, names in sorted(by_target.items())
    ]
    return Edit(
        (node.lineno, _char_col(first, node.col_offset)),
        (end_lineno, _char_col(lines[end_lineno - 1], node.end_col_offset or 0)),
        f"\n{indent}".join(statements),
    )


def _name_chains(tokens: list[tokenize.TokenInfo]) -> Iterator[tuple[int, int]]:
    """(first, last) token indexes of each dotted name in code that starts with ``desktop``."""
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        previous = tokens[i - 1] if i else None
        if (
            tok.type == tokenize.NAME
            and tok.string == "desktop"
            and not (previous and previous.type == tokenize.OP and previous.string == ".")
        ):
            j = i
            while (
                j + 2 < len(tokens)
                and tokens[j + 1].type == tokenize.OP
                and tokens[j + 1].string == "."
                and tokens[j + 2].type == tokenize.NAME
            ):
                j += 2
            yield i, j
            i = j + 1
        else:
            i += 1


def rewrite_python(
    source: str, old_package: str, new_package: str, renamer: Renamer
) -> tuple[str, int]:
    """A Python file's references to moved modules rewritten: its ``from`` imports (read with
    ast), dotted names in code (token by token), and names and paths in strings and comments."""
    tree = ast.parse(source)
    lines = re.split(r"(?<=\n)", source)
    edits: list[Edit] = []
    import_spans: list[tuple[tuple[int, int], tuple[int, int]]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            end_lineno = node.end_lineno or node.lineno
            import_spans.append(
                (
                    (node.lineno, _char_col(lines[node.lineno - 1], node.col_offset)),
                    (end_lineno, _char_col(lines[end_lineno - 1], node.end_col_offset or 0)),
                )
            )
            edit = _import_edit(node, lines, old_package, new_package, renamer.moves)
            if edit is not None:
                edits.append(edit)

    def in_import(pos: tuple[int, int]) -> bool:
        return any(start <= pos < end for start, end in import_spans)

    tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    for first, last in _name_chains(tokens):
        if in_import(tokens[first].start):
            continue
        chain = "".join(t.string for t in tokens[first : last + 1])
        new = renamer.dotted(chain)
        if new != chain:
            edits.append(Edit(tokens[first].start, tokens[last].end, new))
    for tok in tokens:
        if tok.type in (tokenize.STRING, tokenize.COMMENT) and not in_import(tok.start):
            new, count = rewrite_text(tok.string, renamer)
            if count:
                edits.append(Edit(tok.start, tok.end, new))
    if not edits:
        return source, 0
    line_starts = [0]
    for line in lines:
        line_starts.append(line_starts[-1] + len(line))
    out = source
    for edit in sorted(edits, key=lambda e: e.start, reverse=True):
        start = line_starts[edit.start[0] - 1] + edit.start[1]
        end = line_starts[edit.end[0] - 1] + edit.end[1]
        out = out[:start] + edit.text + out[end:]
    return out, len(edits)


# -- the run ---------------------------------------------------------------------------------------


def scanned_files(root: Path) -> list[Path]:
    """Every file whose references are rewritten, repository-relative, in a fixed order."""
    files: list[Path] = []
    for top in SCAN_DIRS:
        for path in sorted((root / top).rglob("*")):
            rel = path.relative_to(root)
            if any(part in SKIP_DIRS for part in rel.parts) or not path.is_file():
                continue
            if rel == THIS_FILE:
                continue
            if path.suffix in (".py", *TEXT_SUFFIXES) or (top == ".ci" and not path.suffix):
                files.append(rel)
    files.extend(Path(name) for name in SCAN_FILES if (root / name).is_file())
    return files


def add_packages(text: str, packages: list[str]) -> str:
    """``packages = [...]`` of ``[tool.setuptools]`` with ``packages`` added after their parent."""
    match = re.search(r"^packages = \[(.*)\]$", text, re.MULTILINE)
    if match is None:
        return text
    current = re.findall(r'"([^"]+)"', match.group(1))
    listed = list(current)
    for package in packages:
        if package in listed:
            continue
        parent = package.rsplit(".", 1)[0]
        after = max(
            (i for i, p in enumerate(listed) if p == parent or p.startswith(f"{parent}.")),
            default=len(listed) - 1,
        )
        listed.insert(after + 1, package)
    if listed == current:
        return text
    line = "packages = [" + ", ".join(f'"{p}"' for p in listed) + "]"
    return text[: match.start()] + line + text[match.end() :]


def find_ruff(root: Path) -> str | None:
    for candidate in (root / ".venv" / "bin" / "ruff", root / ".venv-main" / "bin" / "ruff"):
        if candidate.is_file():
            return str(candidate)
    here = Path(sys.executable).parent / "ruff"
    return str(here) if here.is_file() else shutil.which("ruff")


@dataclass
class Plan:
    """What a run does: the files it moves, the texts it writes, the packages it creates."""

    to_move: dict[Path, Path]
    already: list[str]
    missing: list[str]
    new_texts: dict[Path, str]  # at the file's new place
    counts: Counter[str]
    created: list[tuple[Path, str]]


def plan_moves(root: Path, moves: dict[str, str]) -> tuple[dict[Path, Path], list[str], list[str]]:
    to_move: dict[Path, Path] = {}
    already, missing = [], []
    for old, new in sorted(moves.items()):
        src, dst = module_file(Path(), old), module_file(Path(), new)
        if (root / src).is_file() and (root / dst).is_file():
            raise SystemExit(f"regroup: both {src} and {dst} exist; settle that by hand first")
        if (root / src).is_file():
            to_move[src] = dst
        elif (root / dst).is_file():
            already.append(old)
        else:
            missing.append(old)
    return to_move, already, missing


def rewritten(
    root: Path, rel: Path, to_move: dict[Path, Path], renamer: Renamer
) -> tuple[str, int]:
    """One file's text with its references rewritten, read from where it stands now."""
    text = (root / rel).read_text(encoding="utf-8")
    if rel.suffix == ".py":
        old_package, new_package = module_of(rel)[1], module_of(to_move.get(rel, rel))[1]
        new, count = rewrite_python(text, old_package, new_package, renamer)
    elif rel.suffix == ".spec":
        new, count = rewrite_python(text, "", "", renamer)
    else:
        new, count = rewrite_text(text, renamer)
    if rel.name == "pyproject.toml":
        subpackages = sorted(f"{p}.{s}" for p, groups in GROUPS.items() for s in groups)
        listed = add_packages(new, subpackages)
        count += listed != new
        new = listed
    return new, count


def make_plan(root: Path, moves: dict[str, str]) -> Plan:
    to_move, already, missing = plan_moves(root, moves)
    renamer = Renamer(moves)
    new_texts: dict[Path, str] = {}
    counts: Counter[str] = Counter()
    for rel in scanned_files(root):
        new, count = rewritten(root, rel, to_move, renamer)
        if new != (root / rel).read_text(encoding="utf-8"):
            new_texts[to_move.get(rel, rel)] = new
            counts[str(rel)] = count
    created = []
    for package, groups in GROUPS.items():
        for sub, (doc, modules) in groups.items():
            init = module_file(Path(), f"{package}.{sub}.__init__")
            wanted = any(
                module_file(Path(), f"{package}.{m}") in to_move
                or (root / module_file(Path(), f"{package}.{sub}.{m}")).is_file()
                for m in modules
            )
            if wanted and not (root / init).is_file():
                created.append((init, f'"""{doc}"""\n'))
    return Plan(to_move, already, missing, new_texts, counts, created)


def apply(root: Path, plan: Plan) -> None:
    for init, text in plan.created:
        (root / init).parent.mkdir(parents=True, exist_ok=True)
        (root / init).write_text(text, encoding="utf-8")
    if plan.created:
        subprocess.run(["git", "add", *(str(i) for i, _ in plan.created)], cwd=root, check=True)
    for src, dst in sorted(plan.to_move.items()):
        subprocess.run(["git", "mv", str(src), str(dst)], cwd=root, check=True)
    for rel, text in sorted(plan.new_texts.items()):
        (root / rel).write_text(text, encoding="utf-8")


def tidy(root: Path, plan: Plan, ruff: str | None) -> None:
    """Sort and format the Python files the run touched; regenerate the findings index."""
    touched = {*plan.new_texts, *plan.to_move.values(), *(i for i, _ in plan.created)}
    python = sorted(str(p) for p in touched if p.suffix == ".py" and (root / p).is_file())
    if ruff and python:
        sort = [ruff, "check", "--fix", "--select", "I", "--quiet", *python]
        subprocess.run(sort, cwd=root, check=False)
        subprocess.run([ruff, "format", "--quiet", *python], cwd=root, check=False)
    index = root / "tools" / "findings_index.py"
    if index.is_file():
        subprocess.run([sys.executable, str(index)], cwd=root, check=True)


def run(root: Path, dry_run: bool, use_ruff: bool) -> int:
    moves = mapping()
    plan = make_plan(root, moves)
    if dry_run:
        print(f"regroup (dry run): would move {len(plan.to_move)} modules, ", end="")
        print(f"rewrite {len(plan.new_texts)} files, create {len(plan.created)} subpackages")
        return 0
    apply(root, plan)
    ruff = find_ruff(root) if use_ruff else None
    tidy(root, plan, ruff)
    summary(root, moves, plan, ruff)
    return 0


def unmapped(root: Path, moves: dict[str, str]) -> list[str]:
    """Flat modules of the regrouped packages that the mapping does not name."""
    left = []
    for package in GROUPS:
        for path in sorted(module_file(root, package).with_suffix("").glob("*.py")):
            dotted = f"{package}.{path.stem}"
            if path.stem != "__init__" and dotted not in KEEP and dotted not in moves:
                left.append(dotted)
    return left


def summary(root: Path, moves: dict[str, str], plan: Plan, ruff: str | None) -> None:
    moved = Counter(str(dst.parent).replace("/", ".") for dst in plan.to_move.values())
    print(
        f"regroup: {len(plan.to_move)} modules moved, {len(plan.already)} already in place, "
        f"{len(plan.created)} subpackages created"
    )
    for sub, n in sorted(moved.items()):
        print(f"  {sub}: {n}")
    references = sum(plan.counts.values())
    print(f"regroup: {references} references rewritten in {len(plan.new_texts)} files")
    left = unmapped(root, moves)
    if left:
        print(f"regroup: {len(left)} flat modules not in the mapping, left in place:")
        for name in left:
            print(f"  {name}")
    if plan.missing:
        print(f"regroup: {len(plan.missing)} mapped modules found nowhere (deleted or renamed?):")
        for name in plan.missing:
            print(f"  {name}")
    print("regroup: ruff " + ("sorted and formatted the files touched" if ruff else "not run"))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dry-run", action="store_true")
    parser.add_argument("--no-ruff", action="store_true")
    args = parser.parse_args(argv)
    root = Path.cwd()
    if not (root / "desktop" / "core").is_dir():
        raise SystemExit("regroup: run from the repository root")
    return run(root, args.dry_run, not args.no_ruff)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
