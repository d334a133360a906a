"""The embedded Qmatic Orchestra calendar registry (see `registries.qmatic.app`)."""
