"""The `quotes` command line: thin wrappers over the package's modules."""

from __future__ import annotations

import json
import sys

import click

from . import __version__


@click.group()
@click.version_option(__version__, prog_name="quotes")
def cli():
    """Find quoted speech and its speakers in news articles, store and publish them."""


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True))
def extract(paths):
    """Extract quotations from articles and print them as JSON Lines."""
    from .extract import extract_quotes
    from .reader import read_articles

    out = sys.stdout
    for article in read_articles(paths or ("-",)):
        for quote in extract_quotes(article):
            out.write(json.dumps(quote.to_dict(), ensure_ascii=False) + "\n")


@cli.command()
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--misses", is_flag=True, help="List the quotes missed or misattributed.")
def evaluate(gold, misses):
    """Score the parser against gold sets and print precision, recall and speaker accuracy."""
    from .evaluate import evaluate_files, print_report

    print_report(evaluate_files(gold), show_misses=misses)
