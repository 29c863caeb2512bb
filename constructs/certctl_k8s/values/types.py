"""Scalar types the values model checks at load: Kubernetes quantities, Go durations, DNS names,
ports, label maps. Each carries its own message so an operator sees what is allowed."""

from __future__ import annotations

import ipaddress
import re
from decimal import Decimal
from typing import Annotated

from pydantic import AfterValidator, BeforeValidator, Field, WithJsonSchema

_QUANTITY = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)(([KMGTPE]i)|[numkMGTPE]|([eE][+-]?(\d+(\.\d*)?|\.\d+)))?$")
_DURATION = re.compile(r"^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$")
# What Prometheus and the PrometheusRule CRD take: whole numbers, units largest first, no fractions.
_PROM_DURATION = re.compile(r"^(0|(\d+y)?(\d+w)?(\d+d)?(\d+h)?(\d+m)?(\d+s)?(\d+ms)?)$")
_DNS_LABEL = re.compile(r"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$")
_DNS_SUBDOMAIN = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")
_LABEL_VALUE = re.compile(r"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$")
_LABEL_NAME = re.compile(r"^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$")
_ENV_NAME = re.compile(r"^[-._a-zA-Z][-._a-zA-Z0-9]*$")  # Kubernetes: letters, digits, "_", "-", "."
_IMAGE_DIGEST = re.compile(r"^sha256:[a-f0-9]{64}$")
# The OCI distribution reference grammar: an optional registry (host[:port]), then path
# components of lowercase letters and digits joined by '.', '_', '__' or runs of '-'.
_HOST_LABEL = r"[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?"
_REGISTRY = rf"(?:{_HOST_LABEL}(?:\.{_HOST_LABEL})*|\[[0-9a-fA-F:]+\])(?::[0-9]+)?"
_COMPONENT = r"[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*"
_IMAGE_REPOSITORY = re.compile(rf"^(?:{_REGISTRY}/)?{_COMPONENT}(?:/{_COMPONENT})*$")
_IMAGE_TAG = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$")


def _stringify_number(value: object) -> object:
    """YAML reads `cpu: 1` and `size: 10` as numbers; Kubernetes accepts them as quantities."""
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return str(value)
    return value


def _quantity(value: str) -> str:
    if not _QUANTITY.match(value):
        raise ValueError(f"{value!r} is not a Kubernetes quantity (examples: 500m, 1, 256Mi, 10Gi)")
    return value


def _duration(value: str) -> str:
    if not _DURATION.match(value):
        raise ValueError(f"{value!r} is not a Go duration (examples: 30s, 5m, 1h30m, 2160h)")
    return value


_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)")
_DURATION_UNIT = {"ns": 1e-9, "us": 1e-6, "µs": 1e-6, "ms": 1e-3, "s": 1, "m": 60, "h": 3600}


_QUANTITY_SUFFIX = {
    **{suffix: Decimal(1024) ** power for power, suffix in enumerate(("", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"))},
    **{suffix: Decimal(1000) ** power for power, suffix in enumerate(("", "k", "M", "G", "T", "P", "E"))},
    "n": Decimal("1e-9"),
    "u": Decimal("1e-6"),
    "m": Decimal("1e-3"),
}


def quantity_value(value: str) -> Decimal:
    """A Kubernetes quantity as a number, so two can be compared (`1Gi` > `1000Mi`); ValueError
    for what is not one."""
    match = _QUANTITY.match(str(value))
    if not match:
        raise ValueError(f"{value!r} is not a Kubernetes quantity")
    suffix = match.group(3) or ""
    number = str(value)[: len(str(value)) - len(suffix)]
    if match.group(5):  # a decimal exponent, 1e3
        return Decimal(number) * Decimal(10) ** Decimal(suffix[1:])
    return Decimal(number) * _QUANTITY_SUFFIX[suffix]


def duration_seconds(value: str) -> float:
    """A Go duration (already checked by `Duration`) in seconds."""
    return sum(float(number) * _DURATION_UNIT[unit] for number, unit in _DURATION_PART.findall(value))


def _prom_duration(value: str) -> str:
    if not value or not _PROM_DURATION.match(value):
        raise ValueError(
            f"{value!r} is not a Prometheus duration (whole numbers, units largest first: "
            "90s, 5m, 1h30m, 1d, 2w; no fractions, no µs or ns)"
        )
    return value


_PROM_UNIT = {"y": 365 * 86400, "w": 7 * 86400, "d": 86400, "h": 3600, "m": 60, "s": 1, "ms": 1e-3}
_PROM_PART = re.compile(r"(\d+)(ms|[ywdhms])")


def prom_duration_seconds(value: str) -> float:
    """A Prometheus duration (already checked by `PromDuration`) in seconds."""
    return sum(int(number) * _PROM_UNIT[unit] for number, unit in _PROM_PART.findall(value))


def prom_duration(seconds: int) -> str:
    """Whole seconds as the shortest Prometheus duration: 93600 -> 1d2h."""
    if seconds <= 0:
        return "0s"
    parts = []
    for unit in ("d", "h", "m", "s"):
        count, seconds = divmod(seconds, int(_PROM_UNIT[unit]))
        if count:
            parts.append(f"{count}{unit}")
    return "".join(parts)


def _cidr(value: str) -> str:
    try:
        ipaddress.ip_network(value, strict=False)
    except ValueError:
        raise ValueError(f"{value!r} is not a CIDR (e.g. 10.0.0.0/8, fd00::/8)") from None
    return value


def _dns_label(value: str) -> str:
    if not _DNS_LABEL.match(value):
        raise ValueError(
            f"{value!r} is not a DNS label (lowercase letters, digits and '-', "
            "starting and ending with a letter or digit, at most 63 characters)"
        )
    return value


def _dns_name(value: str) -> str:
    # A leading "*." is allowed so ingress and certificate hosts can be wildcards.
    bare = value[2:] if value.startswith("*.") else value
    if len(value) > 253 or not _DNS_SUBDOMAIN.match(bare):
        raise ValueError(
            f"{value!r} is not a DNS name (lowercase letters, digits, '-' and '.', at most 253 characters)"
        )
    return value


def _label_key(key: str) -> str:
    prefix, _, name = key.rpartition("/")
    if (prefix and not _DNS_SUBDOMAIN.match(prefix)) or len(name) > 63 or not _LABEL_NAME.match(name):
        raise ValueError(f"{key!r} is not a valid label key ([prefix/]name, name at most 63 characters)")
    return key


def _labels(value: dict[str, str]) -> dict[str, str]:
    for key, item in value.items():
        _label_key(key)
        if len(item) > 63 or not _LABEL_VALUE.match(item):
            raise ValueError(f"label {key}: {item!r} is not a valid label value (at most 63 characters)")
    return value


def _env_name(value: str) -> str:
    if not _ENV_NAME.match(value):
        raise ValueError(f"{value!r} is not an environment variable name")
    return value


def _digest(value: str) -> str:
    if value and not _IMAGE_DIGEST.match(value):
        raise ValueError(f"{value!r} is not an image digest (sha256:<64 hex digits>)")
    return value


def _image_repository(value: str) -> str:
    # A registry host may hold uppercase letters and may look like a path component; the
    # grammar only tells them apart by a '.', a ':' or `localhost` in the first component.
    if len(value) > 255 or not _IMAGE_REPOSITORY.match(value):
        raise ValueError(
            f"{value!r} is not an image repository ([registry[:port]/]path, the path in lowercase "
            "letters, digits and '.', '_', '-' separators, e.g. ghcr.io/certctl-io/certctl-server)"
        )
    return value


def _image_tag(value: str) -> str:
    if value and not _IMAGE_TAG.match(value):
        raise ValueError(
            f"{value!r} is not an image tag (letters, digits, '_', '.' and '-', not starting with "
            "'.' or '-', at most 128 characters)"
        )
    return value


def _host(value: str) -> str:
    """A database or service host: a DNS name or an IP address."""
    try:
        ipaddress.ip_address(value)
        return value
    except ValueError:
        pass
    if value.startswith("*.") or len(value) > 253 or not _DNS_SUBDOMAIN.match(value):
        raise ValueError(f"{value!r} is neither a DNS name (lowercase letters, digits, '-' and '.') nor an IP address")
    return value


def _image_reference(value: str) -> str:
    """`repository[:tag][@digest]` as a container runtime pulls it, each part checked by the
    rules of Image's fields; the tag or digest is required, so dist/ names what it runs."""
    name, _, digest = value.partition("@")
    last = name.rsplit("/", 1)[-1]
    repository, tag = (name.rsplit(":", 1)) if ":" in last else (name, "")
    _image_repository(repository)
    _image_tag(tag)
    _digest(digest)
    if not tag and not digest:
        raise ValueError(f"{value!r} names no tag or digest; pin the image (e.g. postgres:16-alpine)")
    if tag == "latest" and not digest:
        raise ValueError(f"{value!r}: 'latest' is refused, dist/ must name the version it runs; use a version tag")
    return value


def _object_name(value: str) -> str:
    """A Kubernetes object name (PersistentVolumeClaims, Secrets): a DNS name, never a wildcard."""
    if value.startswith("*."):
        raise ValueError(f"{value!r} is not a Kubernetes object name (no wildcard)")
    return _dns_name(value)


def _object_name_or_empty(value: str) -> str:
    return _object_name(value) if value else value


Quantity = Annotated[
    str,
    BeforeValidator(_stringify_number),
    AfterValidator(_quantity),
    WithJsonSchema(
        {
            "title": "Kubernetes quantity",
            "anyOf": [{"type": "string", "pattern": _QUANTITY.pattern}, {"type": "number"}],
        }
    ),
]
Duration = Annotated[
    str,
    AfterValidator(_duration),
    WithJsonSchema({"title": "Go duration", "type": "string", "pattern": _DURATION.pattern}),
]
PromDuration = Annotated[
    str,
    AfterValidator(_prom_duration),
    WithJsonSchema({"title": "Prometheus duration", "type": "string", "pattern": _PROM_DURATION.pattern}),
]
DnsLabel = Annotated[str, AfterValidator(_dns_label)]
DnsName = Annotated[str, AfterValidator(_dns_name)]
Port = Annotated[int, Field(ge=1, le=65535)]
Labels = Annotated[dict[str, str], AfterValidator(_labels)]
Annotations = dict[str, str]
EnvName = Annotated[str, AfterValidator(_env_name)]
ImageDigest = Annotated[str, AfterValidator(_digest)]
ImageRepository = Annotated[
    str,
    AfterValidator(_image_repository),
    WithJsonSchema({"type": "string", "pattern": _IMAGE_REPOSITORY.pattern, "maxLength": 255}),
]
ImageTag = Annotated[
    str, AfterValidator(_image_tag), WithJsonSchema({"type": "string", "pattern": f"^$|{_IMAGE_TAG.pattern}"})
]
Cidr = Annotated[str, AfterValidator(_cidr), WithJsonSchema({"type": "string", "title": "CIDR"})]
Host = Annotated[str, AfterValidator(_host), WithJsonSchema({"type": "string", "title": "DNS name or IP address"})]
ImageReference = Annotated[
    str, AfterValidator(_image_reference), WithJsonSchema({"type": "string", "title": "image reference"})
]
ObjectName = Annotated[
    str,
    AfterValidator(_object_name),
    WithJsonSchema({"type": "string", "pattern": _DNS_SUBDOMAIN.pattern, "maxLength": 253}),
]
# The name of an object a section refers to only once it is enabled: empty until then.
OptionalObjectName = Annotated[
    str,
    AfterValidator(_object_name_or_empty),
    WithJsonSchema({"type": "string", "pattern": f"^$|{_DNS_SUBDOMAIN.pattern}", "maxLength": 253}),
]
