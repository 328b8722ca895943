"""Session State: the values that survive reruns."""
