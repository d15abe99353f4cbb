//! The current view as a standalone SVG image: the map as drawn (lines, hubs, states,
//! labels), with a title and the date above, and a legend and the sources below. Every
//! text is escaped; the image carries `<title>` and `<desc>` for assistive technology.

use super::xml::escape;
use crate::model::dataset::{Stance, StateIx};
use crate::scene::batches::line_width;
use crate::scene::frame::{Change, Frame};
use crate::scene::hit::HUB_RADIUS;
use crate::scene::labels::{marker_box, place, Rect, Wanted};
use crate::scene::map_data::MapData;
use crate::scene::style::{dasharray, domain_style, strand_look, ENDED, RIVALRY_TICK_GAP};
use crate::scene::view::Viewport;

const HEADER: f64 = 52.0;
const FONT: &str = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
/// Rough width of one character of a 13 px bold label, for placing labels.
const CHAR_WIDTH: f64 = 7.4;
/// Characters per line of the sources line.
const WRAP: usize = 150;

/// What to export: the map as the painter shows it.
pub struct Picture<'a> {
    pub map: &'a MapData,
    pub frame: &'a Frame,
    /// Where each body is drawn, in layout units.
    pub bodies: &'a [(f64, f64)],
    pub view: Viewport,
    /// The map's size in pixels.
    pub size: (f64, f64),
    /// "15 June 2021", or "15 June 2021 compared with 1 June 2009".
    pub when: String,
}

fn p(v: f64) -> String {
    format!("{:.1}", v)
}

/// Splits text into lines of at most `width` characters at spaces.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = vec![String::new()];
    for word in text.split(' ') {
        let line = lines.last_mut().expect("one line at least");
        if !line.is_empty() && line.chars().count() + word.chars().count() + 1 > width {
            lines.push(word.to_string());
        } else {
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
    }
    lines
}

/// An SVG document and its size in pixels.
#[derive(Debug, Clone, PartialEq)]
pub struct Image {
    pub text: String,
    pub width: f64,
    pub height: f64,
}

/// The SVG document.
pub fn svg(pic: &Picture) -> Image {
    let map = pic.map;
    let data = &map.data;
    let (w, h) = pic.size;
    let v = &pic.view;
    let at = |b: u32| {
        let (x, y) = v.to_screen(pic.bodies[b as usize]);
        (x, y + HEADER)
    };
    let sources = format!("Sources: {}", data.sources_line());
    let source_lines = wrap(&sources, WRAP);
    let footer = 34.0 + 16.0 * source_lines.len() as f64;
    let total = HEADER + h + footer;
    let shown = pic.frame.same + pic.frame.added;
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"{}\" viewBox=\"0 0 {} {}\" role=\"img\" aria-labelledby=\"t d\" font-family=\"{FONT}\">\n",
        p(w), p(total), p(w), p(total)
    );
    out.push_str(&format!(
        "<title id=\"t\">{} — {}</title>\n",
        escape(&data.title),
        escape(&pic.when)
    ));
    out.push_str(&format!(
        "<desc id=\"d\">A map of {} states; {shown} ties in force on {}. Lines are ties, coloured and dashed by domain; rivalry lines carry cross ticks; diamonds join the members of ties of three or more states.</desc>\n",
        data.states.len(),
        escape(&pic.when)
    ));
    out.push_str(&format!(
        "<rect width=\"{}\" height=\"{}\" fill=\"#ffffff\"/>\n",
        p(w),
        p(total)
    ));
    out.push_str(&format!(
        "<text x=\"16\" y=\"24\" font-size=\"18\" font-weight=\"700\" fill=\"#1e293b\">{}</text>\n<text x=\"16\" y=\"43\" font-size=\"13\" fill=\"#475569\">Ties in force on {}</text>\n",
        escape(&data.title),
        escape(&pic.when)
    ));
    out.push_str(&format!("<g clip-path=\"url(#map)\"><clipPath id=\"map\"><rect y=\"{HEADER}\" width=\"{}\" height=\"{}\"/></clipPath>\n", p(w), p(h)));

    // Lines, one path per strand, grouped under their tie's id.
    let width = line_width(pic.frame.strands.len());
    for s in &pic.frame.strands {
        let tie = data.tie(s.tie);
        let style = domain_style(s.domain.index());
        let (color, alpha, extra) = strand_look(s.domain.index(), pic.frame.comparing, s.change);
        let shifted = Viewport {
            ty: v.ty + HEADER,
            ..*v
        };
        let c = s.on_screen(&shifted, pic.bodies);
        out.push_str(&format!(
            "<path data-tie=\"{}\" d=\"M{} {}Q{} {} {} {}\" fill=\"none\" stroke=\"{color}\" stroke-opacity=\"{alpha}\" stroke-width=\"{}\" stroke-dasharray=\"{}\"/>\n",
            escape(&tie.id), p(c.from.0), p(c.from.1), p(c.control.0), p(c.control.1), p(c.to.0), p(c.to.1), p(width + extra), dasharray(&style)
        ));
        if tie.stance == Stance::Rivalry {
            let mut d = String::new();
            for t in c.marks(RIVALRY_TICK_GAP) {
                let (q, n) = (c.point(t), c.normal(t));
                d.push_str(&format!(
                    "M{} {}L{} {}",
                    p(q.0 - n.0 * 4.5),
                    p(q.1 - n.1 * 4.5),
                    p(q.0 + n.0 * 4.5),
                    p(q.1 + n.1 * 4.5)
                ));
            }
            if !d.is_empty() {
                out.push_str(&format!("<path d=\"{d}\" stroke=\"{color}\" stroke-opacity=\"{alpha}\" stroke-width=\"{}\"/>\n", p(width * 0.75)));
            }
        }
    }
    // Hubs.
    for (t, b, change) in &pic.frame.hubs {
        let (x, y) = at(*b);
        let r = HUB_RADIUS;
        let fill = if data.tie(*t).stance == Stance::Rivalry {
            "#fde2e2"
        } else {
            "#ffffff"
        };
        let stroke = if *change == Change::Ended {
            ENDED
        } else {
            "#1e293b"
        };
        out.push_str(&format!(
            "<path data-hub=\"{}\" d=\"M{} {}L{} {}L{} {}L{} {}Z\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"1.5\"/>\n",
            escape(&data.tie(*t).id), p(x), p(y - r), p(x + r), p(y), p(x), p(y + r), p(x - r), p(y)
        ));
    }
    // States and their labels.
    let n = data.states.len();
    for i in 0..n {
        let (x, y) = at(i as u32);
        let active = pic.frame.active[i];
        // A state that does not exist on the date is faded and left unlabelled.
        let absent = if pic.frame.exists[i] {
            ""
        } else {
            " opacity=\"0.25\""
        };
        out.push_str(&format!(
            "<circle data-state=\"{}\" cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"{}\" stroke=\"{}\" stroke-width=\"1.5\"{absent}/>\n",
            escape(&data.state(StateIx(i as u32)).id), p(x), p(y), p(map.radius[i]),
            if active { "#1e293b" } else { "#e2e8f0" },
            if active { "#ffffff" } else { "#94a3b8" }
        ));
    }
    let mut order: Vec<usize> = (0..n).filter(|&i| pic.frame.exists[i]).collect();
    order.sort_by(|&a, &b| {
        pic.frame.active[b]
            .cmp(&pic.frame.active[a])
            .then(map.radius[b].total_cmp(&map.radius[a]))
    });
    let wanted: Vec<Wanted> = order
        .iter()
        .map(|&i| Wanted {
            at: at(i as u32),
            radius: map.radius[i],
            width: data.states[i].name.chars().count() as f64 * CHAR_WIDTH,
            height: 16.0,
        })
        .collect();
    let markers: Vec<Rect> = (0..n)
        .map(|i| marker_box(at(i as u32), map.radius[i]))
        .collect();
    let placed = place(
        &wanted,
        &markers,
        Rect {
            x: 0.0,
            y: HEADER,
            w,
            h,
        },
    );
    for (k, &i) in order.iter().enumerate() {
        if let Some(b) = placed[k] {
            out.push_str(&format!(
                "<text x=\"{}\" y=\"{}\" font-size=\"13\" font-weight=\"600\" fill=\"{}\" stroke=\"#ffffff\" stroke-width=\"4\" stroke-linejoin=\"round\" paint-order=\"stroke\">{}</text>\n",
                p(b.x), p(b.y + 13.0), if pic.frame.active[i] { "#1e293b" } else { "#64748b" }, escape(&data.states[i].name)
            ));
        }
    }
    out.push_str("</g>\n");

    // Legend and sources.
    let y = HEADER + h + 20.0;
    out.push_str(&format!(
        "<line x1=\"0\" x2=\"{}\" y1=\"{}\" y2=\"{}\" stroke=\"#cbd5e1\"/>\n",
        p(w),
        p(HEADER + h),
        p(HEADER + h)
    ));
    let mut x = 16.0;
    let mut item = |out: &mut String, color: &str, dash: String, ticks: bool, label: &str| {
        out.push_str(&format!("<line x1=\"{}\" x2=\"{}\" y1=\"{}\" y2=\"{}\" stroke=\"{color}\" stroke-width=\"2.4\" stroke-dasharray=\"{dash}\"/>", p(x), p(x + 28.0), p(y - 4.0), p(y - 4.0)));
        if ticks {
            out.push_str(&format!(
                "<path d=\"M{} {}V{}M{} {}V{}\" stroke=\"{color}\" stroke-width=\"1.6\"/>",
                p(x + 9.0),
                p(y - 8.0),
                p(y),
                p(x + 19.0),
                p(y - 8.0),
                p(y)
            ));
        }
        out.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" font-size=\"12\" fill=\"#1e293b\">{}</text>\n",
            p(x + 34.0),
            p(y),
            escape(label)
        ));
        x += 44.0 + label.chars().count() as f64 * 6.8;
    };
    for (i, d) in data.domains.iter().enumerate() {
        let style = domain_style(i);
        item(&mut out, style.color, dasharray(&style), false, &d.label);
    }
    item(&mut out, "#475569", "none".into(), true, "Rivalry");
    if pic.frame.comparing {
        item(
            &mut out,
            ENDED,
            "none".into(),
            false,
            "Ended since the comparison date",
        );
    }
    for (k, line) in source_lines.iter().enumerate() {
        out.push_str(&format!(
            "<text x=\"16\" y=\"{}\" font-size=\"11\" fill=\"#475569\">{}</text>\n",
            p(y + 20.0 + 16.0 * k as f64),
            escape(line)
        ));
    }
    out.push_str("</svg>\n");
    Image {
        text: out,
        width: w,
        height: total,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::parse::parse;
    use crate::scene::view::Bounds;

    fn picture_of(text: &str, f: impl FnOnce(&str) -> String) -> String {
        let map = MapData::new(parse("m", text).unwrap());
        let frame = crate::scene::frame::Frame::at(&map.data, &map.layout, map.timeline.last);
        let view = Viewport::fit(
            Bounds::around(map.layout.bodies.iter().copied()).unwrap(),
            600.0,
            400.0,
            30.0,
        );
        let pic = Picture {
            map: &map,
            frame: &frame,
            bodies: &map.layout.bodies,
            view,
            size: (600.0, 400.0),
            when: "30 June 2016".into(),
        };
        f(&svg(&pic).text)
    }

    #[test]
    fn the_image_shows_every_tie_in_force_with_title_date_legend_and_sources() {
        let doc = picture_of(include_str!("../../tests/fixtures/minimal.json"), |s| {
            s.to_string()
        });
        assert!(doc.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(doc.contains("<title id=\"t\">Minimal — 30 June 2016</title>"));
        for id in ["ab", "abc", "bc"] {
            assert!(doc.contains(&format!("data-tie=\"{id}\"")), "{id}");
        }
        assert!(doc.contains("data-hub=\"abc\""));
        assert!(doc.contains(">Sources: A document</text>"));
        assert_eq!(doc.matches("<circle").count(), 3);
    }

    #[test]
    fn a_state_that_does_not_exist_on_the_date_is_faded_and_unlabelled() {
        let text = include_str!("../../tests/fixtures/dated.json").replace(
            "\"spells\": null",
            "\"spells\": [{ \"start\": \"1900\", \"end\": \"1930\" }]",
        );
        let doc = picture_of(&text, |s| s.to_string());
        let circle = |id: &str| {
            doc.lines()
                .find(|l| l.contains(&format!("data-state=\"{id}\"")))
                .unwrap()
        };
        assert!(circle("DDD").ends_with(" opacity=\"0.25\"/>"));
        assert!(!circle("AAA").contains("opacity"));
        assert!(!doc.contains(">Dland</text>") && doc.contains(">Aland</text>"));
    }

    #[test]
    fn hostile_text_stays_text() {
        let hostile = include_str!("../../tests/fixtures/minimal.json")
            .replace("\"Aland\"", "\"<script>alert(1)</script>\"")
            .replace("\"A document\"", "\"A & B <img src=x onerror=alert(1)>\"");
        let doc = picture_of(&hostile, |s| s.to_string());
        assert!(!doc.contains("<script>") && !doc.contains("<img"));
        assert!(doc.contains("&lt;img src=x onerror=alert(1)&gt;"));
    }

    #[test]
    fn long_source_lines_wrap_at_spaces() {
        let lines = wrap(&"word ".repeat(100), 20);
        assert!(lines.iter().all(|l| l.chars().count() <= 20));
        assert_eq!(lines.join(" ").split_whitespace().count(), 100);
    }
}
