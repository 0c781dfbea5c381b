"""Offline-first sync with the central PostgreSQL database (see docs/sync.md)."""
