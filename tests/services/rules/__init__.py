"""Tests of the rules engine (registrar.services.rules)."""
