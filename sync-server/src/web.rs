//! Serves the participant web app (the built `keikka` wasm, its page, styles and service
//! worker) from a directory, at `/`, with headers that keep it from being framed or sniffed.
//! `scripts/build-web` leaves a brotli and a gzipped copy (`file.br`, `file.gz`) beside each big
//! file; a browser that accepts brotli (browsers send `br` over HTTPS, where a unit's server
//! runs) gets the first, one that accepts gzip the second, so a phone on a slow network
//! downloads a quarter of the bytes and the server never compresses while serving.

use axum::body::Body;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header};
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
    // A directory's address ("/", "/staff/") is its page.
    let page;
    let relative = if relative.is_empty() || relative.ends_with('/') {
        page = format!("{relative}index.html");
        page.as_str()
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

/// Whether the request's `Accept-Encoding` lists `coding` (without `q=0`).
fn accepts(request: &HeaderMap, coding: &str) -> bool {
    request
        .get_all(header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|listed| {
            let mut parts = listed.split(';').map(str::trim);
            let weight = |p: &str| {
                // "q" is case-insensitive (RFC 9110 12.4.2): "Q=0" refuses too.
                p.split_once('=')
                    .filter(|(name, _)| name.trim().eq_ignore_ascii_case("q"))
                    .and_then(|(_, q)| q.trim().parse::<f32>().ok())
            };
            parts.next().is_some_and(|c| c.eq_ignore_ascii_case(coding))
                && parts.filter_map(weight).all(|q| q > 0.0)
        })
}

/// The precompressed copies a file may have, smallest first: (suffix, `Content-Encoding`).
const ENCODINGS: [(&str, &str); 2] = [("br", "br"), ("gz", "gzip")];

/// The file, or why not; the security headers are added by [`serve_file`] to every answer.
async fn file_response(root: &Path, method: &Method, uri: &Uri, request: &HeaderMap) -> Response {
    if method != Method::GET && method != Method::HEAD {
        return StatusCode::METHOD_NOT_ALLOWED.into_response();
    }
    let Some(path) = resolve(root, uri) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    if tokio::fs::metadata(&path).await.is_ok_and(|m| m.is_dir()) {
        // "/staff" → "/staff/", so the page's relative addresses resolve inside it. Built from
        // the trimmed path: "//staff" must not become "//staff/", another host.
        let target = format!("/{}/", uri.path().trim_matches('/'));
        return match HeaderValue::from_str(&target) {
            Ok(location) => (
                StatusCode::PERMANENT_REDIRECT,
                [(header::LOCATION, location)],
            )
                .into_response(),
            Err(_) => StatusCode::NOT_FOUND.into_response(),
        };
    }
    // A `.gz` or `.br` named directly is served as the bytes it is; only the plain name gets
    // a compressed copy as its encoding, the smallest the browser accepts.
    let plain = path
        .extension()
        .is_none_or(|e| ENCODINGS.iter().all(|(suffix, _)| e != *suffix));
    let mut encoded = None;
    for (suffix, coding) in ENCODINGS {
        if !plain || !accepts(request, coding) {
            continue;
        }
        let mut name = path.clone().into_os_string();
        name.push(".");
        name.push(suffix);
        if let Ok(bytes) = tokio::fs::read(PathBuf::from(name)).await {
            encoded = Some((bytes, coding));
            break;
        }
    }
    let (bytes, encoding) = match encoded {
        Some((bytes, coding)) => (bytes, Some(coding)),
        None => match tokio::fs::read(&path).await {
            Ok(bytes) => (bytes, None),
            Err(_) => return StatusCode::NOT_FOUND.into_response(),
        },
    };
    // A HEAD answer says the length the GET would send.
    let length = HeaderValue::from(bytes.len());
    let mut response = if method == Method::HEAD {
        Response::new(Body::empty())
    } else {
        Response::new(Body::from(bytes))
    };
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_LENGTH, length);
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(content_type(&path)),
    );
    // Caches must keep the two encodings apart.
    headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    if let Some(coding) = encoding {
        headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static(coding));
    }
    response
}

/// Whether `path` names a file by its content, as `scripts/build-web` names what the page
/// loads: `keikka_bg-0123456789ab.wasm`, 12 hex digits of its SHA-256 before the extension.
fn named_by_content(path: &str) -> bool {
    let file = path.rsplit('/').next().unwrap_or(path);
    let Some((stem, _extension)) = file.rsplit_once('.') else {
        return false;
    };
    stem.rsplit_once('-').is_some_and(|(name, hash)| {
        !name.is_empty()
            && hash.len() == 12
            && hash.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
    })
}

/// Answers a GET for the web app from `root`, with the page's security headers.
pub async fn serve_file(root: &Path, method: &Method, uri: &Uri, request: &HeaderMap) -> Response {
    let mut response = file_response(root, method, uri, request).await;
    let found = response.status() == StatusCode::OK;
    let headers = response.headers_mut();
    // A file named by its content never changes: any cache may keep it. Everything else (the
    // page, the service worker) the browser checks each time; the worker decides what is kept
    // for offline use.
    let cache = if found && named_by_content(uri.path()) {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
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

    #[test]
    fn only_files_named_by_their_content_may_be_kept_for_ever() {
        for kept in [
            "/keikka_bg-0123456789ab.wasm",
            "/staff/keikka-fedcba987654.js",
            "/style-00aa11bb22cc.css",
        ] {
            assert!(named_by_content(kept), "{kept}");
        }
        for checked in [
            "/",
            "/index.html",
            "/sw.js",
            "/keikka_bg.wasm",
            "/keikka-0123456789a.js",
            "/keikka-0123456789AB.js",
            "/-0123456789ab.js",
            "/snippets/dioxus-web-eae67878b22d6805/inline0.js",
        ] {
            assert!(!named_by_content(checked), "{checked}");
        }
    }

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
        assert_eq!(
            at("/staff/"),
            Some(PathBuf::from("/srv/web/staff/index.html"))
        );
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

    fn accepting(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(header::ACCEPT_ENCODING, value.parse().unwrap());
        headers
    }

    #[test]
    fn an_encoding_is_accepted_as_browsers_ask_for_it_and_refused_with_q_zero() {
        assert!(accepts(&accepting("gzip, deflate, br, zstd"), "gzip"));
        assert!(accepts(&accepting("br;q=1.0, GZIP;q=0.5"), "gzip"));
        assert!(!accepts(&accepting("gzip;q=0"), "gzip"));
        assert!(!accepts(&accepting("gzip; q=0.0"), "gzip"));
        assert!(!accepts(&accepting("br, identity"), "gzip"));
        assert!(!accepts(&HeaderMap::new(), "gzip"));
        assert!(accepts(&accepting("gzip, deflate, br, zstd"), "br"));
        assert!(!accepts(&accepting("gzip, br;q=0"), "br"));
        assert!(!accepts(&accepting("gzip, br;Q=0"), "br"));
    }

    #[tokio::test]
    async fn a_browser_that_accepts_brotli_gets_the_brotli_copy_and_one_without_it_the_gzipped() {
        let dir = site();
        std::fs::write(dir.path().join("app.wasm.br"), "brotli wasm").unwrap();
        let uri: Uri = "/app.wasm".parse().unwrap();
        let br = serve_file(
            dir.path(),
            &Method::GET,
            &uri,
            &accepting("gzip, deflate, br"),
        )
        .await;
        assert_eq!(br.headers()[header::CONTENT_ENCODING], "br");
        assert_eq!(br.headers()[header::CONTENT_TYPE], "application/wasm");
        assert_eq!(body_of(br).await, "brotli wasm");
        let gz = serve_file(dir.path(), &Method::GET, &uri, &accepting("gzip, deflate")).await;
        assert_eq!(gz.headers()[header::CONTENT_ENCODING], "gzip");
        assert_eq!(body_of(gz).await, "gzipped wasm");
        // A copy named directly is its own bytes, not re-encoded.
        let named: Uri = "/app.wasm.br".parse().unwrap();
        let named = serve_file(dir.path(), &Method::GET, &named, &accepting("br")).await;
        assert!(named.headers().get(header::CONTENT_ENCODING).is_none());
    }

    /// A directory with a page and a wasm file, the wasm also gzipped (as `build-web` leaves it).
    fn site() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("index.html"), "<p>plain</p>").unwrap();
        std::fs::write(dir.path().join("app.wasm"), "plain wasm").unwrap();
        std::fs::write(dir.path().join("app.wasm.gz"), "gzipped wasm").unwrap();
        dir
    }

    async fn body_of(response: Response) -> String {
        let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
            .await
            .unwrap();
        String::from_utf8(bytes.to_vec()).unwrap()
    }

    #[tokio::test]
    async fn a_browser_that_accepts_gzip_gets_the_gzipped_copy_and_others_the_plain_file() {
        let dir = site();
        let uri: Uri = "/app.wasm".parse().unwrap();
        let gz = serve_file(dir.path(), &Method::GET, &uri, &accepting("gzip, br")).await;
        assert_eq!(gz.headers()[header::CONTENT_ENCODING], "gzip");
        assert_eq!(gz.headers()[header::CONTENT_TYPE], "application/wasm");
        assert_eq!(gz.headers()[header::VARY], "accept-encoding");
        assert_eq!(body_of(gz).await, "gzipped wasm");

        // HEAD says the length the GET sends.
        let head = serve_file(dir.path(), &Method::HEAD, &uri, &accepting("gzip")).await;
        assert_eq!(
            head.headers()[header::CONTENT_LENGTH],
            "gzipped wasm".len().to_string()
        );
        assert!(body_of(head).await.is_empty());

        let plain = serve_file(dir.path(), &Method::GET, &uri, &HeaderMap::new()).await;
        assert!(plain.headers().get(header::CONTENT_ENCODING).is_none());
        assert_eq!(body_of(plain).await, "plain wasm");

        // A directory named without its slash is sent to it.
        std::fs::create_dir(dir.path().join("staff")).unwrap();
        let bare: Uri = "/staff".parse().unwrap();
        let bare = serve_file(dir.path(), &Method::GET, &bare, &HeaderMap::new()).await;
        assert_eq!(bare.status(), StatusCode::PERMANENT_REDIRECT);
        assert_eq!(bare.headers()[header::LOCATION], "/staff/");
        let doubled: Uri = "//staff".parse().unwrap();
        let doubled = serve_file(dir.path(), &Method::GET, &doubled, &HeaderMap::new()).await;
        assert_eq!(doubled.headers()[header::LOCATION], "/staff/");

        // Without a gzipped copy the plain file is served even to a gzip browser.
        let page: Uri = "/".parse().unwrap();
        let page = serve_file(dir.path(), &Method::GET, &page, &accepting("gzip")).await;
        assert!(page.headers().get(header::CONTENT_ENCODING).is_none());
        assert_eq!(body_of(page).await, "<p>plain</p>");
    }
}
