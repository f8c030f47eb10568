"""Every script the app can offer: the built-in ones and the user's own, checked and by id.

A script that does not load is left out and its problems are kept for the user to see; an id
used twice is never silently shadowed: the built-in (or else the first file by name) wins and
the clash is reported naming both files.

The built-in scripts are offered in the app's language (`resources/scripts/<lang>/`, the same
ids as the English files); a conversation begun in another language can still find the very
text it began with (`exact`), so switching language never strands one half-way.
"""

from __future__ import annotations

from pathlib import Path

from belonging.core.scripts.model import Diagnostic, Script, ScriptError
from belonging.core.scripts.parser import load_script_file
from belonging.languages import DEFAULT_LANGUAGE, LANGUAGES
from belonging.paths import user_scripts_dir
from belonging.resources import builtin_scripts_dir

#: The format reference that sits beside the built-in scripts; it is not a script.
_NOT_SCRIPTS = {"readme.md"}


class ScriptLibrary:
    """The loaded scripts of the built-in folder and of the user scripts folder.

    `data_dir` is the app's data folder (None for the built-in scripts alone); `language` is
    the language of the built-in scripts offered (English, or its translation); `builtin_dir`
    replaces the built-in folder, for tests.
    """

    def __init__(
        self,
        data_dir: Path | None = None,
        *,
        builtin_dir: Path | None = None,
        language: str = DEFAULT_LANGUAGE,
    ) -> None:
        self.language = language
        self._own_builtin_dir = builtin_dir is not None
        self.builtin_dir = builtin_dir if builtin_dir is not None else builtin_scripts_dir(language)
        self.user_dir = user_scripts_dir(Path(data_dir)) if data_dir is not None else None
        self._scripts: dict[str, Script] = {}
        self._problems: list[Diagnostic] = []
        self.reload()

    @property
    def scripts(self) -> tuple[Script, ...]:
        """Every usable script, sorted by title (then id)."""
        return tuple(sorted(self._scripts.values(), key=lambda s: (s.title.casefold(), s.id)))

    @property
    def problems(self) -> tuple[Diagnostic, ...]:
        """Why some files were left out: their errors, and ids that clash with another file."""
        return tuple(self._problems)

    def get(self, script_id: str) -> Script | None:
        """The script with this id, or None when there is none."""
        return self._scripts.get(script_id)

    def exact(self, script_id: str, sha256: str) -> Script | None:
        """The script with this id and this very text (its sha256): the one offered, or the
        same built-in script in another language, as a conversation begun in it needs."""
        offered = self._scripts.get(script_id)
        if offered is not None and offered.sha256 == sha256:
            return offered
        if offered is None or not offered.builtin or self._own_builtin_dir:
            return None
        for language in LANGUAGES:
            folder = builtin_scripts_dir(language)
            if folder == self.builtin_dir:
                continue
            # The twin is usually named after the id; any file of the folder may hold it.
            named = folder / f"{script_id}.md"
            for path in sorted(folder.glob("*.md"), key=lambda p: p != named):
                if path.name.lower() in _NOT_SCRIPTS:
                    continue
                try:
                    twin = load_script_file(path, builtin=True)
                except ScriptError:
                    continue
                if twin.id == script_id and twin.sha256 == sha256:
                    return twin
        return None

    def __contains__(self, script_id: object) -> bool:
        return script_id in self._scripts

    def __len__(self) -> int:
        return len(self._scripts)

    def reload(self) -> None:
        """Reads both folders again, for example after the user imported a script.

        The new scripts replace the old ones in one step, once all are read: a screen
        listing them from another thread sees the old library or the new, never half of one.
        """
        scripts: dict[str, Script] = {}
        problems: list[Diagnostic] = []
        _load_folder(self.builtin_dir, scripts, problems, builtin=True)
        if self.user_dir is not None:
            _load_folder(self.user_dir, scripts, problems, builtin=False)
        self._problems = problems
        self._scripts = scripts


def _load_folder(
    folder: Path, scripts: dict[str, Script], problems: list[Diagnostic], *, builtin: bool
) -> None:
    """Loads every script file in `folder` into `scripts`, in file-name order so results never
    vary; files that do not load, and ids already taken, go to `problems`."""
    if not folder.is_dir():
        return
    for path in sorted(folder.glob("*.md")):
        if path.name.lower() in _NOT_SCRIPTS or not path.is_file():
            continue
        try:
            script = load_script_file(path, builtin=builtin)
        except ScriptError as error:
            problems.extend(error.diagnostics)
            continue
        holder = scripts.get(script.id)
        if holder is None:
            scripts[script.id] = script
            continue
        kind = "built-in script" if holder.builtin else "script"
        message = (
            f'id "{script.id}" is already used by the {kind} {holder.source}; '
            "this file is not loaded (give it another id)"
        )
        problems.append(Diagnostic(str(path), 1, message))
