from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
from ... import errors
from ...models.api_error import ApiError
from ...models.batch_file import BatchFile
from ...models.file_upload import FileUpload
from ...types import RequestParts, Response


def _get_kwargs(
    *,
    body: FileUpload,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/files",
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def build_request(
    *,
    body: FileUpload,
) -> RequestParts:
    """The request this operation sends (POST /v1/files), unsent.

    Takes the arguments of ``sync()`` without the client; see ``types.RequestParts``.
    """
    return RequestParts._from_kwargs(
        _get_kwargs(
            body=body,
        )
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | BatchFile | None:
    if response.status_code == 200:
        response_200 = BatchFile.from_dict(response.json())

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
) -> Response[ApiError | BatchFile]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: FileUpload,
) -> Response[ApiError | BatchFile]:
    """Upload a file

     Uploads a JSONL batch input file, up to 50,000 lines and 200 MB. Every
    line is validated before the file is stored. Files expire after 30 days;
    `expires_after` is not supported and is rejected with a 400.
    Each line is one request; see `BatchRequestLine` (assumed shape).

    Args:
        body (FileUpload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | BatchFile]
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
    body: FileUpload,
) -> ApiError | BatchFile | None:
    """Upload a file

     Uploads a JSONL batch input file, up to 50,000 lines and 200 MB. Every
    line is validated before the file is stored. Files expire after 30 days;
    `expires_after` is not supported and is rejected with a 400.
    Each line is one request; see `BatchRequestLine` (assumed shape).

    Args:
        body (FileUpload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | BatchFile
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: FileUpload,
) -> Response[ApiError | BatchFile]:
    """Upload a file

     Uploads a JSONL batch input file, up to 50,000 lines and 200 MB. Every
    line is validated before the file is stored. Files expire after 30 days;
    `expires_after` is not supported and is rejected with a 400.
    Each line is one request; see `BatchRequestLine` (assumed shape).

    Args:
        body (FileUpload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | BatchFile]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: FileUpload,
) -> ApiError | BatchFile | None:
    """Upload a file

     Uploads a JSONL batch input file, up to 50,000 lines and 200 MB. Every
    line is validated before the file is stored. Files expire after 30 days;
    `expires_after` is not supported and is rejected with a 400.
    Each line is one request; see `BatchRequestLine` (assumed shape).

    Args:
        body (FileUpload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | BatchFile
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
