"""Qt table models over the store: SQL does the paging; models hold ids and a row cache."""
