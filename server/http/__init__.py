"""HTTP middleware and HTTP-level answers, in front of every route.

What belongs here works on requests and responses without knowing the marriage process:
problem+json errors, security headers, rate limits, bearer authentication, request telemetry and
the BSN-masking log configuration. A new middleware goes here and is added in `server.app`.
"""
