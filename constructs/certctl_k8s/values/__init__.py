"""The values model: every key an environment file may set, its type, default and rules."""

from .loader import ValuesError, load_values
from .root import Values

__all__ = ["Values", "ValuesError", "load_values"]
