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
from ...types import UNSET, RequestParts, Response, Unset


def _get_kwargs(
    api_request: str,
    *,
    local_mode: bool | Unset = False,
    x_client_name: str | Unset = UNSET,
    x_client_env: str | Unset = UNSET,
    x_user_id: str | Unset = UNSET,
    x_usage_tier: str | Unset = UNSET,
    x_request_time: str | Unset = UNSET,
    x_created_at_epoch_seconds: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_client_name, Unset):
        headers["x-client-name"] = x_client_name

    if not isinstance(x_client_env, Unset):
        headers["x-client-env"] = x_client_env

    if not isinstance(x_user_id, Unset):
        headers["x-user-id"] = x_user_id

    if not isinstance(x_usage_tier, Unset):
        headers["x-usage-tier"] = x_usage_tier

    if not isinstance(x_request_time, Unset):
        headers["x-request-time"] = x_request_time

    if not isinstance(x_created_at_epoch_seconds, Unset):
        headers["x-created-at-epoch-seconds"] = x_created_at_epoch_seconds

    params: dict[str, Any] = {}

    params["local_mode"] = local_mode

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/async/chat/completions/{api_request}".format(
            api_request=quote(str(api_request), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def build_request(
    api_request: str,
    *,
    local_mode: bool | Unset = False,
    x_client_name: str | Unset = UNSET,
    x_client_env: str | Unset = UNSET,
    x_user_id: str | Unset = UNSET,
    x_usage_tier: str | Unset = UNSET,
    x_request_time: str | Unset = UNSET,
    x_created_at_epoch_seconds: str | Unset = UNSET,
) -> RequestParts:
    """The request this operation sends (GET /async/chat/completions/{api_request}), unsent.

    Takes the arguments of ``sync()`` without the client; see ``types.RequestParts``.
    """
    return RequestParts._from_kwargs(
        _get_kwargs(
            api_request=api_request,
            local_mode=local_mode,
            x_client_name=x_client_name,
            x_client_env=x_client_env,
            x_user_id=x_user_id,
            x_usage_tier=x_usage_tier,
            x_request_time=x_request_time,
            x_created_at_epoch_seconds=x_created_at_epoch_seconds,
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
    local_mode: bool | Unset = False,
    x_client_name: str | Unset = UNSET,
    x_client_env: str | Unset = UNSET,
    x_user_id: str | Unset = UNSET,
    x_usage_tier: str | Unset = UNSET,
    x_request_time: str | Unset = UNSET,
    x_created_at_epoch_seconds: str | Unset = UNSET,
) -> Response[AsyncApiChatCompletionsResponse | HTTPValidationError]:
    """Get Async Chat Completion

     Retrieve the response for a given asynchronous chat completion request.

    Args:
        api_request (str):
        local_mode (bool | Unset):  Default: False.
        x_client_name (str | Unset):
        x_client_env (str | Unset):
        x_user_id (str | Unset):
        x_usage_tier (str | Unset):
        x_request_time (str | Unset):
        x_created_at_epoch_seconds (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AsyncApiChatCompletionsResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        api_request=api_request,
        local_mode=local_mode,
        x_client_name=x_client_name,
        x_client_env=x_client_env,
        x_user_id=x_user_id,
        x_usage_tier=x_usage_tier,
        x_request_time=x_request_time,
        x_created_at_epoch_seconds=x_created_at_epoch_seconds,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    api_request: str,
    *,
    client: AuthenticatedClient,
    local_mode: bool | Unset = False,
    x_client_name: str | Unset = UNSET,
    x_client_env: str | Unset = UNSET,
    x_user_id: str | Unset = UNSET,
    x_usage_tier: str | Unset = UNSET,
    x_request_time: str | Unset = UNSET,
    x_created_at_epoch_seconds: str | Unset = UNSET,
) -> AsyncApiChatCompletionsResponse | HTTPValidationError | None:
    """Get Async Chat Completion

     Retrieve the response for a given asynchronous chat completion request.

    Args:
        api_request (str):
        local_mode (bool | Unset):  Default: False.
        x_client_name (str | Unset):
        x_client_env (str | Unset):
        x_user_id (str | Unset):
        x_usage_tier (str | Unset):
        x_request_time (str | Unset):
        x_created_at_epoch_seconds (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AsyncApiChatCompletionsResponse | HTTPValidationError
    """

    return sync_detailed(
        api_request=api_request,
        client=client,
        local_mode=local_mode,
        x_client_name=x_client_name,
        x_client_env=x_client_env,
        x_user_id=x_user_id,
        x_usage_tier=x_usage_tier,
        x_request_time=x_request_time,
        x_created_at_epoch_seconds=x_created_at_epoch_seconds,
    ).parsed


async def asyncio_detailed(
    api_request: str,
    *,
    client: AuthenticatedClient,
    local_mode: bool | Unset = False,
    x_client_name: str | Unset = UNSET,
    x_client_env: str | Unset = UNSET,
    x_user_id: str | Unset = UNSET,
    x_usage_tier: str | Unset = UNSET,
    x_request_time: str | Unset = UNSET,
    x_created_at_epoch_seconds: str | Unset = UNSET,
) -> Response[AsyncApiChatCompletionsResponse | HTTPValidationError]:
    """Get Async Chat Completion

     Retrieve the response for a given asynchronous chat completion request.

    Args:
        api_request (str):
        local_mode (bool | Unset):  Default: False.
        x_client_name (str | Unset):
        x_client_env (str | Unset):
        x_user_id (str | Unset):
        x_usage_tier (str | Unset):
        x_request_time (str | Unset):
        x_created_at_epoch_seconds (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AsyncApiChatCompletionsResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        api_request=api_request,
        local_mode=local_mode,
        x_client_name=x_client_name,
        x_client_env=x_client_env,
        x_user_id=x_user_id,
        x_usage_tier=x_usage_tier,
        x_request_time=x_request_time,
        x_created_at_epoch_seconds=x_created_at_epoch_seconds,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    api_request: str,
    *,
    client: AuthenticatedClient,
    local_mode: bool | Unset = False,
    x_client_name: str | Unset = UNSET,
    x_client_env: str | Unset = UNSET,
    x_user_id: str | Unset = UNSET,
    x_usage_tier: str | Unset = UNSET,
    x_request_time: str | Unset = UNSET,
    x_created_at_epoch_seconds: str | Unset = UNSET,
) -> AsyncApiChatCompletionsResponse | HTTPValidationError | None:
    """Get Async Chat Completion

     Retrieve the response for a given asynchronous chat completion request.

    Args:
        api_request (str):
        local_mode (bool | Unset):  Default: False.
        x_client_name (str | Unset):
        x_client_env (str | Unset):
        x_user_id (str | Unset):
        x_usage_tier (str | Unset):
        x_request_time (str | Unset):
        x_created_at_epoch_seconds (str | Unset):

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
            local_mode=local_mode,
            x_client_name=x_client_name,
            x_client_env=x_client_env,
            x_user_id=x_user_id,
            x_usage_tier=x_usage_tier,
            x_request_time=x_request_time,
            x_created_at_epoch_seconds=x_created_at_epoch_seconds,
        )
    ).parsed
