"""The datatrove step that runs one stage of a build; imported only with --executor."""

from __future__ import annotations

from datatrove.data import DocumentsPipeline
from datatrove.pipeline.base import PipelineStep

from fever_builder.pipeline import Job


class BuildStage(PipelineStep):
    """One stage of a fever-builder build; datatrove's task rank is the shard index."""

    name = "fever-builder"
    type = "BUILD"

    def __init__(self, job: Job, stage: str) -> None:
        super().__init__()
        self.job = job
        self.stage = stage

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> None:
        from fever_builder.executors import run_stage

        with self.track_time(unit="task"):
            run_stage(self.job, self.stage, rank)
        self.stat_update(self.stage)
