//! `keikka-sync-server`: serve the API, or administer the database (organisations, pairing
//! codes, the demo unit, the benefit engine's JSON interface).

use anyhow::Context;
use clap::{Args, Parser, Subcommand};
use keikka_core::PersonId;
use keikka_sync_server::db::Location;
use keikka_sync_server::{AppState, Clock, Store, demo, impact_cmd, serve, shutdown_signal};
use std::io::Write;
use std::path::PathBuf;

#[derive(Parser)]
#[command(
    name = "keikka-sync-server",
    version,
    about,
    args_conflicts_with_subcommands = true
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// The database: a SQLite file (created if missing), or `postgres://…` (DEPLOYMENT.md).
    #[arg(long, env = "KEIKKA_DB", hide_env_values = true)]
    db: Option<Location>,
    /// Address to listen on, e.g. 127.0.0.1:8080 (port 0 picks a free one).
    #[arg(long, default_value = "127.0.0.1:8080")]
    listen: String,
    /// A directory with the built web app (`scripts/build-web`), served at `/`.
    #[arg(long)]
    web: Option<PathBuf>,
}

#[derive(Subcommand)]
enum Command {
    /// Migrate the database and serve the API (the default without a subcommand).
    Serve(ServeArgs),
    /// Create an organisation and its first supervisor; prints the supervisor's pairing code.
    CreateOrganisation {
        #[arg(long, env = "KEIKKA_DB", hide_env_values = true)]
        db: Location,
        /// The unit's name, e.g. "Kallion työtoimintakeskus".
        #[arg(long)]
        name: String,
        /// Who pays wages by default, e.g. "Väylä ry".
        #[arg(long)]
        employer: String,
        /// The first supervisor's name.
        #[arg(long)]
        supervisor: String,
    },
    /// Print a fresh pairing code for a person (their earlier unused codes stop working).
    PairingCode {
        #[arg(long, env = "KEIKKA_DB", hide_env_values = true)]
        db: Location,
        #[arg(long)]
        person: PersonId,
    },
    /// Seed the demo unit if missing, print fresh pairing codes, and serve.
    Demo(ServeArgs),
    /// Copy the database, consistent and compact, to a new file while the server keeps running.
    /// Restore by serving the copy (`--db COPY`).
    Backup {
        #[arg(long, env = "KEIKKA_DB", hide_env_values = true)]
        db: Location,
        /// The new file; an existing file is never overwritten.
        #[arg(long)]
        to: PathBuf,
    },
    /// Answer one benefit-impact request (JSON from a file, `-` for stdin) with the engine's JSON:
    /// one `month`, or the `months` of a plan (1 to 12, in order), one result per month.
    Impact {
        #[arg(long)]
        input: PathBuf,
    },
    /// The benefit figures handed to devices: import a newer rule set, or show the one in use.
    Rules {
        #[command(subcommand)]
        action: RulesCommand,
    },
}

#[derive(Subcommand)]
enum RulesCommand {
    /// Check a rule set completely and, if it is newer than the one in use, hand it to devices
    /// from now on. A set that fails any check is refused and nothing changes.
    Import {
        #[arg(long, env = "KEIKKA_DB", hide_env_values = true)]
        db: Location,
        /// The rule set file (the format of core/rules/keikka-rules.json).
        file: PathBuf,
    },
    /// Print the version of the rule set in use.
    Show {
        #[arg(long, env = "KEIKKA_DB", hide_env_values = true)]
        db: Location,
    },
}

#[derive(Args)]
struct ServeArgs {
    /// The database, or the environment's `KEIKKA_DB` (which keeps a password out of the
    /// process list).
    #[arg(long, env = "KEIKKA_DB", hide_env_values = true)]
    db: Location,
    #[arg(long, default_value = "127.0.0.1:8080")]
    listen: String,
    /// A directory with the built web app (`scripts/build-web`), served at `/`.
    #[arg(long)]
    web: Option<PathBuf>,
    /// Requests one device may make per minute before it is told to wait (429).
    #[arg(long, default_value_t = keikka_sync_server::pairing::MAX_REQUESTS_PER_DEVICE)]
    requests_per_minute: usize,
    /// A reverse proxy (by address; may be given more than once) whose `X-Forwarded-For` says
    /// who the client is. Without it, every client behind a proxy counts as the proxy.
    #[arg(long = "trusted-proxy")]
    trusted_proxies: Vec<std::net::IpAddr>,
    /// Mutations one device may have recorded in 24 hours before its syncs are refused (429).
    #[arg(long, default_value_t = keikka_sync_server::sync::DEVICE_DAILY_MUTATIONS)]
    device_daily_mutations: usize,
    /// Groups, participants and pairing codes one supervisor's device may make in 24 hours
    /// before it is told to wait (429).
    #[arg(long, default_value_t = keikka_sync_server::pairing::MAX_CREATIONS_PER_DEVICE)]
    device_daily_creations: usize,
    /// How often to look for a rule set imported by `rules import` while serving.
    #[arg(long, default_value_t = keikka_sync_server::rules::RULES_RECHECK.as_secs())]
    rules_recheck_seconds: u64,
}

/// Every failure is one line and status 1: the causes joined in a sentence, never a stack trace
/// (even with `RUST_BACKTRACE` set, as some shells have it).
fn main() -> std::process::ExitCode {
    match run() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("keikka-sync-server: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

fn run() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        // Colours only for a person at a terminal: journald would keep the escape codes.
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
        )
        .init();
    let cli = Cli::parse();
    let clock = Clock::System;
    match cli.command {
        None => {
            let args = ServeArgs {
                db: cli.db.context("--db FILE is needed (see --help)")?,
                listen: cli.listen,
                web: cli.web,
                requests_per_minute: keikka_sync_server::pairing::MAX_REQUESTS_PER_DEVICE,
                device_daily_mutations: keikka_sync_server::sync::DEVICE_DAILY_MUTATIONS,
                device_daily_creations: keikka_sync_server::pairing::MAX_CREATIONS_PER_DEVICE,
                trusted_proxies: Vec::new(),
                rules_recheck_seconds: keikka_sync_server::rules::RULES_RECHECK.as_secs(),
            };
            run_server(&args, clock, false)
        }
        Some(Command::Serve(args)) => run_server(&args, clock, false),
        Some(Command::Demo(args)) => run_server(&args, clock, true),
        Some(Command::CreateOrganisation {
            db,
            name,
            employer,
            supervisor,
        }) => {
            let store = open(&db)?;
            let new = store.create_organisation(&name, &employer, &supervisor, clock.now())?;
            println!("organisation {}", new.organisation.id);
            println!(
                "supervisor {} {}",
                new.supervisor.person.name, new.supervisor.code
            );
            Ok(())
        }
        Some(Command::PairingCode { db, person }) => {
            let store = open(&db)?;
            let code = store
                .issue_pairing_code(None, person, None, clock.now())
                .with_context(|| format!("no pairing code for person {person}"))?;
            println!("{}", code.code);
            Ok(())
        }
        Some(Command::Backup { db, to }) => {
            let store = open(&db)?;
            store
                .backup_to(&to)
                .with_context(|| format!("cannot back up to {}", to.display()))?;
            println!("backup {}", to.display());
            Ok(())
        }
        Some(Command::Rules { action }) => rules_command(action, clock),
        Some(Command::Impact { input }) => match impact_cmd::run(&input) {
            Ok(answer) => {
                println!("{answer}");
                Ok(())
            }
            // Bad input is the person's to fix: a sentence and status 2, not a stack of errors.
            Err(e) => {
                eprintln!("keikka-sync-server impact: {e}");
                std::process::exit(e.exit_code());
            }
        },
    }
}

fn rules_command(action: RulesCommand, clock: Clock) -> anyhow::Result<()> {
    match action {
        RulesCommand::Import { db, file } => {
            let text = match keikka_sync_server::rules::read_rules_file(&file) {
                Ok(text) => text,
                Err(e) => {
                    eprintln!(
                        "keikka-sync-server rules import: cannot read {}: {e}; nothing was imported",
                        file.display()
                    );
                    std::process::exit(2);
                }
            };
            let store = open_existing(&db)?;
            match store.import_rules(&text, clock.now()) {
                Ok(version) => {
                    println!("rules {version} imported; devices get them at their next sync");
                    Ok(())
                }
                // A refused set is the operator's to fix: the reason and status 2.
                Err(keikka_sync_server::StoreError::RulesRefused(reason)) => {
                    eprintln!("keikka-sync-server rules import: {reason}; nothing was imported");
                    std::process::exit(2);
                }
                Err(e) => Err(e.into()),
            }
        }
        RulesCommand::Show { db } => {
            let current = open_existing(&db)?.current_rules()?;
            println!("rules {}", current.version);
            Ok(())
        }
    }
}

/// Opens a database that must be there already: a mistyped path must not quietly become a new,
/// empty database that the running server never reads.
fn open_existing(db: &Location) -> anyhow::Result<Store> {
    if let Location::Sqlite(path) = db
        && !path.is_file()
    {
        eprintln!(
            "keikka-sync-server: there is no database at {}; give the --db the server runs with",
            path.display()
        );
        std::process::exit(2);
    }
    open(db)
}

/// Opens and migrates the database, or says in one sentence why not: status 1 and no
/// half-started server (a wrong address, a database that is down, one of a newer schema).
fn open(db: &Location) -> anyhow::Result<Store> {
    match Store::open_at(db) {
        Ok(store) => Ok(store),
        Err(e) => {
            eprintln!("keikka-sync-server: cannot open the database {db}: {e}");
            std::process::exit(1);
        }
    }
}

/// How long requests under way may take to finish after the stop signal.
const SHUTDOWN_GRACE: std::time::Duration = std::time::Duration::from_secs(5);

/// Listens with room for 4,096 connections waiting to be accepted (the kernel caps it at
/// `net.core.somaxconn`): with tokio's default of 1,024, phones connecting at once had their
/// connection attempts dropped and retried seconds later (BENCHMARKS.md).
async fn listen_on(listen: &str) -> anyhow::Result<tokio::net::TcpListener> {
    let addr = tokio::net::lookup_host(listen)
        .await?
        .next()
        .context("the address resolves to nothing")?;
    let socket = if addr.is_ipv4() {
        tokio::net::TcpSocket::new_v4()?
    } else {
        tokio::net::TcpSocket::new_v6()?
    };
    // As std's bind does on Unix: a restarted server can listen again at once.
    socket.set_reuseaddr(true)?;
    socket.bind(addr)?;
    Ok(socket.listen(4096)?)
}

fn run_server(args: &ServeArgs, clock: Clock, demo: bool) -> anyhow::Result<()> {
    let (db, listen, web) = (&args.db, args.listen.as_str(), args.web.clone());
    let store = open(db)?;
    store.set_device_daily_limit(args.device_daily_mutations);
    if let Some(dir) = &web {
        anyhow::ensure!(
            dir.join("index.html").is_file(),
            "no web app in {} (build it with scripts/build-web)",
            dir.display()
        );
    }
    let runtime = tokio::runtime::Runtime::new().context("cannot start the async runtime")?;
    runtime.block_on(async move {
        let listener = listen_on(listen)
            .await
            .with_context(|| format!("cannot listen on {listen}"))?;
        let addr = listener.local_addr()?;
        let mut out = std::io::stdout().lock();
        if demo {
            let seed = demo::seed(&store, clock.now()).context("cannot seed the demo")?;
            writeln!(out, "Keikka demo: http://{addr}")?;
            for line in seed.code_lines() {
                writeln!(out, "{line}")?;
            }
        }
        // Tests and scripts wait for exactly this line to learn the port.
        writeln!(out, "listening on http://{addr}")?;
        out.flush()?;
        drop(out);
        let mut state = AppState::new(store, clock)
            .with_requests_per_minute(args.requests_per_minute)
            .with_daily_creations(args.device_daily_creations)
            .with_trusted_proxies(args.trusted_proxies.clone())
            .with_rules_recheck(std::time::Duration::from_secs(args.rules_recheck_seconds));
        if let Some(dir) = web {
            state = state.with_web(dir);
        }
        // After ctrl-c or SIGTERM, requests under way may finish for a while; a client that keeps
        // an idle connection open must not hold the stop up for good.
        let (stopping, stop) = tokio::sync::oneshot::channel::<()>();
        let server = serve(listener, state, async move {
            shutdown_signal().await;
            let _ = stopping.send(());
        });
        tokio::pin!(server);
        tokio::select! {
            served = &mut server => served?,
            () = async {
                if stop.await.is_ok() {
                    tokio::time::sleep(SHUTDOWN_GRACE).await;
                } else {
                    std::future::pending::<()>().await;
                }
            } => tracing::warn!("connections still open {SHUTDOWN_GRACE:?} after the stop signal; stopping anyway"),
        }
        tracing::info!("stopped");
        Ok(())
    })
}
