# syntax=docker/dockerfile:1
# trouwgraph: multi-stage build, runs as a non-root user.
#   docker build -t trouwgraph .
#   docker run -p 8000:8000 -v /path/gemeente.toml:/config/gemeente.toml \
#     -e TROUWGRAPH_DATABASE_URL=postgresql+asyncpg://... -e TROUWGRAPH_OIDC_ISSUER=... \
#     -e TROUWGRAPH_OIDC_JWKS_URL=... trouwgraph
#   the demo: docker run -p 8000:8000 -e TROUWGRAPH_GEMEENTE_CONFIG=/app/examples/demo/gemeente.toml \
#     trouwgraph demo --host 0.0.0.0

ARG PYTHON=python:3.11-slim-bookworm

FROM ${PYTHON} AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src
COPY pyproject.toml README.md LICENSE ./
COPY trouwgraph trouwgraph
COPY domain domain
COPY store store
COPY registries registries
COPY adapters adapters
COPY resolvers resolvers
COPY schema schema
COPY server server
COPY examples examples
RUN python -m venv /opt/trouwgraph \
 && /opt/trouwgraph/bin/pip install --upgrade pip \
 && /opt/trouwgraph/bin/pip install .

FROM ${PYTHON} AS runtime
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PATH=/opt/trouwgraph/bin:$PATH \
    TROUWGRAPH_GEMEENTE_CONFIG=/config/gemeente.toml
RUN groupadd --system --gid 10001 trouwgraph \
 && useradd --system --uid 10001 --gid trouwgraph --home-dir /app --shell /usr/sbin/nologin trouwgraph \
 && mkdir -p /app/var /config && chown -R trouwgraph:trouwgraph /app/var
COPY --from=build /opt/trouwgraph /opt/trouwgraph
COPY --from=build /src/examples /app/examples
WORKDIR /app
USER 10001:10001
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s \
  CMD ["python", "-c", "import urllib.request,sys; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=2).status != 200)"]
ENTRYPOINT ["trouwgraph"]
CMD ["serve", "--host", "0.0.0.0", "--port", "8000"]
