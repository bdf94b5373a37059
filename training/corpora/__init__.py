"""Scripts that build and draw the annotated corpora (training/README.md)."""
