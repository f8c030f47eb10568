"""The data folder's files: where they live, private modes, durable copies and backups."""
