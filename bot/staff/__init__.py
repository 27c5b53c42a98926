"""The staff side of the assistant: the /staff console (HTML) and the /api staff API.

The console is one router per area of work in `pages`, on the plumbing in `web`. Console and API
share one permission table (`permissions`), one authentication module (`auth`), the read models
in `views` and the staff actions in `actions`, so a rule changes in one place.
"""
