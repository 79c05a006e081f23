from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.debtor_state_out import DebtorStateOut
from ...types import Response


def _get_kwargs(
    party_key: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/debtors/{party_key}/asset-state".format(
            party_key=quote(str(party_key), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | DebtorStateOut | None:
    if response.status_code == 200:
        response_200 = DebtorStateOut.from_dict(response.json())

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
) -> Response[Any | DebtorStateOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    party_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | DebtorStateOut]:
    """被执行人财产总览 (the same across all visible cases of one debtor)

    Args:
        party_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DebtorStateOut]
    """

    kwargs = _get_kwargs(
        party_key=party_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    party_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | DebtorStateOut | None:
    """被执行人财产总览 (the same across all visible cases of one debtor)

    Args:
        party_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DebtorStateOut
    """

    return sync_detailed(
        party_key=party_key,
        client=client,
    ).parsed


async def asyncio_detailed(
    party_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | DebtorStateOut]:
    """被执行人财产总览 (the same across all visible cases of one debtor)

    Args:
        party_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DebtorStateOut]
    """

    kwargs = _get_kwargs(
        party_key=party_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    party_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | DebtorStateOut | None:
    """被执行人财产总览 (the same across all visible cases of one debtor)

    Args:
        party_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DebtorStateOut
    """

    return (
        await asyncio_detailed(
            party_key=party_key,
            client=client,
        )
    ).parsed
