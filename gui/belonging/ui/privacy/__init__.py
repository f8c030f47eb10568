"""Privacy at rest in the window: the passphrase prompt at start, Settings ▸ Privacy, and
the lock.

`startup_unlock` asks for the passphrase of encrypted notes before the window opens;
`privacy_dialog` and `privacy_controller` set, change or remove it (re-keying on the
database thread, with progress) and choose the idle lock; `window_lock` hides the window's
content on demand or after idle time. The app controller joins them (`AppController`).
"""
