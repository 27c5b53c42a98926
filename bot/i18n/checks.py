"""Checks that no member gets a half-translated message: the built-in catalogue is complete in
every supported language, and messages.yml overrides only texts that exist, with the same
placeholders. Run by `check-config` and by the catalogue's own test."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from bot.i18n.catalogue import Catalogue, builtin, placeholders
from bot.i18n.languages import DEFAULT_LANGUAGE

if TYPE_CHECKING:
    from bot.config import AssemblyConfig


def _placeholder_problems(where: str, text: str, english: str) -> list[str]:
    wanted, found = placeholders(english), placeholders(text)
    problems = [f"{where}: missing placeholder {{{name}}}" for name in sorted(wanted - found)]
    problems += [f"{where}: unknown placeholder {{{name}}}" for name in sorted(found - wanted)]
    return problems


def check_catalogue(
    catalogue: Catalogue | None = None, languages: list[str] | None = None
) -> list[str]:
    """Every text missing (untranslated), left over or with different placeholders, in each of
    `languages` (default: every language in the catalogue) against English."""
    catalogue = catalogue if catalogue is not None else builtin()
    english = catalogue[DEFAULT_LANGUAGE]
    problems: list[str] = []
    for code in languages or list(catalogue):
        texts = catalogue.get(code) or {}
        for key, text in english.items():
            where = f"catalogue {code}.{key}"
            if not isinstance(texts.get(key), str) or not texts[key].strip():
                problems.append(f"{where}: not translated")
            else:
                problems += _placeholder_problems(where, texts[key], text)
        problems += [
            f"catalogue {code}.{key}: not in English" for key in texts if key not in english
        ]
    return problems


def check_overrides_data(data: object, languages: list[str]) -> list[str]:
    """Problems in parsed messages.yml: `{language: {key: text}}`, each key a catalogue key,
    each text with the catalogue text's placeholders."""
    if data is None:
        return []
    if not isinstance(data, dict):
        return ["messages: expected a mapping of language codes to texts"]
    english = builtin()[DEFAULT_LANGUAGE]
    problems: list[str] = []
    for code, texts in data.items():
        if code not in languages:
            problems.append(
                f"messages.{code}: not one of the assembly's languages ({', '.join(languages)})"
            )
            continue
        if not isinstance(texts, dict):
            problems.append(f"messages.{code}: expected a mapping of message keys to texts")
            continue
        for key, text in texts.items():
            where = f"messages.{code}.{key}"
            if key not in english:
                problems.append(f"{where}: unknown message key")
            elif not isinstance(text, str) or not text.strip():
                problems.append(f"{where}: expected a text")
            else:
                problems += _placeholder_problems(where, text, english[key])
    return problems


def check_messages_file(path: str | os.PathLike[str], languages: list[str]) -> list[str]:
    """Every problem in a messages file; none when the file does not exist (it is optional)."""
    file = Path(path)
    if not file.exists():
        return []
    try:
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        return [f"{file}: cannot be read ({type(error).__name__})"]
    return [f"{file}: {problem}" for problem in check_overrides_data(data, languages)]


def check_question_texts(config: AssemblyConfig) -> list[str]:
    """Every survey question a member would be asked in English although the assembly speaks
    their language: an organiser's own (or edited) question needs its text under `languages`
    for each one; the shipped questions are in the catalogue."""
    return [
        f"feedback.questions[{index}].languages: no {code} text for question "
        f"{question.id!r} (add languages: {{{code}: ...}})"
        for index, question in enumerate(config.feedback.questions)
        for code in question.untranslated(config.languages)
    ]
