"""Template families. Importing this package fills ``common.REGISTRY``."""
from . import civic, english, people, public, restricted  # noqa: F401  (registration side effect)
from .common import REGISTRY, Family, Spec

__all__ = ["REGISTRY", "Family", "Spec"]
