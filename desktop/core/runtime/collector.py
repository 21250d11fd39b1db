"""The cyclic garbage collector kept from walking the whole process while a comparison runs."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

# Young-generation collections between two full ones while a comparison runs: more than any
# comparison makes, so none starts (each walks the pipeline, its vocabulary, the gazetteer and the
# embedding table too). On two 15,000-word articles the three full collections that set off took
# 0.3 s of the 2.4 s the engine adds to the spaCy pass (bench.speed).
_FULL_EVERY_DURING_COMPARISON = 1_000_000
# Objects allocated between two young collections while a comparison runs. At the default 700 the
# young objects were swept some 460 times, and the survivors again 42 times a generation up, on two
# 15,000-word articles (40 ms of the engine's CPU, not one cycle freed): the comparison keeps what
# it builds until it returns, and its short-lived objects go by reference counts. At 100,000 the
# two sweeps per comparison still took 174 ms (each walks the parse's kept rows while they are
# young), finding only spaCy's own 60 objects in cycles once the parse is released
# (``parse_cache.release``). At 1,000,000: one sweep, 12 ms per comparison, the same peak memory
# (bench.speed's texts: 413 against 412 MiB, one fresh comparison).
_YOUNG_EVERY_DURING_COMPARISON = 1_000_000

_lock = threading.Lock()
_running = 0
_saved: tuple[int, int, int] | None = None


@contextmanager
def no_full_collections() -> Iterator[None]:
    """While a comparison runs, the collector sweeps the young objects only, and less often; a
    full collection waits until the last running comparison ends. Nothing the comparison
    drops lingers: objects still go as soon as nothing refers to them, and cycles among the
    comparison's own objects are still found young."""
    global _running, _saved
    with _lock:
        if _running == 0:
            _saved = gc.get_threshold()
            gc.set_threshold(
                max(_saved[0], _YOUNG_EVERY_DURING_COMPARISON),
                _saved[1],
                _FULL_EVERY_DURING_COMPARISON,
            )
        _running += 1
    try:
        yield
    finally:
        with _lock:
            _running -= 1
            if _running == 0 and _saved is not None:
                gc.set_threshold(*_saved)
                _saved = None
