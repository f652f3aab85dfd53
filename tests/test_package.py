"""The wheel is a sitegen that works outside this repository: templates and the new-site skeleton inside it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NOT_SOURCE = shutil.ignore_patterns(
    ".git", ".venv", "public", ".public*", "build", "*.egg-info", "__pycache__", ".*_cache"
)


def test_the_wheel_builds_a_new_site_outside_the_repository(tmp_path):
    source, wheels, target, work = (tmp_path / name for name in ("source", "wheels", "installed", "elsewhere"))
    shutil.copytree(ROOT, source, ignore=NOT_SOURCE)  # a copy: the build leaves nothing in the checkout
    work.mkdir()
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check"]
    subprocess.run(
        [*pip, "wheel", "--quiet", "--no-deps", "--no-build-isolation", "--wheel-dir", str(wheels), "."],
        check=True,
        capture_output=True,
        cwd=source,
    )
    [wheel] = wheels.glob("sitegen-*.whl")
    subprocess.run(
        [*pip, "install", "--quiet", "--no-deps", "--target", str(target), str(wheel)], check=True, capture_output=True
    )
    # The installed package, not this checkout: PYTHONPATH comes before the editable install.
    env = {**os.environ, "PYTHONPATH": str(target), "XDG_CACHE_HOME": str(tmp_path / "cache")}

    def sitegen(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "sitegen", *args], cwd=cwd, env=env, capture_output=True, text=True
        )

    where = subprocess.run(
        [sys.executable, "-c", "import sitegen; print(sitegen.__file__)"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
    ).stdout
    assert where.startswith(str(target)), where
    assert sitegen("new", "briefing", cwd=work).returncode == 0
    site = work / "briefing"
    built = sitegen("build", "--no-llm", cwd=site)
    assert built.returncode == 0, built.stderr
    home = (site / "public" / "index.html").read_text()
    assert "Warga Kota Membahas Rencana Taman Baru" in home and (site / "public" / "static" / "style.css").is_file()
    assert (site / "public" / "pagefind").is_dir()
