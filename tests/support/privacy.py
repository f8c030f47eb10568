"""Values the privacy tests share."""

from datetime import date

DAY = date(2026, 5, 9)
PASSPHRASE = "the lighthouse at dawn"
