import datetime
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.settlement_out import SettlementOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    settlement_id: UUID,
    *,
    on: datetime.date | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_on: None | str | Unset
    if isinstance(on, Unset):
        json_on = UNSET
    elif isinstance(on, datetime.date):
        json_on = on.isoformat()
    else:
        json_on = on
    params["on"] = json_on

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/settlements/{settlement_id}".format(
            settlement_id=quote(str(settlement_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | SettlementOut | None:
    if response.status_code == 200:
        response_200 = SettlementOut.from_dict(response.json())

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
) -> Response[Any | SettlementOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    settlement_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    on: datetime.date | None | Unset = UNSET,
) -> Response[Any | SettlementOut]:
    """和解协议及履行情况 (installment status as of a date)

    Args:
        settlement_id (UUID):
        on (datetime.date | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SettlementOut]
    """

    kwargs = _get_kwargs(
        settlement_id=settlement_id,
        on=on,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    settlement_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    on: datetime.date | None | Unset = UNSET,
) -> Any | SettlementOut | None:
    """和解协议及履行情况 (installment status as of a date)

    Args:
        settlement_id (UUID):
        on (datetime.date | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SettlementOut
    """

    return sync_detailed(
        settlement_id=settlement_id,
        client=client,
        on=on,
    ).parsed


async def asyncio_detailed(
    settlement_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    on: datetime.date | None | Unset = UNSET,
) -> Response[Any | SettlementOut]:
    """和解协议及履行情况 (installment status as of a date)

    Args:
        settlement_id (UUID):
        on (datetime.date | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SettlementOut]
    """

    kwargs = _get_kwargs(
        settlement_id=settlement_id,
        on=on,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    settlement_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    on: datetime.date | None | Unset = UNSET,
) -> Any | SettlementOut | None:
    """和解协议及履行情况 (installment status as of a date)

    Args:
        settlement_id (UUID):
        on (datetime.date | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SettlementOut
    """

    return (
        await asyncio_detailed(
            settlement_id=settlement_id,
            client=client,
            on=on,
        )
    ).parsed
