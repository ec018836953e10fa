// Entry point; implementation in progress.
