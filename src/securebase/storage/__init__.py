"""Encrypted storage: the vault, its schema, repositories and backups. No Qt here."""
