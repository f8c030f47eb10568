"""Belonging's local storage: SQLite through SQLModel, with no Qt.

`database` builds engines and sessions, `models` holds the tables, `migrations` brings any
older file to the current schema, `repositories` reads and writes in small units of work,
`search` finds words in notes and prompts, `autosave` writes notes behind the typing and
`recovery` finds conversations a crash interrupted. The start-up sequence (lock, check,
backup, migrate) lives in its own modules beside these.

An optional passphrase encrypts everything with SQLCipher: `keys` derives the key,
`drivers` picks the SQLite library for each file, `copying` and `reencrypt` rewrite files
under another key, `passphrase` sets, changes and removes it, and `file_modes` keeps every
file of the data folder private.
"""
