"""How the privacy pieces hand slow work to the app's database thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

#: `JobRunner.write(job, on_result, on_error)`: runs `job()` on the database thread
#: and calls back on the UI thread. Re-keying and passphrase checks go through it, so they
#: never block the window and never run beside another database write.
Submit = Callable[
    [Callable[[], Any], Callable[[Any], None] | None, Callable[[BaseException], None] | None], Any
]
