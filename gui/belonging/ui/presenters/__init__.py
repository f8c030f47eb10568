"""Words for what the engine says: the prompt and whose turn it is, the level and the time,
a conversation's summary. Plain functions over the engine's pictures, worded once."""
