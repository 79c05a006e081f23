from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_map_spots_kind_type_0 import ListMapSpotsKindType0
from ...models.list_map_spots_status_type_0 import ListMapSpotsStatusType0
from ...models.map_spot_page import MapSpotPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    status: ListMapSpotsStatusType0 | None | Unset = UNSET,
    kind: ListMapSpotsKindType0 | None | Unset = UNSET,
    county_code: None | str | Unset = UNSET,
    river_code: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, ListMapSpotsStatusType0):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, ListMapSpotsKindType0):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_county_code: None | str | Unset
    if isinstance(county_code, Unset):
        json_county_code = UNSET
    else:
        json_county_code = county_code
    params["county_code"] = json_county_code

    json_river_code: None | str | Unset
    if isinstance(river_code, Unset):
        json_river_code = UNSET
    else:
        json_river_code = river_code
    params["river_code"] = json_river_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/map-spots",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | MapSpotPage | None:
    if response.status_code == 200:
        response_200 = MapSpotPage.from_dict(response.json())

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
) -> Response[Any | MapSpotPage]:
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
    status: ListMapSpotsStatusType0 | None | Unset = UNSET,
    kind: ListMapSpotsKindType0 | None | Unset = UNSET,
    county_code: None | str | Unset = UNSET,
    river_code: None | str | Unset = UNSET,
) -> Response[Any | MapSpotPage]:
    """碍洪图斑列表

    Args:
        limit (int | Unset):  Default: 50.
        cursor (None | str | Unset):
        status (ListMapSpotsStatusType0 | None | Unset):
        kind (ListMapSpotsKindType0 | None | Unset):
        county_code (None | str | Unset):
        river_code (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | MapSpotPage]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        status=status,
        kind=kind,
        county_code=county_code,
        river_code=river_code,
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
    status: ListMapSpotsStatusType0 | None | Unset = UNSET,
    kind: ListMapSpotsKindType0 | None | Unset = UNSET,
    county_code: None | str | Unset = UNSET,
    river_code: None | str | Unset = UNSET,
) -> Any | MapSpotPage | None:
    """碍洪图斑列表

    Args:
        limit (int | Unset):  Default: 50.
        cursor (None | str | Unset):
        status (ListMapSpotsStatusType0 | None | Unset):
        kind (ListMapSpotsKindType0 | None | Unset):
        county_code (None | str | Unset):
        river_code (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | MapSpotPage
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        status=status,
        kind=kind,
        county_code=county_code,
        river_code=river_code,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    status: ListMapSpotsStatusType0 | None | Unset = UNSET,
    kind: ListMapSpotsKindType0 | None | Unset = UNSET,
    county_code: None | str | Unset = UNSET,
    river_code: None | str | Unset = UNSET,
) -> Response[Any | MapSpotPage]:
    """碍洪图斑列表

    Args:
        limit (int | Unset):  Default: 50.
        cursor (None | str | Unset):
        status (ListMapSpotsStatusType0 | None | Unset):
        kind (ListMapSpotsKindType0 | None | Unset):
        county_code (None | str | Unset):
        river_code (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | MapSpotPage]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        status=status,
        kind=kind,
        county_code=county_code,
        river_code=river_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    status: ListMapSpotsStatusType0 | None | Unset = UNSET,
    kind: ListMapSpotsKindType0 | None | Unset = UNSET,
    county_code: None | str | Unset = UNSET,
    river_code: None | str | Unset = UNSET,
) -> Any | MapSpotPage | None:
    """碍洪图斑列表

    Args:
        limit (int | Unset):  Default: 50.
        cursor (None | str | Unset):
        status (ListMapSpotsStatusType0 | None | Unset):
        kind (ListMapSpotsKindType0 | None | Unset):
        county_code (None | str | Unset):
        river_code (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | MapSpotPage
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            status=status,
            kind=kind,
            county_code=county_code,
            river_code=river_code,
        )
    ).parsed
