"""Benchmarks of the platform (`make bench`): figures measured in one run, printed with their ratios.
Not tests: nothing here asserts on timings. See bench/run.py."""
