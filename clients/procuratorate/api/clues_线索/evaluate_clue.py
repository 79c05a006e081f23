from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.clue_evaluation_in import ClueEvaluationIn
from ...models.evaluation_out import EvaluationOut
from ...types import Response


def _get_kwargs(
    clue_id: UUID,
    *,
    body: ClueEvaluationIn,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/clues/{clue_id}/evaluation".format(
            clue_id=quote(str(clue_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | EvaluationOut | None:
    if response.status_code == 200:
        response_200 = EvaluationOut.from_dict(response.json())

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
) -> Response[Any | EvaluationOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    clue_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ClueEvaluationIn,
) -> Response[Any | EvaluationOut]:
    """线索评估 (立案 file a case, or close with a reason)

    Args:
        clue_id (UUID):
        body (ClueEvaluationIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EvaluationOut]
    """

    kwargs = _get_kwargs(
        clue_id=clue_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    clue_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ClueEvaluationIn,
) -> Any | EvaluationOut | None:
    """线索评估 (立案 file a case, or close with a reason)

    Args:
        clue_id (UUID):
        body (ClueEvaluationIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EvaluationOut
    """

    return sync_detailed(
        clue_id=clue_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    clue_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ClueEvaluationIn,
) -> Response[Any | EvaluationOut]:
    """线索评估 (立案 file a case, or close with a reason)

    Args:
        clue_id (UUID):
        body (ClueEvaluationIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EvaluationOut]
    """

    kwargs = _get_kwargs(
        clue_id=clue_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    clue_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ClueEvaluationIn,
) -> Any | EvaluationOut | None:
    """线索评估 (立案 file a case, or close with a reason)

    Args:
        clue_id (UUID):
        body (ClueEvaluationIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EvaluationOut
    """

    return (
        await asyncio_detailed(
            clue_id=clue_id,
            client=client,
            body=body,
        )
    ).parsed
