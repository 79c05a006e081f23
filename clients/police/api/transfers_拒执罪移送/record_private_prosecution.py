from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.private_prosecution_in import PrivateProsecutionIn
from ...models.transfer_out import TransferOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    transfer_id: UUID,
    *,
    body: PrivateProsecutionIn,
    if_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["if-match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/transfers/{transfer_id}/private-prosecution".format(
            transfer_id=quote(str(transfer_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | TransferOut | None:
    if response.status_code == 200:
        response_200 = TransferOut.from_dict(response.json())

        return response_200

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

    if response.status_code == 422:
        response_422 = cast(Any, None)
        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | TransferOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    transfer_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: PrivateProsecutionIn,
    if_match: None | str | Unset = UNSET,
) -> Response[Any | TransferOut]:
    """自诉 (court; police and procuratorate both declined)

    Args:
        transfer_id (UUID):
        if_match (None | str | Unset): the resource's version; a stale one gets 412
        body (PrivateProsecutionIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | TransferOut]
    """

    kwargs = _get_kwargs(
        transfer_id=transfer_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    transfer_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: PrivateProsecutionIn,
    if_match: None | str | Unset = UNSET,
) -> Any | TransferOut | None:
    """自诉 (court; police and procuratorate both declined)

    Args:
        transfer_id (UUID):
        if_match (None | str | Unset): the resource's version; a stale one gets 412
        body (PrivateProsecutionIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | TransferOut
    """

    return sync_detailed(
        transfer_id=transfer_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    transfer_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: PrivateProsecutionIn,
    if_match: None | str | Unset = UNSET,
) -> Response[Any | TransferOut]:
    """自诉 (court; police and procuratorate both declined)

    Args:
        transfer_id (UUID):
        if_match (None | str | Unset): the resource's version; a stale one gets 412
        body (PrivateProsecutionIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | TransferOut]
    """

    kwargs = _get_kwargs(
        transfer_id=transfer_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    transfer_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: PrivateProsecutionIn,
    if_match: None | str | Unset = UNSET,
) -> Any | TransferOut | None:
    """自诉 (court; police and procuratorate both declined)

    Args:
        transfer_id (UUID):
        if_match (None | str | Unset): the resource's version; a stale one gets 412
        body (PrivateProsecutionIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | TransferOut
    """

    return (
        await asyncio_detailed(
            transfer_id=transfer_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
