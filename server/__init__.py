"""The running service: the composition root (`app`), the process settings (`settings`), what a
deployment refuses at start (`startup`), the uvicorn factory (`main`), and the parts that turn
the use cases into HTTP. A new process-wide setting goes in `settings`; what belongs to one
municipality goes in `gemeenten/`.

- `http/`: middleware and HTTP-level answers (problem+json, security headers, rate limits,
  bearer authentication, telemetry, log masking).
- `graphql/`: the /graphql endpoint and its HTTP rules.
- `identity/`: token verification and the demo issuer.
- `gemeenten/`: the municipalities a deployment serves: their files, runtimes, routing, reload.
- `routes/`: the other routes systems call: payment and notification webhooks, iCalendar feeds.
- `cli/`: the `trouwgraph` command and the generated documentation.
"""
