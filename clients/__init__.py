"""Generated HTTP clients of the six services (make client); do not edit by hand."""
