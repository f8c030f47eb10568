"""The wheel a user installs carries everything the app reads at run time."""

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_ships_the_builtin_scripts_and_themes(tmp_path):
    """Building the wheel puts resources/ inside the package, where the installed app finds
    it: the scripts in every language, and the window's compiled Spanish."""
    subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "--target", "wheel", "--directory", tmp_path],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("belonging-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    builtin = sorted(p.name for p in (ROOT / "resources" / "scripts").glob("*.md"))
    assert builtin, "the checkout has no built-in scripts"
    for name in builtin:
        assert f"belonging/resources/scripts/{name}" in names
    for path in sorted((ROOT / "resources" / "scripts" / "es").glob("*.md")):
        assert f"belonging/resources/scripts/es/{path.name}" in names
    assert "belonging/resources/translations/belonging_es.qm" in names
    assert "belonging/resources/guides/es/heavy-moment.md" in names
    assert "belonging/core/scripts/model.py" in names
    assert not any(name.startswith("tests/") for name in names)
