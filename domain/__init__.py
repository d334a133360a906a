"""The pure domain core of the marriage process: configuration, the case and its life cycle,
the legal checks, prices, deadlines and free slots. Standard library only: nothing here imports
Strawberry, httpx, SQLAlchemy or Starlette, and the clock is always a parameter."""
