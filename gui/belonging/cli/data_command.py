"""Placeholder until its owner writes it."""


def add_parser(subparsers) -> None:
    pass
