"""Pictures: what is drawn (structure, not pixels), saving, determinism, and the plot command."""

from __future__ import annotations

import math
import random
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import networkx as nx
import pytest
from click.testing import CliRunner
from matplotlib.axes import Axes
from matplotlib.collections import LineCollection
from matplotlib.colors import to_rgba
from matplotlib.patches import FancyArrowPatch
from matplotlib.text import Annotation

import graph
from graph.cli import cli
from graph.draw import (
    LARGE_NETWORK,
    TIE_COLOURS,
    geo_positions,
    plot_ego,
    plot_matrix,
    plot_network,
    save_figure,
    spring_positions,
    tie_label,
)
from graph.errors import InputError, UnknownEntityError
from graph.gazetteer import default_gazetteer
from graph.model import TIE_TYPES
from tests.network_data import small_graph

SEED_COUNTRIES = {"Russia", "Mozambique", "Algeria", "Kenya", "United States", "South Africa",
                  "United Kingdom"}


@pytest.fixture(scope="module")
def seed_view() -> nx.MultiDiGraph:
    return graph.load().network()


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def labels(ax: Axes) -> dict[str, Annotation]:
    return {text.get_text(): text for text in ax.texts
            if isinstance(text, Annotation) and (text.get_gid() or "").startswith("label-")}


def arrows(ax: Axes) -> list[FancyArrowPatch]:
    return [patch for patch in ax.patches if isinstance(patch, FancyArrowPatch)]


def test_network_labels_every_seed_country_inside_the_figure(seed_view: nx.MultiDiGraph) -> None:
    figure = plot_network(seed_view)
    ax = figure.axes[0]
    assert set(labels(ax)) == SEED_COUNTRIES
    figure.canvas.draw()
    frame = figure.bbox
    boxes = [label.get_window_extent() for label in labels(ax).values()]
    for box in boxes:
        assert frame.x0 <= box.x0 and box.x1 <= frame.x1
        assert frame.y0 <= box.y0 and box.y1 <= frame.y1
    # No two labels overlap.
    assert not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])


def test_network_draws_one_coloured_arrow_per_tie(seed_view: nx.MultiDiGraph) -> None:
    ax = plot_network(seed_view).axes[0]
    drawn = arrows(ax)
    assert len(drawn) == seed_view.number_of_edges()
    ties = [data for _, _, data in seed_view.edges(data=True)]
    want = sorted((to_rgba(TIE_COLOURS[d["type"]]), d["directed"]) for d in ties)
    got = sorted((tuple(patch.get_edgecolor()), type(patch.get_arrowstyle()).__name__
                  == "CurveFilledB") for patch in drawn)
    assert got == want


def test_legend_matches_the_colours(seed_view: nx.MultiDiGraph) -> None:
    legend = plot_network(seed_view).axes[0].get_legend()
    entries = {text.get_text(): to_rgba(line.get_color())
               for text, line in zip(legend.get_texts(), legend.get_lines(), strict=True)}
    types = {tie_type for _, _, tie_type in seed_view.edges(data="type")}
    present = [name for name in TIE_TYPES if name in types]
    assert list(entries) == [tie_label(name) + (" (→)" if name in ("ArmsTransfer", "Training",
                                                                     "PrimaryPartner") else "")
                             for name in present]
    for name in present:
        label = next(text for text in entries if text.startswith(tie_label(name)))
        assert entries[label] == to_rgba(TIE_COLOURS[name])


def test_tie_label() -> None:
    assert tie_label("IntelligenceSharing") == "Intelligence sharing"
    assert len(set(TIE_COLOURS.values())) == len(TIE_TYPES)


def test_layout_is_seeded(seed_view: nx.MultiDiGraph) -> None:
    assert spring_positions(seed_view, seed=3) == spring_positions(seed_view, seed=3)


def test_geo_layout_puts_countries_at_capitals(seed_view: nx.MultiDiGraph) -> None:
    countries = default_gazetteer().countries
    maputo, moscow = countries["MOZ"], countries["RUS"]
    assert geo_positions(seed_view)["Mozambique"] == (maputo.capital_lon, maputo.capital_lat)
    ax = plot_network(seed_view, layout="geo").axes[0]
    texts = labels(ax)
    assert set(texts) == SEED_COUNTRIES
    assert texts["Russia"].xy == (moscow.capital_lon, moscow.capital_lat)
    assert 30 < moscow.capital_lon < 45 and 50 < moscow.capital_lat < 60  # longitude is x
    assert any(tick.get_text().endswith("°E") for tick in ax.get_xticklabels())


def test_geo_layout_leaves_out_actors_without_coordinates() -> None:
    view = small_graph().network()
    ax = plot_network(view, layout="geo").axes[0]
    assert "NATO" not in labels(ax)
    assert any("1 without coordinates not shown" in text.get_text() for text in ax.texts)


def test_ego_view_has_the_country_at_the_centre(seed_view: nx.MultiDiGraph) -> None:
    ax = plot_ego(seed_view, "Russia").axes[0]
    texts = labels(ax)
    assert set(texts) == {"Russia", "Mozambique", "Algeria"}
    assert texts["Russia"].xy == (0.0, 0.0)
    assert len(arrows(ax)) == 7
    (left, right), (bottom, top) = ax.get_xlim(), ax.get_ylim()
    assert left == pytest.approx(-right) and bottom == pytest.approx(-top)


def test_ego_view_groups_partners_by_tie_type() -> None:
    ax = plot_ego(small_graph().network(), "United States").axes[0]
    texts = labels(ax)
    captions = {text.get_text() for text in ax.texts if text not in texts.values()}
    assert {"Joint exercise", "Alliance membership"} <= captions

    def angle(name: str) -> float:
        x, y = texts[name].xy
        return math.degrees(math.atan2(y, x)) % 360

    # Kenya and the United Kingdom exercise with the United States: one sector,
    # neighbouring places; NATO, an alliance, is a sector of its own past a gap.
    assert angle("United Kingdom") - angle("Kenya") == pytest.approx(72)
    assert angle("NATO") - angle("United Kingdom") == pytest.approx(144)


def test_unknown_country_lists_close_matches(seed_view: nx.MultiDiGraph) -> None:
    with pytest.raises(UnknownEntityError, match="did you mean Mozambique"):
        plot_ego(seed_view, "Mozambiqe")


def test_matrix_by_type_and_by_partner(seed_view: nx.MultiDiGraph) -> None:
    ax = plot_matrix(seed_view, by="type").axes[0]
    assert ax.get_xticklabels()[0].get_text() == "Arms transfer"
    cells = {text.get_text() for text in ax.texts}
    assert "2" in cells  # Russia's two arms transfers
    ax = plot_matrix(seed_view, by="partner").axes[0]
    assert [tick.get_text() for tick in ax.get_yticklabels()] == sorted(SEED_COUNTRIES)
    with pytest.raises(InputError):
        plot_matrix(seed_view, by="colour")  # type: ignore[arg-type]


def test_drawing_functions_take_an_axes(seed_view: nx.MultiDiGraph) -> None:
    figure, axes = plt.subplots(1, 3, figsize=(18, 5))
    assert plot_network(seed_view, ax=axes[0]) is figure
    assert plot_ego(seed_view, "Mozambique", ax=axes[1]) is figure
    assert plot_matrix(seed_view, ax=axes[2]) is figure


def test_large_network_is_drawn_with_line_collections() -> None:
    rng = random.Random(1)
    view = nx.MultiDiGraph()
    nodes = [f"N{index}" for index in range(LARGE_NETWORK + 20)]
    view.add_nodes_from((node, {"kind": "Country"}) for node in nodes)
    for index, node in enumerate(nodes):
        view.add_edge(node, nodes[(index + 1) % len(nodes)], type="Training", directed=True)
        view.add_edge(node, rng.choice(nodes[:10]), type="ArmsTransfer", directed=True)
    ax = plot_network(view).axes[0]
    assert not arrows(ax)
    assert sum(isinstance(item, LineCollection) for item in ax.collections) == 2
    assert 0 < len(labels(ax)) <= 60


def test_save_each_format(tmp_path: Path, seed_view: nx.MultiDiGraph) -> None:
    figure = plot_network(seed_view)
    signatures = {".png": b"\x89PNG\r\n\x1a\n", ".pdf": b"%PDF", ".svg": b"<?xml"}
    for extension, signature in signatures.items():
        path = save_figure(figure, tmp_path / f"network{extension}")
        assert path.read_bytes().startswith(signature)
        assert path.stat().st_size > 1000
    svg = (tmp_path / "network.svg").read_text(encoding="utf-8")
    for country in SEED_COUNTRIES:  # labels stay editable text
        assert f">{country}</text>" in svg
    assert list(tmp_path.glob(".*tmp")) == []


def test_identical_input_gives_identical_files(tmp_path: Path, seed_view: nx.MultiDiGraph) -> None:
    for extension in (".svg", ".png", ".pdf"):
        first = save_figure(plot_network(seed_view), tmp_path / f"a{extension}").read_bytes()
        second = save_figure(plot_network(seed_view), tmp_path / f"b{extension}").read_bytes()
        assert first == second, extension


def test_save_rejects_unknown_formats_and_keeps_previous_file(tmp_path: Path,
                                                              seed_view: nx.MultiDiGraph) -> None:
    with pytest.raises(InputError, match="unknown image format"):
        save_figure(plot_network(seed_view), tmp_path / "network.bmp")
    target = tmp_path / "network.png"
    target.write_bytes(b"previous")
    figure = plot_network(seed_view)
    figure.axes[0].text(0, 0, "$\\undefinedmacro$")  # mathtext error at save time
    with pytest.raises(ValueError):
        save_figure(figure, target)
    assert target.read_bytes() == b"previous"
    assert list(tmp_path.glob(".*tmp")) == []


@pytest.mark.parametrize("arguments", [
    [],
    ["--country", "Mozambique"],
    ["--country", "RUS", "--radius", "2"],
    ["--layout", "geo"],
    ["--layout", "geo", "--country", "Russia"],
    ["--matrix", "type"],
    ["--matrix", "partner", "--type", "PrimaryPartner"],
])
def test_plot_command(tmp_path: Path, arguments: list[str]) -> None:
    out = tmp_path / "picture.png"
    result = CliRunner().invoke(cli, ["plot", *arguments, "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(b"\x89PNG")


def test_plot_command_errors(tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "x.png"
    result = runner.invoke(cli, ["plot", "--country", "Rusia", "--out", str(out)])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        "defence-graph: error: unknown actor 'Rusia' in this network; did you mean Russia?"]
    for arguments in (["--out", str(tmp_path / "x.bmp")],
                      ["--matrix", "type", "--country", "Kenya", "--out", str(out)],
                      ["--type", "MilitaryAid", "--out", str(out)]):
        result = runner.invoke(cli, ["plot", *arguments])
        assert result.exit_code == 2, arguments
    assert not out.exists()
