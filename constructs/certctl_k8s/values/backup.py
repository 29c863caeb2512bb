"""`backup.*`: a CronJob that dumps certctl's database with `pg_dump --format=custom` onto a
PersistentVolumeClaim or into an S3 bucket. Every key of the Helm chart 1.0.0 loads unchanged;
`pvc.keep`, `pvc.create` (with `size` and `storageClass`), `s3.image`, `s3.stagingSizeLimit`
and `securityContext` are this project's own."""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import AfterValidator, Field, WithJsonSchema, model_validator

from .base import Section, defaults, problem
from .common import Resources, SecurityContext, resources
from .cron import CronSchedule
from .kube import Toleration
from .types import ImageReference, ObjectName, Quantity

# The upload container's image for the s3 sink. No official image holds both pg_dump and an S3
# client, so the dump (postgres image) and the upload (the AWS CLI's own image, published by AWS)
# are two containers of one pod, each holding only its own secret. A fixed release, never
# `latest`: a backup must not change behaviour because a registry moved a tag.
AWS_CLI_IMAGE = "amazon/aws-cli:2.27.50"
DUMP_IMAGE = "postgres:16-alpine"

_SECRET_KEY = r"^[-._a-zA-Z0-9]+$"
_LEADING_MAJOR = re.compile(r"^(\d+)")
_BUCKET = re.compile(r"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")
_FOLDER_PREFIX = re.compile(r"^[A-Za-z0-9!_.*'()-]+(/[A-Za-z0-9!_.*'()-]+)*/?$")
_REGION = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def _checked(pattern: re.Pattern[str], what: str) -> AfterValidator:
    """Refuse a non-empty value that does not match `pattern`, saying `what` it should be."""

    def check(value: str) -> str:
        if value and not pattern.match(value):
            raise ValueError(f"{value!r} is not {what}")
        return value

    return AfterValidator(check)


def _schema(pattern: re.Pattern[str]) -> WithJsonSchema:
    return WithJsonSchema({"type": "string", "pattern": f"^$|{pattern.pattern}"})


Bucket = Annotated[
    str,
    _checked(_BUCKET, "an S3 bucket name (3-63 lowercase letters, digits, '.' and '-', without s3://)"),
    _schema(_BUCKET),
]


def _folder_prefix(value: str) -> str:
    """`prod/`, as people write a folder, is `prod`: the upload adds the separator itself."""
    return value.removesuffix("/")


# The check sees the prefix as written (one trailing '/' allowed), the model keeps it without.
KeyPrefix = Annotated[
    str,
    _checked(
        _FOLDER_PREFIX,
        "an S3 key prefix (segments of letters, digits and !_.*'()- joined by '/', and one '/' at the end at most)",
    ),
    AfterValidator(_folder_prefix),
    _schema(_FOLDER_PREFIX),
]
Region = Annotated[str, _checked(_REGION, "an AWS region name (such as eu-west-1)"), _schema(_REGION)]


class BackupPvc(Section):
    """The `pvc` sink: dumps are written to the claim, mounted at /backups."""

    claim_name: ObjectName = "certctl-backups"
    keep: int = Field(
        default=7, ge=1, description="dumps kept on the claim; older ones are deleted after each successful dump"
    )
    create: bool = Field(
        default=False,
        description="emit the claim too (size, storageClass); off by default because the Helm chart "
        "expects an existing claim",
    )
    size: Quantity = Field(default="10Gi", description="the claim's size, when create is true")
    storage_class: str = Field(default="", description="the claim's storage class, when create is true")


class S3CredentialsSecret(Section):
    """The Secret holding the AWS keys of a principal allowed s3:PutObject on the bucket."""

    name: ObjectName = "certctl-backup-aws-creds"
    access_key_id_key: str = Field(default="AWS_ACCESS_KEY_ID", pattern=_SECRET_KEY)
    secret_access_key_key: str = Field(default="AWS_SECRET_ACCESS_KEY", pattern=_SECRET_KEY)


class BackupS3(Section):
    """The `s3` sink: dumps are uploaded to s3://<bucket>/<prefix>/certctl-<UTC time>.dump."""

    bucket: Bucket = ""
    prefix: KeyPrefix = "certctl"
    region: Region = Field(default="", description="sets AWS_DEFAULT_REGION when not empty")
    credentials_secret: S3CredentialsSecret = defaults(S3CredentialsSecret)
    image: ImageReference = Field(default=AWS_CLI_IMAGE, description="the upload container's image (AWS CLI v2)")
    staging_size_limit: Quantity = Field(
        default="4Gi", description="size limit of the emptyDir that holds the dump until it is uploaded"
    )


class Backup(Section):
    enabled: bool = False
    schedule: CronSchedule = Field(
        default="30 2 * * *", description="when to run, in the time zone of kube-controller-manager (usually UTC)"
    )
    sink: Literal["pvc", "s3"] = "pvc"
    image: ImageReference = Field(default=DUMP_IMAGE, description="holds pg_dump and pg_restore")
    image_pull_policy: Literal["Always", "IfNotPresent", "Never"] = "IfNotPresent"
    pvc: BackupPvc = defaults(BackupPvc)
    s3: BackupS3 = defaults(BackupS3)
    successful_jobs_history_limit: int = Field(default=3, ge=0)
    failed_jobs_history_limit: int = Field(default=1, ge=0)
    starting_deadline_seconds: int = Field(
        default=300, ge=10, description="a run that cannot start this long after its time is skipped"
    )
    backoff_limit: int = Field(default=1, ge=0)
    active_deadline_seconds: int = Field(default=3600, ge=60)
    resources: Resources = resources("100m", "128Mi", "500m", "512Mi")
    tolerations: list[Toleration] = []
    security_context: SecurityContext = defaults(SecurityContext)

    @model_validator(mode="after")
    def _sink(self) -> Backup:
        if self.enabled and self.sink == "s3" and not self.s3.bucket:
            raise problem("s3.bucket", "is required when backup.sink is s3 (the bucket name, without s3://)")
        return self

    @property
    def dump_major(self) -> int | None:
        """The PostgreSQL major version of the dump image's tag (16 for postgres:16-alpine)."""
        return image_major(self.image)


def leading_major(tag: str) -> int | None:
    """The major version a postgres image tag starts with (`16-alpine`, `16.4`), else None."""
    match = _LEADING_MAJOR.match(tag)
    return int(match.group(1)) if match else None


def image_major(reference: str) -> int | None:
    """The major version of a postgres image reference's tag (`registry/postgresql:18.4-trixie`)."""
    return leading_major(reference.partition("@")[0].rsplit("/", 1)[-1].partition(":")[2])
