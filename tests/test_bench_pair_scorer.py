"""bench.pair_scorer: the AUC and the logistic fit it reports must be right, and it must refuse
the groups no helper may score or print."""

from __future__ import annotations

import numpy as np

from bench.pair_scorer import auc, fit, main


def test_auc_counts_ties_as_half() -> None:
    label = np.array([True, False, True, False])
    assert auc(np.array([0.9, 0.1, 0.8, 0.2]), label) == 1.0
    assert auc(np.array([0.1, 0.9, 0.2, 0.8]), label) == 0.0
    assert auc(np.array([0.5, 0.5, 0.5, 0.5]), label) == 0.5


def test_fit_weighs_the_signal_that_separates() -> None:
    rng = np.random.default_rng(0)
    signal = rng.normal(size=2000)
    noise = rng.normal(size=2000)
    label = (signal + 0.3 * rng.normal(size=2000)) > 1.0
    model = fit(np.stack([signal, noise], axis=1), label.astype(float), ["signal", "noise"])
    assert model.weights[0] > 5 * abs(model.weights[1])
    assert auc(model.logit(np.stack([signal, noise], axis=1)), label) > 0.95


def test_refuses_judge_and_pooled_lines() -> None:
    assert main(["variants", "--group", "fresh-judge"]) == 2
    assert main(["variants", "--group", "check", "--verbose"]) == 2
