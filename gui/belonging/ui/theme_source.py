"""The theme files in `resources/themes/`: Qt style sheets with named colours and em sizes.

Qt style sheets have no variables and no relative font sizes, so the files add two small
things that this module resolves before Qt sees them:

- `@name: #RRGGBB;` lines name each colour once; `@name` in a rule uses it. The palette is
  filled from the same names, so every colour lives in the theme files.
- `1.6em` is a size relative to the system font (times the larger-text scale), written out
  as points, so the whole window grows together when the text does.

Nothing here needs Qt, so the contrast tests can read the themes directly.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from belonging.resources import themes_dir

_DEFINITION = re.compile(r"^@([a-z][a-z0-9-]*)\s*:\s*(#[0-9A-Fa-f]{6})\s*;\s*$", re.MULTILINE)
_REFERENCE = re.compile(r"@([a-z][a-z0-9-]*)")
_EM_SIZE = re.compile(r"(?<![\w.#-])(\d+(?:\.\d+)?)em\b")
_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)

#: The rules shared by every scheme; each scheme's file names the colours they use.
COMMON_RULES_FILE = "common.qss"


class ThemeError(ValueError):
    """A theme file names a colour it never defines, or defines one badly."""


class Scheme(enum.StrEnum):
    """Light or dark; the value is the theme file's stem."""

    LIGHT = "light"
    DARK = "dark"


@dataclass(frozen=True)
class ThemeSource:
    """One theme file read: its named colours and its rules with `@names` and em sizes left in."""

    scheme: Scheme
    colours: Mapping[str, str]
    rules: str

    def stylesheet(self, base_size: float, unit: str = "pt") -> str:
        """The rules as Qt reads them: colours filled in, em sizes scaled from `base_size`."""

        def colour(match: re.Match[str]) -> str:
            return self.colours[match.group(1)]

        def size(match: re.Match[str]) -> str:
            return f"{float(match.group(1)) * base_size:.1f}{unit}"

        return _EM_SIZE.sub(size, _REFERENCE.sub(colour, self.rules))


def parse_theme(text: str, scheme: Scheme, name: str = "<theme>") -> ThemeSource:
    """Reads a theme's text; raises ThemeError for a colour used but never defined."""
    colours = {match.group(1): match.group(2).upper() for match in _DEFINITION.finditer(text)}
    rules = _DEFINITION.sub("", text)
    missing = sorted(
        {ref for ref in _REFERENCE.findall(_COMMENT.sub("", rules)) if ref not in colours}
    )
    if missing:
        raise ThemeError(f"{name}: colour(s) used but not defined: {', '.join(missing)}")
    return ThemeSource(scheme=scheme, colours=colours, rules=_COMMENT.sub("", rules).strip())


def read_theme(scheme: Scheme, folder: Path | None = None) -> ThemeSource:
    """The theme for `scheme` from `folder` (default: the shipped themes).

    `light.qss` or `dark.qss` names the colours (and may add rules of its own); `common.qss`
    holds the rules both share, so a change of layout is made once.
    """
    folder = folder or themes_dir()
    scheme_file = folder / f"{scheme.value}.qss"
    text = scheme_file.read_text(encoding="utf-8")
    common = folder / COMMON_RULES_FILE
    if common.is_file():
        text = common.read_text(encoding="utf-8") + "\n" + text
    return parse_theme(text, scheme, name=scheme_file.name)


def iter_rules(stylesheet: str) -> list[tuple[str, dict[str, str]]]:
    """Each rule of a resolved style sheet as (selector, {property: value}), in file order."""
    rules: list[tuple[str, dict[str, str]]] = []
    for block in _COMMENT.sub("", stylesheet).split("}"):
        if "{" not in block:
            continue
        selector, body = block.split("{", 1)
        declarations: dict[str, str] = {}
        for declaration in body.split(";"):
            if ":" in declaration:
                key, value = declaration.split(":", 1)
                declarations[key.strip().lower()] = value.strip()
        rules.append((" ".join(selector.split()), declarations))
    return rules
