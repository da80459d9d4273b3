"""The extraction engine: UN documents in, collaboration statements out.

Plain Python: nothing here imports Django or the application (an import contract and a test
enforce it), so the engine runs alone (``cpcollab extract report.pdf --json``) and is tested
without a database.
"""
