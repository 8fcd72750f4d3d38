# grokwatch: `docker build -t grokwatch .` then
#   docker run -e DISCORD_TOKEN=... -v grokwatch-data:/app/data grokwatch
# Without DISCORD_TOKEN the container runs console mode (polls and prints stories). SIGTERM stops it cleanly.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app

# Dependencies first, in their own layer: built from pyproject.toml with empty packages, so a source change does not
# reinstall them. `postgres` adds the PostgreSQL driver (DATABASE_URL=postgresql://…).
COPY pyproject.toml README.md ./
RUN mkdir bot summariser && touch bot/__init__.py summariser/__init__.py \
    && pip install ".[postgres]" && pip uninstall -y grokwatch && rm -rf bot summariser build *.egg-info

COPY bot ./bot
COPY summariser ./summariser
RUN pip install --no-deps . && rm -rf build *.egg-info

COPY feeds.yaml ./feeds.yaml

RUN useradd --create-home --uid 10001 grokwatch \
    && mkdir -p /app/data \
    && chown grokwatch:grokwatch /app/data
USER grokwatch

# The SQLite database (default DATABASE_URL sqlite+aiosqlite:///data/grokwatch.db, relative to /app) lives on this
# volume. A bind-mounted host directory must be writable by uid 10001.
VOLUME ["/app/data"]
ENV FEEDS_CONFIG=/app/feeds.yaml \
    LOG_LEVEL=INFO

STOPSIGNAL SIGTERM
CMD ["python", "-m", "bot", "run"]
