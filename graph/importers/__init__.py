"""Importers of reference datasets: each turns one file into findings (records and ties).

One module per dataset, each with a pure ``*_findings(data, file)`` that works on
the file's bytes and a thin ``read_*(path)``:

========  ==============================================  =========================
prefix    dataset                                         ties
========  ==============================================  =========================
sipri:    SIPRI Arms Transfers Database trade register    ArmsTransfer, one per deal
atop:     ATOP 5.1 member-level file                      AllianceMembership
mme:      Multinational Military Exercises (MME) v7       JointExercise
sfm:      Security Force Monitor US training (FMTRPT)     Training
========  ==============================================  =========================

Every record becomes a :class:`~graph.model.DatasetRecord` (dataset, version,
record id, line, file) and its ties quote the record's line(s) as evidence.
Names and codes go through :mod:`graph.importers.crosswalk`. Bad input raises
:class:`~graph.errors.InputError` naming the file and line.
"""

from __future__ import annotations

from graph.importers.atop import atop_findings, read_atop
from graph.importers.mme import mme_findings, read_mme
from graph.importers.sfm import read_sfm, sfm_findings
from graph.importers.sipri import read_sipri, sipri_findings

__all__ = [
    "atop_findings",
    "mme_findings",
    "read_atop",
    "read_mme",
    "read_sfm",
    "read_sipri",
    "sfm_findings",
    "sipri_findings",
]
