"""The `trouwgraph` command (`main`) and the documentation it generates (`docs`)."""
