"""Group the engine's flat modules into subpackages by kind, and rewrite every reference to them.

    python tools/regroup.py            # from the repository root: move, rewrite, print a summary
    python tools/regroup.py --dry-run  # print what would change, touch nothing
    python tools/regroup.py --no-ruff  # leave import order and formatting to the caller

The mapping (``GROUPS`` in ``tools/regroup_mapping.py``) is data: for each package, its new
subpackages, each with the one-line docstring its ``__init__.py`` gets and the modules it holds
(``tools/regroup_rewrite.py`` does the rewriting of one text). A module named in the
mapping is ``git mv``-ed into its subpackage; a module not named stays where it is (a branch may
add new flat modules), but its references to moved modules are rewritten all the same. Running
the script again changes nothing.

The mapping says where each module stands at the end, so it also splits a subpackage and folds
one into another: a subpackage name may be dotted (``"figures.numbers"``, a package inside
``figures``), and a module the mapping puts in one subpackage but that stands in another subpackage
of the same package moves from there, its references following it. A subpackage left without a
module is removed.

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

Then, unless ``--no-ruff``, ruff sorts the imports of and formats the Python files it rewrote,
and ``tools/findings_index.py`` writes docs/findings-index.md again. The tool's own files
(``tools/regroup*.py``) are never rewritten.
"""

import argparse
import re
import shutil
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

try:
    from tools.regroup_mapping import GROUPS, KEEP, KEEP_PACKAGES
    from tools.regroup_rewrite import Renamer, module_of, rewrite_python, rewrite_text
except ModuleNotFoundError:  # run as `python tools/regroup.py`: put the repository on the path
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from tools.regroup_mapping import GROUPS, KEEP, KEEP_PACKAGES
    from tools.regroup_rewrite import Renamer, module_of, rewrite_python, rewrite_text

SCAN_DIRS = ("desktop", "tests", "bench", "tools", "docs", ".ci")
SCAN_FILES = ("build.spec", "pyproject.toml", "README.md", ".pre-commit-config.yaml")
TEXT_SUFFIXES = (".md", ".toml", ".yaml", ".yml", ".cfg", ".ini")
SKIP_DIRS = frozenset({"__pycache__", ".git", ".venv", "node_modules", "data"})
THIS_TOOL = "tools/regroup"  # the script and its modules: never rewritten


def mapping() -> dict[str, str]:
    """Old dotted module -> new dotted module, for every module the mapping names."""
    moves: dict[str, str] = {}
    for package, groups in GROUPS.items():
        for sub, (_doc, modules) in groups.items():
            for module in modules.split():
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


def module_file(root: Path, dotted: str) -> Path:
    return root.joinpath(*dotted.split(".")).with_suffix(".py")


# -- the run ---------------------------------------------------------------------------------------


def scanned_files(root: Path) -> list[Path]:
    """Every file whose references are rewritten, repository-relative, in a fixed order."""
    files: list[Path] = []
    for top in SCAN_DIRS:
        for path in sorted((root / top).rglob("*")):
            rel = path.relative_to(root)
            if any(part in SKIP_DIRS for part in rel.parts) or not path.is_file():
                continue
            if rel.as_posix().startswith(THIS_TOOL):
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


def drop_packages(text: str, packages: list[str]) -> str:
    """``packages = [...]`` of ``[tool.setuptools]`` without ``packages``."""
    match = re.search(r"^packages = \[(.*)\]$", text, re.MULTILINE)
    if match is None or not packages:
        return text
    current = re.findall(r'"([^"]+)"', match.group(1))
    listed = [p for p in current if p not in packages]
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
    emptied: list[Path]  # subpackages left without a module, removed


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
        elif (elsewhere := standing_elsewhere(root, src)) is not None:
            to_move[elsewhere] = dst
        else:
            missing.append(old)
    return to_move, already, missing


def standing_elsewhere(root: Path, flat: Path) -> Path | None:
    """Where a module mapped from ``flat`` stands now when a subpackage of its package holds it
    (the mapping moved it to another subpackage); None when none does. The other regrouped
    packages (``findings`` inside ``core``) and the kept ones are not searched."""
    package = flat.parent
    fenced = [
        folder
        for folder in (module_file(Path(), p).with_suffix("") for p in (*GROUPS, *KEEP_PACKAGES))
        if folder != package and folder.is_relative_to(package)
    ]
    found = [
        path.relative_to(root)
        for path in sorted((root / package).rglob(flat.name))
        if path.parent != root / package
        and not any(path.relative_to(root).is_relative_to(fence) for fence in fenced)
    ]
    if len(found) > 1:
        raise SystemExit(f"regroup: {flat.stem} stands in {len(found)} places; settle that by hand")
    return found[0] if found else None


def emptied_packages(root: Path, to_move: dict[Path, Path]) -> list[Path]:
    """The subpackages the moves leave with no module and no subpackage, and that the mapping
    does not name: removed, as ``findings/reasons`` once its one module folded into another."""
    named = {module_file(Path(), f"{p}.{s}").with_suffix("") for p, g in GROUPS.items() for s in g}
    arriving = {dst.parent for dst in to_move.values()}
    out = []
    for folder in sorted({src.parent for src in to_move} - named - arriving):
        rest = [
            p
            for p in (root / folder).iterdir()
            if p.name not in ("__init__.py", "__pycache__")
            and p.relative_to(root) not in to_move
            and (p.suffix == ".py" or (p / "__init__.py").is_file())
        ]
        if not rest and (root / folder / "__init__.py").is_file():
            out.append(folder)
    return out


def rewritten(
    root: Path, rel: Path, to_move: dict[Path, Path], renamer: Renamer, emptied: list[Path]
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
        gone = [".".join(folder.parts) for folder in emptied]
        listed = drop_packages(add_packages(new, subpackages), gone)
        count += listed != new
        new = listed
    return new, count


def make_plan(root: Path, moves: dict[str, str]) -> Plan:
    to_move, already, missing = plan_moves(root, moves)
    # A module moving from one subpackage to another is named by where it stands now.
    standing = {module_of(src)[0]: module_of(dst)[0] for src, dst in to_move.items()}
    renamer = Renamer({**moves, **standing})
    emptied = emptied_packages(root, to_move)
    new_texts: dict[Path, str] = {}
    counts: Counter[str] = Counter()
    for rel in scanned_files(root):
        if rel.parent in emptied and rel.name == "__init__.py":
            continue
        new, count = rewritten(root, rel, to_move, renamer, emptied)
        if new != (root / rel).read_text(encoding="utf-8"):
            new_texts[to_move.get(rel, rel)] = new
            counts[str(rel)] = count
    created = []
    arriving = set(to_move.values())
    for package, groups in GROUPS.items():
        for sub, (doc, modules) in groups.items():
            init = module_file(Path(), f"{package}.{sub}.__init__")
            wanted = any(
                module_file(Path(), f"{package}.{sub}.{m}") in arriving
                or (root / module_file(Path(), f"{package}.{sub}.{m}")).is_file()
                for m in modules.split()
            )
            if wanted and not (root / init).is_file():
                created.append((init, f'"""{doc}"""\n'))
    return Plan(to_move, already, missing, new_texts, counts, created, emptied)


def apply(root: Path, plan: Plan) -> None:
    for init, text in plan.created:
        (root / init).parent.mkdir(parents=True, exist_ok=True)
        (root / init).write_text(text, encoding="utf-8")
    if plan.created:
        subprocess.run(["git", "add", *(str(i) for i, _ in plan.created)], cwd=root, check=True)
    for src, dst in sorted(plan.to_move.items()):
        subprocess.run(["git", "mv", str(src), str(dst)], cwd=root, check=True)
    for folder in plan.emptied:
        subprocess.run(["git", "rm", "-q", str(folder / "__init__.py")], cwd=root, check=True)
        shutil.rmtree(root / folder, ignore_errors=True)
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
    """Flat modules of the regrouped packages, and modules beside the subpackages a split
    subpackage holds (``figures/x.py`` beside ``figures/numbers/``), that the mapping does not
    name."""
    placed = {new.rsplit(".", 1)[1] for new in moves.values()}
    split = {
        f"{p}.{s.rsplit('.', 1)[0]}" for p, groups in GROUPS.items() for s in groups if "." in s
    }
    left = []
    for package in sorted({*GROUPS, *split}):
        for path in sorted(module_file(root, package).with_suffix("").glob("*.py")):
            dotted = f"{package}.{path.stem}"
            if path.stem == "__init__" or dotted in KEEP or dotted in moves:
                continue
            if package in GROUPS or path.stem not in placed:
                left.append(dotted)
    return left


def summary(root: Path, moves: dict[str, str], plan: Plan, ruff: str | None) -> None:
    moved = Counter(str(dst.parent).replace("/", ".") for dst in plan.to_move.values())
    print(
        f"regroup: {len(plan.to_move)} modules moved, {len(plan.already)} already in place, "
        f"{len(plan.created)} subpackages created, {len(plan.emptied)} removed"
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
