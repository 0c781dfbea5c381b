"""Registrar Desk: the registrar office's desktop application."""

__version__ = "0.1.0"
