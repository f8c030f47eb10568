"""The one error a subcommand raises to stop with a clear message instead of a traceback."""


class CommandError(Exception):
    """A subcommand could not do what was asked; the message is shown to the user as is."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code
