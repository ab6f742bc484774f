//! Serves the participant web app (the built `keikka` wasm, its page, styles and service
//! worker) from a directory, at `/`, with headers that keep it from being framed or sniffed.

use axum::body::Body;
use axum::http::{HeaderValue, Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use std::path::{Component, Path, PathBuf};

/// The page's rules for the browser: only this server's own code and styles, no inline
/// script or style, no framing. WebAssembly needs `wasm-unsafe-eval`.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
     style-src 'self'; img-src 'self'; connect-src 'self'; \
     manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; \
     form-action 'self'; frame-ancestors 'none'";

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("webmanifest") => "application/manifest+json",
        Some("json") => "application/json",
        _ => "application/octet-stream",
    }
}

/// The file under `root` that `uri` names, or `None` for anything that could leave `root`
/// (`..`, absolute parts, backslashes) or is hidden.
pub fn resolve(root: &Path, uri: &Uri) -> Option<PathBuf> {
    let path = uri.path();
    let relative = path.trim_start_matches('/');
    let relative = if relative.is_empty() {
        "index.html"
    } else {
        relative
    };
    if relative.contains('\\') || relative.contains('\0') {
        return None;
    }
    let mut out = root.to_path_buf();
    for part in Path::new(relative).components() {
        match part {
            Component::Normal(name) if !name.to_string_lossy().starts_with('.') => out.push(name),
            _ => return None,
        }
    }
    Some(out)
}

/// The file, or why not; the security headers are added by [`serve_file`] to every answer.
async fn file_response(root: &Path, method: &Method, uri: &Uri) -> Response {
    if method != Method::GET && method != Method::HEAD {
        return StatusCode::METHOD_NOT_ALLOWED.into_response();
    }
    let Some(path) = resolve(root, uri) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let Ok(bytes) = tokio::fs::read(&path).await else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let mut response = if method == Method::HEAD {
        Response::new(Body::empty())
    } else {
        Response::new(Body::from(bytes))
    };
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(content_type(&path)),
    );
    response
}

/// Answers a GET for the web app from `root`, with the page's security headers.
pub async fn serve_file(root: &Path, method: &Method, uri: &Uri) -> Response {
    let mut response = file_response(root, method, uri).await;
    let headers = response.headers_mut();
    // The service worker decides what is kept for offline use; the browser checks each time.
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CONTENT_SECURITY_POLICY),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(path: &str) -> Option<PathBuf> {
        resolve(Path::new("/srv/web"), &path.parse().unwrap())
    }

    #[test]
    fn the_root_is_the_page_and_files_resolve_under_the_directory() {
        assert_eq!(at("/"), Some(PathBuf::from("/srv/web/index.html")));
        assert_eq!(
            at("/keikka_bg.wasm"),
            Some(PathBuf::from("/srv/web/keikka_bg.wasm"))
        );
        assert_eq!(at("/a/b.css?v=1"), Some(PathBuf::from("/srv/web/a/b.css")));
    }

    #[test]
    fn nothing_outside_the_directory_or_hidden_can_be_named() {
        assert_eq!(at("/../etc/passwd"), None);
        assert_eq!(at("/a/../../x"), None);
        assert_eq!(
            at("/%2e%2e/x").map(|p| p.starts_with("/srv/web")),
            Some(true)
        );
        assert_eq!(at("/.git/config"), None);
        assert_eq!(at("/a\\..\\b"), None);
    }
}
