"""A stand-in editor that hands control back at once and changes nothing."""
