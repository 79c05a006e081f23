"""procuratorate HTTP request and response models."""
