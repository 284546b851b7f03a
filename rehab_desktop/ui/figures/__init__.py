"""Exercise figures: drawing them, showing them in step with the timer."""
