import pytest

from classifiers import load_classifier
from disclosure.decide import load_policy


@pytest.fixture(scope="session")
def clf():
    return load_classifier()


@pytest.fixture(scope="session")
def policy():
    return load_policy()
