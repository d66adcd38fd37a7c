"""The `factcheck` command.

    factcheck [OPTIONS] PATH...     check articles (files, directories, - for stdin)
    factcheck rules                 list the rules
    factcheck rule ID               print one rule's documentation

Exit status: 0 nothing at the failing level, 1 findings at the failing level (default:
error), 2 usage error or an input that could not be checked (missing, binary, not UTF-8...).
"""

from __future__ import annotations

import sys
from enum import Enum
from typing import List, Optional

import typer

from checker import __version__

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class Format(str, Enum):
    full = "full"
    text = "text"
    json = "json"


def _version(value: bool) -> None:
    if value:
        print(f"factcheck {__version__}")
        raise typer.Exit(EXIT_CLEAN)


def check_command(
    paths: List[str] = typer.Argument(..., help="Article files, directories, or - for stdin."),
    format: Format = typer.Option(Format.full, "--format", "-f", help="Output format."),
    output: Optional[str] = typer.Option(None, "--output", "-o", help="Write the report here."),
    color: Optional[bool] = typer.Option(None, "--color/--no-color", help="Colour output."),
    stdin_filename: Optional[str] = typer.Option(None, help="Name to report for stdin input."),
    max_bytes: int = typer.Option(20 * 1024 * 1024, help="Largest file checked, in bytes."),
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Print the version and exit."),
) -> None:
    """Check news articles for internal discrepancies between figures and facts."""
    from checker.engine import check_text
    from checker.read import InputError, decode, expand_paths, read_source

    files, errors = expand_paths(paths)
    for e in errors:
        _stderr(f"factcheck: {e}")
    results = []
    for path in files:
        try:
            if path == "-":
                name = stdin_filename or "<stdin>"
                src_text = decode(sys.stdin.buffer.read(max_bytes + 1), name)
                if len(src_text.encode("utf-8")) > max_bytes:
                    raise InputError(f"{name}: input above the limit of {max_bytes:,} bytes")
                path = name
            else:
                src_text = read_source(path, max_bytes).text
        except InputError as e:
            _stderr(f"factcheck: {e}")
            errors.append(e)
            continue
        results.append(check_text(src_text, path))

    if format == Format.json:
        from checker.render.json import render
        out = render(results)
    else:
        from checker.render.text import render
        use_color = color if color is not None else (output is None and sys.stdout.isatty())
        out = render(results, color=use_color)
        if use_color:
            from rich.console import Console
            Console(highlight=False, soft_wrap=True).print(out, end="")
            out = None
    if out is not None:
        if output:
            with open(output, "w", encoding="utf-8") as fh:
                fh.write(out)
        else:
            sys.stdout.write(out)
    if errors:
        raise typer.Exit(EXIT_ERROR)
    if any(f.severity == "error" for _, fs in results for f in fs):
        raise typer.Exit(EXIT_FINDINGS)
    raise typer.Exit(EXIT_CLEAN)


def rules_command() -> None:
    """List every rule with its id, default severity and summary."""
    from checker.rules import registry

    for rule in registry().values():
        print(f"{rule.id:<24} {rule.severity:<8} {rule.summary}")


def rule_command(rule_id: str = typer.Argument(..., help="A rule id, e.g. count-mismatch.")):
    """Print one rule's documentation."""
    from checker.rules import registry

    rule = registry().get(rule_id)
    if rule is None:
        _stderr(f"factcheck: unknown rule {rule_id!r}; `factcheck rules` lists them")
        raise typer.Exit(EXIT_ERROR)
    print(f"{rule.id} (default severity: {rule.severity})\n\n{rule.doc}")


def _stderr(msg: str) -> None:
    sys.stderr.write(msg.rstrip("\n") + "\n")


_SUBCOMMANDS = {"rules": rules_command, "rule": rule_command}


def main(argv: list[str] | None = None) -> None:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in _SUBCOMMANDS:
        fn, argv = _SUBCOMMANDS[argv[0]], argv[1:]
        name = f"factcheck {fn.__name__.removesuffix('_command')}"
    else:
        fn, name = check_command, "factcheck"
    app = typer.Typer(add_completion=False, pretty_exceptions_enable=False)
    app.command()(fn)
    try:
        app(args=argv, prog_name=name, standalone_mode=True)
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else (0 if e.code is None else EXIT_ERROR)
        sys.exit(code)
