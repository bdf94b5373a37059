"""The ``nlkst`` command: a thin typer layer over the library."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

app = typer.Typer(help="Read Dutch parliamentary documents (kamerstukken) with spaCy.", no_args_is_help=True)


@app.command()
def annotate(
    paths: Annotated[list[Path], typer.Argument(help="Files (.txt, .html, .xml, .jsonl) or directories.")],
    output: Annotated[Optional[Path], typer.Option("-o", "--output",
                                                   help="JSON Lines file; stdout if left out.")] = None,
    model: Annotated[Optional[str], typer.Option(help="A pipeline directory; the packaged default if left out.")
                     ] = None,
    n_process: Annotated[int, typer.Option(help="Processes for nlp.pipe.")] = 1,
    batch_size: Annotated[int, typer.Option(help="Documents per batch.")] = 16,
    resume: Annotated[bool, typer.Option(help="Skip ids already in the output file and append.")] = False,
    quiet: Annotated[bool, typer.Option(help="No progress bar.")] = False,
    dask_scheduler: Annotated[Optional[str], typer.Option(help="Annotate on this Dask cluster (tcp://HOST:8786); "
                                                          "-o is then a directory of part-NNNNN.jsonl files.")] = None,
) -> None:
    """Annotate kamerstukken and write one JSON record per document."""
    from .annotate import annotate_paths, done_ids
    from .pipeline import load

    if resume and output is None:
        raise typer.BadParameter("--resume needs an output file (-o)")
    if dask_scheduler:
        from .distributed import annotate_on_dask

        if output is None:
            raise typer.BadParameter("--dask-scheduler needs an output directory (-o)")
        summary = annotate_on_dask(paths, output, scheduler=dask_scheduler, model=model, resume=resume,
                                   progress=not quiet)
    else:
        nlp = load(model)
        skip = done_ids(output) if resume and output else set()
        handle = output.open("a" if resume else "w", encoding="utf-8") if output else sys.stdout
        try:
            summary = annotate_paths(
                nlp, paths, handle, n_process=n_process, batch_size=batch_size, skip_ids=skip, progress=not quiet
            )
        finally:
            if output:
                handle.close()
    typer.echo(
        f"nlkst: {summary.written} annotated, {summary.failed} failed, {summary.skipped} skipped (already done)",
        err=True,
    )
    if summary.passed_over:
        from .io import READABLE_KINDS

        shown = ", ".join(str(path) for path in summary.passed_over[:5])
        more = f" and {len(summary.passed_over) - 5} more" if len(summary.passed_over) > 5 else ""
        typer.echo(f"nlkst: passed over {len(summary.passed_over)} files of kinds nlkst does not read "
                   f"(it reads {READABLE_KINDS}): {shown}{more}", err=True)
    if summary.failed:
        raise typer.Exit(code=1)


@app.command()
def summarize(
    path: Annotated[Path, typer.Argument(help="JSON Lines written by `nlkst annotate`.")],
) -> None:
    """Print a readable summary of annotated documents."""
    from .summary import summarize_lines

    with path.open(encoding="utf-8") as handle:
        typer.echo(summarize_lines(handle))


@app.command()
def train(
    data: Annotated[list[Path], typer.Argument(help="Labelled paragraphs, JSON Lines: {\"text\", \"labels\"}.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Pipeline directory to write.")],
    dev: Annotated[Optional[list[Path]], typer.Option("--dev", help="Dev data for thresholds and the report; "
                                                      "default: 15% of DATA held out.")] = None,
    config: Annotated[Optional[Path], typer.Option("--config", help="Theme classifier config (configs/).")] = None,
    entity_config: Annotated[Optional[Path], typer.Option("--entity-config",
                                                          help="Entity recogniser config (configs/).")] = None,
    base: Annotated[Optional[str], typer.Option("--base", help="Pipeline to add the classifier to.")] = None,
    gpu_id: Annotated[int, typer.Option("--gpu-id", help="GPU to train on; -1 for the CPU.")] = -1,
    folds: Annotated[int, typer.Option("--folds", help="Choose theme thresholds by K-fold cross-validation on "
                                       "DATA and --dev together, then train on all of it; 0: on --dev.")] = 0,
) -> None:
    """Train the theme classifier (lines with labels) and the entity recogniser (lines with entities)."""
    from .train import DEFAULT_CONFIG, DEFAULT_ENTITY_CONFIG, TrainingDataError, format_reports
    from .train import train as train_pipeline

    try:
        reports = train_pipeline(data, output, dev_paths=dev, config=config or DEFAULT_CONFIG,
                                 entity_config=entity_config or DEFAULT_ENTITY_CONFIG, base=base, gpu_id=gpu_id,
                                 folds=folds)
    except TrainingDataError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(2) from None
    typer.echo(f"Pipeline written to {output}. Dev scores" + (" (themes: out-of-fold)" if folds else "") + ":")
    typer.echo(format_reports(reports))


@app.command()
def evaluate(
    data: Annotated[list[Path], typer.Argument(help="Labelled paragraphs, JSON Lines.")],
    model: Annotated[Optional[str], typer.Option("--model", help="Pipeline directory; default: the shipped one.")
                     ] = None,
) -> None:
    """Per-label precision, recall and F1, and the macro average, for themes and for entities."""
    from .pipeline import load
    from .train import TrainingDataError, format_reports, read_labelled
    from .train import evaluate as evaluate_pipeline

    try:
        paragraphs = read_labelled(data)
    except TrainingDataError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(2) from None
    typer.echo(format_reports(evaluate_pipeline(load(model), paragraphs)))


@app.command()
def version() -> None:
    """Print the nlkst version."""
    from . import __version__

    typer.echo(__version__)
