"""Export, import and backups in the window: File → Export…, File → Import…,
Settings → Backups…, and the restore that follows a chosen backup."""
