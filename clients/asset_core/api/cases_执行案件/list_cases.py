import datetime
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.case_page import CasePage
from ...models.case_state import CaseState
from ...models.list_cases_sort import ListCasesSort
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    state: CaseState | None | Unset = UNSET,
    filed_from: datetime.date | None | Unset = UNSET,
    filed_to: datetime.date | None | Unset = UNSET,
    case_number: None | str | Unset = UNSET,
    party_name: None | str | Unset = UNSET,
    court: None | str | Unset = UNSET,
    green_channel: bool | None | Unset = UNSET,
    sort: ListCasesSort | Unset = ListCasesSort.PRIORITY,
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
    elif isinstance(state, CaseState):
        json_state = state.value
    else:
        json_state = state
    params["state"] = json_state

    json_filed_from: None | str | Unset
    if isinstance(filed_from, Unset):
        json_filed_from = UNSET
    elif isinstance(filed_from, datetime.date):
        json_filed_from = filed_from.isoformat()
    else:
        json_filed_from = filed_from
    params["filed_from"] = json_filed_from

    json_filed_to: None | str | Unset
    if isinstance(filed_to, Unset):
        json_filed_to = UNSET
    elif isinstance(filed_to, datetime.date):
        json_filed_to = filed_to.isoformat()
    else:
        json_filed_to = filed_to
    params["filed_to"] = json_filed_to

    json_case_number: None | str | Unset
    if isinstance(case_number, Unset):
        json_case_number = UNSET
    else:
        json_case_number = case_number
    params["case_number"] = json_case_number

    json_party_name: None | str | Unset
    if isinstance(party_name, Unset):
        json_party_name = UNSET
    else:
        json_party_name = party_name
    params["party_name"] = json_party_name

    json_court: None | str | Unset
    if isinstance(court, Unset):
        json_court = UNSET
    else:
        json_court = court
    params["court"] = json_court

    json_green_channel: bool | None | Unset
    if isinstance(green_channel, Unset):
        json_green_channel = UNSET
    else:
        json_green_channel = green_channel
    params["green_channel"] = json_green_channel

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/cases",
        "params": params,
    }

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
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    state: CaseState | None | Unset = UNSET,
    filed_from: datetime.date | None | Unset = UNSET,
    filed_to: datetime.date | None | Unset = UNSET,
    case_number: None | str | Unset = UNSET,
    party_name: None | str | Unset = UNSET,
    court: None | str | Unset = UNSET,
    green_channel: bool | None | Unset = UNSET,
    sort: ListCasesSort | Unset = ListCasesSort.PRIORITY,
) -> Response[Any | CasePage]:
    """案件列表 (cases this court executes, filed or designated; 绿色通道 first, then by filing date)

    Args:
        limit (int | Unset):  Default: 50.
        cursor (None | str | Unset):
        state (CaseState | None | Unset):
        filed_from (datetime.date | None | Unset):
        filed_to (datetime.date | None | Unset):
        case_number (None | str | Unset): 案号, exact or a part of it; ( ) or （ ） alike
        party_name (None | str | Unset): 当事人名称 (prefix)
        court (None | str | Unset): 执行法院: a court and those below it
        green_channel (bool | None | Unset): true: 绿色通道 only; false: the others
        sort (ListCasesSort | Unset):  Default: ListCasesSort.PRIORITY.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CasePage]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        state=state,
        filed_from=filed_from,
        filed_to=filed_to,
        case_number=case_number,
        party_name=party_name,
        court=court,
        green_channel=green_channel,
        sort=sort,
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
    state: CaseState | None | Unset = UNSET,
    filed_from: datetime.date | None | Unset = UNSET,
    filed_to: datetime.date | None | Unset = UNSET,
    case_number: None | str | Unset = UNSET,
    party_name: None | str | Unset = UNSET,
    court: None | str | Unset = UNSET,
    green_channel: bool | None | Unset = UNSET,
    sort: ListCasesSort | Unset = ListCasesSort.PRIORITY,
) -> Any | CasePage | None:
    """案件列表 (cases this court executes, filed or designated; 绿色通道 first, then by filing date)

    Args:
        limit (int | Unset):  Default: 50.
        cursor (None | str | Unset):
        state (CaseState | None | Unset):
        filed_from (datetime.date | None | Unset):
        filed_to (datetime.date | None | Unset):
        case_number (None | str | Unset): 案号, exact or a part of it; ( ) or （ ） alike
        party_name (None | str | Unset): 当事人名称 (prefix)
        court (None | str | Unset): 执行法院: a court and those below it
        green_channel (bool | None | Unset): true: 绿色通道 only; false: the others
        sort (ListCasesSort | Unset):  Default: ListCasesSort.PRIORITY.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CasePage
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        state=state,
        filed_from=filed_from,
        filed_to=filed_to,
        case_number=case_number,
        party_name=party_name,
        court=court,
        green_channel=green_channel,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    state: CaseState | None | Unset = UNSET,
    filed_from: datetime.date | None | Unset = UNSET,
    filed_to: datetime.date | None | Unset = UNSET,
    case_number: None | str | Unset = UNSET,
    party_name: None | str | Unset = UNSET,
    court: None | str | Unset = UNSET,
    green_channel: bool | None | Unset = UNSET,
    sort: ListCasesSort | Unset = ListCasesSort.PRIORITY,
) -> Response[Any | CasePage]:
    """案件列表 (cases this court executes, filed or designated; 绿色通道 first, then by filing date)

    Args:
        limit (int | Unset):  Default: 50.
        cursor (None | str | Unset):
        state (CaseState | None | Unset):
        filed_from (datetime.date | None | Unset):
        filed_to (datetime.date | None | Unset):
        case_number (None | str | Unset): 案号, exact or a part of it; ( ) or （ ） alike
        party_name (None | str | Unset): 当事人名称 (prefix)
        court (None | str | Unset): 执行法院: a court and those below it
        green_channel (bool | None | Unset): true: 绿色通道 only; false: the others
        sort (ListCasesSort | Unset):  Default: ListCasesSort.PRIORITY.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CasePage]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        state=state,
        filed_from=filed_from,
        filed_to=filed_to,
        case_number=case_number,
        party_name=party_name,
        court=court,
        green_channel=green_channel,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    state: CaseState | None | Unset = UNSET,
    filed_from: datetime.date | None | Unset = UNSET,
    filed_to: datetime.date | None | Unset = UNSET,
    case_number: None | str | Unset = UNSET,
    party_name: None | str | Unset = UNSET,
    court: None | str | Unset = UNSET,
    green_channel: bool | None | Unset = UNSET,
    sort: ListCasesSort | Unset = ListCasesSort.PRIORITY,
) -> Any | CasePage | None:
    """案件列表 (cases this court executes, filed or designated; 绿色通道 first, then by filing date)

    Args:
        limit (int | Unset):  Default: 50.
        cursor (None | str | Unset):
        state (CaseState | None | Unset):
        filed_from (datetime.date | None | Unset):
        filed_to (datetime.date | None | Unset):
        case_number (None | str | Unset): 案号, exact or a part of it; ( ) or （ ） alike
        party_name (None | str | Unset): 当事人名称 (prefix)
        court (None | str | Unset): 执行法院: a court and those below it
        green_channel (bool | None | Unset): true: 绿色通道 only; false: the others
        sort (ListCasesSort | Unset):  Default: ListCasesSort.PRIORITY.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CasePage
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            state=state,
            filed_from=filed_from,
            filed_to=filed_to,
            case_number=case_number,
            party_name=party_name,
            court=court,
            green_channel=green_channel,
            sort=sort,
        )
    ).parsed
