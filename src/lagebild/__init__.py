"""lagebild: many news reports about one event -> one checked situation picture."""

import logging

__version__ = "0.1.0"
logging.getLogger(__name__).addHandler(logging.NullHandler())
