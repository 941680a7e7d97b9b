"""Benchmarks of CareerClimb against its floors and its peers; run with make bench."""
