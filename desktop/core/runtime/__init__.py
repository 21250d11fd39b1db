"""Running the engine: its own process, the garbage collector held off, errors for the user."""
