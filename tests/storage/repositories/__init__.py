"""Tests of the repository functions, one module per repository module."""
