"""The package's shape: no language's words in the engines, and imports that run one way."""

import ast
from pathlib import Path

import pytest

import quotes
from quotes.lang import available, language
from quotes.lang.schema import KEYS

PACKAGE = Path(quotes.__file__).parent
ENGINES = [p for p in sorted(PACKAGE.rglob("*.py")) if p.relative_to(PACKAGE).parts[0] != "lang"]

# Words that are the data's own format (genders, numbers, moods, paradigm fields), names of the tracker's
# fields and kinds of attribution that a language happens to spell the same ("source", "speaker", "after"),
# SQL's and HTTP's keywords (an ASGI message's `type`), and language codes (`he`, Hebrew): not lexicon entries.
FORMAT = {"m", "f", "sg", "pl", "finite", "finite_sg", "finite_pl", "participle", "present_participle",
          "infinitive", "suffix", "source", "organisation", "note", "alias", "label", "candidate",
          "speaker", "quote", "quotes", "mention", "group", "before", "after", "later", "according",
          "from", "into", "where", "update", "head", "he",
          "parquet", "message", "locals", "int", "others", "type"}  # formats, fields, attributes, SQL types, arguments

# The layers, lowest first: a module imports only from its own layer or lower ones.
LAYERS = [
    ["model", "keys", "names", "in_clause", "counts", "detect", "blocks"],
    ["lang", "lang.schema"],
    ["reader", "spans"],
    ["lexicon", "document"],
    ["phrases", "attribution", "indirect"],
    ["resolve", "gender"],
    ["extract", "evaluate"],
    ["identity"],
    ["rows"],
    ["store", "ingest"],
    ["shards", "cluster"],
    ["query", "facetindex", "ui", "serve", "export"],
    ["cli", "__main__"],
]


def _module(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _layer(module: str) -> int:
    for n, layer in enumerate(LAYERS):
        if any(module == m or module.startswith(m + ".") for m in layer):
            return n
    raise AssertionError(f"quotes.{module} is in no layer of tests/test_layers.py")


def _imports(path: Path) -> set[str]:
    """The quotes modules a module imports, relative to the package ("identity.local")."""
    module = _module(path)
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package[: len(package) - (node.level - 1)]
            if node.module:
                found.add(".".join(base + [node.module]))
            else:
                found.update(".".join(base + [alias.name]) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("quotes."):
            found.add(node.module.removeprefix("quotes."))
    return {m for m in found if m and m != module and m != "__version__"}


def _lexicon_entries() -> set[str]:
    entries: set[str] = set()

    def collect(value):
        if isinstance(value, str):
            entries.add(value.lower())
        elif isinstance(value, dict):
            for key, item in value.items():
                collect(key)
                collect(item)
        elif isinstance(value, (tuple, list, set, frozenset)):
            for item in value:
                collect(item)

    for code in available():
        for key, value in vars(language(code)).items():
            if key.isupper() and key != "CODE":
                collect(value)
    return {e for e in entries if len(e) > 1 and any(c.isalpha() for c in e)} - FORMAT


def _code_strings(path: Path):
    """The string literals of a module's code: not its docstrings, a language key's name (`"OF"`) or a
    library's option (`lifespan="on"`)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = {
        id(node.body[0].value) for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)
    }
    skipped |= {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.keyword)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skipped \
                and node.value not in KEYS:
            yield node.lineno, node.value


def test_no_engine_names_a_word_of_a_languages_lexicon():
    entries = _lexicon_entries()
    assert {"selon", "déclarer", "ministre", "le"} <= entries  # the test reads the data it guards
    found = [f"{path.relative_to(PACKAGE)}:{line}: {text!r}" for path in ENGINES
             for line, text in _code_strings(path) if text.lower() in entries]
    assert not found, "language words in the engines (they belong in quotes/lang/<code>/):\n" + "\n".join(found)


@pytest.mark.parametrize("path", ENGINES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_run_one_way(path):
    """parse → attribute → resolve → identity → store → serve: no import runs back up."""
    module = _module(path)
    upward = sorted(m for m in _imports(path) if _layer(m) > _layer(module))
    assert not upward, f"quotes.{module} imports from a layer above it: {upward}"


def test_the_import_graph_has_no_cycle():
    graph = {_module(path): _imports(path) for path in PACKAGE.rglob("*.py")}
    done, active = set(), []

    def visit(module):
        if module in active:
            raise AssertionError(" → ".join([*active[active.index(module):], module]))
        if module in done or module not in graph:
            return
        active.append(module)
        for dep in graph[module]:
            visit(dep)
        active.pop()
        done.add(module)

    for module in graph:
        visit(module)
