"""The actor network: who acts on whom, weighted by events; GraphML and an image."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from tidings.store import Store


def actor_graph(store: Store, *, min_events: int = 1) -> nx.DiGraph:
    """Directed graph: nodes are actor codes (countries for state organs and persons),
    edges carry the number of events, cooperative/conflictual counts and mean intensity."""
    rows = store.query(
        """
        SELECT coalesce(source_country, source_code) AS src, coalesce(target_country, target_code) AS tgt,
               count(*) AS events, count(*) FILTER (WHERE quad_class IN (1, 2)) AS cooperative,
               count(*) FILTER (WHERE quad_class IN (3, 4)) AS conflictual,
               avg(coalesce(intensity, 0)) AS mean_intensity
        FROM events WHERE NOT coalesce(negated, false) AND source_code IS NOT NULL AND target_code IS NOT NULL
        GROUP BY 1, 2 HAVING src <> tgt AND count(*) >= ?
        """,
        [min_events],
    )
    g = nx.DiGraph()
    for r in rows:
        g.add_edge(
            r["src"],
            r["tgt"],
            weight=int(r["events"]),
            cooperative=int(r["cooperative"]),
            conflictual=int(r["conflictual"]),
            mean_intensity=float(r["mean_intensity"]),
        )
    for node in g.nodes:
        g.nodes[node]["events"] = int(g.degree(node, weight="weight"))
    return g


def write_graphml(g: nx.DiGraph, path: Path) -> Path:
    nx.write_graphml(g, path)
    return path


def draw_graph(g: nx.DiGraph, path: Path) -> Path:
    """Node size by events, edge width by events, edge colour by mean intensity."""
    import matplotlib.pyplot as plt

    from tidings.analyze.charts import QUAD_NAMES  # noqa: F401 - selects the Agg backend first

    fig, ax = plt.subplots(figsize=(9, 7))
    if g.number_of_nodes():
        pos = nx.spring_layout(g, seed=7, weight="weight", k=1.2)
        sizes = [200 + 60 * g.nodes[n]["events"] for n in g.nodes]
        nx.draw_networkx_nodes(g, pos, node_size=sizes, node_color="#dbe4ff", edgecolors="#364fc7", ax=ax)
        nx.draw_networkx_labels(g, pos, font_size=9, ax=ax)
        widths = [0.8 + 0.8 * d["weight"] for _, _, d in g.edges(data=True)]
        colours = [d["mean_intensity"] for _, _, d in g.edges(data=True)]
        nx.draw_networkx_edges(
            g,
            pos,
            width=widths,
            edge_color=colours,
            edge_cmap=plt.get_cmap("RdYlGn"),
            edge_vmin=-10,
            edge_vmax=10,
            arrows=True,
            arrowsize=14,
            connectionstyle="arc3,rad=0.1",
            ax=ax,
        )
    ax.set_title(
        "Who acts on whom (edge width: events; colour: mean intensity, red conflict → green cooperation)",
        fontsize=10,
    )
    ax.axis("off")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return path
