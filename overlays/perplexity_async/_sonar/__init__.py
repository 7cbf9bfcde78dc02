"""What belongs to the Sonar async API alone: its create request and options (``_options``)."""
