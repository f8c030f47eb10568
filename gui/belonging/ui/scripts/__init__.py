"""Scripts in the window: the Scripts page (File ▸ Scripts) and importing a question list
(File ▸ Import a question list…)."""
