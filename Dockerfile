# trouwgraph: the gateway image (multi-stage, non-root, any UID). How to run it, the volume, the
# probes and the settings: docs/operators.md and deploy/.
#   docker build -t trouwgraph .          (buildah bud --format docker -t trouwgraph . works too)
#   the demo: docker run -p 8000:8000 -e TROUWGRAPH_GEMEENTE_CONFIG=/app/examples/demo/gemeente.toml \
#     trouwgraph demo --host 0.0.0.0
# No `# syntax=` line: the Dockerfile frontend built into the builder is enough, and an air-gapped
# builder cannot fetch one from a registry. Set PYTHON to a mirror's image where Docker Hub is out
# of reach.

ARG PYTHON=python:3.11-slim-bookworm

FROM ${PYTHON} AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src
# Dependencies first, from the lock (exact versions, hashes checked): a code change reuses this layer.
COPY requirements/runtime.lock requirements/runtime.lock
RUN python -m venv /opt/trouwgraph \
 && /opt/trouwgraph/bin/python -m pip install --require-hashes --requirement requirements/runtime.lock
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
# --no-deps: everything the project needs came from the lock above; setuptools too (no isolation).
RUN /opt/trouwgraph/bin/python -m pip install --no-deps --no-build-isolation . \
 && /opt/trouwgraph/bin/python -m pip uninstall --yes pip setuptools

FROM ${PYTHON} AS runtime
ARG VERSION=0.1.0
ARG REVISION=unknown
ARG CREATED=unknown
LABEL org.opencontainers.image.title="trouwgraph" \
      org.opencontainers.image.description="GraphQL gateway for the Dutch marriage and registered-partnership process" \
      org.opencontainers.image.licenses="EUPL-1.2" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.created="${CREATED}" \
      org.opencontainers.image.documentation="docs/operators.md" \
      org.opencontainers.image.base.name="${PYTHON}"
# TROUWGRAPH_PORT is the port `serve` and `demo` bind by default and the one the HEALTHCHECK asks.
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PATH=/opt/trouwgraph/bin:$PATH \
    TROUWGRAPH_GEMEENTE_CONFIG=/config/gemeente.toml TROUWGRAPH_PORT=8000
# Group 0 owns var/ with the owner's rights, so an arbitrary UID (OpenShift runs with a random UID
# in group 0) can write the SQLite store and the processing-log file.
RUN groupadd --system --gid 10001 trouwgraph \
 && useradd --system --uid 10001 --gid trouwgraph --groups 0 --home-dir /app \
    --shell /usr/sbin/nologin trouwgraph \
 && mkdir -p /app/var /config \
 && chown -R 10001:0 /app/var && chmod -R g=u /app/var
COPY --from=build /opt/trouwgraph /opt/trouwgraph
COPY --from=build /src/examples /app/examples
WORKDIR /app
# The default store (SQLite) lives here: mount a volume, or set TROUWGRAPH_DATABASE_URL to PostgreSQL.
VOLUME ["/app/var"]
USER 10001:0
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s CMD ["trouwgraph", "healthcheck"]
ENTRYPOINT ["trouwgraph"]
CMD ["serve", "--host", "0.0.0.0"]
