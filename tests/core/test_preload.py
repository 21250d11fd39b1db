"""At launch the language model starts loading in the background; the first comparison finds it."""

from __future__ import annotations

import threading

import pytest

from desktop.core import pipeline
from desktop.core.pipeline import LoadedPipeline, load_pipeline, preload_in_background


@pytest.fixture
def slow_model(monkeypatch: pytest.MonkeyPatch) -> tuple[threading.Event, list[str]]:
    """A stand-in pipeline whose load waits for ``release``; every load is recorded."""
    release = threading.Event()
    loads: list[str] = []

    def load(name: str) -> LoadedPipeline:
        loads.append(name)
        assert release.wait(30)
        return LoadedPipeline(nlp=object(), name=name, version="0", spacy_version="0")

    monkeypatch.setattr(pipeline, "_cache", {})
    monkeypatch.setattr(pipeline, "_load", load)
    monkeypatch.setattr(pipeline, "ENGINE_MODULES", ())
    return release, loads


def test_preloading_returns_at_once_while_the_model_loads(slow_model) -> None:
    release, loads = slow_model
    thread = preload_in_background("fake_model")
    # The caller (the UI thread) is free while the load is under way.
    assert thread.daemon and thread.is_alive()
    release.set()
    thread.join(30)
    assert loads == ["fake_model"]


def test_the_first_comparison_waits_for_the_preload_instead_of_loading_twice(slow_model) -> None:
    release, loads = slow_model
    thread = preload_in_background("fake_model")
    got: list[LoadedPipeline] = []
    comparison = threading.Thread(target=lambda: got.append(load_pipeline("fake_model")))
    comparison.start()
    release.set()
    comparison.join(30)
    thread.join(30)
    assert loads == ["fake_model"]  # one load, shared
    assert got and got[0] is load_pipeline("fake_model")


def test_a_failed_preload_is_left_for_the_comparison_to_report(monkeypatch) -> None:
    def broken(name: str) -> LoadedPipeline:
        raise ModuleNotFoundError(name=name)

    monkeypatch.setattr(pipeline, "_cache", {})
    monkeypatch.setattr(pipeline, "_load", broken)
    monkeypatch.setattr(pipeline, "ENGINE_MODULES", ())
    preload_in_background("missing_model").join(30)  # no exception escapes the thread
    with pytest.raises(pipeline.ModelNotFoundError, match="missing_model is not installed"):
        load_pipeline("missing_model")
