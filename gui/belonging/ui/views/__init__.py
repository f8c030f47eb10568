"""The pages of the main window. Each is layout only: signals for what the user does, setters
for what it shows, plain Python values in and out. Controllers hold the logic."""
