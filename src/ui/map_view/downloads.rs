//! The map's downloads: the view as an SVG image or a PNG at twice its size (both drawn from
//! the display list of the map as it is now, with title, date, legend and sources), the
//! ties shown as CSV, the whole dataset as GEXF, and the app with the dataset as one HTML
//! file that works offline ([`crate::ui::offline`]). The menu closes once a choice is made.

use std::rc::Rc;

use web_sys::Element;
use yew::prelude::*;

use super::surface::Shared;
use crate::export::csv::ties_csv;
use crate::export::gexf::gexf;
use crate::export::svg::svg;
use crate::model::dataset::TieIx;
use crate::model::date::Day;
use crate::scene::frame::Frame;
use crate::scene::map_data::MapData;
use crate::ui::download;
use crate::ui::offline::OfflineItem;

/// What the downloads are made of.
pub(super) struct DownloadsProps {
    pub(super) shared: Shared,
    pub(super) map: Rc<MapData>,
    pub(super) frame: Rc<Frame>,
    pub(super) day: Day,
    /// The date in words ("15 June 2021", or with the comparison).
    pub(super) when: AttrValue,
}

/// A menu item's action, after which the menu closes.
fn item(action: impl Fn() + 'static) -> Callback<MouseEvent> {
    Callback::from(move |e: MouseEvent| {
        action();
        if let Some(item) = e.target_dyn_into::<Element>() {
            download::close_menu(&item);
        }
    })
}

fn image(props: &DownloadsProps, png: bool) -> Callback<MouseEvent> {
    let (shared, when, data) = (props.shared.clone(), props.when.clone(), props.map.clone());
    let name = format!(
        "alliance-map-{}.{}",
        props.day.to_date(),
        if png { "png" } else { "svg" }
    );
    item(move || {
        let Some(picture) = shared.borrow().as_ref().map(|s| s.picture(&when)) else {
            return;
        };
        let _ = if png {
            download::save_png(&picture, 2.0, &name)
        } else {
            download::save_text(&svg(&picture, &data.data).text, "image/svg+xml", &name)
        };
    })
}

/// The "Download" menu.
pub(super) fn downloads(props: &DownloadsProps) -> Html {
    let save_csv = {
        let (map, frame, day) = (props.map.clone(), props.frame.clone(), props.day);
        let name = format!("alliance-map-{}.csv", day.to_date());
        item(move || {
            let ties: Vec<TieIx> = frame
                .ties
                .iter()
                .copied()
                .filter(|t| map.data.tie(*t).is_active(day))
                .collect();
            let _ = download::save_text(&ties_csv(&map.data, &ties, day), "text/csv", &name);
        })
    };
    let save_gexf = {
        let map = props.map.clone();
        item(move || {
            let _ = download::save_text(&gexf(&map.data), "application/xml", "alliance-map.gexf");
        })
    };
    html! {
        <details class="downloads">
            <summary>{ "Download" }</summary>
            <ul>
                <li><button type="button" onclick={image(props, false)}>{ "SVG image" }</button></li>
                <li><button type="button" onclick={image(props, true)}>{ "PNG image" }</button></li>
                <li><button type="button" onclick={save_csv}>{ "CSV of the ties shown" }</button></li>
                <li><button type="button" onclick={save_gexf}>{ "GEXF for Gephi" }</button></li>
                <OfflineItem map={props.map.clone()} />
            </ul>
        </details>
    }
}
