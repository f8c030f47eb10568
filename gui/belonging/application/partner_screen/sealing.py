"""Every message between the partner's page and Belonging, sealed: NaCl secretbox
(XSalsa20-Poly1305) with the invitation's key and a fresh random nonce per message.

A sealed message is `nonce (24 bytes) + ciphertext`. What is sealed is a JSON object padded
with spaces to a fixed size — every message from the page to exactly `PAGE_MESSAGE_BYTES`,
every message to the page to the next of a few sizes — so someone on the same Wi-Fi learns
from a message's length neither which button was pressed nor how long the prompt is.
"""

from __future__ import annotations

import json
from typing import Any

from nacl.exceptions import CryptoError
from nacl.secret import SecretBox

#: Nonce and authenticator added by secretbox to every message.
OVERHEAD = SecretBox.NONCE_SIZE + SecretBox.MACBYTES
#: Every message from the page, padded to this many bytes before sealing.
PAGE_MESSAGE_BYTES = 512
#: The largest frame the server reads from the page; anything longer closes the connection.
PAGE_FRAME_BYTES = PAGE_MESSAGE_BYTES + OVERHEAD
#: Messages to the page are padded to the smallest of these sizes that holds them.
APP_MESSAGE_SIZES = tuple(2048 * 2**step for step in range(10))  # 2 KiB … 1 MiB
#: The largest frame the page accepts.
APP_FRAME_BYTES = APP_MESSAGE_SIZES[-1] + OVERHEAD


class UnreadableError(Exception):
    """A frame that was not sealed with this key, was changed on the way, or is not a
    message at all."""


def _padded(data: bytes, sizes: tuple[int, ...]) -> bytes:
    for size in sizes:
        if len(data) <= size:
            return data + b" " * (size - len(data))
    raise ValueError(f"a message of {len(data)} bytes is too large to send")


class Sealer:
    """Seals messages for the page and opens the page's, with one key."""

    def __init__(self, key: bytes) -> None:
        self._box = SecretBox(key)

    def seal(self, message: dict[str, Any], *, sizes: tuple[int, ...] = APP_MESSAGE_SIZES) -> bytes:
        """`message` as JSON, padded to the next of `sizes`, sealed."""
        data = json.dumps(message, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        return bytes(self._box.encrypt(_padded(data, sizes)))

    def open(self, frame: bytes, *, limit: int = PAGE_FRAME_BYTES) -> dict[str, Any]:
        """The JSON object sealed in `frame` (UnreadableError if it cannot be trusted)."""
        if not isinstance(frame, bytes | bytearray) or not OVERHEAD < len(frame) <= limit:
            raise UnreadableError("not a sealed message of an allowed size")
        try:
            data = self._box.decrypt(bytes(frame))
        except CryptoError as error:
            raise UnreadableError("not sealed with this conversation's key") from error
        try:
            message = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise UnreadableError("not a message") from error
        if not isinstance(message, dict):
            raise UnreadableError("not a message")
        return message
