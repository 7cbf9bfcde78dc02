from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
from ... import errors
from ...models.api_error import ApiError
from ...models.response_cancel_response import ResponseCancelResponse
from ...types import RequestParts, Response


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/agent/{id}/cancel".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def build_request(
    id: str,
) -> RequestParts:
    """The request this operation sends (POST /v1/agent/{id}/cancel), unsent.

    Takes the arguments of ``sync()`` without the client; see ``types.RequestParts``.
    """
    return RequestParts._from_kwargs(
        _get_kwargs(
            id=id,
        )
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | ResponseCancelResponse | None:
    if response.status_code == 200:
        response_200 = ResponseCancelResponse.from_dict(response.json())

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
) -> Response[ApiError | ResponseCancelResponse]:
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
) -> Response[ApiError | ResponseCancelResponse]:
    """Cancel Agent Response

     Requests cancellation of response `{id}`. Acts on durable state, so it works for background runs
    that outlive the client connection. Cancellation is asynchronous: a `200` acknowledges the request
    (`status: cancelling`) and the run stops shortly after - poll `GET /v1/agent/{id}` for its terminal
    status. Cancelling a run that is already terminal returns `400`. Ownership is enforced server side;
    a cross-tenant or unknown id surfaces as `404`.

    Equivalent endpoint: `POST /v1/responses/{response_id}/cancel` (Node SDK method `responses.cancel`).

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ResponseCancelResponse]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
) -> ApiError | ResponseCancelResponse | None:
    """Cancel Agent Response

     Requests cancellation of response `{id}`. Acts on durable state, so it works for background runs
    that outlive the client connection. Cancellation is asynchronous: a `200` acknowledges the request
    (`status: cancelling`) and the run stops shortly after - poll `GET /v1/agent/{id}` for its terminal
    status. Cancelling a run that is already terminal returns `400`. Ownership is enforced server side;
    a cross-tenant or unknown id surfaces as `404`.

    Equivalent endpoint: `POST /v1/responses/{response_id}/cancel` (Node SDK method `responses.cancel`).

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ResponseCancelResponse
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ApiError | ResponseCancelResponse]:
    """Cancel Agent Response

     Requests cancellation of response `{id}`. Acts on durable state, so it works for background runs
    that outlive the client connection. Cancellation is asynchronous: a `200` acknowledges the request
    (`status: cancelling`) and the run stops shortly after - poll `GET /v1/agent/{id}` for its terminal
    status. Cancelling a run that is already terminal returns `400`. Ownership is enforced server side;
    a cross-tenant or unknown id surfaces as `404`.

    Equivalent endpoint: `POST /v1/responses/{response_id}/cancel` (Node SDK method `responses.cancel`).

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ResponseCancelResponse]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
) -> ApiError | ResponseCancelResponse | None:
    """Cancel Agent Response

     Requests cancellation of response `{id}`. Acts on durable state, so it works for background runs
    that outlive the client connection. Cancellation is asynchronous: a `200` acknowledges the request
    (`status: cancelling`) and the run stops shortly after - poll `GET /v1/agent/{id}` for its terminal
    status. Cancelling a run that is already terminal returns `400`. Ownership is enforced server side;
    a cross-tenant or unknown id surfaces as `404`.

    Equivalent endpoint: `POST /v1/responses/{response_id}/cancel` (Node SDK method `responses.cancel`).

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ResponseCancelResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
