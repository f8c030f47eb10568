"""Small widgets the views share: styled labels and cards, note editors, pickers."""
