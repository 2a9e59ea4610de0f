"""Widgets: the main window, pages, forms and dialogs."""
