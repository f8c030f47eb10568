"""The partner's own screen: a page Belonging serves on the local network while a
conversation runs, so the partner holds Pause, "Too much?", their secret yes, their private
check-ins and their own notes on their own phone or laptop.

- `invitation`: the secret in the QR code's address, the key made from it, the one-time
  token bound to the first device.
- `sealing`: every message encrypted end to end (NaCl secretbox) and padded to fixed sizes.
- `network`: this computer's address on the local network, or why there is none.
- `page_files`: the page's files from `resources/partner/`, and its Content-Security-Policy.
- `protocol`: what the page may say, checked; rate limits.
- `server`: aiohttp on a thread of its own; the challenge, the hello, one device at a time.
- `page_view`: the snapshot of what the page shows, never more than the shared screen.
- `session`: `PartnerScreen`, which joins them to the conversation on the owner's thread.
"""

from belonging.application.partner_screen.network import AddressProblem, LocalAddress
from belonging.application.partner_screen.page_files import LANGUAGES, page_language
from belonging.application.partner_screen.page_view import ReadBackLine
from belonging.application.partner_screen.protocol import QuestionKind
from belonging.application.partner_screen.session import PartnerScreen, Refusal, ScreenStatus

__all__ = [
    "LANGUAGES",
    "AddressProblem",
    "LocalAddress",
    "PartnerScreen",
    "QuestionKind",
    "ReadBackLine",
    "Refusal",
    "ScreenStatus",
    "page_language",
]
