"""The staff side of the assistant: the /staff console (HTML) and the /api staff API.

Both share one permission table (`permissions`), one authentication module (`auth`), the
read models in `views` and the staff actions in `actions`, so a rule changes in one place.
"""
