"""Collection rules for the doctests that pytest finds under cleaner/ (``--doctest-modules``).

`cleaner.integrations.datatrove` imports datatrove, which only the ``[datatrove]``
extra installs; without it, that module is left out instead of failing collection.
Its tests (tests/test_datatrove.py) skip themselves the same way.
"""

from importlib.util import find_spec

collect_ignore = [] if find_spec("datatrove") else ["cleaner/integrations/datatrove.py"]
