from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
from ... import errors
from ...models.async_api_chat_completions_request import AsyncApiChatCompletionsRequest
from ...models.async_api_chat_completions_response import (
    AsyncApiChatCompletionsResponse,
)
from ...models.http_validation_error import HTTPValidationError
from ...types import RequestParts, Response


def _get_kwargs(
    *,
    body: AsyncApiChatCompletionsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/async/sonar",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def build_request(
    *,
    body: AsyncApiChatCompletionsRequest,
) -> RequestParts:
    """The request this operation sends (POST /v1/async/sonar), unsent.

    Takes the arguments of ``sync()`` without the client; see ``types.RequestParts``.
    """
    return RequestParts._from_kwargs(
        _get_kwargs(
            body=body,
        )
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AsyncApiChatCompletionsResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = AsyncApiChatCompletionsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AsyncApiChatCompletionsResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AsyncApiChatCompletionsRequest,
) -> Response[AsyncApiChatCompletionsResponse | HTTPValidationError]:
    """Create Async Chat Completion

     Submit an asynchronous chat completion request.

    Args:
        body (AsyncApiChatCompletionsRequest): Request body for creating an asynchronous chat
            completion

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AsyncApiChatCompletionsResponse | HTTPValidationError]
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
    body: AsyncApiChatCompletionsRequest,
) -> AsyncApiChatCompletionsResponse | HTTPValidationError | None:
    """Create Async Chat Completion

     Submit an asynchronous chat completion request.

    Args:
        body (AsyncApiChatCompletionsRequest): Request body for creating an asynchronous chat
            completion

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AsyncApiChatCompletionsResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AsyncApiChatCompletionsRequest,
) -> Response[AsyncApiChatCompletionsResponse | HTTPValidationError]:
    """Create Async Chat Completion

     Submit an asynchronous chat completion request.

    Args:
        body (AsyncApiChatCompletionsRequest): Request body for creating an asynchronous chat
            completion

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AsyncApiChatCompletionsResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AsyncApiChatCompletionsRequest,
) -> AsyncApiChatCompletionsResponse | HTTPValidationError | None:
    """Create Async Chat Completion

     Submit an asynchronous chat completion request.

    Args:
        body (AsyncApiChatCompletionsRequest): Request body for creating an asynchronous chat
            completion

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AsyncApiChatCompletionsResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
