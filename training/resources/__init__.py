"""Scripts that build the data resources and the shipped pipeline (training/README.md)."""
