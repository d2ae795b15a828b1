"""Adapters that run cleaner inside other people's data pipelines.

Each module here imports its host library itself and is installed with an extra
(``pip install 'cleaner[datatrove]'``); ``import cleaner`` imports none of them,
so the core library never pays for a framework it is not used in.
"""
