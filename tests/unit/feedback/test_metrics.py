"""Who may read /metrics, and what a scrape adds up."""

from __future__ import annotations

from govportal.feedback.metrics import Metrics, may_read


def test_metrics_need_the_token_when_one_is_set() -> None:
    assert may_read("198.51.100.7", "Bearer s3cret", "s3cret")
    assert not may_read("127.0.0.1", "", "s3cret")  # the token is needed even on this machine
    assert not may_read("127.0.0.1", "Bearer wrong", "s3cret")


def test_without_a_token_only_this_machine_may_read_metrics() -> None:
    assert may_read("127.0.0.1", "", None) and may_read("::1", "", None)
    assert not may_read("198.51.100.7", "", None) and not may_read(None, "", None)


def test_counts_of_one_app_are_its_own() -> None:
    first, second = Metrics(), Metrics()
    first.accepted.labels("page").inc(2)
    first.rejected.labels("survey", "invalid").inc()
    text = first.exposition().decode()
    assert 'govportal_feedback_accepted_total{form="page"} 2.0' in text
    assert 'govportal_feedback_rejected_total{form="survey",reason="invalid"} 1.0' in text
    assert 'govportal_feedback_accepted_total{form="page"}' not in second.exposition().decode()
