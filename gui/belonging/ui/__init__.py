"""The window: Qt widgets (views), the controllers that drive them, and the app's start.

Views (`views/`, `widgets/`) hold layout only: signals for what people do, setters taking
plain values for what they see. Controllers (`controllers/`) join them to the conversation
engine in `core` and to `storage`. Nothing outside this package imports it.
"""
