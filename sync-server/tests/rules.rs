//! Rule sets through the server: an operator imports a newer set, the sync answer names its
//! version, devices fetch it once (ETag); a broken, older or same set is refused whole.

mod common;

use common::{TestServer, at};

/// A day on which the 2027 sets of these tests are published (a version may be at most 31 days
/// ahead of the day it is imported).
const IMPORTED: &str = "2027-01-15T09:00:00+02:00";
use keikka_core::benefit::{RuleSet, RuleVersion};
use keikka_sync_server::StoreError;
use reqwest::StatusCode;
use serde_json::Value;
use std::time::Duration;

/// The shipped set as a newer one: version 2027-01-01, with the 2027 basic amount of social
/// assistance as a published (verified) figure instead of the carried-forward one.
pub fn newer_rules(version: &str, single_2027: &str) -> String {
    let mut doc: Value = serde_json::from_str(RuleSet::builtin_text()).unwrap();
    doc["version"] = version.into();
    doc["sources"]["kela-2026-12-index"] = serde_json::json!({
        "publisher": "Kela", "title": "Perusosat 2027", "date": "2026-12-15"
    });
    let rows = doc["benefits"]["social_assistance"]["parameters"]["basic_amount_single"]
        .as_array_mut()
        .unwrap();
    let last = rows.last_mut().unwrap();
    assert_eq!(last["valid_from"], "2027-01-01");
    *last = serde_json::json!({"value": single_2027, "unit": "eur", "valid_from": "2027-01-01",
        "valid_to": "2027-12-31", "source": "kela-2026-12-index", "status": "verified"});
    doc.to_string()
}

fn builtin_version() -> RuleVersion {
    RuleSet::builtin().unwrap().version()
}

#[tokio::test]
async fn an_imported_newer_set_is_named_in_every_sync_answer_and_served_with_its_etag() {
    let server = TestServer::start_with(|s| s.with_rules_recheck(Duration::ZERO)).await;
    let supervisor = server.organisation("Kallio").await;
    let answer = server.sync(&supervisor, 0, vec![]).await;
    assert_eq!(answer.rules, Some(builtin_version()));

    let text = newer_rules("2027-01-01", "590.00");
    let version = server.store.import_rules(&text, at(IMPORTED)).unwrap();
    assert_eq!(version.to_string(), "2027-01-01");
    let answer = server.sync(&supervisor, 0, vec![]).await;
    assert_eq!(answer.rules, Some(version));

    let url = format!("{}/api/v1/rules", server.url);
    let got = server
        .http
        .get(&url)
        .bearer_auth(&supervisor.token)
        .send()
        .await
        .unwrap();
    assert_eq!(got.status(), StatusCode::OK);
    let etag = got.headers()["etag"].to_str().unwrap().to_owned();
    assert_eq!(etag, "\"2027-01-01\"");
    assert_eq!(
        got.text().await.unwrap(),
        text,
        "served exactly as imported"
    );
    let again = server
        .http
        .get(&url)
        .bearer_auth(&supervisor.token)
        .header("If-None-Match", &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), StatusCode::NOT_MODIFIED);
    assert!(again.text().await.unwrap().is_empty());
    // A proxy may have weakened the tag; for If-None-Match that is still a match.
    let weak = server
        .http
        .get(&url)
        .bearer_auth(&supervisor.token)
        .header("If-None-Match", format!("\"x\", W/{etag}"))
        .send()
        .await
        .unwrap();
    assert_eq!(weak.status(), StatusCode::NOT_MODIFIED);
}

#[tokio::test]
async fn a_set_dated_far_after_the_import_day_is_refused() {
    let server = TestServer::start().await;
    match server
        .store
        .import_rules(&newer_rules("2027-03-01", "590.00"), at(IMPORTED))
    {
        Err(StoreError::RulesRefused(why)) => assert!(why.contains("days after today"), "{why}"),
        other => panic!("{other:?}"),
    }
    assert_eq!(server.store.count_rows("rule_sets").unwrap(), 0);
}

#[tokio::test]
async fn the_cache_reads_a_newer_import_and_keeps_serving_it_without_reading_the_text_again() {
    let server = TestServer::start().await;
    let cache = keikka_sync_server::rules::RulesCache::new(Duration::ZERO);
    assert_eq!(cache.get(&server.store).unwrap().version, builtin_version());
    let text = newer_rules("2027-01-01", "590.00");
    server.store.import_rules(&text, at(IMPORTED)).unwrap();
    let first = cache.get(&server.store).unwrap();
    assert_eq!(first.version.to_string(), "2027-01-01");
    let again = cache.get(&server.store).unwrap();
    // The same bytes, not a fresh copy read and checked again.
    assert_eq!(again.body.as_ptr(), first.body.as_ptr());
    assert_eq!(&again.body[..], text.as_bytes());
}

#[tokio::test]
async fn a_broken_older_or_same_set_is_refused_and_nothing_changes() {
    let server = TestServer::start_with(|s| s.with_rules_recheck(Duration::ZERO)).await;
    server
        .store
        .import_rules(&newer_rules("2027-01-01", "590.00"), at(IMPORTED))
        .unwrap();
    let mut missing_month: Value =
        serde_json::from_str(&newer_rules("2027-02-01", "590.00")).unwrap();
    missing_month["benefits"]["unemployment_basic"]["parameters"]["daily_rate"]
        .as_array_mut()
        .unwrap()
        .pop();
    let mut unknown_parameter: Value =
        serde_json::from_str(&newer_rules("2027-02-01", "590.00")).unwrap();
    unknown_parameter["benefits"]["tax"]["parameters"]["church_tax"] = serde_json::json!([]);
    let refusals = [
        (newer_rules("2026-12-31", "590.00"), "not newer"),
        (newer_rules("2027-01-01", "595.00"), "not newer"),
        (newer_rules("2027-02-01", "590.005"), "590.005"),
        (missing_month.to_string(), "no row for 2027-01"),
        (unknown_parameter.to_string(), "church_tax"),
        ("{\"format\": \"keikka-rules/2\"".to_owned(), "not valid"),
    ];
    for (text, reason) in refusals {
        match server.store.import_rules(&text, at(IMPORTED)) {
            Err(StoreError::RulesRefused(why)) => assert!(why.contains(reason), "{why}"),
            other => panic!("{reason}: {other:?}"),
        }
        assert_eq!(
            server.store.current_rules().unwrap().version.to_string(),
            "2027-01-01"
        );
    }
    assert_eq!(server.store.count_rows("rule_sets").unwrap(), 1);
}

#[tokio::test]
async fn the_bearer_scheme_is_read_whatever_its_case() {
    let server = TestServer::start().await;
    let supervisor = server.organisation("Kallio").await;
    let url = format!("{}/api/v1/rules", server.url);
    for scheme in ["Bearer", "bearer", "BEARER"] {
        let got = server
            .http
            .get(&url)
            .header("Authorization", format!("{scheme} {}", supervisor.token))
            .send()
            .await
            .unwrap();
        assert_eq!(got.status(), StatusCode::OK, "{scheme}");
    }
    let wrong = server
        .http
        .get(&url)
        .header("Authorization", format!("Basic {}", supervisor.token))
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), StatusCode::UNAUTHORIZED);
}
