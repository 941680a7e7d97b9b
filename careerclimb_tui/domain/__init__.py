"""The coaching domain: records and rules, in plain Python.

Nothing in this package imports Textual or touches a file; every coaching rule lives
here so that it can be tested without a terminal.
"""
