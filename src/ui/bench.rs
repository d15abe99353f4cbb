//! The benchmark page's contract (see the README's "Benchmark"): `window.benchLayout` runs
//! the d3-default simulation for a number of ticks, timing each; `window.benchFrames` runs
//! one tick and paints the whole graph with the map's own painter in each animation frame.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use js_sys::{Array, Function, Object, Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{HtmlCanvasElement, HtmlElement};

use super::painter::Painter;
use crate::layout::map::MapLayout;
use crate::layout::placement::Placement;
use crate::layout::reference::d3_defaults;
use crate::layout::simulation::Simulation;
use crate::model::dataset::{
    Citation, Dataset, Domain, DomainIx, Source, SourceIx, Stance, State, StateIx, Tie,
};
use crate::model::date::Date;
use crate::scene::camera::Camera;
use crate::scene::display::{on_screen, Emphasis, View};
use crate::scene::frame::Frame;
use crate::scene::map_data::MapData;
use crate::scene::theme::Theme;

/// A graph of the benchmark's format: node ids, and links as pairs of node indices.
struct Graph {
    ids: Vec<String>,
    links: Vec<(usize, usize)>,
}

fn get(v: &JsValue, key: &str) -> Result<JsValue, JsValue> {
    Reflect::get(v, &JsValue::from_str(key))
}

fn read_graph(graph: &JsValue) -> Result<Graph, JsValue> {
    let nodes = Array::from(&get(graph, "nodes")?);
    let ids: Vec<String> = nodes
        .iter()
        .map(|n| {
            get(&n, "id")
                .ok()
                .and_then(|id| id.as_string())
                .unwrap_or_default()
        })
        .collect();
    let index: HashMap<&str, usize> = ids
        .iter()
        .enumerate()
        .map(|(i, id)| (id.as_str(), i))
        .collect();
    let find = |end: JsValue| -> Result<usize, JsValue> {
        let id = end.as_string().ok_or("a link end is not a string")?;
        index
            .get(id.as_str())
            .copied()
            .ok_or_else(|| JsValue::from_str(&format!("unknown node {id}")))
    };
    let links = Array::from(&get(graph, "links")?)
        .iter()
        .map(|l| Ok((find(get(&l, "source")?)?, find(get(&l, "target")?)?)))
        .collect::<Result<Vec<_>, JsValue>>()?;
    Ok(Graph { ids, links })
}

fn now() -> f64 {
    gloo::utils::window()
        .performance()
        .map(|p| p.now())
        .unwrap_or(0.0)
}

fn layout(graph: JsValue, ticks: u32) -> Result<JsValue, JsValue> {
    let g = read_graph(&graph)?;
    let mut sim = d3_defaults(g.ids.len(), &g.links);
    let tick_ms = Array::new();
    for _ in 0..ticks {
        let start = now();
        sim.tick();
        tick_ms.push(&JsValue::from_f64(now() - start));
    }
    let positions: Array = sim
        .bodies
        .x
        .iter()
        .zip(&sim.bodies.y)
        .map(|(x, y)| Array::of2(&JsValue::from_f64(*x), &JsValue::from_f64(*y)))
        .collect();
    let out = Object::new();
    Reflect::set(&out, &"tickMs".into(), &tick_ms)?;
    Reflect::set(&out, &"positions".into(), &positions)?;
    Ok(out.into())
}

/// The graph as a dataset: a state per node, a cooperation tie in one domain per link.
fn as_dataset(g: &Graph) -> Dataset {
    let start = Date {
        year: 2000,
        month: None,
        day: None,
    };
    Dataset {
        title: "Benchmark graph".into(),
        description: None,
        domains: vec![Domain {
            id: "link".into(),
            label: "Link".into(),
        }],
        states: g
            .ids
            .iter()
            .map(|id| State {
                id: id.clone(),
                name: id.clone(),
                region: None,
                spells: Vec::new(),
            })
            .collect(),
        sources: vec![Source {
            id: "graph".into(),
            title: "Generated".into(),
            publisher: None,
            author: None,
            date: start,
            url: None,
        }],
        ties: g
            .links
            .iter()
            .enumerate()
            .map(|(i, &(s, t))| Tie {
                id: format!("l{i}"),
                title: String::new(),
                name: None,
                members: vec![StateIx(s as u32), StateIx(t as u32)],
                member_spans: Vec::new(),
                domains: vec![DomainIx(0)],
                stance: Stance::Cooperation,
                kind: "link".into(),
                start,
                end: None,
                summary: String::new(),
                sources: vec![Citation {
                    source: SourceIx(0),
                    quote: String::new(),
                    row: false,
                }],
                facts: Vec::new(),
            })
            .collect(),
        stories: Vec::new(),
    }
}

struct FrameRun {
    sim: Simulation,
    painter: Painter,
    map: Rc<MapData>,
    frame: Frame,
    emphasis: Emphasis,
    placement: Placement,
    camera: Camera,
    frame_ms: Array,
    left: u32,
}

type Callback = Rc<RefCell<Option<Closure<dyn FnMut(f64)>>>>;

fn request(callback: &Callback) {
    if let Some(c) = callback.borrow().as_ref() {
        let _ = gloo::utils::window().request_animation_frame(c.as_ref().unchecked_ref());
    }
}

fn frames(graph: JsValue, frames: u32) -> Result<Promise, JsValue> {
    let g = read_graph(&graph)?;
    let data = as_dataset(&g);
    let layout = MapLayout::unsettled(&data);
    let map = Rc::new(MapData::with_layout(data, layout));
    let frame = Frame::at(&map.data, &map.layout, map.timeline.last);
    let document = gloo::utils::document();
    let canvas: HtmlCanvasElement = document
        .get_element_by_id("view")
        .ok_or("no canvas #view")?
        .dyn_into()?;
    let proxies: HtmlElement = document.create_element("div")?.dyn_into()?;
    let mut painter = Painter::new(canvas, proxies)?;
    painter.resize(1024.0, 768.0, 1.0);
    let mut camera = Camera::new(false);
    camera.resize(1024.0, 768.0, &map.layout.bodies);
    let run = Rc::new(RefCell::new(FrameRun {
        sim: d3_defaults(g.ids.len(), &g.links),
        painter,
        emphasis: Emphasis::of(&map, &frame, None, None),
        placement: Placement::new(&map.layout.bodies),
        frame,
        map,
        camera,
        frame_ms: Array::new(),
        left: frames.max(1),
    }));

    let mut start = Some(run);
    Ok(Promise::new(&mut |resolve: Function, _reject| {
        let Some(run) = start.take() else { return };
        let callback: Callback = Rc::new(RefCell::new(None));
        let again = callback.clone();
        *callback.borrow_mut() = Some(Closure::new(move |_: f64| {
            let mut r = run.borrow_mut();
            let t0 = now();
            let FrameRun {
                sim,
                painter,
                map,
                frame,
                emphasis,
                placement,
                camera,
                ..
            } = &mut *r;
            sim.tick();
            placement.follow(sim);
            camera.fit(placement.bodies());
            let view = View {
                map,
                frame,
                emphasis,
                bodies: placement.bodies(),
                camera: camera.view(),
                size: camera.size(),
                theme: Theme::LIGHT,
            };
            let list = on_screen(&view, painter.measure());
            let (bodies, view) = (placement.bodies(), camera.view());
            painter.paint(&list, bodies, &map.radius, &view, String::new());
            painter.read_back();
            r.frame_ms.push(&JsValue::from_f64(now() - t0));
            r.left -= 1;
            if r.left > 0 {
                request(&again);
                return;
            }
            let out = Object::new();
            let _ = Reflect::set(&out, &"frameMs".into(), &r.frame_ms);
            let _ = resolve.call1(&JsValue::NULL, &out);
            // Drop the loop's closure once this call has returned.
            let closure = again.borrow_mut().take();
            wasm_bindgen_futures::spawn_local(async move { drop(closure) });
        }));
        request(&callback);
    }))
}

/// Sets `window.benchLayout` and `window.benchFrames`.
pub fn install() {
    let window = gloo::utils::window();
    let layout_fn = Closure::<dyn Fn(JsValue, u32) -> Promise>::new(|graph, ticks| {
        match layout(graph, ticks) {
            Ok(v) => Promise::resolve(&v),
            Err(e) => Promise::reject(&e),
        }
    });
    let frames_fn = Closure::<dyn Fn(JsValue, u32) -> Promise>::new(|graph, n| {
        frames(graph, n).unwrap_or_else(|e| Promise::reject(&e))
    });
    let _ = Reflect::set(&window, &"benchLayout".into(), layout_fn.as_ref());
    let _ = Reflect::set(&window, &"benchFrames".into(), frames_fn.as_ref());
    layout_fn.forget();
    frames_fn.forget();
}
