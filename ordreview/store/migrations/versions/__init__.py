"""One module per schema revision, importable so that frozen builds carry them as code."""
