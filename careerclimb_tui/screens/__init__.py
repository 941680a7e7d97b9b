"""One Textual screen per guided flow; each has its CSS in a sibling .tcss file."""
