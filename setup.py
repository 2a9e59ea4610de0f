"""The package build puts the translations in the package: every .ts of resources/translations, and its
compiled .qm when Qt's lrelease is at hand (PySide6 in the build environment). Without the .qm the app
reads the .ts itself (scnews_desktop.ts_translator), so any install of the package is Chinese. It also
puts the default data set (db/default) in the package's data folder, so any install can make a database."""

import contextlib
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class build_py_with_translations(build_py):
    def run(self) -> None:
        super().run()
        # the default data set (db/default, kept as text beside the code) goes where the package reads it
        default = Path(self.build_lib) / "scnews_desktop" / "data" / "default"
        default.mkdir(parents=True, exist_ok=True)
        for data in sorted((ROOT / "db" / "default").glob("*.json")):
            shutil.copyfile(data, default / data.name)
        target = Path(self.build_lib) / "scnews_desktop" / "i18n"
        target.mkdir(parents=True, exist_ok=True)
        lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
        for ts in sorted((ROOT / "resources" / "translations").glob("*.ts")):
            shutil.copyfile(ts, target / ts.name)
            with contextlib.suppress(
                OSError, subprocess.CalledProcessError
            ):  # no lrelease: .ts read at run time
                subprocess.run(
                    [lrelease, "-silent", str(ts), "-qm", str(target / f"{ts.stem}.qm")], check=True
                )


setup(cmdclass={"build_py": build_py_with_translations})
