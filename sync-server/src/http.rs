//! The HTTP API under `/api/v1`: routes, authentication, JSON in and out, and error answers.

use crate::audit::AuditEntry;
use crate::clock::Clock;
use crate::error::ApiFailure;
use crate::pairing::{
    WindowLimiter, address_limiter, creation_limiter, device_limiter, looks_like_token,
    unknown_token_limiter,
};
use crate::reports::{ReportLanguage, ReportWords};
use crate::rules::{RULES_RECHECK, RulesCache};
use crate::store::{DeviceInfo, PairAttempt, Store};
use axum::extract::rejection::{JsonRejection, QueryRejection};
use axum::extract::{
    ConnectInfo, DefaultBodyLimit, FromRequest, FromRequestParts, Path, Query, Request, State,
};
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, post};
use axum::{Json, Router};
use keikka_core::benefit::Month;
use keikka_core::protocol::{
    CreateGroup, CreateParticipant, MAX_BODY_BYTES, MAX_CHANGES_PER_SYNC, MAX_MUTATIONS_PER_SYNC,
    MutationResult, PairRequest, PairResponse, PairingCode, SyncRequest,
};
use keikka_core::report::{self, Certificate, Indicators, InvoiceLine, UnitRecords};
use keikka_core::{Actor, Cents, DeviceId, Group, PersonId, Role};
use serde::de::DeserializeOwned;
use std::future::Future;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::{Arc, PoisonError};

/// Every route the server answers, as `(method, path)` in the OpenAPI spelling. The router below
/// must route exactly these, and `openapi.json` must describe exactly these: tests check both.
pub const ROUTES: &[(&str, &str)] = &[
    ("GET", "/healthz"),
    ("GET", "/readyz"),
    ("GET", "/api/v1/openapi.json"),
    ("POST", "/api/v1/pair"),
    ("POST", "/api/v1/sync"),
    ("POST", "/api/v1/groups"),
    ("POST", "/api/v1/participants"),
    ("POST", "/api/v1/people/{id}/pairing-code"),
    ("GET", "/api/v1/devices"),
    ("POST", "/api/v1/devices/{id}/revoke"),
    ("GET", "/api/v1/audit"),
    ("GET", "/api/v1/reports/{month}/pay.csv"),
    ("GET", "/api/v1/reports/{month}/invoice"),
    ("GET", "/api/v1/reports/{month}/invoice.csv"),
    ("GET", "/api/v1/reports/{month}/indicators"),
    ("GET", "/api/v1/people/{id}/certificate"),
    ("DELETE", "/api/v1/people/{id}"),
    ("GET", "/api/v1/rules"),
];

/// The API's description, served as is.
pub const OPENAPI_JSON: &str = include_str!("../openapi.json");

/// The abuse limits, kept in memory for the life of the process.
struct Limits {
    pairing_by_address: WindowLimiter<IpAddr>,
    unknown_tokens_by_address: WindowLimiter<IpAddr>,
    requests_by_device: WindowLimiter<DeviceId>,
    /// Groups, participants and pairing codes per supervisor's device.
    created_by_device: WindowLimiter<DeviceId>,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            pairing_by_address: address_limiter(),
            unknown_tokens_by_address: unknown_token_limiter(),
            requests_by_device: device_limiter(),
            created_by_device: creation_limiter(),
        }
    }
}

fn too_many(error: &'static str, detail: &str, wait: u64) -> ApiFailure {
    let mut failure = ApiFailure::new(StatusCode::TOO_MANY_REQUESTS, error, detail);
    failure.retry_after = Some(wait);
    failure
}

/// What every handler shares: the store, the clock, and the abuse limits.
#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    pub clock: Clock,
    limits: Arc<Limits>,
    /// How many connections may be open, and for how long a client may be slow or idle.
    connections: ConnectionLimits,
    /// The rule set handed to devices, re-read from the database now and then.
    rules: Arc<RulesCache>,
    /// The built web app served at `/`, if any.
    web: Option<Arc<std::path::PathBuf>>,
    /// Reverse proxies whose `X-Forwarded-For` names the client; from anyone else it is
    /// ignored, so a client cannot choose the address it is counted under.
    trusted_proxies: Arc<[IpAddr]>,
    /// Store work allowed at once (see [`blocking`]).
    db_slots: Arc<tokio::sync::Semaphore>,
    /// When `/readyz` last asked the database, and whether it answered in time: asked again
    /// at most once a second, so a flood of checks costs the database nothing, and checks
    /// while it is silent are answered at once rather than each waiting [`READY_WITHIN`].
    ready_at: Arc<std::sync::Mutex<Option<(std::time::Instant, bool)>>>,
}

impl AppState {
    /// State over `store` with time from `clock`.
    pub fn new(store: Store, clock: Clock) -> AppState {
        AppState {
            db_slots: Arc::new(tokio::sync::Semaphore::new(store.max_concurrent())),
            store,
            clock,
            limits: Arc::new(Limits::default()),
            connections: ConnectionLimits::default(),
            rules: Arc::new(RulesCache::new(RULES_RECHECK)),
            web: None,
            trusted_proxies: Arc::new([]),
            ready_at: Arc::new(std::sync::Mutex::new(None)),
        }
    }

    /// Takes the client's address from `X-Forwarded-For` when the connection comes from one
    /// of `proxies` (the TLS reverse proxy in front of the server).
    pub fn with_trusted_proxies(mut self, proxies: Vec<IpAddr>) -> AppState {
        self.trusted_proxies = proxies.iter().map(IpAddr::to_canonical).collect();
        self
    }

    /// The address a request is counted under: the connection's, or, from a trusted proxy,
    /// the nearest address in `X-Forwarded-For` that is not one of the trusted proxies
    /// (addresses further left are the client's own say and could be anything).
    fn client_address(&self, parts: &Parts) -> IpAddr {
        // Without connection info (a router used in-process) every caller shares one address.
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            // A listener on `[::]` sees an IPv4 client as `::ffff:a.b.c.d`: the same address,
            // and it must match a proxy configured as `a.b.c.d`.
            .map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |c| {
                c.0.ip().to_canonical()
            });
        if !self.trusted_proxies.contains(&peer) {
            return peer;
        }
        // From the right: the entries the trusted proxies added, then the one the nearest of
        // them saw. Whatever stands further left is the client's own say (it may have sent
        // `X-Forwarded-For: junk` to be counted as the proxy), so it is never read.
        let entries: Vec<String> = parts
            .headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .map(str::to_owned)
            .collect();
        for entry in entries.iter().rev() {
            match forwarded_address(entry) {
                Some(address) if self.trusted_proxies.contains(&address) => continue,
                Some(address) => return address,
                None => break,
            }
        }
        peer
    }

    /// The address a request is counted under by the abuse limits: [`Self::client_address`],
    /// with an IPv6 address taken as its /56, because one home connection is given at least
    /// that many addresses and could otherwise try from each (an IPv4-mapped address is its
    /// IPv4 address).
    fn limit_key(&self, parts: &Parts) -> IpAddr {
        counted_as(self.client_address(parts))
    }

    /// Looks for a newly imported rule set after `every` instead of the default.
    pub fn with_rules_recheck(mut self, every: std::time::Duration) -> AppState {
        self.rules = Arc::new(RulesCache::new(every));
        self
    }

    /// Lets each device make `n` requests a minute instead of the default.
    pub fn with_requests_per_minute(mut self, n: usize) -> AppState {
        self.limits_mut().requests_by_device =
            WindowLimiter::new(n, crate::pairing::REQUEST_WINDOW);
        self
    }

    /// Lets each supervisor's device make `n` groups, participants and codes a day instead of
    /// the default (an import of a whole unit, a benchmark).
    pub fn with_daily_creations(mut self, n: usize) -> AppState {
        self.limits_mut().created_by_device =
            WindowLimiter::new(n, crate::pairing::CREATION_WINDOW);
        self
    }

    /// The limits, to change while the state is being built (before it is shared).
    fn limits_mut(&mut self) -> &mut Limits {
        if Arc::get_mut(&mut self.limits).is_none() {
            self.limits = Arc::new(Limits::default());
        }
        Arc::get_mut(&mut self.limits).unwrap_or_else(|| unreachable!("just made unshared"))
    }

    /// Connection limits other than the defaults (tests use short times).
    pub fn with_connection_limits(mut self, connections: ConnectionLimits) -> AppState {
        self.connections = connections;
        self
    }

    /// Also serves the built web app in `dir` at `/`.
    pub fn with_web(mut self, dir: std::path::PathBuf) -> AppState {
        self.web = Some(Arc::new(dir));
        self
    }
}

/// The whole HTTP API over `state`.
pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/api/v1/openapi.json", get(openapi))
        .route("/api/v1/pair", post(pair))
        .route("/api/v1/sync", post(sync))
        .route("/api/v1/groups", post(create_group))
        .route("/api/v1/participants", post(create_participant))
        .route("/api/v1/people/{id}/pairing-code", post(new_pairing_code))
        .route("/api/v1/devices", get(list_devices))
        .route("/api/v1/devices/{id}/revoke", post(revoke_device))
        .route("/api/v1/audit", get(audit_log))
        .route("/api/v1/reports/{month}/pay.csv", get(pay_csv))
        .route("/api/v1/reports/{month}/invoice", get(invoice))
        .route("/api/v1/reports/{month}/invoice.csv", get(invoice_csv))
        .route("/api/v1/reports/{month}/indicators", get(indicators))
        .route("/api/v1/people/{id}/certificate", get(certificate))
        .route("/api/v1/people/{id}", delete(remove_participant))
        .route("/api/v1/rules", get(rules))
        .fallback(fallback)
        .method_not_allowed_fallback(|| async {
            ApiFailure::new(
                StatusCode::METHOD_NOT_ALLOWED,
                "method_not_allowed",
                "this route does not take that method",
            )
        })
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(axum::middleware::from_fn(api_headers))
        .with_state(state)
}

/// Every API answer is read as what it says it is (`nosniff`) and kept by no cache on the
/// way (`no-store`): answers carry tokens, personal data and pay files. An answer that sets
/// its own caching (the rules' ETag revalidation) keeps it; the web app's files have theirs.
async fn api_headers(
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    let path = request.uri().path();
    let api = path.starts_with("/api/") || path == "/healthz" || path == "/readyz";
    let mut response = next.run(request).await;
    if api {
        let headers = response.headers_mut();
        headers.insert(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        );
        headers
            .entry(header::CACHE_CONTROL)
            .or_insert(HeaderValue::from_static("no-store"));
    }
    response
}

/// Anything not in the API: a file of the web app when one is served, else a JSON 404.
async fn fallback(
    State(state): State<AppState>,
    method: axum::http::Method,
    uri: axum::http::Uri,
    headers: axum::http::HeaderMap,
) -> axum::response::Response {
    match &state.web {
        Some(dir) if uri.path() != "/api" && !uri.path().starts_with("/api/") => {
            crate::web::serve_file(dir, &method, &uri, &headers).await
        }
        _ => ApiFailure::not_found("route").into_response(),
    }
}

/// Ends a background task when the server it belongs to stops.
struct AbortOnDrop(tokio::task::JoinHandle<()>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// Serves the API on an already bound `listener` until `shutdown` resolves, then lets requests
/// in flight finish.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: AppState,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    use hyper_util::rt::{TokioIo, TokioTimer};
    use tower::ServiceExt;
    let limits = state.connections;
    // Wrong pairing codes are deleted once they no longer count even when nobody pairs or
    // syncs: the client addresses they hold are kept no longer than that.
    let store = state.store.clone();
    let clock = state.clock.clone();
    let forgetting = tokio::spawn(async move {
        let mut every = tokio::time::interval(std::time::Duration::from_secs(60));
        loop {
            every.tick().await;
            let (store, now) = (store.clone(), clock.now());
            let forgot =
                tokio::task::spawn_blocking(move || store.forget_old_pairing_failures(now));
            if let Ok(Err(e)) = forgot.await {
                tracing::warn!("old wrong pairing codes were not forgotten: {e}");
            }
        }
    });
    let _forgetting = AbortOnDrop(forgetting);
    let app = router(state).layer(axum::middleware::from_fn_with_state(
        limits.request,
        request_deadline,
    ));
    let open = Arc::new(tokio::sync::Semaphore::new(limits.max_connections));
    // Each connection holds a receiver; the stop drops the sender, and the loop then waits
    // until every connection has let its receiver go.
    let (stop, stopped) = tokio::sync::watch::channel(());
    tokio::pin!(shutdown);
    loop {
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            () = &mut shutdown => break,
        };
        let (stream, address) = match accepted {
            Ok(accepted) => accepted,
            // Out of file descriptors or a connection reset before it was taken: the listener
            // itself is fine, so wait a moment and go on accepting.
            Err(e) => {
                tracing::warn!("accept failed: {e}");
                tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                continue;
            }
        };
        // Over the cap the connection is closed at once: cheaper for everyone than a queue.
        let Ok(permit) = Arc::clone(&open).try_acquire_owned() else {
            drop(stream);
            continue;
        };
        let service = hyper_util::service::TowerToHyperService::new(app.clone().map_request(
            move |mut request: axum::extract::Request<hyper::body::Incoming>| {
                request
                    .extensions_mut()
                    .insert(axum::extract::ConnectInfo(address));
                request
            },
        ));
        let mut stopped = stopped.clone();
        tokio::spawn(async move {
            // The header-read timeout also runs while a kept-alive connection waits for its
            // next request (hyper ≥ 1.6), so it is the idle timeout too.
            let connection = hyper::server::conn::http1::Builder::new()
                .timer(TokioTimer::new())
                .header_read_timeout(limits.header_read)
                .serve_connection(TokioIo::new(stream), service);
            tokio::pin!(connection);
            tokio::select! {
                _ = connection.as_mut() => {}
                _ = stopped.changed() => {
                    connection.as_mut().graceful_shutdown();
                    let _ = connection.await;
                }
            }
            drop(permit);
        });
    }
    drop(stopped);
    drop(listener);
    // Connections finish what they are doing; `main` stops waiting after its grace period.
    let _ = stop.send(());
    stop.closed().await;
    Ok(())
}

/// How many connections the server keeps and how long it gives each (issue 15, item 5: half
/// requests and trickled headers held sockets open for good).
#[derive(Debug, Clone, Copy)]
pub struct ConnectionLimits {
    /// Open connections at most; one more is closed at once.
    pub max_connections: usize,
    /// A request's headers must arrive within this, and an idle kept-alive connection is
    /// closed after it.
    pub header_read: std::time::Duration,
    /// A whole request, body and answer included, within this (408 otherwise).
    pub request: std::time::Duration,
}

impl Default for ConnectionLimits {
    fn default() -> ConnectionLimits {
        ConnectionLimits {
            // Far above what 5,000 devices syncing every few seconds keep open at once.
            max_connections: 4096,
            header_read: std::time::Duration::from_secs(10),
            // A sync of 100 mutations answers in milliseconds; a phone on a bad line still
            // sends 256 KiB well within this.
            request: std::time::Duration::from_secs(30),
        }
    }
}

/// Answers 408 when a request (a body trickled in, say) takes longer than `limit`.
async fn request_deadline(
    State(limit): State<std::time::Duration>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    match tokio::time::timeout(limit, next.run(request)).await {
        Ok(response) => response,
        Err(_) => ApiFailure::new(
            StatusCode::REQUEST_TIMEOUT,
            "request_timeout",
            "the request took too long to arrive",
        )
        .into_response(),
    }
}

/// Resolves on ctrl-c or SIGTERM: what `serve` waits for in the real binary.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            // No way to hear ctrl-c: wait for SIGTERM alone rather than stop at once.
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {}
        () = terminate => {}
    }
}

/// A JSON body whose every failure (syntax, unknown field, wrong type, size, content type) is
/// answered in the [`ApiFailure`] format instead of axum's plain text.
pub struct ApiJson<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for ApiJson<T> {
    type Rejection = ApiFailure;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        match Json::<T>::from_request(req, state).await {
            Ok(Json(value)) => Ok(ApiJson(value)),
            Err(rejection) => Err(json_failure(&rejection)),
        }
    }
}

fn json_failure(rejection: &JsonRejection) -> ApiFailure {
    let detail = rejection.body_text();
    match rejection {
        JsonRejection::MissingJsonContentType(_) => ApiFailure::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            "send Content-Type: application/json",
        ),
        JsonRejection::JsonDataError(_) => ApiFailure::invalid_input(detail),
        _ if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE => ApiFailure::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "body_too_large",
            format!("the body is larger than {MAX_BODY_BYTES} bytes"),
        ),
        _ => ApiFailure::new(StatusCode::BAD_REQUEST, "invalid_json", detail),
    }
}

/// The device a valid bearer token stands for, and who acts through it.
#[derive(Debug, Clone)]
pub struct Authenticated {
    pub device: DeviceId,
    pub actor: Actor,
}

/// A bearer token of the right shape, not yet looked up, and the address it came from:
/// refused with 401 before the body is read when it is missing or malformed.
pub struct BearerToken(String, IpAddr);

impl FromRequestParts<AppState> for BearerToken {
    type Rejection = ApiFailure;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let address = state.limit_key(parts);
        parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|value| value.to_str().ok())
            // The scheme's name is case-insensitive (RFC 9110 11.1): "bearer" is "Bearer".
            .and_then(|value| value.split_once(' '))
            .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("Bearer"))
            .map(|(_, token)| token.trim())
            .filter(|token| looks_like_token(token))
            .map(|token| BearerToken(token.to_owned(), address))
            .ok_or_else(ApiFailure::unauthorized)
    }
}

impl BearerToken {
    /// Looks the token up and counts the request against its device's limit. Blocking: call
    /// it on the blocking pool, where the work the request came for can follow in the same
    /// trip.
    fn authenticate(&self, state: &AppState) -> Result<Authenticated, ApiFailure> {
        let now = state.clock.now();
        let unknown = &state.limits.unknown_tokens_by_address;
        // A real token always works, whatever others at the same address (a shared work-centre
        // network) send; an address that sent many made-up tokens is told to wait for the rest.
        // (So every token is looked up: the limit saves no lookup, which costs what any
        // request's does and is bounded by the connection limits; it tells a sprayer to stop.)
        let Some((device, actor)) = state.store.authenticate(&self.0)? else {
            unknown.admit(self.1, now).map_err(|wait| {
                too_many(
                    "too_many_unknown_tokens",
                    "too many unknown device tokens from this address; wait and try again",
                    wait,
                )
            })?;
            return Err(ApiFailure::unauthorized());
        };
        state
            .limits
            .requests_by_device
            .admit(device, now)
            .map_err(|wait| {
                too_many(
                    "too_many_requests",
                    "this device sends too many requests; wait and try again",
                    wait,
                )
            })?;
        Ok(Authenticated { device, actor })
    }
}

impl FromRequestParts<AppState> for Authenticated {
    type Rejection = ApiFailure;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let token = BearerToken::from_request_parts(parts, state).await?;
        let state = state.clone();
        blocking(state.db_slots.clone(), move || token.authenticate(&state)).await
    }
}

/// An authenticated supervisor; anyone else authenticated gets 403.
#[derive(Debug, Clone)]
pub struct Supervisor(pub Authenticated);

impl FromRequestParts<AppState> for Supervisor {
    type Rejection = ApiFailure;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let auth = Authenticated::from_request_parts(parts, state).await?;
        if auth.actor.role == Role::Supervisor {
            Ok(Supervisor(auth))
        } else {
            Err(ApiFailure::forbidden())
        }
    }
}

/// Runs blocking store work off the async threads, at most [`Store::max_concurrent`] at a
/// time (`AppState::db_slots`); the rest wait as cheap futures. Without a bound, a burst had
/// hundreds of blocking threads each opening a reader connection of its own (and dropping it
/// after), and contending for SQLite's and malloc's locks: the server then spent most of its
/// time in futex waits and wake-ups (BENCHMARKS.md). On PostgreSQL the same bound keeps one
/// instance's connections to that many readers and a writer.
async fn blocking<T: Send + 'static, E: Send + 'static>(
    slots: Arc<tokio::sync::Semaphore>,
    work: impl FnOnce() -> Result<T, E> + Send + 'static,
) -> Result<T, ApiFailure>
where
    ApiFailure: From<E>,
{
    // The semaphore is never closed, so acquiring only waits. The slot goes with the work: a
    // client that hangs up drops this future, but not the work already running.
    let slot = slots
        .acquire_owned()
        .await
        .map_err(|e| ApiFailure::internal(&e))?;
    Ok(tokio::task::spawn_blocking(move || {
        let _slot = slot;
        work()
    })
    .await??)
}

async fn healthz() -> Json<serde_json::Value> {
    Json(serde_json::json!({ "status": "ok" }))
}

/// Whether this instance can serve now: its database answers a read (a load balancer's or a
/// monitor's check; `/healthz` says only that the process runs). 503 with Retry-After while
/// the database is away.
/// How long `/readyz` waits for the database before it says not ready.
const READY_WITHIN: std::time::Duration = std::time::Duration::from_secs(3);

async fn readyz(State(state): State<AppState>) -> Result<Json<serde_json::Value>, ApiFailure> {
    let ready = Json(serde_json::json!({ "status": "ready" }));
    let not_ready = || ApiFailure {
        retry_after: Some(5),
        ..ApiFailure::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "unavailable",
            "the server's database is not available just now; try again shortly",
        )
    };
    let last = *state
        .ready_at
        .lock()
        .unwrap_or_else(PoisonError::into_inner);
    match last {
        Some((at, answered)) if at.elapsed() < std::time::Duration::from_secs(1) => {
            return if answered {
                Ok(ready)
            } else {
                Err(not_ready())
            };
        }
        _ => {}
    }
    let remember = |answered: bool| {
        *state
            .ready_at
            .lock()
            .unwrap_or_else(PoisonError::into_inner) = Some((std::time::Instant::now(), answered));
    };
    let store = state.store.clone();
    // A load balancer asks every few seconds and wants an answer, not the 20 s a request may
    // wait for a database that stopped answering: not ready after 3 s. The read itself goes
    // on to its own deadline in the background.
    let read = blocking(state.db_slots.clone(), move || store.current_seq());
    match tokio::time::timeout(READY_WITHIN, read).await {
        Ok(answered) => answered.map(|_| ())?,
        Err(_) => {
            tracing::warn!("/readyz: the database did not answer within {READY_WITHIN:?}");
            remember(false);
            return Err(not_ready());
        }
    }
    remember(true);
    Ok(ready)
}

async fn openapi() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI_JSON)
}

/// One entry of `X-Forwarded-For` as an address: proxies write `203.0.113.7`, some with a
/// port (`203.0.113.7:5555`, `[2001:db8::5]:443`) or an IPv6 zone (`fe80::1%eth0`).
fn forwarded_address(entry: &str) -> Option<IpAddr> {
    let entry = entry.trim();
    if let Ok(address) = entry.parse::<IpAddr>() {
        return Some(address);
    }
    if let Ok(socket) = entry.parse::<SocketAddr>() {
        return Some(socket.ip());
    }
    let bare = entry.trim_start_matches('[').trim_end_matches(']');
    bare.split_once('%')
        .map_or(bare, |(address, _zone)| address)
        .parse()
        .ok()
}

/// `address` as the abuse limits count it: an IPv6 address by its /56 prefix.
pub fn counted_as(address: IpAddr) -> IpAddr {
    match address {
        IpAddr::V4(v4) => IpAddr::V4(v4),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let prefix = u128::from(v6) & !((1u128 << 72) - 1);
                IpAddr::V6(std::net::Ipv6Addr::from(prefix))
            }
        },
    }
}

/// The address a request is counted under by the abuse limits (see [`counted_as`]).
pub struct ClientAddress(pub IpAddr);

impl FromRequestParts<AppState> for ClientAddress {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        Ok(ClientAddress(state.limit_key(parts)))
    }
}

async fn pair(
    State(state): State<AppState>,
    ClientAddress(ip): ClientAddress,
    ApiJson(request): ApiJson<PairRequest>,
) -> Result<Json<PairResponse>, ApiFailure> {
    let now = state.clock.now();
    let limits = Arc::clone(&state.limits);
    let refused = |wait| {
        too_many(
            "too_many_attempts",
            "too many wrong codes; wait and try again",
            wait,
        )
    };
    // This instance counts every attempt before its code is looked up (one lock for check and
    // count), and gives a right code back: many wrong codes at once from one address cannot
    // all reach the database. The database then decides with every instance's counts: the
    // address's wrong codes and, for the brake, everyone's.
    limits.pairing_by_address.admit(ip, now).map_err(refused)?;
    let store = state.store.clone();
    let client = ip.to_string();
    let attempt = blocking(state.db_slots.clone(), move || {
        store.pair_from(&request.code, &request.device_name, &client, now)
    })
    .await;
    match attempt {
        Ok(PairAttempt::Paired(response)) => {
            limits.pairing_by_address.give_back(&ip, now);
            Ok(Json(*response))
        }
        // Not given back: an address the database refuses soon uses up this instance's count
        // too, and is then refused here without a write (each is a turn at the write lock).
        Ok(PairAttempt::TooMany { wait_seconds }) => Err(refused(wait_seconds)),
        Err(e) => {
            // The server failed, not the code: the attempt does not count against anyone.
            limits.pairing_by_address.give_back(&ip, now);
            Err(e)
        }
        // Wrong, expired and used codes are answered alike, so guessing learns nothing.
        Ok(PairAttempt::WrongCode) => Err(ApiFailure::new(
            StatusCode::BAD_REQUEST,
            "invalid_code",
            "the code does not work; ask your supervisor for a new one",
        )),
    }
}

/// The route every device calls every few seconds: the token is looked up, the mutations
/// applied and the pull read in one trip through the blocking pool (a trip is two thread
/// hand-offs, and they were a third of the server's time under load: BENCHMARKS.md).
async fn sync(
    State(state): State<AppState>,
    token: BearerToken,
    ApiJson(request): ApiJson<SyncRequest>,
) -> Result<Json<crate::sync::SyncAnswer>, ApiFailure> {
    if request.mutations.len() > MAX_MUTATIONS_PER_SYNC {
        return Err(ApiFailure::new(
            StatusCode::BAD_REQUEST,
            "too_many_mutations",
            format!("send at most {MAX_MUTATIONS_PER_SYNC} mutations per sync"),
        ));
    }
    let response = blocking(state.db_slots.clone(), move || {
        let auth = token.authenticate(&state)?;
        if request.device != auth.device {
            return Err(ApiFailure::new(
                StatusCode::FORBIDDEN,
                "device_mismatch",
                "the body names another device than the token",
            ));
        }
        let AppState {
            store,
            clock,
            rules,
            ..
        } = state;
        let received = clock.now();
        // Committed (grouped with other devices' mutations) before anything is answered; an
        // answer lost after this point is safe, because the device resends and gets the
        // recorded outcome.
        let outcomes =
            store.apply_mutations(&auth.actor, Some(auth.device), &request.mutations, received)?;
        let results = request
            .mutations
            .iter()
            .zip(outcomes)
            .map(|(mutation, outcome)| MutationResult {
                id: mutation.id,
                outcome,
            })
            .collect();
        let pull = store.pull_stored(
            &auth.actor,
            request.cursor,
            MAX_CHANGES_PER_SYNC,
            clock.now(),
        )?;
        // The device says this was everything it had: what it sends later was done later. (A
        // batch of a longer outbox, or a pull while its work is held back, moves nothing.)
        if request.sent_all {
            store.note_contact(auth.device, received);
        }
        store.note_waiting(auth.device, &request.waiting);
        Ok(crate::sync::SyncAnswer {
            results,
            changes: pull.changes,
            cursor: pull.cursor,
            more: pull.more,
            rules: Some(rules.get(&store)?.version),
        })
    })
    .await?;
    Ok(Json(response))
}

/// Counts one thing a supervisor's device makes outside a sync (a group, a participant, a
/// pairing code): each is rows kept for good, so one device's are bounded like its mutations.
fn count_creation(state: &AppState, device: DeviceId) -> Result<(), ApiFailure> {
    state
        .limits
        .created_by_device
        .admit(device, state.clock.now())
        .map_err(|wait| {
            too_many(
                "too_many_created",
                "this device has made very many groups, participants or codes today; wait and try again",
                wait,
            )
        })
}

async fn create_group(
    State(state): State<AppState>,
    Supervisor(auth): Supervisor,
    ApiJson(request): ApiJson<CreateGroup>,
) -> Result<(StatusCode, Json<Group>), ApiFailure> {
    count_creation(&state, auth.device)?;
    let store = state.store.clone();
    let group = blocking(state.db_slots.clone(), move || {
        store.create_group(&auth.actor, &request.name)
    })
    .await?;
    Ok((StatusCode::CREATED, Json(group)))
}

async fn create_participant(
    State(state): State<AppState>,
    Supervisor(auth): Supervisor,
    ApiJson(request): ApiJson<CreateParticipant>,
) -> Result<(StatusCode, Json<PairingCode>), ApiFailure> {
    count_creation(&state, auth.device)?;
    let AppState { store, clock, .. } = state;
    let code = blocking(state.db_slots.clone(), move || {
        store.create_participant(
            auth.actor.organisation,
            &request.name,
            &request.groups,
            clock.now(),
        )
    })
    .await?;
    Ok((StatusCode::CREATED, Json(code)))
}

async fn new_pairing_code(
    State(state): State<AppState>,
    Supervisor(auth): Supervisor,
    Path(id): Path<String>,
) -> Result<(StatusCode, Json<PairingCode>), ApiFailure> {
    // A malformed id cannot name anyone: the same answer as a foreign one.
    let person: PersonId = id.parse().map_err(|_| ApiFailure::not_found("person"))?;
    count_creation(&state, auth.device)?;
    let AppState { store, clock, .. } = state;
    let code = blocking(state.db_slots.clone(), move || {
        store.issue_pairing_code(
            Some(auth.actor.organisation),
            person,
            Some((auth.actor.person, auth.device)),
            clock.now(),
        )
    })
    .await?;
    Ok((StatusCode::CREATED, Json(code)))
}

/// `GET /api/v1/rules`: the rule set in use, for any paired device. Its version is the ETag, so
/// a device that has it gets 304 and no body.
async fn rules(
    State(state): State<AppState>,
    _auth: Authenticated,
    headers: axum::http::HeaderMap,
) -> Result<Response, ApiFailure> {
    let AppState { store, rules, .. } = state;
    let current = blocking(state.db_slots.clone(), move || rules.get(&store)).await?;
    let etag = format!("\"{}\"", current.version);
    let tag = HeaderValue::from_str(&etag).map_err(|e| ApiFailure::internal(&e))?;
    let cache = (header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    let unchanged = headers
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        // A proxy may weaken the tag ("W/" prefix); for If-None-Match a weak match is a match.
        .map(|v| v.trim())
        .any(|v| v.strip_prefix("W/").unwrap_or(v) == etag || v == "*");
    if unchanged {
        return Ok((StatusCode::NOT_MODIFIED, [(header::ETAG, tag), cache]).into_response());
    }
    Ok((
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            ),
            (header::ETAG, tag),
            cache,
        ],
        current.body,
    )
        .into_response())
}

async fn list_devices(
    State(state): State<AppState>,
    Supervisor(auth): Supervisor,
) -> Result<Json<Vec<DeviceInfo>>, ApiFailure> {
    let store = state.store.clone();
    let devices = blocking(state.db_slots.clone(), move || {
        store.devices(auth.actor.organisation)
    })
    .await?;
    Ok(Json(devices))
}

async fn revoke_device(
    State(state): State<AppState>,
    auth: Authenticated,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiFailure> {
    let device: DeviceId = id.parse().map_err(|_| ApiFailure::not_found("device"))?;
    let AppState { store, clock, .. } = state;
    blocking(state.db_slots.clone(), move || {
        store.revoke_device(&auth.actor, auth.device, device, clock.now())
    })
    .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /api/v1/audit?subject=<id>&after=<entry id>`: the supervisor's organisation's log.
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct AuditQuery {
    subject: Option<uuid::Uuid>,
    #[serde(default)]
    after: i64,
}

async fn audit_log(
    State(state): State<AppState>,
    Supervisor(auth): Supervisor,
    query: Result<Query<AuditQuery>, QueryRejection>,
) -> Result<Json<Vec<AuditEntry>>, ApiFailure> {
    let Query(query) = query.map_err(|e| ApiFailure::invalid_input(e.body_text()))?;
    let store = state.store.clone();
    let entries = blocking(state.db_slots.clone(), move || {
        store.audit_log(auth.actor.organisation, query.subject, query.after)
    })
    .await?;
    Ok(Json(entries))
}

fn parse_month(text: &str) -> Result<Month, ApiFailure> {
    text.parse()
        .map_err(|e: keikka_core::benefit::ParseMonthError| {
            ApiFailure::invalid_input(e.to_string())
        })
}

/// The unit's rows for a report, read off the async threads.
async fn unit_records(state: &AppState, auth: &Authenticated) -> Result<UnitRecords, ApiFailure> {
    let store = state.store.clone();
    let organisation = auth.actor.organisation;
    blocking(state.db_slots.clone(), move || {
        store.unit_records(organisation)
    })
    .await
}

fn csv_answer(file_name: String, body: String) -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{file_name}\""),
            ),
        ],
        body,
    )
}

/// `?lang=fi|sv` of the report files: the language of their header and contract names.
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct ReportQuery {
    #[serde(default)]
    lang: ReportLanguage,
}

fn report_language(
    query: Result<Query<ReportQuery>, QueryRejection>,
) -> Result<ReportLanguage, ApiFailure> {
    let Query(query) = query.map_err(|e| ApiFailure::invalid_input(e.body_text()))?;
    Ok(query.lang)
}

async fn pay_csv(
    State(state): State<AppState>,
    Supervisor(auth): Supervisor,
    Path(month): Path<String>,
    query: Result<Query<ReportQuery>, QueryRejection>,
) -> Result<impl IntoResponse, ApiFailure> {
    let month = parse_month(&month)?;
    let language = report_language(query)?;
    let records = unit_records(&state, &auth).await?;
    // Made after the last wait: the words' bundle stays on this thread.
    let words = ReportWords::new(language);
    let body = report::pay_csv(month, &records.pay_rows(month), |id| words.word(id));
    Ok(csv_answer(format!("keikka-pay-{month}.csv"), body))
}

/// `GET /api/v1/reports/{month}/invoice`: one line per commissioner and the sums.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Invoice {
    pub month: Month,
    pub lines: Vec<InvoiceLine>,
    pub net: Cents,
    pub vat_amount: Cents,
    pub total: Cents,
}

async fn invoice(
    State(state): State<AppState>,
    Supervisor(auth): Supervisor,
    Path(month): Path<String>,
) -> Result<Json<Invoice>, ApiFailure> {
    let month = parse_month(&month)?;
    let lines = unit_records(&state, &auth).await?.invoice_lines(month);
    Ok(Json(Invoice {
        month,
        net: lines.iter().map(|l| l.net).sum(),
        vat_amount: lines.iter().map(|l| l.vat_amount).sum(),
        total: lines.iter().map(|l| l.total).sum(),
        lines,
    }))
}

async fn invoice_csv(
    State(state): State<AppState>,
    Supervisor(auth): Supervisor,
    Path(month): Path<String>,
    query: Result<Query<ReportQuery>, QueryRejection>,
) -> Result<impl IntoResponse, ApiFailure> {
    let month = parse_month(&month)?;
    let language = report_language(query)?;
    let lines = unit_records(&state, &auth).await?.invoice_lines(month);
    let words = ReportWords::new(language);
    let body = report::invoice_csv(month, &lines, |id| words.word(id));
    Ok(csv_answer(format!("keikka-invoice-{month}.csv"), body))
}

async fn indicators(
    State(state): State<AppState>,
    Supervisor(auth): Supervisor,
    Path(month): Path<String>,
) -> Result<Json<Indicators>, ApiFailure> {
    let month = parse_month(&month)?;
    Ok(Json(unit_records(&state, &auth).await?.indicators(month)))
}

async fn certificate(
    State(state): State<AppState>,
    Supervisor(auth): Supervisor,
    Path(id): Path<String>,
) -> Result<Json<Certificate>, ApiFailure> {
    let person: PersonId = id.parse().map_err(|_| ApiFailure::not_found("person"))?;
    let records = unit_records(&state, &auth).await?;
    // Someone of another unit, a supervisor, or a removed person has no certificate here: not
    // found either way.
    if !records
        .people
        .iter()
        .any(|p| p.id == person && p.role == Role::Participant && p.removed_at.is_none())
    {
        return Err(ApiFailure::not_found("person"));
    }
    Ok(Json(records.certificate(person)))
}

/// `DELETE /api/v1/people/{id}`: the participant's personal data removed, anonymous hours kept.
async fn remove_participant(
    State(state): State<AppState>,
    Supervisor(auth): Supervisor,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiFailure> {
    let person: PersonId = id.parse().map_err(|_| ApiFailure::not_found("person"))?;
    let AppState { store, clock, .. } = state;
    blocking(state.db_slots.clone(), move || {
        store.remove_participant(&auth.actor, person, clock.now())
    })
    .await?;
    Ok(StatusCode::NO_CONTENT)
}
