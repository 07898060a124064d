"""The Content Security Policy built from the portal settings."""

from __future__ import annotations

from govportal.config.feedback import FeedbackSettings
from govportal.pages.security_policy import headers_file, page_policy, receiver_origin


def directives(policy: str) -> dict[str, list[str]]:
    return {name: sources for name, *sources in (part.split() for part in policy.split("; "))}


def test_a_receiver_on_the_site_adds_no_origin() -> None:
    policy = directives(page_policy(FeedbackSettings()))
    assert receiver_origin(FeedbackSettings()) is None
    assert policy["form-action"] == ["'self'"] and policy["connect-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'", "'report-sample'"] and policy["object-src"] == ["'none'"]


def test_a_receiver_elsewhere_may_receive_forms_and_scripts_posts() -> None:
    feedback = FeedbackSettings(url="https://feedback.example.gov/api/feedback")
    policy = directives(page_policy(feedback))
    assert policy["form-action"] == policy["connect-src"] == ["'self'", "https://feedback.example.gov"]
    assert "https://feedback.example.gov" not in policy["script-src"] + policy["default-src"]


def test_only_the_search_page_may_compile_webassembly() -> None:
    assert "'wasm-unsafe-eval'" not in page_policy(FeedbackSettings())
    assert directives(page_policy(FeedbackSettings(), search=True))["script-src"] == ["'self'", "'wasm-unsafe-eval'", "'report-sample'"]
    assert "unsafe-inline" not in page_policy(FeedbackSettings(), search=True)


def test_headers_file_adds_what_a_meta_policy_cannot_carry() -> None:
    lines = headers_file(FeedbackSettings()).splitlines()
    assert lines[1] == "/*"
    headers = dict(line.strip().split(": ", 1) for line in lines[2:])
    assert headers["Content-Security-Policy"] == page_policy(FeedbackSettings(), search=True) + "; frame-ancestors 'none'"
    assert headers["X-Content-Type-Options"] == "nosniff" and headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
