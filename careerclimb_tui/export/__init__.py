"""Turning records into documents a person reads or shares: Markdown for now.

Everything here is pure text building; writing the result to a file is left to
the caller (the CLI or a screen).
"""
