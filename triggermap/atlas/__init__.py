"""The atlas as data: the model, reading the files, building the model, validation."""
