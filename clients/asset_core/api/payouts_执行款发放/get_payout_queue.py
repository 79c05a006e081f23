import datetime
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.payout_queue_out import PayoutQueueOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    court: None | str | Unset = UNSET,
    on: datetime.date | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    json_court: None | str | Unset
    if isinstance(court, Unset):
        json_court = UNSET
    else:
        json_court = court
    params["court"] = json_court

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
        "url": "/api/v1/payouts/queue",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PayoutQueueOut | None:
    if response.status_code == 200:
        response_200 = PayoutQueueOut.from_dict(response.json())

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
) -> Response[Any | PayoutQueueOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    court: None | str | Unset = UNSET,
    on: datetime.date | None | Unset = UNSET,
) -> Response[Any | PayoutQueueOut]:
    """待发放执行款 (绿色通道 first, then the money that has waited longest; 30-day deadline: 执行款物管理规定 13)

    Args:
        limit (int | Unset):  Default: 50.
        cursor (None | str | Unset):
        court (None | str | Unset): a court and those below it
        on (datetime.date | None | Unset): as of this day (default: today)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PayoutQueueOut]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        court=court,
        on=on,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    court: None | str | Unset = UNSET,
    on: datetime.date | None | Unset = UNSET,
) -> Any | PayoutQueueOut | None:
    """待发放执行款 (绿色通道 first, then the money that has waited longest; 30-day deadline: 执行款物管理规定 13)

    Args:
        limit (int | Unset):  Default: 50.
        cursor (None | str | Unset):
        court (None | str | Unset): a court and those below it
        on (datetime.date | None | Unset): as of this day (default: today)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PayoutQueueOut
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        court=court,
        on=on,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    court: None | str | Unset = UNSET,
    on: datetime.date | None | Unset = UNSET,
) -> Response[Any | PayoutQueueOut]:
    """待发放执行款 (绿色通道 first, then the money that has waited longest; 30-day deadline: 执行款物管理规定 13)

    Args:
        limit (int | Unset):  Default: 50.
        cursor (None | str | Unset):
        court (None | str | Unset): a court and those below it
        on (datetime.date | None | Unset): as of this day (default: today)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PayoutQueueOut]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        court=court,
        on=on,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    court: None | str | Unset = UNSET,
    on: datetime.date | None | Unset = UNSET,
) -> Any | PayoutQueueOut | None:
    """待发放执行款 (绿色通道 first, then the money that has waited longest; 30-day deadline: 执行款物管理规定 13)

    Args:
        limit (int | Unset):  Default: 50.
        cursor (None | str | Unset):
        court (None | str | Unset): a court and those below it
        on (datetime.date | None | Unset): as of this day (default: today)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PayoutQueueOut
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            court=court,
            on=on,
        )
    ).parsed
