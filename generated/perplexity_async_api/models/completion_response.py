from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    ParseError,
    Unset,
    at,
    check_list,
    json_type,
    mismatch,
    union_fallback,
)

if TYPE_CHECKING:
    from ..models.api_public_search_result import ApiPublicSearchResult
    from ..models.choice import Choice
    from ..models.image_result import ImageResult
    from ..models.usage_info import UsageInfo

_lazy_pending = True


def _load_lazy_models() -> None:
    """Bind the lazily imported models as module globals (type checkers see the imports above)."""
    global _lazy_pending
    from ..models.api_public_search_result import ApiPublicSearchResult  # noqa: F401
    from ..models.choice import Choice  # noqa: F401
    from ..models.image_result import ImageResult  # noqa: F401
    from ..models.usage_info import UsageInfo  # noqa: F401

    globals().update(locals())  # the only locals are the names those imports bound
    _lazy_pending = False


# The JSON keys this model knows; from_dict() keeps any other key in `additional_properties`.
_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "model",
        "created",
        "choices",
        "usage",
        "object",
        "citations",
        "search_results",
        "images",
        "related_questions",
    )
)


T = TypeVar("T", bound="CompletionResponse")


@_attrs_define
class CompletionResponse:
    """
    Attributes:
        id (str): Unique identifier for the completion
        model (str): Model used for generation
        created (int): Unix timestamp when the completion was created
        choices (list[Choice]): Array of completion choices
        usage (None | Unset | UsageInfo):
        object_ (str | Unset): Object type identifier Default: 'chat.completion'.
        citations (list[str] | None | Unset): URLs of sources used to generate the response
        search_results (list[ApiPublicSearchResult] | None | Unset): Search results used for context in the response
        images (list[ImageResult] | None | Unset): Array of images returned when return_images is true
        related_questions (list[str] | None | Unset): Array of related questions returned when return_related_questions
            is true
    """

    id: str
    model: str
    created: int
    choices: list[Choice]
    usage: None | Unset | UsageInfo = UNSET
    object_: str | Unset = "chat.completion"
    citations: list[str] | None | Unset = UNSET
    search_results: list[ApiPublicSearchResult] | None | Unset = UNSET
    images: list[ImageResult] | None | Unset = UNSET
    related_questions: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _lazy_pending:
            _load_lazy_models()
        id = self.id

        model = self.model

        created = self.created

        choices = []
        for choices_item_data in self.choices:
            choices_item = choices_item_data.to_dict()
            choices.append(choices_item)

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, UsageInfo):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        object_ = self.object_

        citations: list[str] | None | Unset
        if isinstance(self.citations, Unset):
            citations = UNSET
        elif isinstance(self.citations, list):
            citations = self.citations

        else:
            citations = self.citations

        search_results: list[dict[str, Any]] | None | Unset
        if isinstance(self.search_results, Unset):
            search_results = UNSET
        elif isinstance(self.search_results, list):
            search_results = []
            for search_results_type_0_item_data in self.search_results:
                search_results_type_0_item = search_results_type_0_item_data.to_dict()
                search_results.append(search_results_type_0_item)

        else:
            search_results = self.search_results

        images: list[dict[str, Any]] | None | Unset
        if isinstance(self.images, Unset):
            images = UNSET
        elif isinstance(self.images, list):
            images = []
            for images_type_0_item_data in self.images:
                images_type_0_item = images_type_0_item_data.to_dict()
                images.append(images_type_0_item)

        else:
            images = self.images

        related_questions: list[str] | None | Unset
        if isinstance(self.related_questions, Unset):
            related_questions = UNSET
        elif isinstance(self.related_questions, list):
            related_questions = self.related_questions

        else:
            related_questions = self.related_questions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "model": model,
                "created": created,
                "choices": choices,
            }
        )
        if usage is not UNSET:
            field_dict["usage"] = usage
        if object_ is not UNSET:
            field_dict["object"] = object_
        if citations is not UNSET:
            field_dict["citations"] = citations
        if search_results is not UNSET:
            field_dict["search_results"] = search_results
        if images is not UNSET:
            field_dict["images"] = images
        if related_questions is not UNSET:
            field_dict["related_questions"] = related_questions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_pending:
            _load_lazy_models()
        if type(src_dict) is not dict and not isinstance(
            src_dict, Mapping
        ):  # dict: no ABC check
            raise ParseError(f"expected object, got {json_type(src_dict)}")
        try:
            id = src_dict["id"]
            if type(id) is not str and not isinstance(id, str):
                raise mismatch("string", id)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("id", e)

        try:
            model = src_dict["model"]
            if type(model) is not str and not isinstance(model, str):
                raise mismatch("string", model)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("model", e)

        try:
            created = src_dict["created"]
            if type(created) is not int and (
                not isinstance(created, int) or isinstance(created, bool)
            ):
                raise mismatch("integer", created)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("created", e)

        try:
            _choices = src_dict["choices"]
            if not isinstance(_choices, list):
                raise mismatch("array", _choices)
            choices = []
            for index, choices_item_data in enumerate(_choices):
                try:
                    choices_item = Choice.from_dict(choices_item_data)

                except (TypeError, ValueError, AttributeError, KeyError) as e:
                    raise at(index, e)
                choices.append(choices_item)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("choices", e)

        try:
            usage = src_dict.get("usage", UNSET)
            if not (usage is None or usage is UNSET):

                def _parse_usage(data: object) -> None | Unset | UsageInfo:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    errors: list[Exception] = []
                    if isinstance(data, dict):
                        try:
                            usage_type_0 = UsageInfo.from_dict(data)

                            return usage_type_0
                        except (TypeError, ValueError, AttributeError, KeyError) as e:
                            errors.append(e)
                    return cast(
                        None | Unset | UsageInfo,
                        union_fallback(
                            data,
                            (),
                            "None | UsageInfo",
                            errors,
                        ),
                    )

                usage = _parse_usage(usage)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("usage", e)

        try:
            object_ = src_dict.get("object", UNSET)
            if (
                type(object_) is not str and not isinstance(object_, str)
            ) and not isinstance(object_, Unset):
                raise mismatch("string", object_)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("object", e)

        try:
            citations = src_dict.get("citations", UNSET)
            if not (citations is None or citations is UNSET):

                def _parse_citations(data: object) -> list[str] | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    errors: list[Exception] = []
                    if isinstance(data, list):
                        try:
                            citations_type_0 = cast(
                                list[str], check_list(data, (str,), "string")
                            )

                            return citations_type_0
                        except (TypeError, ValueError, AttributeError, KeyError) as e:
                            errors.append(e)
                    return cast(
                        list[str] | None | Unset,
                        union_fallback(
                            data,
                            (),
                            "list[str] | None",
                            errors,
                        ),
                    )

                citations = _parse_citations(citations)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("citations", e)

        try:
            search_results = src_dict.get("search_results", UNSET)
            if not (search_results is None or search_results is UNSET):

                def _parse_search_results(
                    data: object,
                ) -> list[ApiPublicSearchResult] | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    errors: list[Exception] = []
                    if isinstance(data, list):
                        try:
                            _search_results_type_0 = data
                            if not isinstance(_search_results_type_0, list):
                                raise mismatch("array", _search_results_type_0)
                            search_results_type_0 = []
                            for index, search_results_type_0_item_data in enumerate(
                                _search_results_type_0
                            ):
                                try:
                                    search_results_type_0_item = (
                                        ApiPublicSearchResult.from_dict(
                                            search_results_type_0_item_data
                                        )
                                    )

                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ) as e:
                                    raise at(index, e)
                                search_results_type_0.append(search_results_type_0_item)

                            return search_results_type_0
                        except (TypeError, ValueError, AttributeError, KeyError) as e:
                            errors.append(e)
                    return cast(
                        list[ApiPublicSearchResult] | None | Unset,
                        union_fallback(
                            data,
                            (),
                            "list[ApiPublicSearchResult] | None",
                            errors,
                        ),
                    )

                search_results = _parse_search_results(search_results)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("search_results", e)

        try:
            images = src_dict.get("images", UNSET)
            if not (images is None or images is UNSET):

                def _parse_images(data: object) -> list[ImageResult] | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    errors: list[Exception] = []
                    if isinstance(data, list):
                        try:
                            _images_type_0 = data
                            if not isinstance(_images_type_0, list):
                                raise mismatch("array", _images_type_0)
                            images_type_0 = []
                            for index, images_type_0_item_data in enumerate(
                                _images_type_0
                            ):
                                try:
                                    images_type_0_item = ImageResult.from_dict(
                                        images_type_0_item_data
                                    )

                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ) as e:
                                    raise at(index, e)
                                images_type_0.append(images_type_0_item)

                            return images_type_0
                        except (TypeError, ValueError, AttributeError, KeyError) as e:
                            errors.append(e)
                    return cast(
                        list[ImageResult] | None | Unset,
                        union_fallback(
                            data,
                            (),
                            "list[ImageResult] | None",
                            errors,
                        ),
                    )

                images = _parse_images(images)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("images", e)

        try:
            related_questions = src_dict.get("related_questions", UNSET)
            if not (related_questions is None or related_questions is UNSET):

                def _parse_related_questions(data: object) -> list[str] | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    errors: list[Exception] = []
                    if isinstance(data, list):
                        try:
                            related_questions_type_0 = cast(
                                list[str], check_list(data, (str,), "string")
                            )

                            return related_questions_type_0
                        except (TypeError, ValueError, AttributeError, KeyError) as e:
                            errors.append(e)
                    return cast(
                        list[str] | None | Unset,
                        union_fallback(
                            data,
                            (),
                            "list[str] | None",
                            errors,
                        ),
                    )

                related_questions = _parse_related_questions(related_questions)

        except (TypeError, ValueError, AttributeError, KeyError) as e:
            raise at("related_questions", e)

        completion_response = cls(
            id,
            model,
            created,
            choices,
            usage,
            object_,
            citations,
            search_results,
            images,
            related_questions,
        )

        if not _KNOWN_KEYS.issuperset(
            src_dict
        ):  # unknown keys are rare: the check is cheaper than a copy
            completion_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return completion_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
