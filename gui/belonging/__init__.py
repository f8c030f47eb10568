"""Belonging: guided one-on-one conversations that go deeper gradually, mutually and safely."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("belonging")
except PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0.0.0+checkout"
