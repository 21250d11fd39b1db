"""The comparison window: PySide6 widgets over the core's immutable report (no NLP here).

PySide6 6.12.0 is excluded in pyproject.toml: on CPython 3.11 its void methods take a reference
from ``None`` on every call and the interpreter aborts after a few thousand ("none_dealloc").
``tests/qt/test_app.py::test_many_qt_calls_do_not_exhaust_none`` guards against it coming back.
"""
