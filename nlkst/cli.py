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
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="JSON Lines file; stdout if left out.")] = None,
    model: Annotated[Optional[str], typer.Option(help="A pipeline directory; the packaged default if left out.")] = None,
    n_process: Annotated[int, typer.Option(help="Processes for nlp.pipe.")] = 1,
    batch_size: Annotated[int, typer.Option(help="Documents per batch.")] = 16,
    resume: Annotated[bool, typer.Option(help="Skip ids already in the output file and append.")] = False,
    quiet: Annotated[bool, typer.Option(help="No progress bar.")] = False,
) -> None:
    """Annotate kamerstukken and write one JSON record per document."""
    from .annotate import annotate_paths, done_ids
    from .pipeline import load

    if resume and output is None:
        raise typer.BadParameter("--resume needs an output file (-o)")
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
    folds: Annotated[Optional[int], typer.Option("--folds", help="Choose theme thresholds by K-fold cross-validation "
                                                 "on DATA and --dev together, then train on all of it (the shipped "
                                                 "recipe; default 5 where the documents allow); 0: on --dev.")] = None,
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
    typer.echo(f"Pipeline written to {output}. Scores:")
    typer.echo(format_reports(reports))


@app.command()
def evaluate(
    data: Annotated[list[Path], typer.Argument(help="Labelled paragraphs, JSON Lines.")],
    model: Annotated[Optional[str], typer.Option("--model", help="Pipeline directory; default: the shipped one.")] = None,
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


@app.command()
def suggest(
    corpus: Annotated[list[Path], typer.Argument(help="Unlabelled documents: files (.txt, .html, .xml, .jsonl) or "
                                                 "directories, as `annotate` reads them.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="doccano JSONL to write; Label Studio JSON and its "
                                         "labelling interface are written beside it.")],
    model: Annotated[Optional[str], typer.Option("--model", help="Pipeline whose classifier ranks the paragraphs; "
                                                 "default: the shipped one.")] = None,
    n: Annotated[int, typer.Option("-n", help="Paragraphs to suggest.")] = 50,
    labelled: Annotated[Optional[list[Path]], typer.Option("--labelled", help="Labelled paragraphs (nlkst JSON Lines "
                                                           "or a tool's export) never to suggest again.")] = None,
    quiet: Annotated[bool, typer.Option(help="No progress bar.")] = False,
) -> None:
    """Pick the paragraphs whose theme labels would teach the classifier most, for Label Studio or doccano."""
    from .exports import write_batch
    from .pipeline import load
    from .suggest import suggest as suggest_paragraphs
    from .train import TrainingDataError

    try:
        batch = suggest_paragraphs(load(model), corpus, n, labelled=labelled or [], progress=not quiet)
    except TrainingDataError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(2) from None
    if not batch:
        typer.echo("error: no unlabelled paragraph of at least 80 characters in " + ", ".join(map(str, corpus)),
                   err=True)
        raise typer.Exit(1)
    for tool, path in write_batch(batch, output).items():
        typer.echo(f"{tool}: {path}", err=True)
    typer.echo(f"nlkst: {len(batch)} paragraphs from {len({p['doc_id'] for p in batch})} documents to label; "
               "import settings in docs/themes.md", err=True)
