"""Evidence files (issue 16): documents and photos attached to a case, a dispatch's on-site outcome or a tip,
kept in the service's own PostgreSQL database (`files` table, bytea) with their SHA-256, which the use case also
writes to the audit chain — so a downloaded file can be proven unaltered against the chain.

- Uploads are the raw request body (no multipart): `Content-Type: image/jpeg` (etc.), the file name in the
  `filename` query parameter or a `Content-Disposition: attachment; filename*=UTF-8''…` header.
- `check()`: the type is detected from the bytes (magic numbers: PDF, JPEG, PNG, WebP, HEIC/HEIF, MP4,
  QuickTime) and the declared Content-Type must agree; at most the service's `file_max_bytes` (10 MiB).
- Body limits: an upload route is marked with `@upload` (under the router's decorator); `BodyLimits` (installed
  by `shared.app.build_app`) gives such POST paths their own larger limit and every other path the suite's
  `max_body_bytes` — both before the body is read and before authentication (413 problem+json).
- `files_table()` is the table every service carries; `IMMUTABLE_DDL` (run by its migration) refuses UPDATE and
  DELETE, so a stored file never changes. Downloads answer the bytes with their content type, `ETag` = the
  SHA-256, `Content-Disposition: attachment` and `nosniff`."""
from __future__ import annotations

import hashlib
import re
import unicodedata
import uuid
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import quote, unquote

from pydantic import BaseModel, Field
from sqlalchemy import (BigInteger, Column, DateTime, Identity, Index, Integer, LargeBinary, MetaData, String, Table,
                        select, text)
from sqlalchemy.dialects.postgresql import UUID
from starlette.responses import Response

from shared.legal import DomainError, NotFound, Refused
from shared.limits import BodySizeLimitMiddleware

MAX_BYTES = 10 * 1024 * 1024  # the default `file_max_bytes` of a service (issue 16: ≤ 10 MB each)
SETTING = "file_max_bytes"

# Accepted content types and their labels (shown to users)
TYPES: dict[str, str] = {
    "application/pdf": "PDF 文档",
    "image/jpeg": "JPEG 照片",
    "image/png": "PNG 图片",
    "image/webp": "WebP 图片",
    "image/heic": "HEIC 照片",
    "image/heif": "HEIF 照片",
    "video/mp4": "MP4 视频",
    "video/quicktime": "QuickTime 视频",
}
ALIASES = {"image/jpg": "image/jpeg", "image/pjpeg": "image/jpeg", "application/x-pdf": "application/pdf",
           "image/heic-sequence": "image/heic", "image/heif-sequence": "image/heif"}
EXTENSIONS = {"application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png", "image/webp": "webp",
              "image/heic": "heic", "image/heif": "heif", "video/mp4": "mp4", "video/quicktime": "mov"}
_HEIC_BRANDS = {b"heic", b"heix", b"hevc", b"hevx"}
_HEIF_BRANDS = {b"mif1", b"msf1", b"heim", b"heis"}
_MP4_BRANDS = {b"isom", b"iso2", b"iso4", b"iso5", b"iso6", b"mp41", b"mp42", b"avc1", b"dash", b"M4V ", b"MSNV"}


class PayloadTooLarge(DomainError):
    status = 413


class UnsupportedType(DomainError):
    status = 415


# ------------------------------------------------------------------ what the bytes are
def sniff(data: bytes) -> str | None:
    """The content type the bytes' signature (magic number) shows, among the accepted ones; None otherwise."""
    if data.startswith(b"%PDF-"):
        return "application/pdf"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if len(data) >= 12 and data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if len(data) >= 12 and data[4:8] == b"ftyp":  # ISO base media file: the major brand says which
        brand = data[8:12]
        if brand in _HEIC_BRANDS:
            return "image/heic"
        if brand in _HEIF_BRANDS:
            return "image/heif"
        if brand in _MP4_BRANDS:
            return "video/mp4"
        if brand == b"qt  ":
            return "video/quicktime"
    return None


def declared_type(value: str | None) -> str | None:
    """The declared Content-Type without parameters, lower case, aliases resolved (image/jpg → image/jpeg)."""
    if not value:
        return None
    base = value.split(";", 1)[0].strip().lower()
    return ALIASES.get(base, base) or None


@dataclass(frozen=True)
class Checked:
    content: bytes
    content_type: str
    size_bytes: int
    sha256: str
    filename: str


def check(content: bytes, declared: str | None, filename: str | None, max_bytes: int = MAX_BYTES) -> Checked:
    """An upload as it may be stored, or a refusal: 413 over `max_bytes`, 422 empty, 415 a declared type that is
    not accepted, 422 bytes that are not what the Content-Type says."""
    accepted = ", ".join(TYPES)
    ctype = declared_type(declared)
    if ctype not in TYPES:
        raise UnsupportedType("unsupported_media_type", "不支持的文件类型 (unsupported file type)",
                              f"Content-Type {ctype or '(none)'} is not accepted; send one of: {accepted}",
                              accepted=list(TYPES))
    if len(content) > max_bytes:
        raise PayloadTooLarge("payload_too_large", "文件过大 (file too large)",
                              f"the file is over {max_bytes} bytes", limit_bytes=max_bytes)
    if not content:
        raise Refused("empty_file", "文件为空 (empty file)", "the request body holds no bytes")
    detected = sniff(content)
    if detected != ctype:
        raise Refused("content_type_mismatch", "文件内容与声明的类型不符 (content does not match its Content-Type)",
                      f"declared {ctype}, the bytes are {detected or 'none of the accepted types'}",
                      declared=ctype, detected=detected)
    return Checked(content, ctype, len(content), hashlib.sha256(content).hexdigest(),
                   clean_filename(filename, ctype))


@dataclass(frozen=True)
class Upload:
    """An upload as received: the raw body, the declared Content-Type and the file name the client gave."""

    content: bytes
    declared: str | None
    filename: str | None

    def fingerprint(self) -> dict[str, Any]:
        """What an Idempotency-Key is bound to (the bytes by their hash)."""
        return {"sha256": hashlib.sha256(self.content).hexdigest(), "content_type": self.declared,
                "filename": self.filename}

    def checked(self, max_bytes: int = MAX_BYTES) -> Checked:
        return check(self.content, self.declared, self.filename, max_bytes)


async def received(request: Any, filename: str | None) -> Upload:
    """Read the raw body of an upload request (the body limit has already been enforced)."""
    return Upload(await request.body(), request.headers.get("content-type"),
                  filename_from(filename, request.headers.get("content-disposition")))


_FILENAME_STAR = re.compile(r"""filename\*\s*=\s*([\w!#$&+.^`|~-]+)'[^']*'([^;\s]+)""", re.IGNORECASE)
_FILENAME = re.compile(r"""filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]+))""", re.IGNORECASE)


def filename_from(query: str | None, disposition: str | None) -> str | None:
    """The file name a client sent: the `filename` query parameter, else Content-Disposition's `filename*`
    (RFC 6266/8187, UTF-8) or `filename`."""
    if query:
        return query
    if not disposition:
        return None
    m = _FILENAME_STAR.search(disposition)
    if m:
        try:
            return unquote(m.group(2), encoding=m.group(1), errors="strict")
        except (LookupError, UnicodeDecodeError):
            pass
    m = _FILENAME.search(disposition)
    if m:
        return m.group(1).replace('\\"', '"') if m.group(1) is not None else m.group(2)
    return None


def clean_filename(name: str | None, content_type: str) -> str:
    """A name safe to store and to send back: no directories, no control characters, at most 200 characters;
    none left → `file.<ext>`."""
    name = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C").strip().strip(".")
    return name[:200] or f"file.{EXTENSIONS[content_type]}"


# ------------------------------------------------------------------ storage
def files_table(metadata: MetaData) -> Table:
    """The service's evidence files: who owns one (owner_kind + owner_id: a case, a dispatch, a tip), the case and
    court it belongs to, its name, type, size, SHA-256 and bytes. Never updated or deleted (IMMUTABLE_DDL)."""
    t = Table(
        "files", metadata,
        Column("id", UUID(as_uuid=True), primary_key=True),
        Column("seq", BigInteger, Identity(), nullable=False, unique=True),
        Column("owner_kind", String(32), nullable=False),
        Column("owner_id", UUID(as_uuid=True), nullable=False),
        Column("case_id", UUID(as_uuid=True)),
        Column("court_code", String(20), nullable=False),
        Column("filename", String(255), nullable=False),
        Column("content_type", String(100), nullable=False),
        Column("size_bytes", Integer, nullable=False),
        Column("sha256", String(64), nullable=False),
        Column("content", LargeBinary, nullable=False),
        Column("uploaded_by", String(200), nullable=False),
        Column("uploaded_at", DateTime(timezone=True), nullable=False, server_default=text("now()")),
    )
    Index("ix_files_owner", t.c.owner_kind, t.c.owner_id, t.c.seq)
    return t


IMMUTABLE_DDL = [
    """create or replace function files_immutable() returns trigger language plpgsql as $$
    begin raise exception 'files are evidence: never updated or deleted'; end $$""",
    """create trigger files_no_update_delete before update or delete on files
    for each row execute function files_immutable()""",
    "alter table files alter column content set storage external",  # photos and PDFs do not compress
]


def metadata_columns(t: Table) -> list[Column]:
    """Every column but the bytes (lists never read them)."""
    return [c for c in t.c if c.name != "content"]


async def insert(session: Any, t: Table, f: Checked, *, owner_kind: str, owner_id: uuid.UUID, court_code: str,
                 case_id: uuid.UUID | None, uploaded_by: str) -> Any:
    """Store the file; the row without its bytes."""
    stmt = t.insert().values(id=uuid.uuid4(), owner_kind=owner_kind, owner_id=owner_id, case_id=case_id,
                             court_code=court_code, filename=f.filename, content_type=f.content_type,
                             size_bytes=f.size_bytes, sha256=f.sha256, content=f.content, uploaded_by=uploaded_by)
    return (await session.execute(stmt.returning(*metadata_columns(t)))).first()


async def list_of(session: Any, t: Table, owner_kind: str, owner_id: uuid.UUID) -> list[Any]:
    return list((await session.execute(select(*metadata_columns(t)).where(
        t.c.owner_kind == owner_kind, t.c.owner_id == owner_id).order_by(t.c.seq))).all())


async def get(session: Any, t: Table, file_id: uuid.UUID, *, content: bool = False) -> Any | None:
    cols = list(t.c) if content else metadata_columns(t)
    return (await session.execute(select(*cols).where(t.c.id == file_id))).first()


async def get_visible(session: Any, t: Table, file_id: uuid.UUID, owner_kind: str,
                      owner_visible: Callable[[uuid.UUID], Awaitable[Any]], who: str) -> tuple[Any, Any]:
    """A file with its bytes and its owner, when the owner is visible to the caller: `owner_visible(owner_id)` returns
    the owner or raises NotFound. A file that does not exist, belongs to another kind of owner, or whose owner the
    caller may not see is the same 404: its existence is not disclosed."""
    row = await get(session, t, file_id, content=True)
    try:
        if row is None or row.owner_kind != owner_kind:
            raise NotFound("file_not_found", "文件不存在")
        owner = await owner_visible(row.owner_id)
    except NotFound:
        raise NotFound("file_not_found", "文件不存在 (no such file)", f"no file {file_id} visible to {who}") from None
    return row, owner


def view(row: Any) -> dict[str, Any]:
    """A file as the API lists it (FileOut)."""
    return {"id": row.id, "owner_kind": row.owner_kind, "owner_id": row.owner_id, "case_id": row.case_id,
            "filename": row.filename, "content_type": row.content_type,
            "content_type_label": TYPES.get(row.content_type, row.content_type), "size_bytes": row.size_bytes,
            "sha256": row.sha256, "uploaded_by": row.uploaded_by, "uploaded_at": row.uploaded_at,
            "download_url": f"/api/v1/files/{row.id}"}


class FileOut(BaseModel):
    """An evidence file's metadata (the bytes: `download_url`)."""

    id: uuid.UUID
    owner_kind: str = Field(description="case / dispatch / tip")
    owner_id: uuid.UUID
    case_id: uuid.UUID | None
    filename: str
    content_type: str
    content_type_label: str
    size_bytes: int
    sha256: str = Field(description="SHA-256 of the bytes, hex; also in the audit chain and the download's ETag")
    uploaded_by: str
    uploaded_at: datetime
    download_url: str


class FileList(BaseModel):
    items: list[FileOut]


def audit_data(row: Any) -> dict[str, Any]:
    """What the audit chain records of a stored file: its SHA-256 with its size, type and owner (no name: it may
    hold personal data, and the chain is never rewritten)."""
    return {"sha256": row.sha256, "size_bytes": row.size_bytes, "content_type": row.content_type,
            "owner_kind": row.owner_kind, "owner_id": str(row.owner_id)}


# ------------------------------------------------------------------ HTTP
class FileResponse(Response):
    """The bytes of a stored file (the OpenAPI media type of download routes)."""

    media_type = "application/octet-stream"


def download(row: Any) -> Response:
    """The stored bytes with their content type; ETag = the SHA-256; always a download, never rendered inline."""
    ascii_name = row.filename.encode("ascii", "replace").decode().replace('"', "'").replace("?", "_")
    return Response(bytes(row.content), media_type=row.content_type, headers={
        "ETag": f'"{row.sha256}"', "X-Content-SHA256": row.sha256,
        "Content-Disposition": f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(row.filename)}",
        "X-Content-Type-Options": "nosniff", "Cache-Control": "private, no-store"})


BINARY = {"schema": {"type": "string", "format": "binary"}}
DOWNLOAD_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"description": "the file's bytes (ETag: its SHA-256)", "content": {t: BINARY for t in TYPES}}}


UPLOAD_RESPONSES: dict[int | str, dict[str, Any]] = {
    413: {"description": "the file is over the limit (refused before the body is read)",
          "content": {"application/problem+json": {}}},
    415: {"description": "a Content-Type that is not accepted", "content": {"application/problem+json": {}}}}


def upload_openapi(limit: int = MAX_BYTES) -> dict[str, Any]:
    """The route's request body in /openapi.json: the raw bytes of one accepted type."""
    return {"requestBody": {"required": True, "description": f"the file's bytes (at most {limit} bytes); the name in "
                            "`filename` or Content-Disposition", "content": {t: BINARY for t in TYPES}}}


def upload(fn: Callable) -> Callable:
    """Marks an upload endpoint (put it under the router's decorator): its POST path gets the service's
    `file_max_bytes` body limit instead of `max_body_bytes`."""
    fn.upload_limit_setting = SETTING
    return fn


def upload_routes(routers: Iterable[Any]) -> list[tuple[re.Pattern, frozenset[str], str]]:
    """(path regex, methods, limit setting) of the marked upload routes."""
    out = []
    for router in routers:
        for route in getattr(router, "routes", []):
            setting = getattr(getattr(route, "endpoint", None), "upload_limit_setting", None)
            if setting and hasattr(route, "path_regex"):
                out.append((route.path_regex, frozenset(route.methods or ()), setting))
    return out


def is_upload(routes: list[tuple[re.Pattern, frozenset[str], str]], scope: dict) -> bool:
    return any(rx.match(scope.get("path", "")) and scope.get("method") in methods for rx, methods, _ in routes)


class BodyLimits:
    """Pure ASGI: the suite's request body limit (`max_body_bytes`), except on upload routes, which get their own
    (`file_max_bytes`); both refuse with 413 problem+json before the body is read and before authentication."""

    def __init__(self, app, max_body_bytes: int, routers: Iterable[Any] = (), settings: Any = None) -> None:
        self.default = BodySizeLimitMiddleware(app, max_body_bytes)
        self.uploads = [(rx, methods, BodySizeLimitMiddleware(app, int(getattr(settings, setting, MAX_BYTES))))
                        for rx, methods, setting in upload_routes(routers)]

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http":
            for rx, methods, limited in self.uploads:
                if scope.get("method") in methods and rx.match(scope.get("path", "")):
                    return await limited(scope, receive, send)
        return await self.default(scope, receive, send)
