//! The route table, the router and the OpenAPI document agree with each other.

mod common;

use common::TestServer;
use keikka_sync_server::ROUTES;
use keikka_sync_server::http::OPENAPI_JSON;
use reqwest::StatusCode;
use std::collections::BTreeSet;

fn documented() -> BTreeSet<(String, String)> {
    let doc: serde_json::Value = serde_json::from_str(OPENAPI_JSON).expect("openapi.json parses");
    assert_eq!(doc["openapi"], "3.1.0");
    let mut routes = BTreeSet::new();
    for (path, item) in doc["paths"].as_object().expect("paths") {
        for method in item.as_object().expect("path item").keys() {
            routes.insert((method.to_uppercase(), path.clone()));
        }
    }
    routes
}

#[test]
fn the_openapi_document_describes_exactly_the_routes() {
    let table: BTreeSet<_> = ROUTES
        .iter()
        .map(|(m, p)| ((*m).to_owned(), (*p).to_owned()))
        .collect();
    assert_eq!(table.len(), ROUTES.len(), "no route twice");
    assert_eq!(documented(), table);
}

#[test]
fn every_schema_the_document_refers_to_exists() {
    let doc: serde_json::Value = serde_json::from_str(OPENAPI_JSON).unwrap();
    let schemas = doc["components"]["schemas"].as_object().unwrap();
    let text = OPENAPI_JSON;
    for piece in text.split("\"#/components/schemas/").skip(1) {
        let name = piece.split('"').next().unwrap();
        assert!(schemas.contains_key(name), "missing schema {name}");
    }
}

#[tokio::test]
async fn every_route_in_the_table_is_routed_for_its_method() {
    let server = TestServer::start().await;
    let id = uuid::Uuid::new_v4().to_string();
    for (method, path) in ROUTES {
        let url = format!("{}{}", server.url, path.replace("{id}", &id));
        let request = match *method {
            "GET" => server.http.get(&url),
            "POST" => server.http.post(&url).json(&serde_json::json!({})),
            "DELETE" => server.http.delete(&url),
            other => panic!("unexpected method {other}"),
        };
        let response = request.send().await.unwrap();
        let status = response.status();
        let body: serde_json::Value = response.json().await.unwrap_or_default();
        let unrouted = status == StatusCode::METHOD_NOT_ALLOWED
            || (status == StatusCode::NOT_FOUND && body["detail"] == "route not found");
        assert!(!unrouted, "{method} {path} answered {status} {body}");
    }
}

#[tokio::test]
async fn the_server_serves_the_document_as_json() {
    let server = TestServer::start().await;
    let (status, body) = server.get("/api/v1/openapi.json", None).await;
    assert_eq!(status, StatusCode::OK);
    let file: serde_json::Value = serde_json::from_str(OPENAPI_JSON).unwrap();
    assert_eq!(body, file);
}

/// API answers are never sniffed or stored on the way (issue 15, item 9): the pairing answer
/// (a token), the pay file and an error alike; the rules keep their own revalidation.
#[tokio::test]
async fn api_answers_are_not_sniffed_or_stored_by_caches() {
    let server = TestServer::start().await;
    let supervisor = server.organisation("Työkeskus").await;
    let headers = |path: &'static str, method: reqwest::Method, body: Option<serde_json::Value>| {
        let mut request = server
            .http
            .request(method, format!("{}{path}", server.url))
            .bearer_auth(&supervisor.token);
        if let Some(body) = body {
            request = request.json(&body);
        }
        async move { request.send().await.expect("request").headers().clone() }
    };
    for (path, method, body) in [
        (
            "/api/v1/reports/2026-03/pay.csv",
            reqwest::Method::GET,
            None,
        ),
        ("/api/v1/devices", reqwest::Method::GET, None),
        ("/api/v1/nothing-here", reqwest::Method::GET, None),
        (
            "/api/v1/pair",
            reqwest::Method::POST,
            Some(serde_json::json!({"code": "WRONG-CODE", "device_name": "x"})),
        ),
    ] {
        let h = headers(path, method, body).await;
        assert_eq!(h["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(h["cache-control"], "no-store", "{path}");
    }
    let h = headers("/api/v1/rules", reqwest::Method::GET, None).await;
    assert_eq!(h["x-content-type-options"], "nosniff");
    assert_eq!(h["cache-control"], "no-cache");
}

/// Over the wire, `HEAD /` says the length and type the page's GET sends (it said
/// `content-length: 0`), with the page's headers.
#[tokio::test]
async fn head_of_the_page_gives_the_length_its_get_sends() {
    let dir = tempfile::tempdir().expect("temp dir");
    let page = "<!doctype html><title>Keikka</title><p>Tervetuloa</p>";
    std::fs::write(dir.path().join("index.html"), page).expect("page written");
    let root = dir.path().to_path_buf();
    let server = TestServer::start_with(move |state| state.with_web(root)).await;
    let head = server
        .http
        .head(format!("{}/", server.url))
        .send()
        .await
        .expect("HEAD answered");
    assert_eq!(head.status(), StatusCode::OK);
    let length = head
        .headers()
        .get("content-length")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    assert_eq!(length, Some(page.len()));
    assert_eq!(head.headers()["x-content-type-options"], "nosniff");
    let get = server
        .http
        .get(format!("{}/", server.url))
        .send()
        .await
        .expect("GET answered");
    assert_eq!(get.text().await.expect("body"), page);
}
