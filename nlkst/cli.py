"""The ``nlkst`` command: a thin typer layer over the library."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn, Optional

import typer

if TYPE_CHECKING:
    from spacy.language import Language

    from .annotate import AnnotationSummary

app = typer.Typer(help="Read Dutch parliamentary documents (kamerstukken) with spaCy.", no_args_is_help=True)


def fail(message: str) -> NoReturn:
    """A user error: one line on stderr that says what was wrong and what to do, and exit code 2."""
    typer.echo(f"nlkst: {message}", err=True)
    raise typer.Exit(2)


def _check_model(model: Optional[str]) -> None:
    from .pipeline import PipelineNotFoundError, resolve

    try:
        resolve(model)
    except PipelineNotFoundError as error:
        fail(f"--model {error}")


def _loaded(model: Optional[str], *, quiet: bool = False) -> Language:
    """The pipeline, saying so first: loading takes seconds in which nothing else is printed."""
    from .pipeline import PIPELINE_NAME, load

    if not quiet:
        typer.echo(f"nlkst: loading the pipeline {model or PIPELINE_NAME} ...", err=True)
    return load(model)


FALLBACK_HELP = ("Give a paragraph that reaches no theme threshold the rarer theme (not digitalisering) whose score "
                 "is nearest its threshold, where the score reaches this share of it (0 < R <= 1; off if left out; "
                 "docs/themes.md).")


def _check_fallback_ratio(ratio: Optional[float]) -> None:
    if ratio is not None and not 0.0 < ratio <= 1.0:
        fail(f"--fallback-ratio {ratio}: give a share of the threshold above 0 and at most 1, e.g. 0.5")


def _set_fallback_ratio(nlp: Language, ratio: Optional[float]) -> None:
    """The theme component's fallback ratio, where one is given; the pipeline's own otherwise."""
    from .train import THEME_COMPONENT

    if ratio is None:
        return
    if THEME_COMPONENT not in nlp.pipe_names:
        fail(f"--fallback-ratio: the pipeline has no {THEME_COMPONENT} component to apply it to")
    nlp.get_pipe(THEME_COMPONENT).fallback_ratio = ratio


def _check_output(output: Path) -> None:
    """Create the output's directory, as a user who names ``out/seeds.jsonl`` expects; refuse what cannot be a file."""
    if output.is_dir():
        fail(f"-o {output} is a directory: give a file name, e.g. -o {output / 'annotated.jsonl'}")
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        fail(f"-o {output}: a file stands where its directory {output.parent} would go; choose another place")
    except OSError as error:
        fail(f"-o {output}: cannot create its directory {output.parent} ({error.strerror})")


@app.command()
def annotate(
    paths: Annotated[list[Path], typer.Argument(help="Files (.txt, .html, .xml, .jsonl with {\"id\", \"text\"} and "
                                                "optionally an ISO \"date\" and other metadata) or directories.")],
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="JSON Lines file (its directory is "
                                                   "created); stdout if left out.")] = None,
    model: Annotated[Optional[str], typer.Option(help="A pipeline directory; the packaged default if left out.")
                     ] = None,
    n_process: Annotated[int, typer.Option(help="Processes for nlp.pipe.")] = 1,
    batch_size: Annotated[int, typer.Option(help="Documents per batch.")] = 16,
    resume: Annotated[bool, typer.Option(help="Skip ids already in the output file and append; a last line "
                                         "that a killed run left half written is redone.")] = False,
    quiet: Annotated[bool, typer.Option(help="No progress bar and no loading message.")] = False,
    include_text: Annotated[bool, typer.Option(help="Put each document's text in its record, for `nlkst report`.")
                            ] = False,
    dask_scheduler: Annotated[Optional[str], typer.Option(help="Annotate on this Dask cluster (tcp://HOST:8786); "
                                                          "-o is then a directory of part-NNNNN.jsonl files.")] = None,
    fallback_ratio: Annotated[Optional[float], typer.Option("--fallback-ratio", help=FALLBACK_HELP)] = None,
) -> None:
    """Annotate kamerstukken and write one JSON record per document."""
    from .annotate import OutputFileError, annotate_paths, resume_output
    from .io import READABLE_KINDS, count_documents, passed_over
    from .memory import keep_freed_memory

    # Everything a user can get wrong is said before the pipeline takes its seconds to load.
    missing = [path for path in paths if not path.exists()]
    if missing:
        fail(f"{missing[0]}: no such file or directory; give files ({READABLE_KINDS}) or directories to annotate")
    if resume and output is None:
        fail("--resume needs the output file to add to: give it with -o")
    _check_fallback_ratio(fallback_ratio)
    if dask_scheduler:
        if fallback_ratio is not None:
            fail("--fallback-ratio is not passed to Dask workers: save a pipeline with it (its kst_themes/"
                 "fallback.json) and give that with --model")
        from .distributed import annotate_on_dask

        if output is None:
            fail("--dask-scheduler writes a directory of part files: give it with -o")
        _check_model(model)
        summary = annotate_on_dask(paths, output, scheduler=dask_scheduler, model=model, resume=resume,
                                   progress=not quiet)
        _report_annotation(summary)
        return
    if output is not None:
        _check_output(output)
    leave_out = [output] if output is not None else []
    if count_documents(paths, leave_out=leave_out) == 0:
        # Nothing to do is a mistake here (a wrong or still empty directory), not a success to pass silently.
        others = passed_over(paths)
        holds = f"only files of other kinds ({', '.join(p.name for p in others[:3])})" if others else "no files"
        fail(f"no documents to annotate: {', '.join(map(str, paths))} holds {holds}; nlkst reads {READABLE_KINDS}")
    _check_model(model)
    skip: set[str] = set()
    if resume and output is not None:
        try:
            skip, cut = resume_output(output)
        except OutputFileError as error:
            fail(str(error))
        if cut:
            typer.echo(f"nlkst: dropped a half-written last line of {output} ({cut} bytes), left by a run that "
                       "was stopped; its document is annotated again", err=True)
    keep_freed_memory()  # a process that only annotates: reuse freed memory rather than fault it in again
    nlp = _loaded(model, quiet=quiet)
    _set_fallback_ratio(nlp, fallback_ratio)
    handle = output.open("a" if resume else "w", encoding="utf-8") if output else sys.stdout
    try:
        summary = annotate_paths(
            nlp, paths, handle, n_process=n_process, batch_size=batch_size, skip_ids=skip, progress=not quiet,
            include_text=include_text,
        )
    finally:
        if output:
            handle.close()
    _report_annotation(summary)


def _report_annotation(summary: AnnotationSummary) -> None:
    """The closing lines of ``annotate``: counts and the files passed over; exit code 1 if any document failed."""
    from .io import READABLE_KINDS

    typer.echo(
        f"nlkst: {summary.written} annotated, {summary.failed} failed, {summary.skipped} skipped (already done)",
        err=True,
    )
    if summary.passed_over:
        shown = ", ".join(str(path) for path in summary.passed_over[:5])
        more = f" and {len(summary.passed_over) - 5} more" if len(summary.passed_over) > 5 else ""
        typer.echo(f"nlkst: passed over {_count(len(summary.passed_over), 'file')} of kinds nlkst does not read "
                   f"(it reads {READABLE_KINDS}): {shown}{more}", err=True)
    if summary.failed:
        raise typer.Exit(code=1)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


@app.command()
def summarize(
    path: Annotated[Path, typer.Argument(help="JSON Lines written by `nlkst annotate`.")],
) -> None:
    """Print a readable summary of annotated documents."""
    from .summary import NotAnnotationOutput, summarize_lines

    if not path.is_file():
        fail(f"{path}: no such file; give the JSON Lines file that `nlkst annotate -o FILE` wrote")
    with path.open(encoding="utf-8", errors="replace") as handle:
        try:
            summary = summarize_lines(handle)
        except NotAnnotationOutput as error:
            fail(f"{path}:{error}; summarize reads what `nlkst annotate -o FILE` wrote (to annotate this file, "
                 f"run `nlkst annotate {path}`)")
    typer.echo(summary)


@app.command()
def train(
    data: Annotated[list[Path], typer.Argument(help="Labelled paragraphs, JSON Lines: {\"text\", \"labels\"}.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Pipeline directory to write.")],
    dev: Annotated[Optional[list[Path]], typer.Option("--dev", help="Dev data for thresholds and the report; "
                                                      "default: 15% of DATA held out.")] = None,
    config: Annotated[Optional[Path], typer.Option("--config", help="Theme classifier config; default: the one nlkst "
                                                   "ships (nlkst/configs/).")] = None,
    entity_config: Annotated[Optional[Path], typer.Option("--entity-config",
                                                          help="Entity recogniser config; default: "
                                                          "nlkst/configs/ner_cpu.cfg.")] = None,
    base: Annotated[Optional[str], typer.Option("--base", help="Pipeline to add the classifier to.")] = None,
    gpu_id: Annotated[int, typer.Option("--gpu-id", help="GPU to train on; -1 for the CPU.")] = -1,
    folds: Annotated[Optional[int], typer.Option("--folds", help="Choose theme thresholds by K-fold cross-validation "
                                                 "on DATA and --dev together, then train on all of it (the shipped "
                                                 "recipe; default 5 where the documents allow); 0: on --dev.")] = None,
) -> None:
    """Train the theme classifier (lines with labels) and the entity recogniser (lines with entities)."""
    from .metrics import format_reports
    from .train import DEFAULT_CONFIG, DEFAULT_ENTITY_CONFIG, TrainingDataError
    from .train import train as train_pipeline

    if base is not None:
        from .pipeline import PipelineNotFoundError, resolve

        try:
            resolve(base)
        except PipelineNotFoundError as error:
            fail(f"--base {error}")
    try:
        reports = train_pipeline(data, output, dev_paths=dev, config=config or DEFAULT_CONFIG,
                                 entity_config=entity_config or DEFAULT_ENTITY_CONFIG, base=base, gpu_id=gpu_id,
                                 folds=folds)
    except TrainingDataError as error:
        fail(str(error))
    typer.echo(f"Pipeline written to {output}. Scores:")
    typer.echo(format_reports(reports))


@app.command()
def evaluate(
    data: Annotated[list[Path], typer.Argument(help="Labelled paragraphs, JSON Lines.")],
    model: Annotated[Optional[str], typer.Option("--model", help="Pipeline directory; default: the shipped one.")
                     ] = None,
    fallback_ratio: Annotated[Optional[float], typer.Option("--fallback-ratio", help=FALLBACK_HELP)] = None,
) -> None:
    """Per-label precision, recall and F1, and the macro average, for themes and for entities."""
    from .metrics import format_reports
    from .train import TrainingDataError, read_labelled
    from .train import evaluate as evaluate_pipeline

    try:
        paragraphs = read_labelled(data)
    except TrainingDataError as error:
        fail(str(error))
    _check_fallback_ratio(fallback_ratio)
    _check_model(model)
    nlp = _loaded(model)
    _set_fallback_ratio(nlp, fallback_ratio)
    typer.echo(format_reports(evaluate_pipeline(nlp, paragraphs)))


@app.command()
def version() -> None:
    """Print the nlkst version."""
    from . import __version__

    typer.echo(__version__)


@app.command()
def report(
    paths: Annotated[list[Path], typer.Argument(help="JSON Lines written by `nlkst annotate` (--include-text shows "
                                                "the text too).")],
    output: Annotated[Path, typer.Option("-o", "--output", help="HTML file to write.")] = Path("report.html"),
    title: Annotated[Optional[str], typer.Option(help="The page's title.")] = None,
) -> None:
    """Write one self-contained HTML page: themes, entities and references over time, and each document."""
    from .report import ReportInputError
    from .report import report as write_report

    try:
        summary = write_report(paths, output, title=title, progress=True)
    except (ReportInputError, RuntimeError) as error:
        fail(str(error))
    typer.echo(f"nlkst: {output} written ({summary.documents} documents, {summary.undated} without a date, "
               f"{summary.errors} error records left out; {summary.bytes / 1e6:.1f} MB)", err=True)


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
        fail(str(error))
    if not batch:
        fail("no unlabelled paragraph of at least 80 characters in " + ", ".join(map(str, corpus)))
    for tool, path in write_batch(batch, output).items():
        typer.echo(f"{tool}: {path}", err=True)
    typer.echo(f"nlkst: {len(batch)} paragraphs from {len({p['doc_id'] for p in batch})} documents to label; "
               "import settings in docs/themes.md", err=True)
