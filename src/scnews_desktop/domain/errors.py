"""The one error type that parsing and validation raise."""


class ValidationError(ValueError):
    """Input that cannot become a value. ``message`` is Chinese and shown to the user as is."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


def entered(text: object, field: str, missing: str, limit: int | None = None, what: str = "") -> str:
    """What the user entered, stripped; a ValidationError when it is empty (or longer than ``limit``)."""
    if text is None or not str(text).strip():
        raise ValidationError(field, missing)
    value = str(text).strip()
    if limit is not None and len(value) > limit:
        raise ValidationError(field, f"{what}文字过长（最多{limit}字）")
    return value
