"""The review section: the applications queue, the read-only detail, decisions and bulk actions."""
