"""shared.files: the type of an evidence file is what its bytes are (magic numbers), the declared Content-Type must
agree, the size is limited, the name is made safe; upload routes get their own body limit."""
import hashlib

import httpx
import pytest
from fastapi import APIRouter, FastAPI, Request

from shared import errors, files
from shared.legal import DomainError

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 64
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 64
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n%%EOF\n"
WEBP = b"RIFF\x24\x00\x00\x00WEBPVP8 " + b"\x00" * 64
HEIC = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 32
MP4 = b"\x00\x00\x00\x20ftypisom\x00\x00\x02\x00isomiso2avc1mp41" + b"\x00" * 32
MOV = b"\x00\x00\x00\x14ftypqt  \x00\x00\x00\x00qt  " + b"\x00" * 32


@pytest.mark.parametrize("data,expected", [
    (JPEG, "image/jpeg"), (PNG, "image/png"), (PDF, "application/pdf"), (WEBP, "image/webp"),
    (HEIC, "image/heic"), (MP4, "video/mp4"), (MOV, "video/quicktime"),
    (b"GIF89a" + b"\x00" * 20, None),  # not accepted
    (b"MZ\x90\x00" + b"\x00" * 60, None),  # a Windows executable
    (b"<html><script>alert(1)</script></html>", None),
    (b"RIFF\x24\x00\x00\x00WAVEfmt ", None),  # RIFF, but audio
    (b"\x00\x00\x00\x18ftypavif" + b"\x00" * 8, None),  # ISO media with a brand we do not accept
    (b"\xff\xd8", None),  # too short to be a JPEG
    (b"", None),
])
def test_type_is_detected_from_the_bytes(data, expected):
    assert files.sniff(data) == expected


def test_a_valid_upload_is_checked_and_hashed():
    c = files.check(PNG, "image/png; charset=binary", "现场/照片 1.png")
    assert (c.content_type, c.size_bytes, c.sha256) == ("image/png", len(PNG), hashlib.sha256(PNG).hexdigest())
    assert c.filename == "照片 1.png"  # no directories
    assert files.check(JPEG, "IMAGE/JPG", None).content_type == "image/jpeg"  # case and alias
    assert files.check(JPEG, "image/jpeg", None).filename == "file.jpg"


@pytest.mark.parametrize("data,declared,status,code", [
    (PNG, "image/jpeg", 422, "content_type_mismatch"),  # declared one accepted type, the bytes are another
    (b"MZ\x90\x00" * 10, "application/pdf", 422, "content_type_mismatch"),  # bytes of no accepted type
    (b"GIF89a" + b"\x00" * 20, "image/gif", 415, "unsupported_media_type"),
    (PNG, "application/octet-stream", 415, "unsupported_media_type"),
    (PNG, None, 415, "unsupported_media_type"),
    (b"", "image/png", 422, "empty_file"),
    (PNG + b"\x00" * 100, "image/png", 413, "payload_too_large"),
])
def test_refusals(data, declared, status, code):
    with pytest.raises(DomainError) as e:
        files.check(data, declared, "x", max_bytes=len(PNG) + 50)
    assert (e.value.status, e.value.code) == (status, code)


def test_the_size_limit_is_inclusive():
    data = PNG + b"\x00" * 10
    assert files.check(data, "image/png", None, max_bytes=len(data)).size_bytes == len(data)


@pytest.mark.parametrize("query,disposition,expected", [
    ("a.pdf", 'attachment; filename="b.pdf"', "a.pdf"),
    (None, "attachment; filename*=UTF-8''%E7%8E%B0%E5%9C%BA.jpg; filename=\"x.jpg\"", "现场.jpg"),
    (None, 'attachment; filename="say \\"hi\\".png"', 'say "hi".png'),
    (None, "attachment; filename=plain.png", "plain.png"),
    (None, "inline", None),
    (None, None, None),
])
def test_filename_from_query_or_content_disposition(query, disposition, expected):
    assert files.filename_from(query, disposition) == expected


def test_clean_filename_drops_directories_and_control_characters():
    assert files.clean_filename("..\\..\\etc/passwd", "application/pdf") == "passwd"
    assert files.clean_filename("a\x00b\r\nc\u202e.jpg", "image/jpeg") == "abc.jpg"
    assert files.clean_filename("...", "image/png") == "file.png"
    assert len(files.clean_filename("长" * 300, "image/png")) == 200


async def test_upload_routes_get_their_own_body_limit_others_the_suite_limit():
    router = APIRouter()

    @router.post("/things/{tid}/files")
    @files.upload
    async def up(tid: str, request: Request) -> dict:
        return {"size": len(await request.body())}

    @router.post("/things")
    async def other(request: Request) -> dict:
        return {"size": len(await request.body())}

    class S:
        file_max_bytes = 1000

    app = FastAPI()
    errors.install(app)
    app.include_router(router)
    app.add_middleware(files.BodyLimits, max_body_bytes=100, routers=[router], settings=S())
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
        assert (await c.post("/things/1/files", content=b"x" * 1000)).json() == {"size": 1000}
        big = await c.post("/things/1/files", content=b"x" * 1001)
        assert big.status_code == 413 and big.json()["limit_bytes"] == 1000
        small = await c.post("/things", content=b"x" * 101)
        assert small.status_code == 413 and small.json()["limit_bytes"] == 100
        assert (await c.post("/things/1/files/x", content=b"x" * 101)).status_code == 413  # only the route itself


def test_download_headers():
    class Row:
        content, content_type, sha256, filename = memoryview(PDF), "application/pdf", "ab" * 32, '判决书 "终".pdf'
    r = files.download(Row())
    assert r.body == PDF and r.media_type == "application/pdf"
    assert r.headers["etag"] == f'"{"ab" * 32}"' and r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["content-disposition"].startswith('attachment; filename="')
    assert "filename*=UTF-8''%E5%88%A4%E5%86%B3%E4%B9%A6%20%22%E7%BB%88%22.pdf" in r.headers["content-disposition"]
