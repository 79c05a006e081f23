from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.application_out import ApplicationOut
from ...models.decision_in import DecisionIn
from ...types import UNSET, Response, Unset


def _get_kwargs(
    application_id: UUID,
    *,
    body: DecisionIn,
    if_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["if-match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/applications/{application_id}/decision".format(
            application_id=quote(str(application_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ApplicationOut | None:
    if response.status_code == 200:
        response_200 = ApplicationOut.from_dict(response.json())

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

    if response.status_code == 429:
        response_429 = cast(Any, None)
        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ApplicationOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    application_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: DecisionIn,
    if_match: None | str | Unset = UNSET,
) -> Response[Any | ApplicationOut]:
    """准许 / 不予准许 (within 10 days, 21)

    Args:
        application_id (UUID):
        if_match (None | str | Unset): the resource's version; a stale one gets 412
        body (DecisionIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApplicationOut]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    application_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: DecisionIn,
    if_match: None | str | Unset = UNSET,
) -> Any | ApplicationOut | None:
    """准许 / 不予准许 (within 10 days, 21)

    Args:
        application_id (UUID):
        if_match (None | str | Unset): the resource's version; a stale one gets 412
        body (DecisionIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApplicationOut
    """

    return sync_detailed(
        application_id=application_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    application_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: DecisionIn,
    if_match: None | str | Unset = UNSET,
) -> Response[Any | ApplicationOut]:
    """准许 / 不予准许 (within 10 days, 21)

    Args:
        application_id (UUID):
        if_match (None | str | Unset): the resource's version; a stale one gets 412
        body (DecisionIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApplicationOut]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    application_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: DecisionIn,
    if_match: None | str | Unset = UNSET,
) -> Any | ApplicationOut | None:
    """准许 / 不予准许 (within 10 days, 21)

    Args:
        application_id (UUID):
        if_match (None | str | Unset): the resource's version; a stale one gets 412
        body (DecisionIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApplicationOut
    """

    return (
        await asyncio_detailed(
            application_id=application_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
