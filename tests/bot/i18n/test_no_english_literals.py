"""No English sentence built in Python reaches a member: every member-facing text goes through
the catalogue (`t("area.key", ...)`), so it is written in the member's language.

The guard reads (ast, nothing is imported or run) every module under flows/ and the
member-facing modules of bot/, and names file:line for each string literal or f-string that
reads as English words:

* anywhere in the module, three or more words in a row ("Thanks, I've let the team know"), an
  f-string's `{fields}` counting as words ("{what} up to {cap} a {per}");
* passed straight to `dispatcher.utter_message(text=...)` or appended to an answer's
  `messages`, any word at all ("Of course.").

Not member-facing, so left alone: docstrings, logging calls, exception messages (anything in a
`raise`, or given to a `...Error`/`...Exception`), regular-expression patterns (the first
argument of `re.compile`, `re.search`, ...), and a statement marked with one of two comments
on one of its lines (a compound statement: on its first line, or on a line of the string):

* `# i18n-exempt: staff` -- read by staff or by machines, never by a member (a case's reason,
  a console label, an HTTP answer to Rasa or Prometheus);
* `# i18n-exempt: input` -- words members write that we compare their message with, never
  sent ("not sure", "i'd rather not say").

`grep -rn "i18n-exempt" flows bot` lists every exemption, for review.
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
from collections.abc import Iterator
from pathlib import Path

from bot.settings import REPO_ROOT

#: Modules the guard reads, relative to the repository root.
SCANNED = (
    "flows/**/*.py",
    "bot/message_texts.py",
    "bot/gateway/*.py",
    "bot/scheduling/*.py",
    "bot/members/*.py",
    "bot/staff/actions/*.py",
)
EXEMPT = re.compile(r"#\s*i18n-exempt:\s*(staff|input)\b")
_WORD = r"[A-Za-z][A-Za-z']*"
SENTENCE = re.compile(rf"{_WORD}(?:[ ]+{_WORD}){{2,}}")
ANY_WORD = re.compile(r"[A-Za-z]{2,}")
_LOGGERS = {"log", "logger", "logging", "_log", "LOG"}
_REGEX_FUNCTIONS = {"compile", "search", "match", "fullmatch", "sub", "subn", "split"}
_REGEX_FUNCTIONS |= {"findall", "finditer"}
_FIELD = "x"  # what an f-string's {field} reads as


def _text_of(node: ast.Constant | ast.JoinedStr) -> str:
    if isinstance(node, ast.Constant):
        return str(node.value)
    return "".join(
        str(part.value) if isinstance(part, ast.Constant) else _FIELD for part in node.values
    )


def _written_words(node: ast.Constant | ast.JoinedStr) -> bool:
    """Whether the string has a word of its own, beyond the fields it fills in: f"{a} {b}"
    only joins texts made elsewhere."""
    if isinstance(node, ast.Constant):
        return True
    return any(
        isinstance(part, ast.Constant) and ANY_WORD.search(str(part.value)) for part in node.values
    )


def _call_name(call: ast.Call) -> tuple[str | None, str | None]:
    """(the object's name, the function's name): ("log", "info"), (None, "ValueError")."""
    func = call.func
    if isinstance(func, ast.Name):
        return None, func.id
    if isinstance(func, ast.Attribute):
        owner = func.value
        owner_name = owner.id if isinstance(owner, ast.Name) else None
        if isinstance(owner, ast.Attribute):
            owner_name = owner.attr
        return owner_name, func.attr
    return None, None


def _not_for_members(call: ast.Call) -> list[ast.AST]:
    """The parts of a call whose strings no member reads."""
    owner, name = _call_name(call)
    if owner in _LOGGERS or (owner or "").endswith("log"):
        return [*call.args, *call.keywords]
    if name and (name.endswith("Error") or name.endswith("Exception")):
        return [*call.args, *call.keywords]
    if owner == "re" and name in _REGEX_FUNCTIONS and call.args:
        return [call.args[0]]
    return []


def _member_sinks(call: ast.Call) -> list[ast.AST]:
    """The arguments of a call that go to the member as they are."""
    owner, name = _call_name(call)
    if name == "utter_message":
        return [*call.args[:1], *(k.value for k in call.keywords if k.arg == "text")]
    if name == "append" and owner == "messages":
        return list(call.args)
    return []


def _exempt_lines(source: str) -> set[int]:
    lines = set()
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.COMMENT and EXEMPT.search(token.string):
            lines.add(token.start[0])
    return lines


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def english_literals(source: str, name: str = "<source>") -> list[str]:
    """ "file:line: 'text'" for every string in `source` that reads as English a member would
    get (see the module docstring for what is left alone)."""
    tree = ast.parse(source)
    exempt_lines = _exempt_lines(source)
    skipped = _docstrings(tree)
    sinks: set[int] = set()
    statement_of: dict[int, ast.stmt] = {}

    def visit(node: ast.AST, statement: ast.stmt | None) -> None:
        if isinstance(node, ast.stmt):
            statement = node
        if isinstance(node, ast.Raise):
            skipped.update(id(inner) for inner in ast.walk(node))
        if isinstance(node, ast.Call):
            for part in _not_for_members(node):
                skipped.update(id(inner) for inner in ast.walk(part))
            sinks.update(id(part) for part in _member_sinks(node))
        if isinstance(node, ast.JoinedStr):
            # its pieces are read together, as one text
            skipped.update(id(inner) for inner in ast.walk(node) if inner is not node)
        if statement is not None:
            statement_of[id(node)] = statement
        for child in ast.iter_child_nodes(node):
            visit(child, statement)

    visit(tree, None)
    found = []
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Constant) and not isinstance(node.value, str):
            continue
        if not isinstance(node, ast.Constant | ast.JoinedStr):
            continue
        text = _text_of(node)
        english = _written_words(node) and (
            SENTENCE.search(text) or (id(node) in sinks and ANY_WORD.search(text))
        )
        if not english:
            continue
        statement = statement_of.get(id(node))
        lines = set(range(node.lineno, (node.end_lineno or node.lineno) + 1))
        if statement is not None:
            # a simple statement's marker may sit on any of its lines (the formatter moves
            # comments); a compound one's (if, for, def...) only on its first line
            last = statement.lineno if hasattr(statement, "body") else statement.end_lineno
            lines.update(range(statement.lineno, (last or statement.lineno) + 1))
        if lines & exempt_lines:
            continue
        found.append(f"{name}:{node.lineno}: {text[:70]!r}")
    return sorted(found, key=lambda item: (item.split(":")[0], int(item.split(":")[1])))


def scanned_files() -> Iterator[str]:
    for pattern in SCANNED:
        for path in sorted(REPO_ROOT.glob(pattern)):
            yield path.relative_to(REPO_ROOT).as_posix()


def test_no_member_facing_english_is_built_in_python() -> None:
    found = [
        problem
        for relative in scanned_files()
        for problem in english_literals(
            Path(REPO_ROOT, relative).read_text(encoding="utf-8"), relative
        )
    ]
    assert found == [], (
        "English text a member could get, built in Python: move it into the catalogue "
        "(bot/i18n/texts/*.yml, t('area.key')), or mark a staff-facing or matched text "
        "`# i18n-exempt: staff|input`:\n" + "\n".join(found)
    )


def test_the_guard_reads_the_whole_of_flows_and_bot_s_member_facing_modules() -> None:
    files = set(scanned_files())
    assert {"flows/forms.py", "flows/onboarding/actions.py", "bot/gateway/crisis.py"} <= files
    assert {"flows/expenses/form.py", "bot/staff/actions/claims.py", "flows/withdrawal.py"} <= files
    assert "bot/scheduling/reminders.py" in files and "bot/members/invitations.py" in files


SAMPLE = '''
"""A module docstring with many words in it."""
import logging, re
log = logging.getLogger(__name__)
GREETING = "Hello there, how are you?"
STATUS = "form not understood"  # i18n-exempt: staff
NO_WORDS = {  # i18n-exempt: input
    "i'd rather not say",
}
PATTERN = re.compile(r"call me|my name is")
def answer(dispatcher, name):
    """What we say back, in many words."""
    log.info("member %s said something we keep", name)
    dispatcher.utter_message(text="Of course.")
    dispatcher.utter_message(text=f"Hello {name}, welcome back!")
    dispatcher.utter_message(text=t("onboarding.done"))
    if not name:
        raise ValueError("a name is needed here")
    return f"{name} up to {name} a {name}"
'''


def test_the_guard_names_member_texts_and_leaves_the_rest_alone() -> None:
    found = english_literals(SAMPLE, "sample.py")
    assert [item.split(": ", 1)[0] for item in found] == [
        "sample.py:5",  # a module-level text
        "sample.py:14",  # a short answer given straight to the member
        "sample.py:15",  # an f-string
        "sample.py:19",  # an f-string whose fields make the sentence
    ]
