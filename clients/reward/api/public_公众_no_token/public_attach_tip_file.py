from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.tip_file_receipt_out import TipFileReceiptOut
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    receipt: str,
    *,
    body: File | Unset = UNSET,
    filename: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_filename: None | str | Unset
    if isinstance(filename, Unset):
        json_filename = UNSET
    else:
        json_filename = filename
    params["filename"] = json_filename

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/public/tips/{receipt}/files".format(
            receipt=quote(str(receipt), safe=""),
        ),
        "params": params,
    }

    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "application/pdf"
    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "image/heic"
    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "image/heif"
    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "image/jpeg"
    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "image/png"
    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "image/webp"
    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "video/mp4"
    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "video/quicktime"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | TipFileReceiptOut | None:
    if response.status_code == 201:
        response_201 = TipFileReceiptOut.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 409:
        response_409 = cast(Any, None)
        return response_409

    if response.status_code == 412:
        response_412 = cast(Any, None)
        return response_412

    if response.status_code == 413:
        response_413 = cast(Any, None)
        return response_413

    if response.status_code == 415:
        response_415 = cast(Any, None)
        return response_415

    if response.status_code == 422:
        response_422 = cast(Any, None)
        return response_422

    if response.status_code == 429:
        response_429 = cast(Any, None)
        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | TipFileReceiptOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    receipt: str,
    *,
    client: AuthenticatedClient | Client,
    body: File | Unset = UNSET,
    filename: None | str | Unset = UNSET,
) -> Response[Any | TipFileReceiptOut]:
    """为线索补充照片/材料 (no token, with the tip's receipt; the raw bytes as the body: JPEG, PNG, HEIC, WebP, PDF,
    MP4; at most 10 MiB; rate limited)

    Args:
        receipt (str):
        filename (None | str | Unset): 文件名 (or in Content-Disposition)
        body (File):
        body (File):
        body (File):
        body (File):
        body (File):
        body (File):
        body (File):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | TipFileReceiptOut]
    """

    kwargs = _get_kwargs(
        receipt=receipt,
        body=body,
        filename=filename,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    receipt: str,
    *,
    client: AuthenticatedClient | Client,
    body: File | Unset = UNSET,
    filename: None | str | Unset = UNSET,
) -> Any | TipFileReceiptOut | None:
    """为线索补充照片/材料 (no token, with the tip's receipt; the raw bytes as the body: JPEG, PNG, HEIC, WebP, PDF,
    MP4; at most 10 MiB; rate limited)

    Args:
        receipt (str):
        filename (None | str | Unset): 文件名 (or in Content-Disposition)
        body (File):
        body (File):
        body (File):
        body (File):
        body (File):
        body (File):
        body (File):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | TipFileReceiptOut
    """

    return sync_detailed(
        receipt=receipt,
        client=client,
        body=body,
        filename=filename,
    ).parsed


async def asyncio_detailed(
    receipt: str,
    *,
    client: AuthenticatedClient | Client,
    body: File | Unset = UNSET,
    filename: None | str | Unset = UNSET,
) -> Response[Any | TipFileReceiptOut]:
    """为线索补充照片/材料 (no token, with the tip's receipt; the raw bytes as the body: JPEG, PNG, HEIC, WebP, PDF,
    MP4; at most 10 MiB; rate limited)

    Args:
        receipt (str):
        filename (None | str | Unset): 文件名 (or in Content-Disposition)
        body (File):
        body (File):
        body (File):
        body (File):
        body (File):
        body (File):
        body (File):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | TipFileReceiptOut]
    """

    kwargs = _get_kwargs(
        receipt=receipt,
        body=body,
        filename=filename,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    receipt: str,
    *,
    client: AuthenticatedClient | Client,
    body: File | Unset = UNSET,
    filename: None | str | Unset = UNSET,
) -> Any | TipFileReceiptOut | None:
    """为线索补充照片/材料 (no token, with the tip's receipt; the raw bytes as the body: JPEG, PNG, HEIC, WebP, PDF,
    MP4; at most 10 MiB; rate limited)

    Args:
        receipt (str):
        filename (None | str | Unset): 文件名 (or in Content-Disposition)
        body (File):
        body (File):
        body (File):
        body (File):
        body (File):
        body (File):
        body (File):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | TipFileReceiptOut
    """

    return (
        await asyncio_detailed(
            receipt=receipt,
            client=client,
            body=body,
            filename=filename,
        )
    ).parsed
