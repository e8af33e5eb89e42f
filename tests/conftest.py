"""Shared test fixtures. Tests that need ../shared/data skip with a reason without it."""

import os
import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
SHARED = pathlib.Path(os.environ.get("TLDR_SHARED_DATA", ROOT.parent / "shared" / "data"))

# Scale for slow or data-hungry tests (1 = the CI default).
SCALE = float(os.environ.get("TLDR_TEST_SCALE", "1"))


@pytest.fixture(scope="session")
def shared_data():
    """Path of ../shared/data; skips the test when absent."""
    if not SHARED.is_dir():
        pytest.skip(f"shared data not found at {SHARED} (set TLDR_SHARED_DATA)")
    return SHARED
