"""What the browser's Content Security Policy blocked, said in words an editor can act on."""

from __future__ import annotations

import pytest

from govportal.gate.checks.security_policy import describe


@pytest.mark.parametrize(("violation", "message"), [
    ({"directive": "script-src-elem", "blocked": "inline", "sample": "alert(1)", "line": 12},
     "the page's Content Security Policy (script-src-elem) blocked an inline script or event handler (onclick=…): \"alert(1)\", line 12"),
    ({"directive": "style-src-attr", "blocked": "inline", "sample": "", "line": 0},
     "the page's Content Security Policy (style-src-attr) blocked an inline style (<style> or style=\"…\")"),
    ({"directive": "script-src", "blocked": "eval", "sample": "", "line": 3},
     "the page's Content Security Policy (script-src) blocked eval() or new Function(), line 3"),
    ({"directive": "img-src", "blocked": "https://cdn.example.com/x.png", "sample": "", "line": 0},
     "the page's Content Security Policy (img-src) blocked https://cdn.example.com/x.png"),
    ({"directive": "connect-src", "blocked": "", "sample": "", "line": 0},
     "the page's Content Security Policy (connect-src) blocked something"),
])
def test_violations_are_described_by_what_was_blocked(violation: dict[str, object], message: str) -> None:
    assert describe(violation) == message


def test_long_samples_are_cut_short() -> None:
    message = describe({"directive": "script-src-elem", "blocked": "inline", "sample": "x" * 500, "line": 0})
    assert message.endswith('"' + "x" * 60 + '"')
