from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
from ... import errors
from ...models.http_validation_error import HTTPValidationError
from ...models.list_async_api_chat_completions_response import (
    ListAsyncApiChatCompletionsResponse,
)
from ...types import RequestParts, Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/async/chat/completions",
    }

    return _kwargs


def build_request() -> RequestParts:
    """The request this operation sends (GET /async/chat/completions), unsent.

    Takes the arguments of ``sync()`` without the client; see ``types.RequestParts``.
    """
    return RequestParts._from_kwargs(_get_kwargs())


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | ListAsyncApiChatCompletionsResponse | None:
    if response.status_code == 200:
        response_200 = ListAsyncApiChatCompletionsResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | ListAsyncApiChatCompletionsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | ListAsyncApiChatCompletionsResponse]:
    """List Async Chat Completions

     Retrieve a list of all asynchronous chat completion requests for a given user.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ListAsyncApiChatCompletionsResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | ListAsyncApiChatCompletionsResponse | None:
    """List Async Chat Completions

     Retrieve a list of all asynchronous chat completion requests for a given user.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ListAsyncApiChatCompletionsResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | ListAsyncApiChatCompletionsResponse]:
    """List Async Chat Completions

     Retrieve a list of all asynchronous chat completion requests for a given user.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ListAsyncApiChatCompletionsResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | ListAsyncApiChatCompletionsResponse | None:
    """List Async Chat Completions

     Retrieve a list of all asynchronous chat completion requests for a given user.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ListAsyncApiChatCompletionsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
