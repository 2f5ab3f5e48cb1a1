"""``python -m graph`` runs the command line."""

from graph.cli import main

main()
