"""Run the triggermap CLI."""

from triggermap.cli import main

main()
