"""Reproducible recipe for every data-derived artefact shipped in ``lagebild.nlp``."""
