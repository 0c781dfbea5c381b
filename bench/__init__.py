"""Benchmarks with their data generators; `python -m bench` runs them and prints the figures."""
