"""``python -m lagebild`` = the ``lagebild`` command."""

from lagebild.cli.main import app

if __name__ == "__main__":
    app(prog_name="lagebild")
