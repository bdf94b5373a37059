"""nlkst.memory: memory freed by one batch is reused by the next without asking the system again."""

import platform
import subprocess
import sys

import pytest

# Allocates 200 MB in 4 MB blocks, frees them, allocates them again, and prints the page faults of the
# second round: where freed memory is kept, the second round reuses resident pages.
SCRIPT = """
import resource, sys
if sys.argv[1] == "keep":
    from nlkst.memory import keep_freed_memory
    assert keep_freed_memory()
def allocate_and_free():
    blocks = [bytearray(4 << 20) for _ in range(50)]
    del blocks
allocate_and_free()
before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
allocate_and_free()
print(resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
"""


def _second_round_faults(mode: str) -> int:
    out = subprocess.run([sys.executable, "-c", SCRIPT, mode], capture_output=True, text=True, check=True)
    return int(out.stdout)


@pytest.mark.skipif(platform.system() != "Linux" or platform.libc_ver()[0] != "glibc", reason="glibc's mallopt")
def test_freed_memory_is_reused_without_new_page_faults():
    default, kept = _second_round_faults("default"), _second_round_faults("keep")
    assert default > 20_000  # glibc gave the 200 MB back and faults them in again
    assert kept < default / 10
