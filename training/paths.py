"""Where the recipe reads data and writes artefacts."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = (REPO / ".." / "shared" / "data").resolve()
RESOURCES = REPO / "src" / "lagebild" / "nlp" / "resources" / "de"
MODEL_DIR = REPO / "src" / "lagebild" / "nlp" / "models" / "de"
WORK = REPO / "training" / "work"


def require(path: Path) -> Path:
    if not path.exists():
        raise FileNotFoundError(f"training data not found: {path}")
    return path
