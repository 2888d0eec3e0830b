"""A git merge driver for ``translations/*.ts``: merge by message, never by line.

Two branches that each add strings touch the same lines of a catalog (locations shift, messages
sort next to each other), so a line merge conflicts on nearly every merge. This driver keeps
every message of both sides; where both have one, the more complete translation wins (finished
over unfinished over vanished over obsolete; on a tie, the other branch's). Locations are
refreshed afterwards by ``make translations-update``.

Enable it once per clone (``.gitattributes`` names it)::

    git config merge.cocrea-ts.name "Qt Linguist catalogs, by message"
    git config merge.cocrea-ts.driver ".venv/bin/python -m tools.i18n.merge_driver %A %B %P"
"""

from __future__ import annotations

import sys
from pathlib import Path

from tools.i18n.ts import Message, TsFile, language_of, read_ts, write_ts

_RANK = {"finished": 3, "unfinished": 2, "vanished": 1, "obsolete": 0}


def _better(ours: Message, theirs: Message) -> Message:
    return ours if _RANK.get(ours.state, 0) > _RANK.get(theirs.state, 0) else theirs


def merge_catalogs(ours: TsFile, theirs: TsFile) -> TsFile:
    merged = TsFile(language=ours.language, source_language=ours.source_language)
    for key, mine in ours.messages.items():
        other = theirs.messages.get(key)
        merged.messages[key] = mine if other is None else _better(mine, other)
    for key, other in theirs.messages.items():
        merged.messages.setdefault(key, other)
    return merged


def main(argv: list[str]) -> int:
    """``%A %B %P``: ours (overwritten with the result), theirs, and the catalog's own path.

    Git hands the driver temporary copies; the language comes from the real path's name.
    """
    ours_path, theirs_path, real_path = (Path(a) for a in argv[:3])
    ours, theirs = read_ts(ours_path), read_ts(theirs_path)
    merged = merge_catalogs(ours, theirs)
    merged.language = language_of(real_path)
    write_ts(ours_path, merged)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
