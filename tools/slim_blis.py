"""blis.py without its own copy of BLIS: rebuilt from the wheel's py.pyx for the frozen app.

blis ships two extension modules, ``blis.cy`` and ``blis.py``, and its wheels link a complete
BLIS, kernels for every x86 CPU, into each: 17.6 MB twice. ``blis.py`` never runs its copy: every
routine in py.pyx calls ``blis.cy``'s functions through Cython's cross-module C API (``from .
cimport cy``), so the arithmetic happens in ``blis.cy``'s BLIS. Compiling the wheel's own py.pyx
without linking BLIS gives the same module in 0.3 MB. thinc needs both modules (its NumpyOps.gemm
is ``blis.py.gemm``; its parser's sgemm comes from ``blis.cy``).

The rebuilt module is used only when it gives bit-identical results to the wheel's on float32
matrix products with every transpose combination, float32 being the only type thinc passes
(``check``). build.spec falls back to the wheel's module, with a warning, when Cython or a C
compiler is missing or the check fails. Linux only.

    python tools/slim_blis.py OUT_DIR     # build and check, print the module's path
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

# The sources the module is compiled from, as the blis wheel installs them.
SOURCES = ("__init__.py", "__init__.pxd", "cy.pxd", "py.pyx")
# The products checked: thinc's shapes (a batch of token vectors times a weight matrix, its
# transposes in the backward pass) and odd sizes that leave partial blocks in BLIS's kernels.
CHECK = """
import sys, numpy as np, blis.py
rng = np.random.default_rng(7)
out = []
for m, k, n in [(1, 1, 1), (7, 96, 300), (128, 96, 96), (300, 384, 96), (33, 17, 5)]:
    for t1 in (False, True):
        for t2 in (False, True):
            a = rng.standard_normal((k, m) if t1 else (m, k)).astype(np.float32)
            b = rng.standard_normal((n, k) if t2 else (k, n)).astype(np.float32)
            out.append(blis.py.gemm(a, b, trans1=t1, trans2=t2).tobytes())
            c = np.ones((m, n), dtype=np.float32)
            out.append(blis.py.gemm(a, b, out=c, trans1=t1, trans2=t2, beta=0.0).tobytes())
sys.stdout.buffer.write(b"".join(out))
"""


class BuildError(Exception):
    """The slim module could not be built or does not match the wheel's."""


def installed_blis() -> Path:
    spec = importlib.util.find_spec("blis")
    if spec is None or not spec.submodule_search_locations:
        raise BuildError("blis is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def build(work: Path) -> Path:
    """Compile blis.py from the installed wheel's sources into ``work``; return the module."""
    compiler = shutil.which(os.environ.get("CC", "cc"))
    if compiler is None:
        raise BuildError("no C compiler (cc)")
    if importlib.util.find_spec("Cython") is None:
        raise BuildError("Cython is not installed (pip install -e '.[build]')")
    import numpy

    source = installed_blis()
    package = work / "blis"
    shutil.rmtree(package, ignore_errors=True)
    package.mkdir(parents=True)
    for name in SOURCES:
        if not (source / name).is_file():
            raise BuildError(f"the blis wheel has no {name}")
        shutil.copy2(source / name, package / name)
    c_file = package / "py.c"
    _run([sys.executable, "-m", "cython", "-3", str(package / "py.pyx"), "-o", str(c_file)])
    module = package / f"py{sysconfig.get_config_var('EXT_SUFFIX')}"
    _run(
        [
            compiler,
            *("-shared", "-fPIC", "-O2", "-w", "-s"),
            f"-I{sysconfig.get_paths()['include']}",
            f"-I{numpy.get_include()}",
            str(c_file),
            "-o",
            str(module),
        ]
    )
    return module


def check(module: Path, work: Path) -> None:
    """Raise unless ``module`` computes exactly what the wheel's blis.py computes."""
    source = installed_blis()
    trial = work / "trial"
    shutil.rmtree(trial, ignore_errors=True)
    shutil.copytree(source, trial / "blis", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy2(module, trial / "blis" / module.name)
    wheel = _products(env=None)
    slim = _products(env={**os.environ, "PYTHONPATH": str(trial)})
    if slim != wheel:
        raise BuildError("the rebuilt blis.py gives different products than the wheel's")


def _products(env: dict[str, str] | None) -> bytes:
    result = subprocess.run(
        [sys.executable, "-c", CHECK], capture_output=True, env=env, timeout=300, check=False
    )
    if result.returncode != 0:
        raise BuildError(f"blis check failed: {result.stderr.decode(errors='replace')[-500:]}")
    return result.stdout


def _run(command: list[str]) -> None:
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise BuildError(f"{Path(command[0]).name} failed: {result.stderr[-1000:]}")


def slim_blis_py(work: Path) -> Path:
    """Build and check; the path of the slim module."""
    module = build(work)
    check(module, work)
    return module


if __name__ == "__main__":
    print(slim_blis_py(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("build/blis-py")))
