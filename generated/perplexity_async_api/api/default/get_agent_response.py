from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
from ... import errors
from ...models.api_error import ApiError
from ...models.get_agent_response_format import GetAgentResponseFormat
from ...models.responses_response import ResponsesResponse
from ...types import UNSET, RequestParts, Response, Unset


def _get_kwargs(
    id: str,
    *,
    format_: GetAgentResponseFormat | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/agent/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def build_request(
    id: str,
    *,
    format_: GetAgentResponseFormat | Unset = UNSET,
) -> RequestParts:
    """The request this operation sends (GET /v1/agent/{id}), unsent.

    Takes the arguments of ``sync()`` without the client; see ``types.RequestParts``.
    """
    return RequestParts._from_kwargs(
        _get_kwargs(
            id=id,
            format_=format_,
        )
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | ResponsesResponse | None:
    if response.status_code == 200:
        response_200 = ResponsesResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ApiError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ApiError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ApiError.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ApiError.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ApiError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | ResponsesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    format_: GetAgentResponseFormat | Unset = UNSET,
) -> Response[ApiError | ResponsesResponse]:
    """Retrieve Agent Response

     Retrieve a response by its ID. Use this to poll the status of background tasks. A background
    response is non-terminal while its `status` is `queued` or `in_progress` and terminal when it is
    `completed`, `failed` or `cancelled`. A GET of an `in_progress` run returns `output: []` (partial
    output is only available through the SSE reconnect form of this endpoint,
    `?stream=true&starting_after=N`, which is not described here).

    Equivalent endpoint: `GET /v1/responses/{response_id}` (SDK method `responses.retrieve`).

    Args:
        id (str):
        format_ (GetAgentResponseFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ResponsesResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    format_: GetAgentResponseFormat | Unset = UNSET,
) -> ApiError | ResponsesResponse | None:
    """Retrieve Agent Response

     Retrieve a response by its ID. Use this to poll the status of background tasks. A background
    response is non-terminal while its `status` is `queued` or `in_progress` and terminal when it is
    `completed`, `failed` or `cancelled`. A GET of an `in_progress` run returns `output: []` (partial
    output is only available through the SSE reconnect form of this endpoint,
    `?stream=true&starting_after=N`, which is not described here).

    Equivalent endpoint: `GET /v1/responses/{response_id}` (SDK method `responses.retrieve`).

    Args:
        id (str):
        format_ (GetAgentResponseFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ResponsesResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    format_: GetAgentResponseFormat | Unset = UNSET,
) -> Response[ApiError | ResponsesResponse]:
    """Retrieve Agent Response

     Retrieve a response by its ID. Use this to poll the status of background tasks. A background
    response is non-terminal while its `status` is `queued` or `in_progress` and terminal when it is
    `completed`, `failed` or `cancelled`. A GET of an `in_progress` run returns `output: []` (partial
    output is only available through the SSE reconnect form of this endpoint,
    `?stream=true&starting_after=N`, which is not described here).

    Equivalent endpoint: `GET /v1/responses/{response_id}` (SDK method `responses.retrieve`).

    Args:
        id (str):
        format_ (GetAgentResponseFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ResponsesResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    format_: GetAgentResponseFormat | Unset = UNSET,
) -> ApiError | ResponsesResponse | None:
    """Retrieve Agent Response

     Retrieve a response by its ID. Use this to poll the status of background tasks. A background
    response is non-terminal while its `status` is `queued` or `in_progress` and terminal when it is
    `completed`, `failed` or `cancelled`. A GET of an `in_progress` run returns `output: []` (partial
    output is only available through the SSE reconnect form of this endpoint,
    `?stream=true&starting_after=N`, which is not described here).

    Equivalent endpoint: `GET /v1/responses/{response_id}` (SDK method `responses.retrieve`).

    Args:
        id (str):
        format_ (GetAgentResponseFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ResponsesResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            format_=format_,
        )
    ).parsed
