"""What staff see: read models shared by the console pages and the staff API, one module per area.

Each function returns plain dicts (datetimes stay datetimes; money is text such as "12.50") so
the API can send them as JSON and the templates can show them, and both show the same facts.
Support needs appear only when the caller says the role may see them.
"""
