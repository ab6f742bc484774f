//! The server's two error types: what the store can fail with, and what an HTTP client is told.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use keikka_core::protocol::ApiError;
use keikka_core::{DomainError, WorldError};

/// Why a store operation did not happen.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("database: {}", postgres_message(.0))]
    Postgres(#[from] tokio_postgres::Error),
    /// The database cannot be reached, refused the connection (a wrong address, user or
    /// password, a database that does not exist, or one that is down) or stopped answering: a
    /// sentence saying which.
    #[error("{0}")]
    Unreachable(String),
    /// The database is there but not one Keikka can use (made without UTF8); nothing was
    /// written to it.
    #[error("{0}")]
    Unusable(String),
    /// The database was made by a newer build of the server; nothing was changed in it.
    #[error(
        "the database has schema version {found}, newer than the {known} this build knows: \
         run the newer build, or restore a backup made for this one"
    )]
    NewerSchema { found: usize, known: usize },
    /// An operation this backend does not do, with what to do instead.
    #[error("{0}")]
    NotHere(&'static str),
    #[error("migration: {0}")]
    Migration(#[from] rusqlite_migration::Error),
    #[error("stored JSON does not read back: {0}")]
    Json(#[from] serde_json::Error),
    #[error(transparent)]
    World(#[from] WorldError),
    /// A row that must exist for a consistent database does not (not the client's fault).
    #[error("inconsistent database: {0}")]
    Corrupt(String),
    /// The thing asked for does not exist or belongs to another organisation: not told apart.
    #[error("{0} not found")]
    NotFound(&'static str),
    /// Something a person typed is unusable; nothing was written.
    #[error(transparent)]
    Invalid(DomainError),
    /// The shared transaction this write was grouped into did not commit: nothing of it was
    /// stored, and the device sends it again.
    #[error("the grouped write was not committed: {0}")]
    GroupNotCommitted(String),
    /// A rule set that is not complete and valid, or not newer than the one in use; nothing
    /// was imported.
    #[error("{0}")]
    RulesRefused(String),
    /// The device has had this many mutations recorded in the last 24 hours; nothing of this
    /// sync was stored, and the device keeps it to send later.
    #[error("this device has sent {0} changes in a day, the most one device may")]
    DeviceDailyLimit(usize),
}

/// PostgreSQL's own words first (`tokio_postgres::Error`'s display says only "db error").
pub(crate) fn postgres_message(e: &tokio_postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => format!("{}: {}", db.code().code(), db.message()),
        None => e.to_string(),
    }
}

impl StoreError {
    /// Whether the failure is the database's passing state (down, restarting, a lock or a
    /// statement that took too long), so the same request may well work a moment later.
    pub fn is_transient(&self) -> bool {
        use tokio_postgres::error::SqlState;
        match self {
            StoreError::Unreachable(_) | StoreError::GroupNotCommitted(_) => true,
            StoreError::Postgres(e) => {
                // A broken socket or a closed connection; not a value that failed to convert,
                // which is a bug and would fail again.
                e.is_closed()
                    || std::error::Error::source(e)
                        .is_some_and(|cause| cause.is::<std::io::Error>())
                    || e.code().is_some_and(|code| {
                        [
                            SqlState::LOCK_NOT_AVAILABLE,
                            SqlState::QUERY_CANCELED,
                            SqlState::ADMIN_SHUTDOWN,
                            SqlState::CRASH_SHUTDOWN,
                            SqlState::CANNOT_CONNECT_NOW,
                            SqlState::T_R_SERIALIZATION_FAILURE,
                            SqlState::T_R_DEADLOCK_DETECTED,
                            SqlState::IDLE_IN_TRANSACTION_SESSION_TIMEOUT,
                            SqlState::TOO_MANY_CONNECTIONS,
                        ]
                        .contains(code)
                            || code.code().starts_with("08")
                    })
            }
            StoreError::Sqlite(rusqlite::Error::SqliteFailure(e, _)) => matches!(
                e.code,
                rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked
            ),
            _ => false,
        }
    }
}

/// An HTTP error answer: a status and the [`ApiError`] JSON body with a stable `error` code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiFailure {
    pub status: StatusCode,
    pub error: &'static str,
    pub detail: String,
    /// Seconds, for 429 answers.
    pub retry_after: Option<u64>,
}

impl ApiFailure {
    /// Any status with its stable code and a human detail.
    pub fn new(status: StatusCode, error: &'static str, detail: impl Into<String>) -> Self {
        ApiFailure {
            status,
            error,
            detail: detail.into(),
            retry_after: None,
        }
    }

    /// 401: missing, malformed, unknown or revoked token.
    pub fn unauthorized() -> Self {
        Self::new(
            StatusCode::UNAUTHORIZED,
            "unauthorized",
            "a valid device token is needed",
        )
    }

    /// 403: the user's role may not use this route.
    pub fn forbidden() -> Self {
        Self::new(
            StatusCode::FORBIDDEN,
            "forbidden",
            "not allowed for this user",
        )
    }

    /// 404: no such thing, or not one this user may see (never told apart).
    pub fn not_found(what: &str) -> Self {
        Self::new(
            StatusCode::NOT_FOUND,
            "not_found",
            format!("{what} not found"),
        )
    }

    /// 400: well-formed JSON whose content is unusable.
    pub fn invalid_input(detail: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, "invalid_input", detail)
    }

    /// A failure that is ours, not the client's: logged in full, answered without details.
    pub fn internal(cause: &dyn std::fmt::Display) -> Self {
        tracing::error!("internal error: {cause}");
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            "the server could not do this; try again later",
        )
    }
}

impl From<StoreError> for ApiFailure {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound(what) => ApiFailure::not_found(what),
            StoreError::Invalid(reason) => ApiFailure::invalid_input(reason.to_string()),
            StoreError::DeviceDailyLimit(limit) => ApiFailure {
                retry_after: Some(3600),
                ..ApiFailure::new(
                    StatusCode::TOO_MANY_REQUESTS,
                    "device_daily_limit",
                    format!(
                        "this device has sent {limit} changes in 24 hours, the most one device \
                         may; nothing of this sync was stored: send it again later"
                    ),
                )
            },
            // The database is down or busy for a moment: the device keeps its work and tries
            // again (its sync treats every 5xx so), and the log says why.
            other if other.is_transient() => {
                tracing::warn!("database unavailable: {other}");
                ApiFailure {
                    retry_after: Some(5),
                    ..ApiFailure::new(
                        StatusCode::SERVICE_UNAVAILABLE,
                        "unavailable",
                        "the server's database is not available just now; try again shortly",
                    )
                }
            }
            other => ApiFailure::internal(&other),
        }
    }
}

impl From<tokio::task::JoinError> for ApiFailure {
    fn from(e: tokio::task::JoinError) -> Self {
        ApiFailure::internal(&e)
    }
}

impl IntoResponse for ApiFailure {
    fn into_response(self) -> Response {
        let body = ApiError {
            error: self.error.to_owned(),
            detail: self.detail,
        };
        let mut response = (self.status, axum::Json(body)).into_response();
        if let Some(seconds) = self.retry_after {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        if self.status == StatusCode::UNAUTHORIZED {
            response
                .headers_mut()
                .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        response
    }
}
