"""Who is asking: bearer tokens verified against the municipality's OpenID Connect issuer (or,
in demo mode only, the embedded demo issuer) and turned into an `Actor`."""
