from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.duty_status import DutyStatus
from ...models.officer_out import OfficerOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    duty_status: DutyStatus | None | Unset = UNSET,
    team: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_duty_status: None | str | Unset
    if isinstance(duty_status, Unset):
        json_duty_status = UNSET
    elif isinstance(duty_status, DutyStatus):
        json_duty_status = duty_status.value
    else:
        json_duty_status = duty_status
    params["duty_status"] = json_duty_status

    json_team: None | str | Unset
    if isinstance(team, Unset):
        json_team = UNSET
    else:
        json_team = team
    params["team"] = json_team

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/officers",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | list[OfficerOut] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = OfficerOut.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[Any | list[OfficerOut]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    duty_status: DutyStatus | None | Unset = UNSET,
    team: None | str | Unset = UNSET,
) -> Response[Any | list[OfficerOut]]:
    """值班表 (roster with duty status and team)

    Args:
        duty_status (DutyStatus | None | Unset):
        team (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[OfficerOut]]
    """

    kwargs = _get_kwargs(
        duty_status=duty_status,
        team=team,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    duty_status: DutyStatus | None | Unset = UNSET,
    team: None | str | Unset = UNSET,
) -> Any | list[OfficerOut] | None:
    """值班表 (roster with duty status and team)

    Args:
        duty_status (DutyStatus | None | Unset):
        team (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[OfficerOut]
    """

    return sync_detailed(
        client=client,
        duty_status=duty_status,
        team=team,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    duty_status: DutyStatus | None | Unset = UNSET,
    team: None | str | Unset = UNSET,
) -> Response[Any | list[OfficerOut]]:
    """值班表 (roster with duty status and team)

    Args:
        duty_status (DutyStatus | None | Unset):
        team (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[OfficerOut]]
    """

    kwargs = _get_kwargs(
        duty_status=duty_status,
        team=team,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    duty_status: DutyStatus | None | Unset = UNSET,
    team: None | str | Unset = UNSET,
) -> Any | list[OfficerOut] | None:
    """值班表 (roster with duty status and team)

    Args:
        duty_status (DutyStatus | None | Unset):
        team (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[OfficerOut]
    """

    return (
        await asyncio_detailed(
            client=client,
            duty_status=duty_status,
            team=team,
        )
    ).parsed
