import datetime
from http import HTTPStatus
from typing import Any, cast
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.case_page_out import CasePageOut
from ...models.center_state import CenterState
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    state: CenterState | None | Unset = UNSET,
    mediator_id: None | Unset | UUID = UNSET,
    green_channel: bool | None | Unset = UNSET,
    received_from: datetime.date | None | Unset = UNSET,
    received_to: datetime.date | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    json_state: None | str | Unset
    if isinstance(state, Unset):
        json_state = UNSET
    elif isinstance(state, CenterState):
        json_state = state.value
    else:
        json_state = state
    params["state"] = json_state

    json_mediator_id: None | str | Unset
    if isinstance(mediator_id, Unset):
        json_mediator_id = UNSET
    elif isinstance(mediator_id, UUID):
        json_mediator_id = str(mediator_id)
    else:
        json_mediator_id = mediator_id
    params["mediator_id"] = json_mediator_id

    json_green_channel: bool | None | Unset
    if isinstance(green_channel, Unset):
        json_green_channel = UNSET
    else:
        json_green_channel = green_channel
    params["green_channel"] = json_green_channel

    json_received_from: None | str | Unset
    if isinstance(received_from, Unset):
        json_received_from = UNSET
    elif isinstance(received_from, datetime.date):
        json_received_from = received_from.isoformat()
    else:
        json_received_from = received_from
    params["received_from"] = json_received_from

    json_received_to: None | str | Unset
    if isinstance(received_to, Unset):
        json_received_to = UNSET
    elif isinstance(received_to, datetime.date):
        json_received_to = received_to.isoformat()
    else:
        json_received_to = received_to
    params["received_to"] = json_received_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/cases",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CasePageOut | None:
    if response.status_code == 200:
        response_200 = CasePageOut.from_dict(response.json())

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
) -> Response[Any | CasePageOut]:
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
    state: CenterState | None | Unset = UNSET,
    mediator_id: None | Unset | UUID = UNSET,
    green_channel: bool | None | Unset = UNSET,
    received_from: datetime.date | None | Unset = UNSET,
    received_to: datetime.date | None | Unset = UNSET,
) -> Response[Any | CasePageOut]:
    """和解中心案件 (this court's and lower courts' cases at the center)

    Args:
        limit (int | Unset):  Default: 50.
        cursor (None | str | Unset):
        state (CenterState | None | Unset):
        mediator_id (None | Unset | UUID):
        green_channel (bool | None | Unset):
        received_from (datetime.date | None | Unset):
        received_to (datetime.date | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CasePageOut]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        state=state,
        mediator_id=mediator_id,
        green_channel=green_channel,
        received_from=received_from,
        received_to=received_to,
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
    state: CenterState | None | Unset = UNSET,
    mediator_id: None | Unset | UUID = UNSET,
    green_channel: bool | None | Unset = UNSET,
    received_from: datetime.date | None | Unset = UNSET,
    received_to: datetime.date | None | Unset = UNSET,
) -> Any | CasePageOut | None:
    """和解中心案件 (this court's and lower courts' cases at the center)

    Args:
        limit (int | Unset):  Default: 50.
        cursor (None | str | Unset):
        state (CenterState | None | Unset):
        mediator_id (None | Unset | UUID):
        green_channel (bool | None | Unset):
        received_from (datetime.date | None | Unset):
        received_to (datetime.date | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CasePageOut
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        state=state,
        mediator_id=mediator_id,
        green_channel=green_channel,
        received_from=received_from,
        received_to=received_to,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    state: CenterState | None | Unset = UNSET,
    mediator_id: None | Unset | UUID = UNSET,
    green_channel: bool | None | Unset = UNSET,
    received_from: datetime.date | None | Unset = UNSET,
    received_to: datetime.date | None | Unset = UNSET,
) -> Response[Any | CasePageOut]:
    """和解中心案件 (this court's and lower courts' cases at the center)

    Args:
        limit (int | Unset):  Default: 50.
        cursor (None | str | Unset):
        state (CenterState | None | Unset):
        mediator_id (None | Unset | UUID):
        green_channel (bool | None | Unset):
        received_from (datetime.date | None | Unset):
        received_to (datetime.date | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CasePageOut]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        state=state,
        mediator_id=mediator_id,
        green_channel=green_channel,
        received_from=received_from,
        received_to=received_to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    state: CenterState | None | Unset = UNSET,
    mediator_id: None | Unset | UUID = UNSET,
    green_channel: bool | None | Unset = UNSET,
    received_from: datetime.date | None | Unset = UNSET,
    received_to: datetime.date | None | Unset = UNSET,
) -> Any | CasePageOut | None:
    """和解中心案件 (this court's and lower courts' cases at the center)

    Args:
        limit (int | Unset):  Default: 50.
        cursor (None | str | Unset):
        state (CenterState | None | Unset):
        mediator_id (None | Unset | UUID):
        green_channel (bool | None | Unset):
        received_from (datetime.date | None | Unset):
        received_to (datetime.date | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CasePageOut
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            state=state,
            mediator_id=mediator_id,
            green_channel=green_channel,
            received_from=received_from,
            received_to=received_to,
        )
    ).parsed
