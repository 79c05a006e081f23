"""reward HTTP request and response models."""
