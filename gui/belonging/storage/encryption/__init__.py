"""The optional passphrase: keys derived from it, the SQLite library for each file, and
re-encrypting every file when the passphrase is set, changed or removed."""
