"""police HTTP request and response models."""
