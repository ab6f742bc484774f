//! One HTTP exchange with the server: reqwest natively, the browser's own `fetch` on wasm32.
//! (reqwest on wasm32 is a wrapper around `fetch` that brought URL parsing and Unicode tables
//! the browser already has: about 50 KB of every phone's download, BENCHMARKS.md.)

use super::SyncError;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Method {
    Get,
    Post,
    Delete,
}

/// A whole answer: its status and its body, read to the end.
pub(crate) struct Answer {
    pub status: u16,
    pub body: Vec<u8>,
}

impl Answer {
    /// The body as JSON. Read as text, as the store reads its rows: serde then builds one
    /// decoder per type for both instead of two (one per reader), a smaller web build.
    pub fn json<T: serde::de::DeserializeOwned>(&self) -> Result<T, String> {
        let text = std::str::from_utf8(&self.body).map_err(|e| e.to_string())?;
        serde_json::from_str(text).map_err(|e| e.to_string())
    }
}

#[cfg(not(target_arch = "wasm32"))]
#[derive(Debug, Clone)]
pub(crate) struct Http(reqwest::Client);

#[cfg(not(target_arch = "wasm32"))]
impl Http {
    pub fn new() -> Result<Http, SyncError> {
        // reqwest is built without a crypto provider; ring is the process-wide one. Installing
        // it again fails harmlessly when another part of the process (or a test) already did.
        let _ = rustls::crypto::ring::default_provider().install_default();
        reqwest::Client::builder()
            .connect_timeout(std::time::Duration::from_secs(10))
            .timeout(std::time::Duration::from_secs(60))
            .build()
            .map(Http)
            .map_err(|e| SyncError::Offline(format!("HTTP client: {e}")))
    }

    /// Sends `body` (JSON) to `url`, with `token` as the bearer token when given.
    pub async fn exchange(
        &self,
        method: Method,
        url: &str,
        token: Option<&str>,
        body: Option<Vec<u8>>,
    ) -> Result<Answer, SyncError> {
        let method = match method {
            Method::Get => reqwest::Method::GET,
            Method::Post => reqwest::Method::POST,
            Method::Delete => reqwest::Method::DELETE,
        };
        let mut request = self.0.request(method, url);
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        if let Some(body) = body {
            request = request
                .header(reqwest::header::CONTENT_TYPE, "application/json")
                .body(body);
        }
        let response = request.send().await.map_err(offline)?;
        let status = response.status().as_u16();
        // The body arrives after the status: a connection dropped here is still "offline".
        let body = response.bytes().await.map_err(offline)?;
        Ok(Answer {
            status,
            body: body.to_vec(),
        })
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn offline(e: reqwest::Error) -> SyncError {
    if e.is_builder() {
        // A malformed server address cannot be reached either; the person sees "offline"
        // wording, the log sees why.
        SyncError::Offline(format!("bad request: {e}"))
    } else {
        SyncError::Offline(e.to_string())
    }
}

#[cfg(target_arch = "wasm32")]
#[derive(Debug, Clone)]
pub(crate) struct Http;

#[cfg(target_arch = "wasm32")]
impl Http {
    pub fn new() -> Result<Http, SyncError> {
        Ok(Http)
    }

    /// Sends `body` (JSON) to `url` with the page's `fetch`, with `token` as the bearer token
    /// when given. The browser does TLS and timeouts itself.
    pub async fn exchange(
        &self,
        method: Method,
        url: &str,
        token: Option<&str>,
        body: Option<Vec<u8>>,
    ) -> Result<Answer, SyncError> {
        use wasm_bindgen::JsCast;
        use wasm_bindgen_futures::JsFuture;
        let init = web_sys::RequestInit::new();
        init.set_method(match method {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Delete => "DELETE",
        });
        let headers = web_sys::Headers::new().map_err(js)?;
        if let Some(token) = token {
            headers
                .set("authorization", &format!("Bearer {token}"))
                .map_err(js)?;
        }
        if let Some(body) = &body {
            headers
                .set("content-type", "application/json")
                .map_err(js)?;
            init.set_body(&js_sys::Uint8Array::from(body.as_slice()).into());
        }
        init.set_headers(&headers.into());
        let request = web_sys::Request::new_with_str_and_init(url, &init).map_err(js)?;
        let window = web_sys::window().ok_or_else(|| SyncError::Offline("no window".into()))?;
        let response: web_sys::Response = JsFuture::from(window.fetch_with_request(&request))
            .await
            .map_err(js)?
            .dyn_into()
            .map_err(js)?;
        let status = response.status();
        // The body arrives after the status: a connection dropped here is still "offline".
        let buffer = JsFuture::from(response.array_buffer().map_err(js)?)
            .await
            .map_err(js)?;
        Ok(Answer {
            status,
            body: js_sys::Uint8Array::new(&buffer).to_vec(),
        })
    }
}

/// A refused `fetch` (no network, a blocked address): offline, with what the browser said.
#[cfg(target_arch = "wasm32")]
fn js(e: wasm_bindgen::JsValue) -> SyncError {
    SyncError::Offline(format!("{e:?}"))
}
