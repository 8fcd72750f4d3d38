# grokwatch: `docker build -t grokwatch .` then
#   docker run -e DISCORD_TOKEN=... -v grokwatch-data:/app/data grokwatch
# Without DISCORD_TOKEN the container runs console mode (polls and prints stories). SIGTERM stops it cleanly.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app

# Dependencies first (cached layer), then the source.
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY summariser ./summariser
RUN pip install . && pip install "asyncpg>=0.29"

COPY feeds.yaml ./feeds.yaml

RUN useradd --create-home --uid 10001 grokwatch \
    && mkdir -p /app/data \
    && chown grokwatch:grokwatch /app/data
USER grokwatch

# The SQLite database (default DATABASE_URL sqlite+aiosqlite:///data/grokwatch.db) lives on this volume.
VOLUME ["/app/data"]
ENV FEEDS_CONFIG=/app/feeds.yaml \
    LOG_LEVEL=INFO

STOPSIGNAL SIGTERM
CMD ["python", "-m", "bot", "run"]
