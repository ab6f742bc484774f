//! The harness end-to-end tests share: the real server binary on a temporary database, and a
//! proxy that loses answers on purpose.

pub mod bench;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::process::{Child, ChildStdout, Command};

#[derive(Debug, thiserror::Error)]
pub enum HarnessError {
    #[error("the server binary is not at {0}: build it with `cargo build -p keikka-sync-server`")]
    NoBinary(PathBuf),
    #[error("the server did not say where it listens; it printed: {0}")]
    NoListenLine(String),
    #[error(transparent)]
    Io(#[from] std::io::Error),
    #[error("no test database: {0}")]
    Database(String),
}

/// The `--db` of one test's server: a SQLite file in `dir`, or, when `KEIKKA_TEST_POSTGRES`
/// names a PostgreSQL server (`scripts/test`'s second run), a new database of its own there.
pub fn test_db(dir: &Path) -> Result<String, HarnessError> {
    keikka_sync_server::db::for_test(dir)
        .map(|location| location.to_arg())
        .map_err(|e| HarnessError::Database(e.to_string()))
}

/// The `keikka-sync-server` binary cargo built next to this executable (a test in
/// `target/<profile>/deps/` or a binary such as `loadgen` in `target/<profile>/`).
pub fn server_binary() -> Result<PathBuf, HarnessError> {
    let exe = std::env::current_exe()?;
    let dir = exe
        .parent()
        .ok_or_else(|| HarnessError::NoBinary(exe.clone()))?;
    let profile_dir = if dir.file_name().is_some_and(|n| n == "deps") {
        dir.parent().unwrap_or(dir)
    } else {
        dir
    };
    let binary = profile_dir.join(format!(
        "keikka-sync-server{}",
        std::env::consts::EXE_SUFFIX
    ));
    if binary.is_file() {
        Ok(binary)
    } else {
        Err(HarnessError::NoBinary(binary))
    }
}

/// A running `keikka-sync-server` process on a database file of its own. Killed when dropped.
pub struct ServerProcess {
    child: Child,
    addr: SocketAddr,
    db: String,
    /// Environment variables it was started with (kept for a restart).
    env: Vec<(String, String)>,
    /// The lines the process printed before it started listening (e.g. the demo's codes).
    pub banner: Vec<String>,
    _dir: Option<tempfile::TempDir>,
    _stdout: tokio::task::JoinHandle<()>,
}

impl ServerProcess {
    /// Runs `keikka-sync-server <args…> --db <temporary file> --listen 127.0.0.1:0`.
    pub async fn start(args: &[&str]) -> Result<ServerProcess, HarnessError> {
        let dir = tempfile::tempdir()?;
        let db = test_db(dir.path())?;
        let mut server = Self::start_on(&db, args).await?;
        server._dir = Some(dir);
        Ok(server)
    }

    /// Runs the server on an existing database file (e.g. to restart after a kill).
    pub async fn start_on(
        db: impl AsRef<std::ffi::OsStr>,
        args: &[&str],
    ) -> Result<ServerProcess, HarnessError> {
        let db = db.as_ref().to_string_lossy().into_owned();
        Self::start_at(&db, args, "127.0.0.1:0", &[]).await
    }

    /// [`ServerProcess::start_on`] with environment variables set for the process.
    pub async fn start_with_env(
        db: &str,
        args: &[&str],
        env: &[(String, String)],
    ) -> Result<ServerProcess, HarnessError> {
        Self::start_at(db, args, "127.0.0.1:0", env).await
    }

    /// Kills the server (SIGKILL) and starts it again on the same database and address, so
    /// devices paired to its URL find it again: a server that was away and came back.
    pub async fn restart(&mut self, args: &[&str]) -> Result<(), HarnessError> {
        self.kill().await?;
        let _ = self.child.wait().await;
        let env = self.env.clone();
        let mut again = Self::start_at(&self.db, args, &self.addr.to_string(), &env).await?;
        again._dir = self._dir.take();
        *self = again;
        Ok(())
    }

    async fn start_at(
        db: &str,
        args: &[&str],
        listen: &str,
        env: &[(String, String)],
    ) -> Result<ServerProcess, HarnessError> {
        let mut child = Command::new(server_binary()?)
            .envs(env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
            .args(args)
            .arg("--db")
            .arg(db)
            .args(["--listen", listen])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .kill_on_drop(true)
            .spawn()?;
        let stdout = child
            .stdout
            .take()
            .ok_or_else(|| HarnessError::NoListenLine(String::new()))?;
        let (addr, banner, rest) =
            tokio::time::timeout(Duration::from_secs(30), read_banner(stdout))
                .await
                .map_err(|_| HarnessError::NoListenLine("(nothing within 30 s)".into()))??;
        // Keep draining stdout so the server never blocks on a full pipe.
        let drain = tokio::spawn(async move {
            let mut lines = rest.lines();
            while let Ok(Some(_)) = lines.next_line().await {}
        });
        Ok(ServerProcess {
            child,
            addr,
            db: db.to_owned(),
            env: env.to_vec(),
            banner,
            _dir: None,
            _stdout: drain,
        })
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The server's process id (to read its memory use).
    pub fn pid(&self) -> Option<u32> {
        self.child.id()
    }

    pub fn db(&self) -> &str {
        &self.db
    }

    /// SIGKILL: no graceful shutdown, as when a machine loses power.
    pub async fn kill(&mut self) -> Result<(), HarnessError> {
        self.child.kill().await?;
        Ok(())
    }
}

async fn read_banner(
    stdout: ChildStdout,
) -> Result<(SocketAddr, Vec<String>, BufReader<ChildStdout>), HarnessError> {
    let mut reader = BufReader::new(stdout);
    let mut banner = Vec::new();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).await? == 0 {
            return Err(HarnessError::NoListenLine(banner.join("\n")));
        }
        let line = line.trim_end().to_owned();
        if let Some(addr) = line
            .strip_prefix("listening on http://")
            .and_then(|a| a.parse().ok())
        {
            return Ok((addr, banner, reader));
        }
        banner.push(line);
    }
}

/// An HTTP/1.1 proxy in front of the server that can lose answers (the request reaches the
/// server and is processed, but the client's connection is closed before the answer arrives)
/// and send requests twice (the server gets the same request again; the client gets the second
/// answer).
pub struct FaultProxy {
    addr: SocketAddr,
    faults: Arc<Faults>,
    _task: tokio::task::JoinHandle<()>,
}

/// What the proxy is to do to the next requests, and what it has done.
#[derive(Default)]
struct Faults {
    answers_to_drop: AtomicUsize,
    requests_to_double: AtomicUsize,
    requests_to_lose: AtomicUsize,
    requests_to_delay: AtomicUsize,
    delay_ms: AtomicUsize,
    forwarded: AtomicUsize,
    dropped: AtomicUsize,
    doubled: AtomicUsize,
    lost: AtomicUsize,
    delayed: AtomicUsize,
    /// Where the next request goes, when there are several instances (a Weyl sequence, mixed).
    picks: std::sync::atomic::AtomicU64,
}

impl Faults {
    /// One of `n` upstreams, spread like random picks but the same every run.
    fn pick(&self, n: usize) -> usize {
        let mut x = self
            .picks
            .fetch_add(0x9E37_79B9_7F4A_7C15, Ordering::SeqCst);
        x ^= x >> 31;
        x = x.wrapping_mul(0xBF58_476D_1CE4_E5B9);
        x ^= x >> 29;
        usize::try_from(x % u64::try_from(n.max(1)).unwrap_or(1)).unwrap_or(0)
    }
}

/// Counts of the faults a [`FaultProxy`] injected.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct InjectedFaults {
    pub answers_dropped: usize,
    pub requests_doubled: usize,
    pub requests_lost: usize,
    pub requests_delayed: usize,
}

/// Takes one from `counter` if it is above zero.
fn take_one(counter: &AtomicUsize) -> bool {
    counter
        .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
        .is_ok()
}

impl FaultProxy {
    pub async fn start(upstream: SocketAddr) -> Result<FaultProxy, HarnessError> {
        Self::start_among(vec![upstream]).await
    }

    /// A proxy in front of several server instances, sending each request (each copy of a
    /// doubled one, too) to one of them picked at random, as a load balancer would.
    pub async fn start_among(upstreams: Vec<SocketAddr>) -> Result<FaultProxy, HarnessError> {
        let upstreams: Arc<[SocketAddr]> = upstreams.into();
        let listener = TcpListener::bind("127.0.0.1:0").await?;
        let addr = listener.local_addr()?;
        let faults = Arc::new(Faults::default());
        let shared = faults.clone();
        let task = tokio::spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                let faults = shared.clone();
                let upstreams = upstreams.clone();
                tokio::spawn(async move {
                    // A broken connection is the client's or server's business, not the proxy's.
                    let _ = relay(client, upstreams, faults).await;
                });
            }
        });
        Ok(FaultProxy {
            addr,
            faults,
            _task: task,
        })
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The next `n` answers from the server are thrown away after the server has sent them.
    pub fn drop_next_answers(&self, n: usize) {
        self.faults.answers_to_drop.store(n, Ordering::SeqCst);
    }

    /// The next `n` requests never reach the server: the client's connection is closed.
    pub fn lose_next_requests(&self, n: usize) {
        self.faults.requests_to_lose.store(n, Ordering::SeqCst);
    }

    /// The next `n` requests wait `ms` milliseconds before they go on, so requests sent after
    /// them from other devices can overtake them.
    pub fn delay_next_requests(&self, n: usize, ms: usize) {
        self.faults.delay_ms.store(ms, Ordering::SeqCst);
        self.faults.requests_to_delay.store(n, Ordering::SeqCst);
    }

    /// The next `n` requests reach the server twice.
    pub fn double_next_requests(&self, n: usize) {
        self.faults.requests_to_double.store(n, Ordering::SeqCst);
    }

    /// How many requests reached the server through the proxy (a doubled one counts twice).
    pub fn forwarded(&self) -> usize {
        self.faults.forwarded.load(Ordering::SeqCst)
    }

    /// What the proxy has done so far.
    pub fn faults_injected(&self) -> InjectedFaults {
        let f = &self.faults;
        InjectedFaults {
            answers_dropped: f.dropped.load(Ordering::SeqCst),
            requests_doubled: f.doubled.load(Ordering::SeqCst),
            requests_lost: f.lost.load(Ordering::SeqCst),
            requests_delayed: f.delayed.load(Ordering::SeqCst),
        }
    }
}

async fn relay(
    mut client: TcpStream,
    upstreams: Arc<[SocketAddr]>,
    faults: Arc<Faults>,
) -> std::io::Result<()> {
    loop {
        let Some(request) = read_message(&mut client).await? else {
            return Ok(());
        };
        if take_one(&faults.requests_to_lose) {
            faults.lost.fetch_add(1, Ordering::SeqCst);
            return Ok(());
        }
        if take_one(&faults.requests_to_delay) {
            faults.delayed.fetch_add(1, Ordering::SeqCst);
            let ms = faults.delay_ms.load(Ordering::SeqCst);
            tokio::time::sleep(Duration::from_millis(u64::try_from(ms).unwrap_or(0))).await;
        }
        let times = if take_one(&faults.requests_to_double) {
            faults.doubled.fetch_add(1, Ordering::SeqCst);
            2
        } else {
            1
        };
        let mut response = None;
        for _ in 0..times {
            let upstream = upstreams[faults.pick(upstreams.len())];
            let mut server = TcpStream::connect(upstream).await?;
            server.write_all(&request).await?;
            response = read_message(&mut server).await?;
            faults.forwarded.fetch_add(1, Ordering::SeqCst);
        }
        let drop_it = take_one(&faults.answers_to_drop);
        if drop_it {
            faults.dropped.fetch_add(1, Ordering::SeqCst);
        }
        match response {
            Some(response) if !drop_it => client.write_all(&response).await?,
            // Lost on the way back: close the client's connection without an answer.
            _ => return Ok(()),
        }
    }
}

/// Reads one HTTP/1.1 message (head and a Content-Length body); `None` at a clean end of stream.
async fn read_message<R: AsyncRead + Unpin>(stream: &mut R) -> std::io::Result<Option<Vec<u8>>> {
    let mut message = Vec::new();
    let mut byte = [0u8; 1];
    while !message.ends_with(b"\r\n\r\n") {
        if stream.read(&mut byte).await? == 0 {
            return Ok(None);
        }
        message.push(byte[0]);
    }
    let head = String::from_utf8_lossy(&message).to_ascii_lowercase();
    let length = head
        .lines()
        .find_map(|l| l.strip_prefix("content-length:"))
        .and_then(|v| v.trim().parse::<usize>().ok())
        .unwrap_or(0);
    let mut body = vec![0u8; length];
    stream.read_exact(&mut body).await?;
    message.extend_from_slice(&body);
    Ok(Some(message))
}

/// A PostgreSQL cluster of one test's own (`scripts/postgres`), durable as in production, that
/// the test may stop and start again under the servers' feet. Removed when dropped.
pub struct PrivatePostgres {
    dir: PathBuf,
    port: u16,
    url: String,
}

/// How a [`PrivatePostgres`] goes down.
#[derive(Clone, Copy, Debug)]
pub enum Halt {
    /// As an administrator's restart: connections are ended and the cluster shuts down cleanly.
    Fast,
    /// As a crash or a failover: no shutdown at all, recovered from the write-ahead log at start.
    Immediate,
}

impl PrivatePostgres {
    /// Starts a new cluster on a free port of 127.0.0.1.
    pub fn start() -> Result<PrivatePostgres, HarnessError> {
        let dir = tempfile::Builder::new()
            .prefix("keikka-private-postgres")
            .tempdir()?
            .keep();
        let port = std::net::TcpListener::bind("127.0.0.1:0")?
            .local_addr()?
            .port();
        let mut cluster = PrivatePostgres {
            dir,
            port,
            url: String::new(),
        };
        cluster.url = cluster.run_start()?;
        Ok(cluster)
    }

    fn script() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../scripts/postgres")
    }

    fn run(args: &[&std::ffi::OsStr]) -> Result<String, HarnessError> {
        let out = std::process::Command::new(Self::script())
            .args(args)
            .stdin(Stdio::null())
            .output()?;
        if !out.status.success() {
            return Err(HarnessError::Database(format!(
                "scripts/postgres {:?}: {}",
                args,
                String::from_utf8_lossy(&out.stderr)
            )));
        }
        Ok(String::from_utf8_lossy(&out.stdout).trim().to_owned())
    }

    fn run_start(&self) -> Result<String, HarnessError> {
        let port = self.port.to_string();
        Self::run(&[
            "start".as_ref(),
            self.dir.as_os_str(),
            port.as_ref(),
            "--durable".as_ref(),
        ])
    }

    /// A new database on it, as a `postgres://` URL.
    pub fn new_database(&self) -> Result<String, HarnessError> {
        let name = format!("keikka_test_{}", uuid::Uuid::new_v4().simple());
        keikka_sync_server::db::postgres::create_database(&self.url, &name)
            .map_err(|e| HarnessError::Database(e.to_string()))
    }

    /// Takes the cluster down; every connection to it ends.
    pub fn halt(&self, how: Halt) -> Result<(), HarnessError> {
        let mode = match how {
            Halt::Fast => "fast",
            Halt::Immediate => "immediate",
        };
        Self::run(&["halt".as_ref(), self.dir.as_os_str(), mode.as_ref()]).map(drop)
    }

    /// Starts it again on the same port and data.
    pub fn resume(&self) -> Result<(), HarnessError> {
        self.run_start().map(drop)
    }

    /// Stops every process of the cluster where it stands (SIGSTOP), as a frozen host would:
    /// connections stay open and nothing answers. [`PrivatePostgres::thaw`] lets them go on.
    pub fn freeze(&self) -> Result<(), HarnessError> {
        self.signal_all("-STOP")
    }

    pub fn thaw(&self) -> Result<(), HarnessError> {
        self.signal_all("-CONT")
    }

    fn signal_all(&self, signal: &str) -> Result<(), HarnessError> {
        let pid_file = std::fs::read_to_string(self.dir.join("data/postmaster.pid"))?;
        let postmaster = pid_file
            .lines()
            .next()
            .unwrap_or_default()
            .trim()
            .to_owned();
        let children = std::process::Command::new("pgrep")
            .args(["-P", &postmaster])
            .output()?;
        let mut pids = vec![postmaster];
        pids.extend(
            String::from_utf8_lossy(&children.stdout)
                .split_whitespace()
                .map(str::to_owned),
        );
        let status = std::process::Command::new("kill")
            .arg(signal)
            .args(&pids)
            .status()?;
        if status.success() {
            Ok(())
        } else {
            Err(HarnessError::Database(format!(
                "kill {signal} {pids:?} failed"
            )))
        }
    }
}

impl Drop for PrivatePostgres {
    fn drop(&mut self) {
        // A frozen cluster would never stop.
        let _ = self.thaw();
        let _ = Self::run(&["stop".as_ref(), self.dir.as_os_str()]);
    }
}
