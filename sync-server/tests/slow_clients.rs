//! Clients that are slow on purpose cannot hold the server (issue 15, item 5): headers must
//! arrive in time, an idle connection is closed, a trickled body gets 408, and connections
//! beyond the cap are closed at once. The times here are short; the defaults are in
//! `ConnectionLimits`.

mod common;

use common::TestServer;
use keikka_sync_server::http::ConnectionLimits;
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

const HEADER_READ: Duration = Duration::from_millis(300);
const REQUEST: Duration = Duration::from_millis(600);

async fn server(max_connections: usize) -> TestServer {
    TestServer::start_with(|state| {
        state.with_connection_limits(ConnectionLimits {
            max_connections,
            header_read: HEADER_READ,
            request: REQUEST,
        })
    })
    .await
}

async fn connect(server: &TestServer) -> TcpStream {
    let address = server.url.trim_start_matches("http://");
    TcpStream::connect(address).await.expect("connect")
}

/// Reads until the server closes the connection (or `within` passes); returns what it sent.
async fn read_until_closed(stream: &mut TcpStream, within: Duration) -> Option<String> {
    let mut got = Vec::new();
    let mut buffer = [0u8; 4096];
    let deadline = Instant::now() + within;
    loop {
        let left = deadline.checked_duration_since(Instant::now())?;
        match tokio::time::timeout(left, stream.read(&mut buffer)).await {
            Ok(Ok(0)) | Ok(Err(_)) => return Some(String::from_utf8_lossy(&got).into_owned()),
            Ok(Ok(n)) => got.extend_from_slice(&buffer[..n]),
            Err(_) => return None,
        }
    }
}

#[tokio::test]
async fn half_sent_headers_are_cut_off_after_the_header_read_time() {
    let server = server(64).await;
    let mut stream = connect(&server).await;
    stream
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: keikka\r\n")
        .await
        .expect("write");
    let started = Instant::now();
    assert!(
        read_until_closed(&mut stream, Duration::from_secs(3))
            .await
            .is_some(),
        "a half request kept its connection for 3 s"
    );
    assert!(started.elapsed() >= HEADER_READ / 2);
}

#[tokio::test]
async fn headers_trickled_a_line_at_a_time_do_not_keep_a_request_open() {
    let server = server(64).await;
    let mut stream = connect(&server).await;
    stream
        .write_all(b"GET /healthz HTTP/1.1\r\n")
        .await
        .expect("write");
    let started = Instant::now();
    // One header line every 100 ms, for up to 3 s: the server must stop listening long before.
    let mut closed = false;
    for i in 0..30 {
        tokio::time::sleep(Duration::from_millis(100)).await;
        if stream
            .write_all(format!("X-Slow-{i}: a\r\n").as_bytes())
            .await
            .is_err()
        {
            closed = true;
            break;
        }
        let mut probe = [0u8; 512];
        if let Ok(Ok(0)) =
            tokio::time::timeout(Duration::from_millis(1), stream.read(&mut probe)).await
        {
            closed = true;
            break;
        }
    }
    assert!(closed, "a trickled header kept the request open for 3 s");
    assert!(started.elapsed() < Duration::from_secs(2));
}

#[tokio::test]
async fn an_idle_kept_alive_connection_is_closed() {
    let server = server(64).await;
    let mut stream = connect(&server).await;
    stream
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: keikka\r\n\r\n")
        .await
        .expect("write");
    let mut buffer = [0u8; 1024];
    let n = stream.read(&mut buffer).await.expect("answer");
    assert!(String::from_utf8_lossy(&buffer[..n]).starts_with("HTTP/1.1 200"));
    // Kept alive, then nothing more: closed once the header-read time has passed.
    assert!(
        read_until_closed(&mut stream, Duration::from_secs(3))
            .await
            .is_some(),
        "an idle connection stayed open for 3 s"
    );
}

#[tokio::test]
async fn a_body_trickled_in_gets_408_and_the_connection_is_freed() {
    let server = server(64).await;
    let mut stream = connect(&server).await;
    stream
        .write_all(
            b"POST /api/v1/pair HTTP/1.1\r\nHost: keikka\r\nContent-Type: application/json\r\nContent-Length: 400\r\n\r\n{",
        )
        .await
        .expect("write");
    let writer = async {
        for _ in 0..30 {
            tokio::time::sleep(Duration::from_millis(100)).await;
            if stream.write_all(b" ").await.is_err() {
                break;
            }
        }
    };
    let _ = tokio::time::timeout(Duration::from_millis(900), writer).await;
    let answer = read_until_closed(&mut stream, Duration::from_secs(3))
        .await
        .unwrap_or_default();
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(answer.contains("request_timeout"), "{answer}");
}

#[tokio::test]
async fn connections_over_the_cap_are_closed_at_once_and_the_rest_still_answer() {
    let server = server(2).await;
    let _first = connect(&server).await;
    let _second = connect(&server).await;
    // Let the server take both before the third arrives.
    tokio::time::sleep(Duration::from_millis(50)).await;
    let mut third = connect(&server).await;
    let _ = third
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: keikka\r\n\r\n")
        .await;
    let answer = read_until_closed(&mut third, Duration::from_secs(1)).await;
    assert_eq!(
        answer.as_deref(),
        Some(""),
        "the third connection was served"
    );
    // Once the idle two are closed (header-read time), the server answers again.
    tokio::time::sleep(HEADER_READ * 3).await;
    let (status, _) = server.get("/healthz", None).await;
    assert_eq!(status, reqwest::StatusCode::OK);
}
