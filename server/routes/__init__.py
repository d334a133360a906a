"""Routes other systems call, beside /graphql: the payment provider's and the Notificaties
API's webhooks, and the iCalendar feeds calendar clients subscribe to."""
