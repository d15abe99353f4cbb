//! Times the d3-default layout natively on a graph file of the benchmark's format:
//! `cargo run --release --example layout_speed -- graph.json [ticks]`.

use std::time::Instant;

use alliance_map::layout::reference::d3_defaults;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(path) = args.get(1) else {
        eprintln!("usage: layout_speed GRAPH.json [TICKS]");
        std::process::exit(2);
    };
    let ticks: usize = args.get(2).and_then(|t| t.parse().ok()).unwrap_or(300);
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let graph: serde_json::Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
    let nodes = graph["nodes"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default();
    let index: std::collections::HashMap<&str, usize> = nodes
        .iter()
        .enumerate()
        .filter_map(|(i, n)| Some((n["id"].as_str()?, i)))
        .collect();
    let links: Vec<(usize, usize)> = graph["links"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default()
        .iter()
        .filter_map(|l| Some((index[l["source"].as_str()?], index[l["target"].as_str()?])))
        .collect();
    let mut sim = d3_defaults(nodes.len(), &links);
    let mut times = Vec::with_capacity(ticks);
    for _ in 0..ticks {
        let start = Instant::now();
        sim.tick();
        times.push(start.elapsed().as_secs_f64() * 1e3);
    }
    times.sort_by(f64::total_cmp);
    println!(
        "{} nodes, {} links: median tick {:.3} ms",
        nodes.len(),
        links.len(),
        times[times.len() / 2]
    );
}
