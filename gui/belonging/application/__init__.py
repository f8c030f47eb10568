"""What a person can ask Belonging for, in plain Python: the application layer.

Each module is one thing a user asks for — open the data folder, read Home, set up a
conversation, carry last time forward, hold the conversation (`LiveConversation`), finish
its wrap-up, read a pair's page or a past conversation, search, export, back up, protect
with a passphrase. They take the open data folder (`Workspace`) or a session, use `core`
and `storage`, and return plain values (`rows`, `continuity_rows`) that any front end can
show. Nothing here imports Qt: the window, the command line and the partner's screen all
call the same functions.

Work that must not block a screen is handed to a `Runner` (`runner.py`): the window gives
its job runner, which runs writes one at a time on a database thread and reads beside them;
the command line and the tests give `ImmediateRunner`, which runs each job at once.
"""
