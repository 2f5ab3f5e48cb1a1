"""``defence-graph plot``: draw the partner network to PNG, SVG or PDF."""

from __future__ import annotations

from pathlib import Path

import click

from graph.cli.network_options import NetworkChoice, network_options
from graph.errors import InputError

IMAGE_FORMATS = (".png", ".svg", ".pdf")


@click.command()
@click.option("--out", "out_file", type=click.Path(dir_okay=False, path_type=Path),
              required=True, help="Image file; its extension (.png, .svg, .pdf) sets the format.")
@click.option("--layout", type=click.Choice(["spring", "geo"]), default="spring",
              show_default=True,
              help="spring: seeded force-directed; geo: each country at its capital.")
@click.option("--matrix", type=click.Choice(["partner", "type"]),
              help="Draw a heatmap instead: actor x actor, or actor x tie type.")
@click.option("--title", help="The picture's title (a default describes the view).")
@click.option("--seed", type=int, default=7, show_default=True,
              help="Seed of the layout: the same graph and seed give the same picture.")
@network_options
def plot(choice: NetworkChoice, out_file: Path, layout: str, matrix: str | None,
         title: str | None, seed: int) -> None:
    """Draw the partner network (or an ego view, a map, a matrix) to --out.

    Ties are coloured by type, with arrows for directed types; node size
    grows with the number of ties. SVG keeps labels as editable text.

    \b
    Examples:
      defence-graph plot --out out/network.png
      defence-graph plot --country Mozambique --out out/ego-mozambique.svg
      defence-graph plot --layout geo --out out/geo.pdf
      defence-graph plot --matrix type --out out/matrix.png
      defence-graph plot --type ArmsTransfer --from-year 2015 --out arms.png
    An unknown --country is a one-line error listing close matches (exit 2).
    """
    if out_file.suffix.lower() not in IMAGE_FORMATS:
        raise InputError(f"{out_file}: unknown image format (use {', '.join(IMAGE_FORMATS)})")
    if matrix and (choice.country or layout != "spring"):
        raise InputError("--matrix draws a heatmap; it does not combine with --country or --layout")
    import matplotlib

    matplotlib.use("Agg")
    from graph.draw import plot_ego, plot_matrix, plot_network, save_figure

    view = choice.network(ego=False)
    if not view.number_of_edges():
        raise InputError("no ties pass the filters; nothing to draw")
    if matrix:
        figure = plot_matrix(view, by=matrix, title=title)
    elif choice.country and layout == "spring":
        figure = plot_ego(view, choice.country, radius=choice.radius, title=title)
    else:
        view = choice.network(ego=True) if choice.country else view
        default = "Defence partner network by capital" if layout == "geo" else None
        figure = plot_network(view, layout=layout, seed=seed,  # type: ignore[arg-type]
                              title=title or default or "Defence partner network")
    save_figure(figure, out_file)
    click.echo(f"wrote {out_file}")
