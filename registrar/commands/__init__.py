"""Sub-commands of the registrar command line; each imports its heavy modules lazily."""
