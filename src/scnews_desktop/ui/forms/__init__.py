"""Entry forms: load → check → save, with inline Chinese errors and live previews."""
