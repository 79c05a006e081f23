"""mediation HTTP request and response models."""
