"""PySide6 widgets; thin, they call services and never the ORM."""
