"""The Rasa action server: one module per member journey. Rasa calls these over HTTP."""
