from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
from ... import errors
from ...models.async_api_chat_completions_response import (
    AsyncApiChatCompletionsResponse,
)
from ...models.http_validation_error import HTTPValidationError
from ...types import RequestParts, Response


def _get_kwargs(
    api_request: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/async/sonar/{api_request}".format(
            api_request=quote(str(api_request), safe=""),
        ),
    }

    return _kwargs


def build_request(
    api_request: str,
) -> RequestParts:
    """The request this operation sends (GET /v1/async/sonar/{api_request}), unsent.

    Takes the arguments of ``sync()`` without the client; see ``types.RequestParts``.
    """
    return RequestParts._from_kwargs(
        _get_kwargs(
            api_request=api_request,
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
    api_request: str,
    *,
    client: AuthenticatedClient,
) -> Response[AsyncApiChatCompletionsResponse | HTTPValidationError]:
    """Get Async Chat Completion

     Retrieve the response for a given asynchronous chat completion request.

    Args:
        api_request (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AsyncApiChatCompletionsResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        api_request=api_request,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    api_request: str,
    *,
    client: AuthenticatedClient,
) -> AsyncApiChatCompletionsResponse | HTTPValidationError | None:
    """Get Async Chat Completion

     Retrieve the response for a given asynchronous chat completion request.

    Args:
        api_request (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AsyncApiChatCompletionsResponse | HTTPValidationError
    """

    return sync_detailed(
        api_request=api_request,
        client=client,
    ).parsed


async def asyncio_detailed(
    api_request: str,
    *,
    client: AuthenticatedClient,
) -> Response[AsyncApiChatCompletionsResponse | HTTPValidationError]:
    """Get Async Chat Completion

     Retrieve the response for a given asynchronous chat completion request.

    Args:
        api_request (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AsyncApiChatCompletionsResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        api_request=api_request,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    api_request: str,
    *,
    client: AuthenticatedClient,
) -> AsyncApiChatCompletionsResponse | HTTPValidationError | None:
    """Get Async Chat Completion

     Retrieve the response for a given asynchronous chat completion request.

    Args:
        api_request (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AsyncApiChatCompletionsResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            api_request=api_request,
            client=client,
        )
    ).parsed
