"""Wire shapes of the Qmatic Orchestra Calendar Public Appointment API (v1/v2, "july 2017").

Named after the API's own objects; the shapes follow recorded responses (Open Forms' Qmatic
test data and VCR cassettes). Dates of dates lists are naive branch-local midnights
(`2016-11-08T00:00:00`), times lists are branch-local `HH:MM`; appointment `start`/`end` carry
a UTC offset, written `+0000` by book/reserve/confirm and `+00:00` by appointment GET.
Timestamps `created`/`updated` are epoch milliseconds.

Errors come as a status code with the headers `ERROR_CODE` and `ERROR_MESSAGE` and a body
`{"msg": "..."}`.
"""

from __future__ import annotations

from typing import TypedDict

__all__ = [
    "Appointment",
    "AppointmentEnvelope",
    "AppointmentRequest",
    "Branch",
    "BranchEnvelope",
    "BranchList",
    "Customer",
    "DateList",
    "ErrorBody",
    "Meta",
    "Resource",
    "Service",
    "ServiceList",
    "ServiceRef",
    "TimeList",
]

STATUS_RESERVED = 10
STATUS_CONFIRMED = 20


class Meta(TypedDict):
    start: str
    end: str
    totalResults: int
    offset: int | None
    limit: int | None
    fields: str
    arguments: dict[str, str]


class Branch(TypedDict):
    addressState: str | None
    phone: str | None
    addressCity: str | None
    fullTimeZone: str
    timeZone: str
    addressLine2: str | None
    addressLine1: str | None
    updated: int
    created: int
    email: str | None
    name: str
    publicId: str
    longitude: float | None
    branchPrefix: str | None
    latitude: float | None
    addressCountry: str | None
    custom: str | None
    addressZip: str | None


class Service(TypedDict):
    additionalCustomerDuration: int
    duration: int
    updated: int
    created: int
    name: str
    publicId: str
    active: bool
    publicEnabled: bool
    custom: str | None


class BranchList(TypedDict):
    notifications: list[object]
    branchList: list[Branch]
    meta: Meta


class BranchEnvelope(TypedDict):
    notifications: list[object]
    branch: Branch
    meta: Meta


class ServiceList(TypedDict):
    serviceList: list[Service]
    notifications: list[object]
    meta: Meta


class DateList(TypedDict):
    notifications: list[object]
    dates: list[str]
    meta: Meta


class TimeList(TypedDict):
    notifications: list[object]
    times: list[str]
    meta: Meta


class Customer(TypedDict, total=False):
    dateOfBirth: int | None
    addressState: str | None
    lastName: str | None
    phone: str | None
    addressCity: str | None
    externalId: str | None
    addressLine2: str | None
    addressLine1: str | None
    updated: int | None
    created: int | None
    email: str | None
    name: str | None
    publicId: str
    firstName: str | None
    addressCountry: str | None
    custom: str | None
    identificationNumber: str | None
    addressZip: str | None


class Resource(TypedDict):
    name: str


class Appointment(TypedDict):
    services: list[Service]
    allDay: bool
    status: int
    resource: Resource | None
    customers: list[Customer]
    blocking: bool
    title: str | None
    start: str
    created: int
    updated: int
    publicId: str
    branch: Branch
    notes: str | None
    end: str
    custom: str | None


class AppointmentEnvelope(TypedDict):
    notifications: list[object]
    meta: Meta
    appointment: Appointment


class ServiceRef(TypedDict):
    publicId: str


class AppointmentRequest(TypedDict, total=False):
    """Body of book, reserve and confirm; reserve needs `services`, confirm `customers`."""

    title: str
    services: list[ServiceRef]
    customers: list[Customer]
    notes: str
    custom: str
    customSlotLength: int


class ErrorBody(TypedDict):
    msg: str
