"""YAML mistakes come out as one finding each, at the line and column the editor sees,
naming the character (a tab, an invisible non-breaking space, curly quotes) and the fix."""

from __future__ import annotations

import pytest
import yaml

from govportal.content.yamlfile import EditorLoader, YamlProblem, load_yaml

TAB = "there is a tab here; YAML indents and separates with spaces only: replace the tab with spaces"
NBSP = "there is an invisible non-breaking space here, often pasted from a web page or a word processor; replace it with an ordinary space"
CURLY = "the value starts with curly quotes (\u201c), which YAML does not read as quotes; type straight quotes instead: \"like this\""
NO_COLON = "this line has no ':' after the field name; write it as 'name: value', with a space after the colon"
UNCLOSED = "the quote mark (\") that starts here is never closed; add \" at the end of the value, on the same line"

# (YAML, where, message): each mistake is on line 3 of a small agency-like file.
MISTAKES = {
    "tab indentation": ("name: Parks\nchannels:\n\t- type: phone\n", "line 3, column 1", TAB),
    "tab after a list dash": ("name: Parks\nchannels:\n  -\ttype: phone\n", "line 3, column 4", TAB),
    "non-breaking space before a value": ("name: Parks\nacronym: DSP\nwebsite:\u00a0https://parks.example.gov/\n", "line 3, column 9", NBSP),
    "curly quotes around a value": ("name: Parks\nacronym: DSP\ndescription: \u201cNote: we run the parks\u201d\n", "line 3, column 14", CURLY),
    "missing colon": ("name: Parks\nacronym: DSP\ndescription We run the parks.\nwebsite: https://parks.example.gov/\n", "line 3, column 1", NO_COLON),
    "missing colon before a group": ("name: Parks\ncustomer_relations:\n  manager\n    email: a@example.gov\n", "line 3, column 3", NO_COLON),
    "bad indentation": (
        "name: Parks\ncustomer_relations:\n   email: a@example.gov\n  name: Visitor Services\n",
        "line 4, column 3",
        "this line is indented by 2 spaces, which lines up with no field above it; indent it exactly as much as the fields or list items it belongs with",
    ),
    "indented under a value": (
        "name: Parks\nacronym: DSP\n  description: We run the parks.\n",
        "line 3, column 3",
        "this line is indented more than the field above it; line it up with the fields it belongs with (fields of the same group start in the same column)",
    ),
    "unclosed quote": ("name: Parks\nacronym: DSP\ndescription: \"We run the parks.\nwebsite: https://parks.example.gov/\n", "line 3, column 14", UNCLOSED),
    "unclosed list": (
        "name: Parks\nacronym: DSP\nlanguages: [en, es\nwebsite: https://parks.example.gov/\n",
        "line 3, column 12",
        "the list that starts with '[' here is not closed; end it with ']', and separate its items with ', '",
    ),
    "a value with ': ' in it": (
        "name: Parks\nacronym: DSP\ndescription: Note: we run the parks.\n",
        "line 3, column 14",
        "the value has ': ' in it, which YAML reads as the start of another field; put the whole value in double quotes, for example: summary: \"Note: bring your ID\"",
    ),
    "zero-width space": (
        "name: Parks\nacronym: DSP\nweb\u200bsite https://parks.example.gov/\n",
        "line 3, column 4",
        "there is an invisible zero-width space here, often pasted from a web page or a word processor; delete it",
    ),
    "other invisible space by its Unicode name": (
        "name: Parks\nacronym: DSP\nwebsite:\u2007https://parks.example.gov/\n",
        "line 3, column 9",
        "there is an invisible character (FIGURE SPACE) here, often pasted from a web page or a word processor; replace it with an ordinary space",
    ),
}


class PurePythonLoader(yaml.SafeLoader):
    """The editors' YAML rules on PyYAML's pure-Python parser, whose messages differ from libyaml's."""


PurePythonLoader.yaml_implicit_resolvers = EditorLoader.yaml_implicit_resolvers


@pytest.mark.parametrize("loader", [EditorLoader, PurePythonLoader], ids=["libyaml", "python"])
@pytest.mark.parametrize("mistake", MISTAKES)
def test_each_mistake_is_named_where_the_editor_made_it(mistake: str, loader: type[yaml.SafeLoader]) -> None:
    text, where, message = MISTAKES[mistake]
    with pytest.raises(YamlProblem) as caught:
        load_yaml(text, loader)
    assert (caught.value.where, caught.value.message) == (where, message)
