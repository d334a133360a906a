"""SQLAlchemy 2 table models of the case store.

The schema is created and changed only by the Alembic migrations in
`store/migrations`; a test checks that these models and the migrated schema agree.
Relationships default to ``lazy="raise"``: every query loads what it needs explicitly.

No double booking is enforced by the database itself: `slot_claims` holds one row per
resource per 5-minute block, and its primary key (gemeentecode, resource_kind,
resource_id, block_start) is the uniqueness that makes two overlapping reservations
of one BABS or one location collide, on SQLite and PostgreSQL alike. In the same way
`partner_claims` (primary key: the BSN) lets a person hold one case that leads to a ceremony.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

__all__ = [
    "NAMING_CONVENTION",
    "Base",
    "CapacitySeatRow",
    "CaseHistoryRow",
    "CasePartnerRow",
    "CaseRow",
    "PartnerClaimRow",
    "SlotClaimRow",
    "UTCDateTime",
]

NAMING_CONVENTION: dict[str, str] = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ID_LENGTH = 64
RESOURCE_ID_LENGTH = 100
STATUS_LENGTH = 40
RESERVATION_ID_LENGTH = 128


class UTCDateTime(TypeDecorator[datetime]):
    """An aware datetime stored in UTC (timestamptz on PostgreSQL, UTC text on SQLite)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.utcoffset() is None:
            raise ValueError("naive datetimes are not stored; pass an aware datetime")
        value = value.astimezone(UTC)
        # SQLite has no time zone type: keep naive UTC so text comparison orders correctly.
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


JSONDocument = JSON().with_variant(JSONB(), "postgresql")


class Base(DeclarativeBase):
    """Declarative base carrying the constraint naming convention."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class CaseRow(Base):
    """A case: the JSON document plus the columns the store filters, sorts or locks on."""

    __tablename__ = "cases"
    __table_args__ = (
        CheckConstraint("versie >= 1", name="versie_positive"),
        Index("ix_cases_gemeentecode_moment_start", "gemeentecode", "moment_start", "id"),
        Index("ix_cases_gemeentecode_aangemaakt_op", "gemeentecode", "aangemaakt_op", "id"),
        Index("ix_cases_gemeentecode_status", "gemeentecode", "status"),
        Index("ix_cases_status_verloopt_op", "status", "verloopt_op"),
    )

    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)
    gemeentecode: Mapped[str] = mapped_column(String(10))
    soort: Mapped[str] = mapped_column(String(STATUS_LENGTH))
    status: Mapped[str] = mapped_column(String(STATUS_LENGTH))
    versie: Mapped[int] = mapped_column(Integer)
    moment_start: Mapped[datetime | None] = mapped_column(UTCDateTime)
    moment_eind: Mapped[datetime | None] = mapped_column(UTCDateTime)
    locatie_id: Mapped[str | None] = mapped_column(String(RESOURCE_ID_LENGTH))
    ambtenaar_id: Mapped[str | None] = mapped_column(String(RESOURCE_ID_LENGTH))
    verloopt_op: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The case's live reservation in an external agenda (Qmatic); None with the built-in one.
    agenda_reservering_id: Mapped[str | None] = mapped_column(String(RESERVATION_ID_LENGTH))
    document: Mapped[dict[str, Any]] = mapped_column(JSONDocument)
    aangemaakt_op: Mapped[datetime] = mapped_column(UTCDateTime)
    gewijzigd_op: Mapped[datetime] = mapped_column(UTCDateTime)

    partners: Mapped[list[CasePartnerRow]] = relationship(
        lazy="raise",
        order_by="CasePartnerRow.volgnummer",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )


class CasePartnerRow(Base):
    """A partner of a case by BSN, indexed per municipality for "my cases"."""

    __tablename__ = "case_partners"
    __table_args__ = (Index("ix_case_partners_gemeentecode_bsn", "gemeentecode", "bsn"),)

    case_id: Mapped[str] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True
    )
    volgnummer: Mapped[int] = mapped_column(Integer, primary_key=True)
    gemeentecode: Mapped[str] = mapped_column(String(10))
    bsn: Mapped[str] = mapped_column(String(9))


class CaseHistoryRow(Base):
    """One status transition of a case, numbered per case by `seq`."""

    __tablename__ = "case_history"

    case_id: Mapped[str] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True
    )
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    op: Mapped[datetime] = mapped_column(UTCDateTime)
    door: Mapped[str] = mapped_column(String(RESOURCE_ID_LENGTH))
    van_status: Mapped[str | None] = mapped_column(String(STATUS_LENGTH))
    naar_status: Mapped[str] = mapped_column(String(STATUS_LENGTH))
    reden: Mapped[str | None] = mapped_column(Text)
    gebeurtenis: Mapped[str | None] = mapped_column(String(STATUS_LENGTH))


class SlotClaimRow(Base):
    """One 5-minute block of one resource held by one case."""

    __tablename__ = "slot_claims"
    __table_args__ = (
        CheckConstraint("resource_kind IN ('ambtenaar', 'locatie')", name="resource_kind"),
        Index("ix_slot_claims_case_id", "case_id"),
    )

    gemeentecode: Mapped[str] = mapped_column(String(10), primary_key=True)
    resource_kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    resource_id: Mapped[str] = mapped_column(String(RESOURCE_ID_LENGTH), primary_key=True)
    block_start: Mapped[datetime] = mapped_column(UTCDateTime, primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class CapacitySeatRow(Base):
    """One seat of a capacity rule (a BABS's ceremonies a day or a week) held by one case.

    A rule of N per period has seats 0..N-1; the primary key lets each be taken once, so the
    database refuses the N+1st reservation however many arrive at once."""

    __tablename__ = "capacity_seats"
    __table_args__ = (Index("ix_capacity_seats_case_id", "case_id"),)

    gemeentecode: Mapped[str] = mapped_column(String(10), primary_key=True)
    rule: Mapped[str] = mapped_column(String(40), primary_key=True)
    resource_id: Mapped[str] = mapped_column(String(RESOURCE_ID_LENGTH), primary_key=True)
    period: Mapped[str] = mapped_column(String(10), primary_key=True)
    seat: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class PartnerClaimRow(Base):
    """A person spoken for by one case that still leads to a ceremony.

    The primary key is the BSN, across municipalities: a second case claiming the same person
    collides, however many arrive at once. The BSN is stored as `case_partners` stores it.
    A provisional hold's claim lapses with it (`expires_at`)."""

    __tablename__ = "partner_claims"
    __table_args__ = (Index("ix_partner_claims_case_id", "case_id"),)

    bsn: Mapped[str] = mapped_column(String(9), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
