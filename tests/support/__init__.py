"""Helpers the tests share: builders of real data, fault injection, and acting on the window
as a person would. Fixtures live in the `conftest.py` files; these are plain functions."""
