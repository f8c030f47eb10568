"""Belonging's local storage: SQLite through SQLModel, with no Qt.

`database` builds engines and sessions, `models` holds the tables, `migrations` brings any
older file to the current schema, `repositories` reads and writes in small units of work,
`search` finds words in notes and prompts, `autosave` writes notes behind the typing and
`recovery` finds conversations a crash interrupted. The start-up sequence (lock, check,
backup, migrate) lives in its own modules beside these.
"""
