"""cpcollab: collaboration on child protection within the United Nations system.

The package has two halves with a hard boundary between them:

* :mod:`cpcollab.engine` and :mod:`cpcollab.reference` are plain Python (no Django);
* everything else is the Django application (one app per domain noun).
"""

__version__ = "0.1.0"
