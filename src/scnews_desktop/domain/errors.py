"""The one error type that parsing and validation raise."""


class ValidationError(ValueError):
    """Input that cannot become a value. ``message`` is Chinese and shown to the user as is."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message
