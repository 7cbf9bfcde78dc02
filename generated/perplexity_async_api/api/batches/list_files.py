from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
from ... import errors
from ...models.file_object_list import FileObjectList
from ...models.file_purpose import FilePurpose
from ...models.list_files_order import ListFilesOrder
from ...types import UNSET, RequestParts, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 20,
    after: str | Unset = UNSET,
    order: ListFilesOrder | Unset = ListFilesOrder.DESC,
    purpose: FilePurpose | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["after"] = after

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    json_purpose: str | Unset = UNSET
    if not isinstance(purpose, Unset):
        json_purpose = purpose.value

    params["purpose"] = json_purpose

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/files",
        "params": params,
    }

    return _kwargs


def build_request(
    *,
    limit: int | Unset = 20,
    after: str | Unset = UNSET,
    order: ListFilesOrder | Unset = ListFilesOrder.DESC,
    purpose: FilePurpose | Unset = UNSET,
) -> RequestParts:
    """The request this operation sends (GET /v1/files), unsent.

    Takes the arguments of ``sync()`` without the client; see ``types.RequestParts``.
    """
    return RequestParts._from_kwargs(
        _get_kwargs(
            limit=limit,
            after=after,
            order=order,
            purpose=purpose,
        )
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FileObjectList | None:
    if response.status_code == 200:
        response_200 = FileObjectList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FileObjectList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    after: str | Unset = UNSET,
    order: ListFilesOrder | Unset = ListFilesOrder.DESC,
    purpose: FilePurpose | Unset = UNSET,
) -> Response[FileObjectList]:
    """List files

     Lists your organization's files, both uploads and the output and error
    files batches write. Deleted and expired files are not listed.

    Args:
        limit (int | Unset):  Default: 20.
        after (str | Unset):
        order (ListFilesOrder | Unset):  Default: ListFilesOrder.DESC.
        purpose (FilePurpose | Unset): `batch` for uploads, `batch_output` for the output and
            error files batches write.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FileObjectList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        after=after,
        order=order,
        purpose=purpose,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    after: str | Unset = UNSET,
    order: ListFilesOrder | Unset = ListFilesOrder.DESC,
    purpose: FilePurpose | Unset = UNSET,
) -> FileObjectList | None:
    """List files

     Lists your organization's files, both uploads and the output and error
    files batches write. Deleted and expired files are not listed.

    Args:
        limit (int | Unset):  Default: 20.
        after (str | Unset):
        order (ListFilesOrder | Unset):  Default: ListFilesOrder.DESC.
        purpose (FilePurpose | Unset): `batch` for uploads, `batch_output` for the output and
            error files batches write.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FileObjectList
    """

    return sync_detailed(
        client=client,
        limit=limit,
        after=after,
        order=order,
        purpose=purpose,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    after: str | Unset = UNSET,
    order: ListFilesOrder | Unset = ListFilesOrder.DESC,
    purpose: FilePurpose | Unset = UNSET,
) -> Response[FileObjectList]:
    """List files

     Lists your organization's files, both uploads and the output and error
    files batches write. Deleted and expired files are not listed.

    Args:
        limit (int | Unset):  Default: 20.
        after (str | Unset):
        order (ListFilesOrder | Unset):  Default: ListFilesOrder.DESC.
        purpose (FilePurpose | Unset): `batch` for uploads, `batch_output` for the output and
            error files batches write.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FileObjectList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        after=after,
        order=order,
        purpose=purpose,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    after: str | Unset = UNSET,
    order: ListFilesOrder | Unset = ListFilesOrder.DESC,
    purpose: FilePurpose | Unset = UNSET,
) -> FileObjectList | None:
    """List files

     Lists your organization's files, both uploads and the output and error
    files batches write. Deleted and expired files are not listed.

    Args:
        limit (int | Unset):  Default: 20.
        after (str | Unset):
        order (ListFilesOrder | Unset):  Default: ListFilesOrder.DESC.
        purpose (FilePurpose | Unset): `batch` for uploads, `batch_output` for the output and
            error files batches write.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FileObjectList
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            after=after,
            order=order,
            purpose=purpose,
        )
    ).parsed
