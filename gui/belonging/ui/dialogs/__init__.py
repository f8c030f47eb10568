"""Message boxes the window opens: a start that cannot simply open, a close that could not
save everything."""
