"""The embedded Locaties API: the demo municipality's wedding locations."""
