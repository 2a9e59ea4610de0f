"""scnews-desktop: capture, browse, check and chart the facts of economic news articles.

The application's identity lives here, in one place: Qt, the .desktop file and the
PyInstaller spec all read it.
"""

__version__ = "0.1.0"
APP_NAME = "scnews-desktop"
APP_DISPLAY_NAME = "经济新闻事实库"
APP_ID = "org.scnews.Desktop"
ORG_NAME = "scnews"
