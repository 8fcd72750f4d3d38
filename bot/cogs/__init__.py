"""The Discord layer: thin app-command cogs over the core services."""
