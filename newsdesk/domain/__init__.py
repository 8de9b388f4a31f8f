"""The newsroom's values and rules: pure Python, no Qt, no ORM."""
