from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.open_day_out import OpenDayOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    court: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_court: None | str | Unset
    if isinstance(court, Unset):
        json_court = UNSET
    else:
        json_court = court
    params["court"] = json_court

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/public/open-day",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | OpenDayOut | None:
    if response.status_code == 200:
        response_200 = OpenDayOut.from_dict(response.json())

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
) -> Response[Any | OpenDayOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    court: None | str | Unset = UNSET,
) -> Response[Any | OpenDayOut]:
    """执行开放日 (no token): the cases courts opened, each a masked timeline

    Args:
        court (None | str | Unset): a court and those below it

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | OpenDayOut]
    """

    kwargs = _get_kwargs(
        court=court,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    court: None | str | Unset = UNSET,
) -> Any | OpenDayOut | None:
    """执行开放日 (no token): the cases courts opened, each a masked timeline

    Args:
        court (None | str | Unset): a court and those below it

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | OpenDayOut
    """

    return sync_detailed(
        client=client,
        court=court,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    court: None | str | Unset = UNSET,
) -> Response[Any | OpenDayOut]:
    """执行开放日 (no token): the cases courts opened, each a masked timeline

    Args:
        court (None | str | Unset): a court and those below it

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | OpenDayOut]
    """

    kwargs = _get_kwargs(
        court=court,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    court: None | str | Unset = UNSET,
) -> Any | OpenDayOut | None:
    """执行开放日 (no token): the cases courts opened, each a masked timeline

    Args:
        court (None | str | Unset): a court and those below it

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | OpenDayOut
    """

    return (
        await asyncio_detailed(
            client=client,
            court=court,
        )
    ).parsed
