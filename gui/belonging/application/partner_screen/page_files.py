"""The partner's page as it is served: plain HTML, CSS and JavaScript from
`resources/partner/`, with tweetnacl-js beside them, in the app's language, under a strict
Content-Security-Policy. The page loads nothing from anywhere but Belonging.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from belonging.resources import resources_dir

#: The languages the page speaks (a catalogue each in resources/partner/strings/).
LANGUAGES = ("en", "es")
#: What the page's files are served as.
_TYPES = {
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".html": "text/html; charset=utf-8",
}
#: The files the page loads, by the name it asks for them under `/p/`.
_ASSETS = {
    "page.js": "page.js",
    "style.css": "style.css",
    "nacl.js": "vendor/nacl-fast.min.js",
}


def page_folder() -> Path:
    """Where the page's files ship."""
    return resources_dir() / "partner"


def page_language(preferred: Iterable[str]) -> str:
    """The first of `preferred` ("es-ES", "es", "en_GB"…) the page speaks; else English."""
    for tag in preferred:
        language = tag.replace("_", "-").split("-")[0].lower()
        if language in LANGUAGES:
            return language
    return "en"


def catalogue(language: str) -> dict[str, str]:
    """The page's strings in `language`."""
    path = page_folder() / "strings" / f"{language}.json"
    return json.loads(path.read_text(encoding="utf-8"))


@dataclass(frozen=True)
class PageFiles:
    """The page, ready to serve: `index` (the HTML, strings inside) and `assets` by name,
    each (bytes, content type)."""

    index: bytes
    assets: dict[str, tuple[bytes, str]]

    @classmethod
    def load(cls, language: str) -> PageFiles:
        """Reads the page's files, in `language`."""
        folder = page_folder()
        strings = catalogue(language)
        # Inside <script type="application/json">: a "<" could end the element early.
        data = json.dumps(strings, ensure_ascii=False).replace("<", "\\u003c")
        html = (folder / "index.html").read_text(encoding="utf-8")
        html = html.replace("__LANG__", language).replace("__STRINGS__", data)
        assets = {
            name: ((folder / source).read_bytes(), _TYPES[Path(source).suffix])
            for name, source in _ASSETS.items()
        }
        return cls(html.encode("utf-8"), assets)


def security_headers(origin: str) -> dict[str, str]:
    """The headers of every response: only Belonging's own files and its one WebSocket
    (`origin` is `host:port`), no framing, no referrer, nothing kept in a cache."""
    policy = "; ".join(
        (
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            # 'self' for browsers that match it to ws: (the CSP 3 rule), the address for
            # those that do not.
            f"connect-src 'self' ws://{origin}",
            "img-src 'none'",
            "base-uri 'none'",
            "form-action 'none'",
            "frame-ancestors 'none'",
        )
    )
    return {
        "Content-Security-Policy": policy,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "X-Frame-Options": "DENY",
        "Cache-Control": "no-store",
        "Cross-Origin-Opener-Policy": "same-origin",
        "Cross-Origin-Resource-Policy": "same-origin",
    }
