"""CareerClimb: a keyboard-driven promotion coach for software engineers."""

__version__ = "0.1.0"
