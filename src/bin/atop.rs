//! Builds the ATOP dataset: `atop SOURCE_DIR OUTPUT_FILE`, for example
//! `cargo run --release --locked --bin atop -- sources/atop data/atop-5.1.json`.
//! Prints what it corrected and what it wrote; exits with 1 and the reason on a problem.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::process::ExitCode;
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [source, output] = args.as_slice() else {
        eprintln!(
            "usage: atop SOURCE_DIR OUTPUT_FILE (for example sources/atop data/atop-5.1.json)"
        );
        return ExitCode::from(2);
    };
    match run(source, output) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("atop: {message}");
            ExitCode::from(1)
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn run(source: &str, output: &str) -> Result<(), String> {
    use alliance_map::convert::atop::{convert, SourceFiles};
    let files = SourceFiles::read(std::path::Path::new(source)).map_err(|e| e.to_string())?;
    let conversion = convert(&files).map_err(|e| e.to_string())?;
    for note in &conversion.notes {
        println!("note: {note}");
    }
    let text = conversion.dataset.to_json().map_err(|e| e.to_string())?;
    std::fs::write(output, &text).map_err(|e| format!("{output}: {e}"))?;
    let d = &conversion.dataset;
    println!(
        "{output}: {} alliances as {} ties, {} states, {} bytes",
        conversion.alliances,
        d.ties.len(),
        d.states.len(),
        text.len()
    );
    Ok(())
}

#[cfg(target_arch = "wasm32")]
fn main() {}
