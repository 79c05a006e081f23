from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.case_page import CasePage
from ...models.case_search_in import CaseSearchIn
from ...types import Response


def _get_kwargs(
    *,
    body: CaseSearchIn,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/cases/search",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CasePage | None:
    if response.status_code == 200:
        response_200 = CasePage.from_dict(response.json())

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
) -> Response[Any | CasePage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CaseSearchIn,
) -> Response[Any | CasePage]:
    """案件查询 (every filter of the list, and a party's id number — in the body, matched by its keyed hash)

    Args:
        body (CaseSearchIn): `POST /api/v1/cases/search`: every filter of `GET /api/v1/cases`, and
            the party's id number — in the body,
            never in a URL (it is matched by its keyed hash, shared.identity.party_key).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CasePage]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CaseSearchIn,
) -> Any | CasePage | None:
    """案件查询 (every filter of the list, and a party's id number — in the body, matched by its keyed hash)

    Args:
        body (CaseSearchIn): `POST /api/v1/cases/search`: every filter of `GET /api/v1/cases`, and
            the party's id number — in the body,
            never in a URL (it is matched by its keyed hash, shared.identity.party_key).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CasePage
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CaseSearchIn,
) -> Response[Any | CasePage]:
    """案件查询 (every filter of the list, and a party's id number — in the body, matched by its keyed hash)

    Args:
        body (CaseSearchIn): `POST /api/v1/cases/search`: every filter of `GET /api/v1/cases`, and
            the party's id number — in the body,
            never in a URL (it is matched by its keyed hash, shared.identity.party_key).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CasePage]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CaseSearchIn,
) -> Any | CasePage | None:
    """案件查询 (every filter of the list, and a party's id number — in the body, matched by its keyed hash)

    Args:
        body (CaseSearchIn): `POST /api/v1/cases/search`: every filter of `GET /api/v1/cases`, and
            the party's id number — in the body,
            never in a URL (it is matched by its keyed hash, shared.identity.party_key).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CasePage
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
