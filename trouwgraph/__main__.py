"""`python -m trouwgraph ...`: the same command as `trouwgraph ...`."""

from trouwgraph.server.cli.main import main

main()
