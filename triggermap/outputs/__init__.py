"""What the pages, the CLI and the browser show: screens, tap answers, reports, tables."""
