"""The embedded ZGW APIs: Zaken 1.5.1 and Catalogi 1.3.1 with the Huwelijksplanner zaaktypen."""
