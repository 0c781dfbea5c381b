"""Qt screens for student movements: one case screen per kind, built on a shared CaseScreen."""
