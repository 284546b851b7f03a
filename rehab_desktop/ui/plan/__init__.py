"""The weekly plan page: the plan grid and its model, dose and program choices, today's progress, and the print box."""
