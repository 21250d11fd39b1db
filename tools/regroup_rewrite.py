"""How tools/regroup.py rewrites a reference to a moved module: ``from`` imports read with ast,
dotted names in code token by token, and module names and paths in strings, comments and docs,
only where the name is one the mapping moves.
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

# -- module paths ----------------------------------------------------------------------------------


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

# The words a short form starts with, and the package each stands for: ``core/clock.py``,
# ``findings.told_days``, ``desktop/core/findings/told_days.py``.
SHORT_ROOTS = {"desktop": "desktop", "core": "desktop.core", "findings": "desktop.core.findings"}
ALWAYS_SHORTENED = ("desktop.core", "desktop.core.findings")


def short_forms(package: str) -> dict[str, str]:
    """Each dotted short form of ``package`` (``core.figures``, ``desktop.core.figures``) and the
    package it stands for."""
    forms = {}
    for root, base in SHORT_ROOTS.items():
        if package == base or package.startswith(f"{base}."):
            forms[root + package[len(base) :]] = package
    return forms


@dataclass(frozen=True)
class Renamer:
    moves: dict[str, str]

    @cached_property
    def packages(self) -> dict[str, str]:
        """The short forms of every package a module moves out of, longest first."""
        olds = {old.rsplit(".", 1)[0] for old in self.moves}
        forms = {
            form: package
            for moved_from in (*ALWAYS_SHORTENED, *olds)
            for form, package in short_forms(moved_from).items()
        }
        return dict(sorted(forms.items(), key=lambda fp: (-len(fp[0]), fp[0])))

    @cached_property
    def short_dotted_re(self) -> re.Pattern[str]:
        forms = "|".join(re.escape(f) for f in self.packages if not f.startswith("desktop"))
        return re.compile(rf"(?<![\w.])((?:{forms})\.)([A-Za-z_]\w*)\b")

    @cached_property
    def path_re(self) -> re.Pattern[str]:
        forms = "|".join(re.escape(f.replace(".", "/")) for f in self.packages)
        return re.compile(rf"((?:{forms})/)([A-Za-z_]\w*)(?=\.py\b|(?![\w/]))")

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
        form, sep = prefix[:-1].replace("/", "."), prefix[-1]
        new = self.moves.get(f"{self.packages[form]}.{name}")
        root = form.split(".")[0]
        base = SHORT_ROOTS[root]
        if new is None or not new.startswith(f"{base}."):
            return None
        return root + sep + new[len(base) + 1 :].replace(".", sep)


DOTTED_RE = re.compile(r"(?<![\w.])desktop(?:\.[A-Za-z_]\w*){2,}")


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
    text = renamer.short_dotted_re.sub(short, text)
    text = renamer.path_re.sub(short, text)
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
