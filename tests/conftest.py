import os
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, "..", "shared")
SEED = os.path.join(SHARED, "seed", "voa-baghdad-rockets.txt")
BBC = os.path.join(SHARED, "corpus", "bbc.jsonl")

sys.path.insert(0, ROOT)


@pytest.fixture
def seed_path():
    if not os.path.exists(SEED):
        pytest.skip("../shared/seed is not present")
    return SEED
