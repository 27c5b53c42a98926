"""The gateway and its processes: channels, pipeline, worker, scheduler, staff console, CLI."""
