"""Domain services: plain Python, no Qt."""
