"""pyqtgraph chart widgets. Imported only when a chart is first shown (pyqtgraph costs ~0.3 s)."""
