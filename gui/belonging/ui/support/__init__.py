"""Support for the listener: the "When something heavy comes up" card, and the settings where
the owner writes their organisation's own resources for it."""
