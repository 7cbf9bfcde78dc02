"""What belongs to the Agent API's background runs alone: their create request and options
(``_options``), their requests (``_requests``) and how a run's body reads as a ``Job``
(``_job``)."""
