"""What belongs to the Sonar async API alone: its create request and options (``_options``),
the resource the clients expose as ``client.sonar`` (``_resource``) and how a job's body reads
as a ``Job`` (``_job``)."""
