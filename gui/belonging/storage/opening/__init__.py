"""Opening the data folder: the single-instance lock, the integrity check, the first look at
start, and the start-up sequence that ties them together."""
