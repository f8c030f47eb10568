"""The raw SQL of the full-text search tables and the triggers that keep them in step.

FTS5 tables are "external content" tables over `note.text` and `shown_prompt.text`: the text
is stored once, in its own table, and the index follows every insert, update and delete
through triggers. A migration that rebuilds `note` or `shown_prompt` in batch mode drops their
triggers with the old table, so it must call `create_triggers` again afterwards.

These statements are frozen with the migration that first used them: a change to the search
schema is a new migration with its own SQL, never an edit here.
"""

from __future__ import annotations

#: (FTS table, content table) for every indexed text column.
SEARCH_TABLES = (("note_fts", "note"), ("shown_prompt_fts", "shown_prompt"))
#: Case-folded, accents ignored ("cafe" finds "café").
TOKENIZER = "unicode61 remove_diacritics 2"
_SHADOW_SUFFIXES = ("", "_data", "_idx", "_content", "_docsize", "_config")


def is_search_table(name: str) -> bool:
    """Whether `name` is one of the FTS5 tables or the shadow tables SQLite keeps for them."""
    return any(name == fts + suffix for fts, _ in SEARCH_TABLES for suffix in _SHADOW_SUFFIXES)


def create_tables_sql() -> list[str]:
    """CREATE statements for the FTS5 tables."""
    return [
        f"CREATE VIRTUAL TABLE {fts} USING fts5("
        f"text, content='{content}', content_rowid='id', tokenize='{TOKENIZER}')"
        for fts, content in SEARCH_TABLES
    ]


def create_triggers_sql() -> list[str]:
    """CREATE statements for the triggers that mirror each change of text into the index."""
    statements = []
    for fts, content in SEARCH_TABLES:
        add = f"INSERT INTO {fts}(rowid, text) VALUES (new.id, new.text);"
        remove = f"INSERT INTO {fts}({fts}, rowid, text) VALUES ('delete', old.id, old.text);"
        statements += [
            f"CREATE TRIGGER {content}_fts_insert AFTER INSERT ON {content} BEGIN {add} END",
            f"CREATE TRIGGER {content}_fts_delete AFTER DELETE ON {content} BEGIN {remove} END",
            f"CREATE TRIGGER {content}_fts_update AFTER UPDATE OF text ON {content} "
            f"BEGIN {remove} {add} END",
        ]
    return statements


def drop_sql() -> list[str]:
    """DROP statements undoing `create_tables_sql` and `create_triggers_sql`."""
    statements = []
    for fts, content in SEARCH_TABLES:
        for when in ("insert", "delete", "update"):
            statements.append(f"DROP TRIGGER IF EXISTS {content}_fts_{when}")
        statements.append(f"DROP TABLE IF EXISTS {fts}")
    return statements
