"""The `factcheck` command.

    factcheck [OPTIONS] PATH...     check articles (files, directories, - for stdin)
    factcheck rules                 list the rules
    factcheck rule ID               print one rule's documentation
    factcheck config [PATH]         print the configuration in force for PATH (default: .)
    factcheck --version

Exit status: 0 nothing at the failing level; 1 findings at the failing level (`--fail-on`,
default error; never with `--exit-zero`); 2 usage error, a malformed configuration or
baseline, or an input that could not be checked (missing, binary, not UTF-8...).

The command line is parsed with argparse and everything else (rules, renderers,
configuration, baseline) is imported only when used: one article must be checked well within
a quarter of a second, and typer's import alone took 60 ms of that.
"""

from __future__ import annotations

import argparse
import os
import sys

from checker import __version__

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}
FORMATS = ("full", "concise", "json", "json-lines", "sarif", "github", "rdjson")
FORMAT_ALIASES = ("text",)  # older name of `full`


class _Exit(Exception):
    def __init__(self, code: int, message: str = ""):
        super().__init__(message)
        self.code = code
        self.message = message


def _stderr(msg: str) -> None:
    sys.stderr.write(msg.rstrip("\n") + "\n")


def _columns() -> int:
    """The terminal's width as `shutil.get_terminal_size` reads it ($COLUMNS, then stdout's
    terminal, else 80), without importing shutil."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


class _Formatter(argparse.HelpFormatter):
    """argparse's help formatter, told the width: argparse builds one for every add_argument
    call, and left to itself each imports shutil for the width, which pulls in bz2, lzma and
    fnmatch (~3.5 ms of a one-article run)."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None):
        super().__init__(prog, indent_increment, max_help_position,
                         _columns() - 2 if width is None else width)


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str):  # one line and exit 2, like every other usage error
        raise _Exit(EXIT_ERROR, f"{self.prog}: {message} (see {self.prog.split()[0]} --help)")


def _check_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="factcheck",
        description="Check news articles for internal discrepancies between figures and facts.",
        epilog="Other commands: `factcheck rules`, `factcheck rule ID`, `factcheck config "
               "[PATH]`. Exit status: 0 clean, 1 findings at the --fail-on level, 2 usage, "
               "configuration or input error.",
    )
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="article files, directories (walked for .txt .md .html .json), or - "
                        "for stdin")
    p.add_argument("-f", "--format", default="full", choices=FORMATS + FORMAT_ALIASES,
                   metavar="FORMAT", help=f"output format: {', '.join(FORMATS)} (default full)")
    p.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE")
    p.add_argument("--color", dest="color", action="store_true", default=None,
                   help="colour the full format (default: when stdout is a terminal)")
    p.add_argument("--no-color", dest="color", action="store_false")
    p.add_argument("--fail-on", default="error", choices=("error", "warning", "info", "never"),
                   help="lowest severity that makes the exit status 1 (default error)")
    p.add_argument("--exit-zero", action="store_true",
                   help="exit 0 whatever is found (input and configuration errors still exit 2)")
    p.add_argument("--min-severity", default="info", choices=("error", "warning", "info"),
                   help="lowest severity shown (does not change the exit status)")
    p.add_argument("--config", metavar="FILE",
                   help="use this configuration file for every input instead of discovering one")
    p.add_argument("--baseline", metavar="FILE", help="report only findings not in FILE")
    p.add_argument("--write-baseline", metavar="FILE",
                   help="record the current findings in FILE (then exit 0 unless an input failed)")
    p.add_argument("--stdin-filename", metavar="NAME",
                   help="name for stdin input: reported, picks its parser and its configuration")
    p.add_argument("--max-bytes", type=int, default=20 * 1024 * 1024, metavar="N",
                   help="largest file checked, in bytes (default 20 MB)")
    p.add_argument("--version", action="store_true", help="print the version and exit")
    return p


def _make_document(text: str, path: str):
    try:  # HTML / Markdown / JSON articles, when the input readers are present
        from checker.inputs import load
    except ImportError:
        from checker.document import Document

        return Document(text, path)
    return load(path, text)


class _Configs:
    """Configuration and Settings per checked file, discovered from its directory upward."""

    def __init__(self, override: str | None):
        self.override = override
        self._resolver = None
        self._settings: dict[int, object] = {}

    def for_path(self, path: str):
        if self._resolver is None:
            from checker.config import Resolver

            self._resolver = Resolver(self.override)
        return self._resolver.for_path(path)

    def settings(self, cfg):
        key = id(cfg)
        if key not in self._settings:
            self._settings[key] = cfg.settings()
        return self._settings[key]


def check_command(argv: list[str]) -> int:
    args = _check_parser().parse_args(argv)
    if args.version:
        print(f"factcheck {__version__}")
        return EXIT_CLEAN
    if not args.paths:
        raise _Exit(EXIT_ERROR, "factcheck: no PATH given (see factcheck --help)")
    if args.max_bytes < 0:
        raise _Exit(EXIT_ERROR, "factcheck: --max-bytes must be 0 or more")
    from checker.config import ConfigError
    from checker.engine import check_document
    from checker.read import InputError, expand_paths, read_source, read_stdin, show_path
    from checker.suppress import apply as apply_suppressions

    configs = _Configs(args.config)
    baseline = None
    try:
        if args.config:
            configs.for_path(".")  # a bad --config fails before anything is read
        if args.baseline:
            from checker.baseline import Baseline, BaselineError

            try:
                baseline = Baseline(args.baseline)
            except BaselineError as e:
                raise _Exit(EXIT_ERROR, f"factcheck: {e}") from None
        files, errors = expand_paths(args.paths)
        for e in errors:
            _stderr(f"factcheck: {e}")
        results, recorded = [], []
        for path in files:
            cfg = configs.for_path(args.stdin_filename or "-" if path == "-" else path)
            if path != "-" and cfg.excluded(path):
                continue
            try:
                if path == "-":
                    name = args.stdin_filename or "<stdin>"
                    text = read_stdin(sys.stdin.buffer, args.max_bytes, name)
                    path = name
                else:
                    text = read_source(path, args.max_bytes).text
                doc = _make_document(text, path)
                settings = configs.settings(cfg)
                findings = check_document(doc, settings)
                findings = apply_suppressions(doc, findings, getattr(doc, "suppressions", None),
                                              settings)
            except InputError as e:
                _stderr(f"factcheck: {e}")
                errors.append(e)
                continue
            except ConfigError:
                raise
            except Exception as e:  # a bug must not hide the other files' results
                detail = " ".join(f"{type(e).__name__}: {e}".split())[:200]
                err = InputError(f"{show_path(path)}: internal error, not checked ({detail}); "
                                 f"please report it")
                _stderr(f"factcheck: {err}")
                errors.append(err)
                continue
            recorded.append((doc, findings))
            if baseline is not None:
                findings = baseline.filter(doc, findings)
            results.append((doc, findings))
    except ConfigError as e:
        raise _Exit(EXIT_ERROR, f"factcheck: {e}") from None

    if args.write_baseline:
        from checker import baseline as baseline_mod

        try:
            n = baseline_mod.write(args.write_baseline, recorded)
        except OSError as e:
            raise _Exit(EXIT_ERROR, f"factcheck: {args.write_baseline}: cannot write "
                                    f"baseline ({e.strerror or e})") from None
        _stderr(f"factcheck: wrote {n} finding{'s' if n != 1 else ''} to {args.write_baseline}")
        results = [(doc, []) for doc, _ in results]

    floor = SEVERITY_RANK[args.min_severity]
    shown = [(doc, [f for f in fs if SEVERITY_RANK[f.severity] >= floor]) for doc, fs in results]
    _emit(shown, args, unchecked=len(errors))

    if errors:
        return EXIT_ERROR
    if args.exit_zero or args.fail_on == "never":
        return EXIT_CLEAN
    fail = SEVERITY_RANK[args.fail_on]
    if any(SEVERITY_RANK[f.severity] >= fail for _, fs in results for f in fs):
        return EXIT_FINDINGS
    return EXIT_CLEAN


def _emit(results, args, unchecked: int = 0) -> None:
    from checker.render import renderer

    if args.format in ("full", "text"):
        use_color = args.color if args.color is not None else (
            args.output is None and sys.stdout.isatty())
        out = renderer("full")(results, color=use_color, unchecked=unchecked)
        if use_color and args.output is None:
            from rich.console import Console

            Console(highlight=False, soft_wrap=True).print(out, end="")
            return
    else:
        out = renderer(args.format)(results)
    if args.output:
        try:
            with open(args.output, "w", encoding="utf-8", newline="") as fh:
                fh.write(out)
        except OSError as e:
            raise _Exit(EXIT_ERROR, f"factcheck: {args.output}: cannot write report "
                                    f"({e.strerror or e})") from None
    else:
        sys.stdout.write(out)
        sys.stdout.flush()


def _rules():
    from checker.suppress import all_rules

    return all_rules()


def rules_command(argv: list[str]) -> int:
    _Parser(prog="factcheck rules",
            description="List every rule with its id, default severity and summary."
            ).parse_args(argv)
    for rid, severity, summary, _ in _rules():
        print(f"{rid:<24} {severity:<8} {summary}")
    return EXIT_CLEAN


def rule_command(argv: list[str]) -> int:
    p = _Parser(prog="factcheck rule", description="Print one rule's documentation.")
    p.add_argument("rule_id", metavar="ID", help="a rule id, e.g. count-mismatch")
    rule_id = p.parse_args(argv).rule_id
    for rid, severity, _, doc in _rules():
        if rid == rule_id:
            print(f"{rid} (default severity: {severity})\n\n{doc}")
            return EXIT_CLEAN
    raise _Exit(EXIT_ERROR, f"factcheck: unknown rule {rule_id!r}; `factcheck rules` lists them")


def config_command(argv: list[str]) -> int:
    p = _Parser(prog="factcheck config",
                description="Print the configuration in force for PATH (a file or directory; "
                            "default: the current directory), as a factcheck.toml would say "
                            "it, with the files it came from.")
    p.add_argument("path", nargs="?", default=".", metavar="PATH")
    p.add_argument("--config", metavar="FILE", help="show this configuration file instead")
    args = p.parse_args(argv)
    import os

    from checker.config import ConfigError, Resolver

    try:
        resolver = Resolver(args.config)
        path = args.path
        cfg = (resolver.for_directory(path) if os.path.isdir(path) and not args.config
               else resolver.for_path(path))
    except ConfigError as e:
        raise _Exit(EXIT_ERROR, f"factcheck: {e}") from None
    sys.stdout.write(cfg.to_toml())
    return EXIT_CLEAN


_SUBCOMMANDS = {"rules": rules_command, "rule": rule_command, "config": config_command}


def main(argv: list[str] | None = None) -> None:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in _SUBCOMMANDS:
        fn, argv = _SUBCOMMANDS[argv[0]], argv[1:]
    else:
        fn = check_command
    try:
        code = fn(argv)
    except _Exit as e:
        if e.message:
            _stderr(e.message)
        code = e.code
    except BrokenPipeError:  # `factcheck ... | head`
        try:
            sys.stdout.close()
        except OSError:
            pass
        code = EXIT_CLEAN
    sys.exit(code)
