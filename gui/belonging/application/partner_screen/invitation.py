"""The invitation to the partner's own screen: the secret in the QR code, the key made from
it, and the one-time token that the first device to use it keeps.

The address is `http://HOST:PORT/j/TOKEN#SECRET`. The token opens the page and is bound to
the first device that proves it holds the secret; it travels in the request's path, so a
listener on the Wi-Fi can read it, which is why it is no key: on its own it opens nothing.
The secret sits after `#`, in the address's fragment, which a browser never sends over the
network; the page reads it there and both sides make the encryption key from it. Both are
written in lower-case base32 (letters and 2–7) so the address can be typed on a phone.
"""

from __future__ import annotations

import base64
import enum
import hashlib
import hmac
import secrets
from dataclasses import dataclass, field

#: 128 bits of secret: far beyond guessing for the hour a conversation lasts, and short
#: enough (26 characters) to type when a camera cannot read the code.
SECRET_BYTES = 16
#: The token only keeps strangers from the page; 40 bits (8 characters).
TOKEN_BYTES = 5
DEVICE_BYTES = 16
#: Mixed into the key, so this secret makes no key for anything but this page's messages.
KEY_LABEL = b"belonging partner screen 1"


def to_base32(data: bytes) -> str:
    """`data` as lower-case base32 without padding."""
    return base64.b32encode(data).decode("ascii").rstrip("=").lower()


def from_base32(text: str) -> bytes:
    """The bytes of lower- or upper-case base32 without padding (ValueError if it is not)."""
    cleaned = text.strip().replace("-", "").upper()
    try:
        return base64.b32decode(cleaned + "=" * (-len(cleaned) % 8))
    except (ValueError, TypeError) as error:
        raise ValueError("not base32") from error


def key_from_secret(secret: bytes) -> bytes:
    """The 32-byte secretbox key both sides make from the secret (SHA-512, first half)."""
    return hashlib.sha512(KEY_LABEL + secret).digest()[:32]


class Admission(enum.Enum):
    """What a device that proved it holds the secret is told."""

    #: The first device: the token is now bound to it.
    WELCOME = "welcome"
    #: The device the token is bound to, back after its connection dropped.
    BACK = "back"
    #: Another device: the address was used already.
    TAKEN = "taken"


@dataclass
class Invitation:
    """One conversation's invitation: `secret`, `token`, and the device bound to the token.

    Made fresh for each conversation, and again when the owner turns the partner's screen
    off and on; it never outlives the server that uses it.
    """

    secret: bytes = field(default_factory=lambda: secrets.token_bytes(SECRET_BYTES))
    token: str = field(default_factory=lambda: to_base32(secrets.token_bytes(TOKEN_BYTES)))
    device: bytes | None = None

    @property
    def key(self) -> bytes:
        """The encryption key of every message between the page and Belonging."""
        return key_from_secret(self.secret)

    @property
    def secret_text(self) -> str:
        """The secret as it is written after `#` in the address."""
        return to_base32(self.secret)

    def page_path(self) -> str:
        """The path that opens the page (the token in it)."""
        return f"/j/{self.token}"

    def address(self, host: str, port: int) -> str:
        """The whole address, for the QR code: the page, with the secret in its fragment."""
        return f"http://{host}:{port}{self.page_path()}#{self.secret_text}"

    def short_address(self, host: str, port: int) -> str:
        """The same address without `http://`, the secret in groups of four, to type."""
        groups = "-".join(
            self.secret_text[start : start + 4] for start in range(0, len(self.secret_text), 4)
        )
        return f"{host}:{port}{self.page_path()}#{groups}"

    def admit(self, token: str, device: bytes) -> Admission:
        """Whether `device`, which proved it holds the secret, may join with `token`."""
        if not hmac.compare_digest(token.encode(), self.token.encode()):
            return Admission.TAKEN
        if self.device is None:
            self.device = device
            return Admission.WELCOME
        if hmac.compare_digest(device, self.device):
            return Admission.BACK
        return Admission.TAKEN
