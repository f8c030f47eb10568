"""Belonging: guided one-on-one conversations that go deeper gradually, mutually and safely."""

# The one place the version is written: the package build reads it from here
# ([tool.hatch.version] in pyproject.toml), and reading it needs no installed metadata,
# which cost a start about 30 ms.
__version__ = "0.1.0"
