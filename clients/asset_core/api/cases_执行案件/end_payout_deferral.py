from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.payout_deferral_end_in import PayoutDeferralEndIn
from ...models.payout_deferral_out import PayoutDeferralOut
from ...types import Response


def _get_kwargs(
    case_id: UUID,
    deferral_id: UUID,
    *,
    body: PayoutDeferralEndIn,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/cases/{case_id}/payout-deferrals/{deferral_id}/end".format(
            case_id=quote(str(case_id), safe=""),
            deferral_id=quote(str(deferral_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PayoutDeferralOut | None:
    if response.status_code == 200:
        response_200 = PayoutDeferralOut.from_dict(response.json())

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
) -> Response[Any | PayoutDeferralOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    case_id: UUID,
    deferral_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: PayoutDeferralEndIn,
) -> Response[Any | PayoutDeferralOut]:
    """延缓发放情形消失 (the money is due within 10 days: 执行款物管理规定 13 ¶3)

    Args:
        case_id (UUID):
        deferral_id (UUID):
        body (PayoutDeferralEndIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PayoutDeferralOut]
    """

    kwargs = _get_kwargs(
        case_id=case_id,
        deferral_id=deferral_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    case_id: UUID,
    deferral_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: PayoutDeferralEndIn,
) -> Any | PayoutDeferralOut | None:
    """延缓发放情形消失 (the money is due within 10 days: 执行款物管理规定 13 ¶3)

    Args:
        case_id (UUID):
        deferral_id (UUID):
        body (PayoutDeferralEndIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PayoutDeferralOut
    """

    return sync_detailed(
        case_id=case_id,
        deferral_id=deferral_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    case_id: UUID,
    deferral_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: PayoutDeferralEndIn,
) -> Response[Any | PayoutDeferralOut]:
    """延缓发放情形消失 (the money is due within 10 days: 执行款物管理规定 13 ¶3)

    Args:
        case_id (UUID):
        deferral_id (UUID):
        body (PayoutDeferralEndIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PayoutDeferralOut]
    """

    kwargs = _get_kwargs(
        case_id=case_id,
        deferral_id=deferral_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    case_id: UUID,
    deferral_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: PayoutDeferralEndIn,
) -> Any | PayoutDeferralOut | None:
    """延缓发放情形消失 (the money is due within 10 days: 执行款物管理规定 13 ¶3)

    Args:
        case_id (UUID):
        deferral_id (UUID):
        body (PayoutDeferralEndIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PayoutDeferralOut
    """

    return (
        await asyncio_detailed(
            case_id=case_id,
            deferral_id=deferral_id,
            client=client,
            body=body,
        )
    ).parsed
