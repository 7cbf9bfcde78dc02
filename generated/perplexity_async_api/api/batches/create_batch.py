from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
from ... import errors
from ...models.api_error import ApiError
from ...models.batch import Batch
from ...models.create_batch_request import CreateBatchRequest
from ...types import UNSET, RequestParts, Response, Unset


def _get_kwargs(
    *,
    body: CreateBatchRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/batches",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def build_request(
    *,
    body: CreateBatchRequest,
    idempotency_key: str | Unset = UNSET,
) -> RequestParts:
    """The request this operation sends (POST /v1/batches), unsent.

    Takes the arguments of ``sync()`` without the client; see ``types.RequestParts``.
    """
    return RequestParts._from_kwargs(
        _get_kwargs(
            body=body,
            idempotency_key=idempotency_key,
        )
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | Batch | None:
    if response.status_code == 200:
        response_200 = Batch.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | Batch]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateBatchRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[ApiError | Batch]:
    """Create a batch

     Creates a batch from an uploaded input file. The batch starts in
    `validating`. Send an `Idempotency-Key` header to make retries safe: a
    repeat with the same key returns the original batch.
    `output_expires_after` is not supported and is rejected with a 400;
    output and error files are kept 30 days.

    Args:
        idempotency_key (str | Unset):
        body (CreateBatchRequest): Body of createBatch. `output_expires_after` is not supported
            and is rejected with a 400.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Batch]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateBatchRequest,
    idempotency_key: str | Unset = UNSET,
) -> ApiError | Batch | None:
    """Create a batch

     Creates a batch from an uploaded input file. The batch starts in
    `validating`. Send an `Idempotency-Key` header to make retries safe: a
    repeat with the same key returns the original batch.
    `output_expires_after` is not supported and is rejected with a 400;
    output and error files are kept 30 days.

    Args:
        idempotency_key (str | Unset):
        body (CreateBatchRequest): Body of createBatch. `output_expires_after` is not supported
            and is rejected with a 400.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Batch
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateBatchRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[ApiError | Batch]:
    """Create a batch

     Creates a batch from an uploaded input file. The batch starts in
    `validating`. Send an `Idempotency-Key` header to make retries safe: a
    repeat with the same key returns the original batch.
    `output_expires_after` is not supported and is rejected with a 400;
    output and error files are kept 30 days.

    Args:
        idempotency_key (str | Unset):
        body (CreateBatchRequest): Body of createBatch. `output_expires_after` is not supported
            and is rejected with a 400.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Batch]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateBatchRequest,
    idempotency_key: str | Unset = UNSET,
) -> ApiError | Batch | None:
    """Create a batch

     Creates a batch from an uploaded input file. The batch starts in
    `validating`. Send an `Idempotency-Key` header to make retries safe: a
    repeat with the same key returns the original batch.
    `output_expires_after` is not supported and is rejected with a 400;
    output and error files are kept 30 days.

    Args:
        idempotency_key (str | Unset):
        body (CreateBatchRequest): Body of createBatch. `output_expires_after` is not supported
            and is rejected with a 400.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Batch
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
