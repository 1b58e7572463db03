"""The body chart: drawing the views, cutting them into regions, and the built geometry."""
