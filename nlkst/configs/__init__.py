"""The training configs that ship with nlkst, read through ``importlib.resources``."""
