"""Importing a Markdown question list written by someone else as a script of ours.

A preview calls `import_question_list` (optionally again with the headings a person chose as
levels), shows the `ImportResult`, offers `ImportResult.reordered` to fix the order of levels,
and saves `ImportResult.markdown` once the person agrees. Nothing here touches the disk.
"""

from belonging.core.scripts.importing.importer import (
    ScriptIdError,
    check_script_id,
    import_question_list,
)
from belonging.core.scripts.importing.result import (
    HeadingRole,
    HeadingUse,
    ImportedLevel,
    ImportedPrompt,
    ImportResult,
    LeftOut,
)
from belonging.core.scripts.importing.wording import counted, describe_import

__all__ = [
    "HeadingRole",
    "HeadingUse",
    "ImportResult",
    "ImportedLevel",
    "ImportedPrompt",
    "LeftOut",
    "ScriptIdError",
    "check_script_id",
    "counted",
    "describe_import",
    "import_question_list",
]
