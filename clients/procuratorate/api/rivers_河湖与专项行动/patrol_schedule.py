import datetime
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.patrol_schedule_out import PatrolScheduleOut
from ...types import UNSET, Response


def _get_kwargs(
    *,
    level: str,
    last_patrol_on: datetime.date,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["level"] = level

    json_last_patrol_on = last_patrol_on.isoformat()
    params["last_patrol_on"] = json_last_patrol_on

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/river-chiefs/patrol-schedule",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PatrolScheduleOut | None:
    if response.status_code == 200:
        response_200 = PatrolScheduleOut.from_dict(response.json())

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
) -> Response[Any | PatrolScheduleOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    level: str,
    last_patrol_on: datetime.date,
) -> Response[Any | PatrolScheduleOut]:
    """河长巡河频次 (county ≥ monthly, township ≥ every 10 days, village ≥ weekly; configurable)

    Args:
        level (str):
        last_patrol_on (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PatrolScheduleOut]
    """

    kwargs = _get_kwargs(
        level=level,
        last_patrol_on=last_patrol_on,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    level: str,
    last_patrol_on: datetime.date,
) -> Any | PatrolScheduleOut | None:
    """河长巡河频次 (county ≥ monthly, township ≥ every 10 days, village ≥ weekly; configurable)

    Args:
        level (str):
        last_patrol_on (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PatrolScheduleOut
    """

    return sync_detailed(
        client=client,
        level=level,
        last_patrol_on=last_patrol_on,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    level: str,
    last_patrol_on: datetime.date,
) -> Response[Any | PatrolScheduleOut]:
    """河长巡河频次 (county ≥ monthly, township ≥ every 10 days, village ≥ weekly; configurable)

    Args:
        level (str):
        last_patrol_on (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PatrolScheduleOut]
    """

    kwargs = _get_kwargs(
        level=level,
        last_patrol_on=last_patrol_on,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    level: str,
    last_patrol_on: datetime.date,
) -> Any | PatrolScheduleOut | None:
    """河长巡河频次 (county ≥ monthly, township ≥ every 10 days, village ≥ weekly; configurable)

    Args:
        level (str):
        last_patrol_on (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PatrolScheduleOut
    """

    return (
        await asyncio_detailed(
            client=client,
            level=level,
            last_patrol_on=last_patrol_on,
        )
    ).parsed
