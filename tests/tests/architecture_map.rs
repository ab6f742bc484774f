//! ARCHITECTURE.md is the map someone new reads first: every source module of every crate must
//! be on it, in its crate's section, so a new module cannot land unexplained (modelled on
//! rust-analyzer's `tidy` tests).

use std::path::{Path, PathBuf};

/// Each crate: its directory, and the headings that start its sections of ARCHITECTURE.md.
const CRATES: [(&str, &[&str]); 5] = [
    (
        "core",
        &["### core (`keikka-core`)", "## The benefit engine"],
    ),
    ("device", &["### device (`keikka-device`)"]),
    ("app", &["### app (`keikka-app`)"]),
    ("sync-server", &["### sync-server (`keikka-sync-server`)"]),
    ("tests", &["### tests (`keikka-tests`)"]),
];

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The `.rs` files under `dir`, as paths relative to `root`.
fn sources(root: &Path, dir: &Path, out: &mut Vec<String>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("a directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            sources(root, &path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let relative = path.strip_prefix(root).expect("under its root");
            out.push(relative.to_string_lossy().replace('\\', "/"));
        }
    }
}

/// How the map names a module file: `store/` for `store/mod.rs`, `store/outbox.rs` or
/// `outbox.rs` for a file in a directory, `money.rs` at the top. The crate root and the test
/// modules beside the code (`tests.rs`) need no line of their own.
fn names_of(module: &str) -> Option<Vec<String>> {
    let file = module.rsplit('/').next().unwrap_or(module);
    match file {
        "lib.rs" | "main.rs" | "tests.rs" if !module.contains("bin/") => None,
        "mod.rs" => Some(vec![module.trim_end_matches("mod.rs").to_owned()]),
        _ => {
            let mut names = vec![module.to_owned()];
            if module.contains('/') {
                names.push(file.to_owned());
            }
            Some(names)
        }
    }
}

/// The section of `map` that starts at `heading`, up to the next heading of its level or above.
fn section<'m>(map: &'m str, heading: &str) -> &'m str {
    let start = map
        .find(heading)
        .unwrap_or_else(|| panic!("ARCHITECTURE.md has no section {heading:?}"));
    let level = heading.split(' ').next().unwrap_or("#");
    let body = &map[start + heading.len()..];
    let end = (1..=level.len())
        .filter_map(|n| body.find(&format!("\n{} ", "#".repeat(n))))
        .min()
        .unwrap_or(body.len());
    &body[..end]
}

#[test]
fn every_source_module_is_on_the_architecture_map_in_its_crates_section() {
    let root = workspace();
    let map = std::fs::read_to_string(root.join("ARCHITECTURE.md")).expect("ARCHITECTURE.md");
    let mut missing = Vec::new();
    for (dir, headings) in CRATES {
        let text: String = headings.iter().map(|h| section(&map, h)).collect();
        let src = root.join(dir).join("src");
        let mut modules = Vec::new();
        sources(&src, &src, &mut modules);
        assert!(!modules.is_empty(), "{dir}/src has no modules");
        for module in modules {
            let Some(names) = names_of(&module) else {
                continue;
            };
            if !names.iter().any(|name| text.contains(&format!("`{name}`"))) {
                missing.push(format!("{dir}/src/{module} (as `{}`)", names[0]));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "modules ARCHITECTURE.md does not name in their crate's section:\n{}",
        missing.join("\n")
    );
}

#[test]
fn the_map_check_sees_a_module_that_is_not_named() {
    let map = "### app (`keikka-app`)\n\n- `ui/`: the screens\n- `store/outbox.rs`: …\n## Next";
    let text = section(map, "### app (`keikka-app`)");
    let named = |module: &str| {
        names_of(module)
            .unwrap_or_default()
            .iter()
            .any(|name| text.contains(&format!("`{name}`")))
    };
    assert!(named("ui/mod.rs"));
    assert!(named("store/outbox.rs"));
    assert!(!named("store/answers.rs"));
    assert!(
        !named("ui/me.rs"),
        "a directory's line does not name its files"
    );
    assert_eq!(names_of("lib.rs"), None);
    assert_eq!(names_of("store/tests.rs"), None);
}
