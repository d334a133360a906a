"""Blood relationship in civil-law degrees, and the generation-by-generation BRP walk."""

from __future__ import annotations

from trouwgraph.domain.regels.uitkomst import Uitkomst
from trouwgraph.domain.regels.verwantschap import (
    bloedverwantschap,
    bloedverwantschap_graad,
    nog_op_te_halen,
    toets_bloedverwantschap,
)

# Two families: grootouders G1+G2 have children V (vader) and T (tante);
# V has children A and B; T has child N (nicht); A has child K; N has child NK.
STAMBOOM: dict[str, tuple[str, ...]] = {
    "V": ("G1", "G2"),
    "T": ("G1", "G2"),
    "A": ("V", "M"),
    "B": ("V", "M"),
    "H": ("V", "X"),  # half-sibling of A
    "N": ("T", "O"),
    "K": ("A", "P"),
    "NK": ("N", "Q"),
    "G1": (),
    "G2": (),
    "M": (),
    "Z": ("Y1", "Y2"),  # unrelated
}


class TestGraad:
    def test_parent_and_child_are_first_degree(self) -> None:
        assert bloedverwantschap_graad("V", "A", STAMBOOM) == 1
        assert bloedverwantschap_graad("A", "V", STAMBOOM) == 1

    def test_siblings_and_half_siblings_are_second_degree(self) -> None:
        assert bloedverwantschap_graad("A", "B", STAMBOOM) == 2
        assert bloedverwantschap_graad("A", "H", STAMBOOM) == 2

    def test_grandparent_is_second_degree(self) -> None:
        assert bloedverwantschap_graad("G1", "A", STAMBOOM) == 2

    def test_uncle_or_aunt_and_niece_are_third_degree(self) -> None:
        assert bloedverwantschap_graad("T", "A", STAMBOOM) == 3
        assert bloedverwantschap_graad("V", "N", STAMBOOM) == 3

    def test_first_cousins_are_fourth_degree(self) -> None:
        assert bloedverwantschap_graad("A", "N", STAMBOOM) == 4

    def test_first_cousin_once_removed_is_fifth_degree(self) -> None:
        assert bloedverwantschap_graad("K", "N", STAMBOOM) == 5

    def test_unrelated_people_have_no_degree(self) -> None:
        assert bloedverwantschap_graad("A", "Z", STAMBOOM) is None
        assert bloedverwantschap_graad("onbekend1", "onbekend2", {}) is None

    def test_direct_line_is_told_apart_from_collateral(self) -> None:
        overgrootouder = bloedverwantschap("G1", "K", STAMBOOM)
        oom = bloedverwantschap("T", "A", STAMBOOM)

        assert overgrootouder is not None and (
            overgrootouder.graad,
            overgrootouder.rechte_lijn,
        ) == (3, True)
        assert oom is not None and (oom.graad, oom.rechte_lijn) == (3, False)


class TestRegel:
    def test_parent_and_child_may_not_marry(self) -> None:
        assert toets_bloedverwantschap("V", "A", STAMBOOM, False).uitkomst is Uitkomst.NIET_VOLDAAN

    def test_siblings_may_not_marry_even_with_a_declaration(self) -> None:
        uitkomst = toets_bloedverwantschap("A", "B", STAMBOOM, True)
        assert uitkomst.uitkomst is Uitkomst.NIET_VOLDAAN
        assert "broer of zus" in uitkomst.reden

    def test_direct_line_in_the_third_degree_may_not_marry(self) -> None:
        assert toets_bloedverwantschap("G1", "K", STAMBOOM, True).uitkomst is Uitkomst.NIET_VOLDAAN

    def test_cousins_need_the_sworn_declaration(self) -> None:
        zonder = toets_bloedverwantschap("A", "N", STAMBOOM, False)
        met = toets_bloedverwantschap("A", "N", STAMBOOM, True)

        assert zonder.uitkomst is Uitkomst.HANDMATIGE_BEOORDELING
        assert met.uitkomst is Uitkomst.VOLDAAN
        assert zonder.gegevens == {"graad": 4, "rechteLijn": False, "verklaringAanwezig": False}

    def test_uncle_and_niece_need_the_sworn_declaration(self) -> None:
        assert toets_bloedverwantschap("T", "A", STAMBOOM, False).uitkomst is (
            Uitkomst.HANDMATIGE_BEOORDELING
        )

    def test_fifth_degree_and_unrelated_pass(self) -> None:
        assert toets_bloedverwantschap("K", "N", STAMBOOM, False).uitkomst is Uitkomst.VOLDAAN
        assert toets_bloedverwantschap("A", "Z", STAMBOOM, False).uitkomst is Uitkomst.VOLDAAN


class TestNogOpTeHalen:
    def test_walks_two_generations_one_batch_at_a_time(self) -> None:
        brp = {
            "A": ("V", "M"),
            "N": ("T", "O"),
            "V": ("G1", "G2"),
            "M": (),
            "T": ("G1", "G2"),
            "O": (),
        }
        stamboom: dict[str, tuple[str, ...]] = {}
        batches = []
        while batch := nog_op_te_halen(stamboom, ["A", "N"]):
            batches.append(batch)
            stamboom.update({bsn: brp.get(bsn, ()) for bsn in batch})

        assert batches == [{"A", "N"}, {"V", "M", "T", "O"}]
        assert bloedverwantschap_graad("A", "N", stamboom) == 4

    def test_asks_for_nothing_already_known(self) -> None:
        assert nog_op_te_halen(STAMBOOM, ["A", "B"]) == set()

    def test_more_generations_reach_further(self) -> None:
        assert nog_op_te_halen({"K": ("A", "P"), "A": ("V", "M")}, ["K"], generaties=3) == {
            "P",
            "V",
            "M",
        }
