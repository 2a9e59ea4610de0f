"""Pure-Python domain: records, validation, Chinese quantities, periods and regions. No Qt here."""
