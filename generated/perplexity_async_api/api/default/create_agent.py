from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
from ... import errors
from ...models.api_error import ApiError
from ...models.responses_request import ResponsesRequest
from ...models.responses_response import ResponsesResponse
from ...types import RequestParts, Response


def _get_kwargs(
    *,
    body: ResponsesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/agent",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def build_request(
    *,
    body: ResponsesRequest,
) -> RequestParts:
    """The request this operation sends (POST /v1/agent), unsent.

    Takes the arguments of ``sync()`` without the client; see ``types.RequestParts``.
    """
    return RequestParts._from_kwargs(
        _get_kwargs(
            body=body,
        )
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | ResponsesResponse | None:
    if response.status_code == 200:
        response_200 = ResponsesResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ApiError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ApiError.from_dict(response.json())

        return response_403

    if response.status_code == 413:
        response_413 = ApiError.from_dict(response.json())

        return response_413

    if response.status_code == 424:
        response_424 = ApiError.from_dict(response.json())

        return response_424

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
    *,
    client: AuthenticatedClient,
    body: ResponsesRequest,
) -> Response[ApiError | ResponsesResponse]:
    """Create Agent Response

     Generate a response for the provided input with optional web search and reasoning.

    Background runs: set `background: true` and leave `stream` unset or `false`. The call returns a
    Response object immediately whose `status` is `queued` or `in_progress`; store its `id` and poll
    `GET /v1/agent/{id}` until `status` is terminal (`completed`, `failed` or `cancelled`). The run
    continues server-side even if the client disconnects.

    Failed and cancelled runs are still returned with HTTP 200 and a populated `error`: branch on
    `status`, not on the HTTP code. The API is strict: an unknown field anywhere in the body is refused
    with 400.

    Equivalent endpoint: `POST /v1/responses` (SDK method `responses.create`); `/v1/agent` and
    `/v1/responses` are documented as equivalent. Only the JSON (`stream` false) response is described
    here; `stream: true` returns `text/event-stream`, which this document does not describe.

    Args:
        body (ResponsesRequest): Request body for POST /v1/agent (`ResponsesRequestInput` in the
            Python SDK 0.46.1 and the Node SDK). The server rejects unknown fields with 400; this
            schema does not set `additionalProperties: false` because the migration skill documents
            further accepted fields absent from the SDK types (see SOURCES.md).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ResponsesResponse]
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
    client: AuthenticatedClient,
    body: ResponsesRequest,
) -> ApiError | ResponsesResponse | None:
    """Create Agent Response

     Generate a response for the provided input with optional web search and reasoning.

    Background runs: set `background: true` and leave `stream` unset or `false`. The call returns a
    Response object immediately whose `status` is `queued` or `in_progress`; store its `id` and poll
    `GET /v1/agent/{id}` until `status` is terminal (`completed`, `failed` or `cancelled`). The run
    continues server-side even if the client disconnects.

    Failed and cancelled runs are still returned with HTTP 200 and a populated `error`: branch on
    `status`, not on the HTTP code. The API is strict: an unknown field anywhere in the body is refused
    with 400.

    Equivalent endpoint: `POST /v1/responses` (SDK method `responses.create`); `/v1/agent` and
    `/v1/responses` are documented as equivalent. Only the JSON (`stream` false) response is described
    here; `stream: true` returns `text/event-stream`, which this document does not describe.

    Args:
        body (ResponsesRequest): Request body for POST /v1/agent (`ResponsesRequestInput` in the
            Python SDK 0.46.1 and the Node SDK). The server rejects unknown fields with 400; this
            schema does not set `additionalProperties: false` because the migration skill documents
            further accepted fields absent from the SDK types (see SOURCES.md).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ResponsesResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ResponsesRequest,
) -> Response[ApiError | ResponsesResponse]:
    """Create Agent Response

     Generate a response for the provided input with optional web search and reasoning.

    Background runs: set `background: true` and leave `stream` unset or `false`. The call returns a
    Response object immediately whose `status` is `queued` or `in_progress`; store its `id` and poll
    `GET /v1/agent/{id}` until `status` is terminal (`completed`, `failed` or `cancelled`). The run
    continues server-side even if the client disconnects.

    Failed and cancelled runs are still returned with HTTP 200 and a populated `error`: branch on
    `status`, not on the HTTP code. The API is strict: an unknown field anywhere in the body is refused
    with 400.

    Equivalent endpoint: `POST /v1/responses` (SDK method `responses.create`); `/v1/agent` and
    `/v1/responses` are documented as equivalent. Only the JSON (`stream` false) response is described
    here; `stream: true` returns `text/event-stream`, which this document does not describe.

    Args:
        body (ResponsesRequest): Request body for POST /v1/agent (`ResponsesRequestInput` in the
            Python SDK 0.46.1 and the Node SDK). The server rejects unknown fields with 400; this
            schema does not set `additionalProperties: false` because the migration skill documents
            further accepted fields absent from the SDK types (see SOURCES.md).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ResponsesResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ResponsesRequest,
) -> ApiError | ResponsesResponse | None:
    """Create Agent Response

     Generate a response for the provided input with optional web search and reasoning.

    Background runs: set `background: true` and leave `stream` unset or `false`. The call returns a
    Response object immediately whose `status` is `queued` or `in_progress`; store its `id` and poll
    `GET /v1/agent/{id}` until `status` is terminal (`completed`, `failed` or `cancelled`). The run
    continues server-side even if the client disconnects.

    Failed and cancelled runs are still returned with HTTP 200 and a populated `error`: branch on
    `status`, not on the HTTP code. The API is strict: an unknown field anywhere in the body is refused
    with 400.

    Equivalent endpoint: `POST /v1/responses` (SDK method `responses.create`); `/v1/agent` and
    `/v1/responses` are documented as equivalent. Only the JSON (`stream` false) response is described
    here; `stream: true` returns `text/event-stream`, which this document does not describe.

    Args:
        body (ResponsesRequest): Request body for POST /v1/agent (`ResponsesRequestInput` in the
            Python SDK 0.46.1 and the Node SDK). The server rejects unknown fields with 400; this
            schema does not set `additionalProperties: false` because the migration skill documents
            further accepted fields absent from the SDK types (see SOURCES.md).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ResponsesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
