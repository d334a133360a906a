"""Logging without personal data: every log line passes a filter that masks BSNs.

Resolvers and adapters never log a BSN on purpose; this filter is the second line of defence
for what they do not control: access-log lines with a GET query string, library messages, and
GraphQL error messages that quote the query's source.
"""

from __future__ import annotations

import logging
import logging.config
import re
from typing import Any
from urllib.parse import unquote

from trouwgraph.domain.bsn import maskeer_bsns

# Loggers that stay at WARNING whatever the level: aiosqlite logs every statement with its
# parameters at DEBUG, httpx every request URL at INFO.
QUIET_LOGGERS = ("aiosqlite", "httpx", "httpcore")


_ESCAPED_DIGIT = re.compile(r"\\u00(3[0-9])|\\x(3[0-9])", re.IGNORECASE)
_DECODE_ROUNDS = 3  # a BSN percent-encoded twice (%2522...) is still found


def redact(text: str) -> str:
    """`text` with every 9-digit number that passes the 11-proef replaced by <bsn>, in the
    forms a BSN takes on its way in: plain, URL-encoded (`%22999993653%22`, the digits
    themselves as `%39`, encoded twice) or JSON-escaped (`\\u0039`). When only a decoded form
    holds a BSN, the decoded text is returned, masked."""
    masked = maskeer_bsns(text)
    decoded = masked
    for _ in range(_DECODE_ROUNDS):
        once = _ESCAPED_DIGIT.sub(
            lambda m: chr(int(m.group(1) or m.group(2), 16)), unquote(decoded)
        )
        if once == decoded:
            break
        decoded = once
    if decoded == masked:
        return masked
    again = maskeer_bsns(decoded)
    return again if again != decoded else masked


class RedactBsn(logging.Filter):
    """Rewrites a record's message (and exception text) with BSNs masked."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Mask and let the record through."""
        message = record.getMessage()
        record.msg, record.args = redact(message), None
        if record.exc_info:
            # Format the traceback now, masked; handlers then reuse exc_text.
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return True


def logging_config(level: str) -> dict[str, Any]:
    """A dictConfig for trouwgraph and uvicorn with the BSN filter on every handler."""
    handler = {
        "class": "logging.StreamHandler",
        "formatter": "plain",
        "filters": ["redact_bsn"],
        "stream": "ext://sys.stderr",
    }
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"redact_bsn": {"()": RedactBsn}},
        "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
        "handlers": {"default": handler},
        "root": {"handlers": ["default"], "level": level},
        "loggers": {
            name: {"handlers": ["default"], "level": level, "propagate": False}
            for name in ("uvicorn", "uvicorn.error", "uvicorn.access")
        }
        | {name: {"level": "WARNING"} for name in QUIET_LOGGERS},
    }


def configure_logging(level: str) -> None:
    """Install `logging_config(level)`."""
    logging.config.dictConfig(logging_config(level))
