"""The action server finds every action the domain names by importing the flows package, as
`python -m bot actions` does; an action left out of a package's imports would fail here."""

from __future__ import annotations

from rasa_sdk.executor import ActionExecutor

from tests.flows.conftest import DOMAIN


def test_every_custom_action_in_the_domain_is_registered() -> None:
    executor = ActionExecutor()
    executor.register_package("flows")
    custom = {name for name in DOMAIN["actions"] if not name.startswith("utter_")}
    assert custom, "the domain lists no custom actions: is nlu/domain where the test expects?"
    assert sorted(custom - set(executor.actions)) == []


def test_every_form_has_its_validator() -> None:
    executor = ActionExecutor()
    executor.register_package("flows")
    assert sorted(f"validate_{form}" for form in DOMAIN["forms"]) == sorted(
        name for name in executor.actions if name.startswith("validate_")
    )
