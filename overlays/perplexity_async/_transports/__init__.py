"""The shells' I/O, shared by every API: one request sent within its total deadline
(``_deadline``), its body read under the byte cap (``_body``), and the reply turned into a
parsed result or a typed error (``_response``)."""
