"""Qt item models over the services (never over ORM objects)."""
