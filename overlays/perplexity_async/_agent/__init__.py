"""What belongs to the Agent API's background runs alone: their create request and options
(``_options``), the resource the clients expose as ``client.agent`` (``_resource``) and how a
run's body reads as a ``Job`` (``_job``)."""
