"""tools/regroup.py moves flat engine modules into subpackages by kind: every way a module is
referred to follows it, a module the mapping does not name keeps its place, and a second run
changes nothing. (The names here are made up, so that the script never rewrites this file.)"""

from __future__ import annotations

from pathlib import Path

from tools import regroup, regroup_mapping, regroup_rewrite

MOVES = {
    "desktop.core.alpha": "desktop.core.letters.alpha",
    "desktop.core.findings.beta": "desktop.core.findings.letters.beta",
    "desktop.core.findings.gamma": "desktop.core.findings.greek.gamma",
}


def _python(source: str, old_package: str, new_package: str | None = None) -> str:
    renamer = regroup_rewrite.Renamer(MOVES)
    new, _ = regroup_rewrite.rewrite_python(
        source, old_package, new_package or old_package, renamer
    )
    again, count = regroup_rewrite.rewrite_python(
        new, new_package or old_package, new_package or old_package, renamer
    )
    assert (again, count) == (new, 0), "a second run changes nothing"
    return str(new)


def test_an_absolute_import_of_a_moved_module_follows_it() -> None:
    source = "from desktop.core.findings.beta import B\nfrom desktop.core.model import Report\n"
    assert _python(source, "desktop.qt") == (
        "from desktop.core.findings.letters.beta import B\nfrom desktop.core.model import Report\n"
    )


def test_a_moved_module_imported_from_its_old_package_is_imported_from_its_new_one() -> None:
    source = "def f():\n    from desktop.core import alpha, model as m  # noqa: F401\n"
    assert _python(source, "desktop.core") == (
        "def f():\n    from desktop.core import model as m\n"
        "    from desktop.core.letters import alpha  # noqa: F401\n"
    )


def test_relative_imports_are_counted_from_the_modules_new_package() -> None:
    moved = "from .gamma import G\nfrom .ledger import L\nfrom . import beta\n"
    assert _python(moved, "desktop.core.findings", "desktop.core.findings.letters") == (
        "from ..greek.gamma import G\nfrom ..ledger import L\nfrom . import beta\n"
    )
    unmoved = "from .gamma import G\nfrom ..alpha import A\n"
    assert _python(unmoved, "desktop.core.findings") == (
        "from .greek.gamma import G\nfrom ..letters.alpha import A\n"
    )


def test_dotted_names_in_code_strings_and_comments_follow_the_module() -> None:
    source = (
        "import desktop.core.alpha\n"
        "import desktop.core.alpha as a\n"
        "x = desktop.core.alpha.read()\n"
        'monkeypatch.setattr("desktop.core.findings.gamma.LIMIT", 1)  # see core/alpha.py\n'
        '"""Read by ``findings.beta`` and desktop/core/findings/gamma.py, not tests/core/alpha.py."""\n'
    )
    assert _python(source, "tests") == (
        "import desktop.core.letters.alpha\n"
        "import desktop.core.letters.alpha as a\n"
        "x = desktop.core.letters.alpha.read()\n"
        'monkeypatch.setattr("desktop.core.findings.greek.gamma.LIMIT", 1)  # see core/letters/alpha.py\n'
        '"""Read by ``findings.letters.beta`` and desktop/core/findings/greek/gamma.py, not '
        'tests/core/alpha.py."""\n'
    )


def test_names_the_mapping_does_not_move_are_left_alone() -> None:
    source = 'from desktop.core.findings import tuning\nLOGGER = "desktop.core.alphabet"\n'
    assert _python(source, "desktop.core.findings.delta") == source


def test_the_setuptools_package_list_gains_each_subpackage_once() -> None:
    add = regroup.add_packages
    text = 'packages = ["desktop", "desktop.core", "desktop.qt"]\n'
    once = add(text, ["desktop.core.letters"])
    assert once == 'packages = ["desktop", "desktop.core", "desktop.core.letters", "desktop.qt"]\n'
    assert add(once, ["desktop.core.letters"]) == once


def test_the_mapping_moves_each_module_once_and_keeps_the_entry_points() -> None:
    moves = regroup.mapping()
    assert "desktop.core.compare" not in moves
    assert not any(old.startswith("desktop.core.lexicon") for old in moves)
    assert len(set(moves.values())) == len(moves)
    for groups in regroup_mapping.GROUPS.values():
        for doc, _modules in groups.values():
            assert len(f'"""{doc}"""') <= 100, "each subpackage's docstring is one line"


def test_a_split_or_folded_subpackage_takes_its_modules_names_and_paths_along() -> None:
    renamer = regroup_rewrite.Renamer(
        {
            "desktop.core.letters.alpha": "desktop.core.letters.first.alpha",
            "desktop.core.findings.greek.gamma": "desktop.core.findings.letters.gamma",
        }
    )
    source = (
        "from desktop.core.letters.alpha import A\n"
        "from ..greek.gamma import G\n"
        '"""See core/letters/alpha.py, ``core.letters.alpha``, ``findings.greek.gamma`` and\n'
        'desktop/core/findings/greek/gamma.py, not core/letters/alphabet.py."""\n'
    )
    new, _ = regroup_rewrite.rewrite_python(
        source, "desktop.core.findings.amounts", "desktop.core.findings.amounts", renamer
    )
    assert new == (
        "from desktop.core.letters.first.alpha import A\n"
        "from ..letters.gamma import G\n"
        '"""See core/letters/first/alpha.py, ``core.letters.first.alpha``, '
        "``findings.letters.gamma`` and\n"
        'desktop/core/findings/letters/gamma.py, not core/letters/alphabet.py."""\n'
    )
    again, count = regroup_rewrite.rewrite_python(
        new, "desktop.core.findings.amounts", "desktop.core.findings.amounts", renamer
    )
    assert (again, count) == (new, 0), "a second run changes nothing"


def test_a_module_mapped_to_another_subpackage_moves_from_where_it_stands(tmp_path: Path) -> None:
    letters = tmp_path / "desktop" / "core" / "letters"
    letters.mkdir(parents=True)
    (letters / "__init__.py").write_text('"""Letters."""\n')
    (letters / "alpha.py").write_text("A = 1\n")
    moves = {"desktop.core.alpha": "desktop.core.greek.alpha"}
    to_move, already, missing = regroup.plan_moves(tmp_path, moves)
    assert to_move == {Path("desktop/core/letters/alpha.py"): Path("desktop/core/greek/alpha.py")}
    assert (already, missing) == ([], [])
    assert regroup.emptied_packages(tmp_path, to_move) == [Path("desktop/core/letters")]


def test_the_setuptools_package_list_loses_a_removed_subpackage() -> None:
    text = 'packages = ["desktop", "desktop.core", "desktop.core.letters", "desktop.qt"]\n'
    assert regroup.drop_packages(text, ["desktop.core.letters"]) == (
        'packages = ["desktop", "desktop.core", "desktop.qt"]\n'
    )
