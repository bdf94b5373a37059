"""Scripts that measure: evaluations, baselines, benchmarks and figures (training/README.md)."""
