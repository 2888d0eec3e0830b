"""Translation tooling: collect the strings of the whole application into ``translations/*.ts``
(``extract``), read and write those files (``ts``), compile them to ``.qm`` (``build``).

Not part of the application: the running program reads its catalogs through
:mod:`cocreation_app.i18n`.
"""
