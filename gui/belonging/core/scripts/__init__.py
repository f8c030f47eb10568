"""Conversation scripts: the typed model, the parser that reads a script file line by line,
the library of built-in and own scripts, and (in `importing`) turning someone else's
Markdown question list into a script."""
