"""Annotation tooling: sentence sampling, double annotation, agreement, adjudication, corpus export."""
