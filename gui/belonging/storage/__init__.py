"""Belonging's local storage: SQLite through SQLModel, with no Qt.

- `database` builds engines and sessions; `models` holds the tables (`ConversationRecord`
  and `ShownPromptRecord` are the stored forms of the engine's conversation and prompts);
  `migrations` brings any older file to the current schema; `repositories` reads and writes
  in small units of work (`repositories.unfinished` finds conversations a crash
  interrupted); `search` finds words in notes and prompts; `export_source` reads what an
  export holds; `faults` turns a full disk or a read-only folder into plain words.
- `opening/`: the start-up sequence (lock, check, backup, migrate) and the first look at
  the data that shows Home before the rest has loaded.
- `encryption/`: the optional passphrase (SQLCipher): `keys` derives the key, `drivers`
  picks the SQLite library for each file, `passphrase` and `reencrypt` set, change and
  remove it.
- `files/`: where things live (`locations`), private modes, durable copies and backups.
"""
