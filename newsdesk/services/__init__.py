"""Use cases over a unit of work; they take and return domain values, never ORM rows."""
