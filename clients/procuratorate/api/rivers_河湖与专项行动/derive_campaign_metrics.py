import datetime
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.derived_metrics_out import DerivedMetricsOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    period_from: datetime.date | Unset = datetime.date.fromisoformat("2023-01-01"),
    period_to: datetime.date | None | Unset = UNSET,
    campaign: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_period_from: str | Unset = UNSET
    if not isinstance(period_from, Unset):
        json_period_from = period_from.isoformat()
    params["period_from"] = json_period_from

    json_period_to: None | str | Unset
    if isinstance(period_to, Unset):
        json_period_to = UNSET
    elif isinstance(period_to, datetime.date):
        json_period_to = period_to.isoformat()
    else:
        json_period_to = period_to
    params["period_to"] = json_period_to

    json_campaign: None | str | Unset
    if isinstance(campaign, Unset):
        json_campaign = UNSET
    else:
        json_campaign = campaign
    params["campaign"] = json_campaign

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/campaign-metrics/derived",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | DerivedMetricsOut | None:
    if response.status_code == 200:
        response_200 = DerivedMetricsOut.from_dict(response.json())

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
) -> Response[Any | DerivedMetricsOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    period_from: datetime.date | Unset = datetime.date.fromisoformat("2023-01-01"),
    period_to: datetime.date | None | Unset = UNSET,
    campaign: None | str | Unset = UNSET,
) -> Response[Any | DerivedMetricsOut]:
    """专项行动数据（由记录统计）: cases filed, items verified with their quantities, 图斑 rectified in the period; a
    figure without records falls back to the manual figures, marked manual

    Args:
        period_from (datetime.date | Unset):  Default: datetime.date.fromisoformat('2023-01-01').
        period_to (datetime.date | None | Unset):
        campaign (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DerivedMetricsOut]
    """

    kwargs = _get_kwargs(
        period_from=period_from,
        period_to=period_to,
        campaign=campaign,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    period_from: datetime.date | Unset = datetime.date.fromisoformat("2023-01-01"),
    period_to: datetime.date | None | Unset = UNSET,
    campaign: None | str | Unset = UNSET,
) -> Any | DerivedMetricsOut | None:
    """专项行动数据（由记录统计）: cases filed, items verified with their quantities, 图斑 rectified in the period; a
    figure without records falls back to the manual figures, marked manual

    Args:
        period_from (datetime.date | Unset):  Default: datetime.date.fromisoformat('2023-01-01').
        period_to (datetime.date | None | Unset):
        campaign (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DerivedMetricsOut
    """

    return sync_detailed(
        client=client,
        period_from=period_from,
        period_to=period_to,
        campaign=campaign,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    period_from: datetime.date | Unset = datetime.date.fromisoformat("2023-01-01"),
    period_to: datetime.date | None | Unset = UNSET,
    campaign: None | str | Unset = UNSET,
) -> Response[Any | DerivedMetricsOut]:
    """专项行动数据（由记录统计）: cases filed, items verified with their quantities, 图斑 rectified in the period; a
    figure without records falls back to the manual figures, marked manual

    Args:
        period_from (datetime.date | Unset):  Default: datetime.date.fromisoformat('2023-01-01').
        period_to (datetime.date | None | Unset):
        campaign (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DerivedMetricsOut]
    """

    kwargs = _get_kwargs(
        period_from=period_from,
        period_to=period_to,
        campaign=campaign,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    period_from: datetime.date | Unset = datetime.date.fromisoformat("2023-01-01"),
    period_to: datetime.date | None | Unset = UNSET,
    campaign: None | str | Unset = UNSET,
) -> Any | DerivedMetricsOut | None:
    """专项行动数据（由记录统计）: cases filed, items verified with their quantities, 图斑 rectified in the period; a
    figure without records falls back to the manual figures, marked manual

    Args:
        period_from (datetime.date | Unset):  Default: datetime.date.fromisoformat('2023-01-01').
        period_to (datetime.date | None | Unset):
        campaign (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DerivedMetricsOut
    """

    return (
        await asyncio_detailed(
            client=client,
            period_from=period_from,
            period_to=period_to,
            campaign=campaign,
        )
    ).parsed
