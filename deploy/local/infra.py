"""Local infrastructure for development and tests: a private PostgreSQL cluster and a single-node
Apache Kafka broker (KRaft), both on loopback, data under .run/. Standard library only.

    python deploy/local/infra.py up        # start what is missing (idempotent), create databases
    python deploy/local/infra.py down      # stop only what this script started
    python deploy/local/infra.py status
    python deploy/local/infra.py browser   # Debian's chromium + chromium-driver for the pages' tests (also in up)
    python deploy/local/infra.py kafka-stop | kafka-start   # used by the broker-outage test
    python deploy/local/infra.py kafka-restart   # stop and start Kafka (switches an unsecured broker to SASL)

DATABASE_URL / KAFKA_BOOTSTRAP_SERVERS, when set, point at servers managed elsewhere: they are used
as they are and never started or stopped here.
"""
from __future__ import annotations

import glob
import hashlib
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUN = Path(os.environ.get("SUITE_RUN_DIR", ROOT / ".run"))
SERVICES = ["asset_core", "dispatch", "reward", "mediation", "police", "procuratorate"]

PG_PORT = int(os.environ.get("SUITE_PG_PORT", "55432"))
PG_USER = "suite"
PG_DIR = RUN / "pg"
KAFKA_PORT = int(os.environ.get("SUITE_KAFKA_PORT", "59092"))
KAFKA_CONTROLLER_PORT = KAFKA_PORT + 1
KAFKA_DIR = RUN / "kafka"
KAFKA_HEAP = os.environ.get("SUITE_KAFKA_HEAP", "512m")


def log(msg: str) -> None:
    print(f"[infra] {msg}", flush=True)


def port_open(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket() as s:
        s.settimeout(0.5)
        return s.connect_ex((host, port)) == 0


def wait_for(cond, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if cond():
            return
        time.sleep(0.2)
    raise SystemExit(f"[infra] timed out after {timeout:.0f}s waiting for {what}")


# ---------------------------------------------------------------- PostgreSQL
def pg_bindir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    if found:
        return Path(found[-1]).parent
    which = shutil.which("initdb")
    return Path(which).resolve().parent if which else None


def ensure_pg_binaries() -> Path:
    bindir = pg_bindir()
    if bindir is None:
        log("PostgreSQL binaries missing: installing Debian's postgresql package")
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(["apt-get", "update", "-q"], check=True, env=env)
        subprocess.run(["apt-get", "install", "-y", "-q", "--no-install-recommends", "postgresql"],
                       check=True, env=env)
        bindir = pg_bindir()
        if bindir is None:
            raise SystemExit("[infra] postgresql installed but initdb not found")
    return bindir


def _pg_cmd(args: list[str]) -> list[str]:
    """initdb and postgres refuse to run as root: run them as the 'postgres' system user then."""
    if os.geteuid() != 0:
        return args
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        subprocess.run(["useradd", "--system", "--no-create-home", "postgres"], check=True)
    return ["runuser", "-u", "postgres", "--", *args]


def _pg_owner_setup() -> None:
    PG_DIR.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        pw = pwd.getpwnam("postgres")
        os.chown(PG_DIR, pw.pw_uid, pw.pw_gid)
        # the postgres user must be able to reach the data directory
        p = PG_DIR.parent
        while p != p.parent:
            mode = p.stat().st_mode
            if not mode & 0o001:
                os.chmod(p, mode | 0o001)
            p = p.parent


def pg_running() -> bool:
    return port_open(PG_PORT)


def pg_up() -> str:
    if os.environ.get("DATABASE_URL"):
        log("DATABASE_URL is set: using that server")
        return os.environ["DATABASE_URL"]
    url = f"postgresql://{PG_USER}@127.0.0.1:{PG_PORT}/postgres"
    data = PG_DIR / "data"
    if pg_running():
        log(f"PostgreSQL already running on 127.0.0.1:{PG_PORT}")
    else:
        bindir = ensure_pg_binaries()
        _pg_owner_setup()
        if not (data / "PG_VERSION").exists():
            log(f"initdb {data}")
            subprocess.run(_pg_cmd([str(bindir / "initdb"), "-D", str(data), "-U", PG_USER,
                                    "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]),
                           check=True, stdout=subprocess.DEVNULL)
            with open(data / "postgresql.conf", "a") as f:
                f.write(
                    "\n# suite settings\n"
                    "listen_addresses = '127.0.0.1'\n"
                    f"port = {PG_PORT}\n"
                    "unix_socket_directories = ''\n"
                    "max_connections = 400\n"
                    "shared_buffers = 128MB\n"
                    "timezone = 'UTC'\n"
                    "log_timezone = 'UTC'\n"
                )
        log(f"starting PostgreSQL on 127.0.0.1:{PG_PORT}")
        subprocess.run(_pg_cmd([str(bindir / "pg_ctl"), "-D", str(data), "-l", str(PG_DIR / "server.log"),
                                "-w", "-t", "60", "start"]), check=True, stdout=subprocess.DEVNULL)
        (RUN / "pg.started").write_text(str(time.time()))
    wait_for(pg_running, 60, "PostgreSQL")
    create_databases(bindir=pg_bindir())
    return url


def create_databases(bindir: Path | None) -> None:
    psql = str(bindir / "psql") if bindir and (bindir / "psql").exists() else "psql"
    base = ["-h", "127.0.0.1", "-p", str(PG_PORT), "-U", PG_USER, "-v", "ON_ERROR_STOP=1", "-qtA"]
    existing = subprocess.run([psql, *base, "-d", "postgres", "-c", "select datname from pg_database"],
                              check=True, capture_output=True, text=True).stdout.split()
    for name in SERVICES:
        if name not in existing:
            subprocess.run([psql, *base, "-d", "postgres", "-c", f'create database "{name}"'], check=True)
            log(f"created database {name}")
    # A failed statement is not copied into the server's log: a commit message carries its rows as literals
    # (docs/adr/0018, 0022) — names, 身份证号, phones — where a statement's parameters would not be logged.
    subprocess.run([psql, *base, "-d", "postgres", "-c", SERVER_LOG_SETTING, "-c", "select pg_reload_conf()"],
                   check=True, stdout=subprocess.DEVNULL)
    # Each service's login role (docs/adr/0011): not a superuser, owns nothing; `python -m shared.migrate` (as
    # `suite`, the owner) grants it what the service needs. No password: the cluster trusts loopback only.
    roles = set(subprocess.run([psql, *base, "-d", "postgres", "-c", "select rolname from pg_roles"],
                               check=True, capture_output=True, text=True).stdout.split())
    for name in SERVICES:
        if pg_app_role(name) not in roles:
            subprocess.run([psql, *base, "-d", "postgres", "-c", f"""do $$ begin create role "{pg_app_role(name)}"
                login noinherit nosuperuser nocreatedb nocreaterole noreplication nobypassrls;
                exception when duplicate_object or unique_violation then null; end $$"""], check=True)
            log(f"created login role {pg_app_role(name)}")


SERVER_LOG_SETTING = "alter system set log_min_error_statement = 'panic'"


def pg_app_role(service: str) -> str:
    return f"{service}_app"


def pg_client_env(db_url: str) -> dict[str, str]:
    """The PostgreSQL lines of .run/env besides DATABASE_URL (the owner's server URL, which tools and tests use to
    create databases): the owner's URL for migrations, the application roles migrations grant to, and the URL the
    services of `make run` connect with (`{service}` is the service's name, shared/settings.py)."""
    if os.environ.get("DATABASE_URL"):
        return {}  # a server managed elsewhere: its roles are its administrator's
    app_url = f"postgresql://{pg_app_role('{service}')}@127.0.0.1:{PG_PORT}/postgres"
    return {"MIGRATION_DATABASE_URL": db_url, "DATABASE_APP_ROLE": pg_app_role("{service}"),
            "APP_DATABASE_URL": app_url}


def pg_down() -> None:
    marker = RUN / "pg.started"
    if os.environ.get("DATABASE_URL") or not marker.exists():
        return
    bindir = pg_bindir()
    if bindir and (PG_DIR / "data" / "PG_VERSION").exists():
        subprocess.run(_pg_cmd([str(bindir / "pg_ctl"), "-D", str(PG_DIR / "data"), "-m", "fast", "-w", "stop"]),
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        log("PostgreSQL stopped")
    marker.unlink(missing_ok=True)


# ---------------------------------------------------------------- Chromium (the pages' browser tests)
CHROMIUM = Path(os.environ.get("SUITE_CHROMIUM", "/usr/bin/chromium"))


def _cjk_font_present() -> bool:
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return False
    return bool(subprocess.run([fc_list, ":lang=zh"], capture_output=True, text=True).stdout.strip())


def ensure_chromium() -> None:
    """Debian's Chromium and ChromeDriver, installed with apt-get when missing (and a small Chinese font, so that
    the pages' screenshots show 汉字). Playwright for Python drives this system browser (executable_path); no test
    tool ever downloads a browser of its own."""
    packages = [] if CHROMIUM.exists() else ["chromium", "chromium-driver"]
    if not _cjk_font_present():
        packages.append("fonts-wqy-microhei")
    if not packages:
        return
    log(f"installing Debian's {', '.join(packages)} for the pages' browser tests")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "update", "-q"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "-q", "--no-install-recommends", *packages], check=True, env=env)
    if not CHROMIUM.exists():
        raise SystemExit(f"[infra] chromium installed but {CHROMIUM} not found")


# ---------------------------------------------------------------- Kafka
POM = ROOT / "deploy" / "kafka" / "pom.xml"


def kafka_libs() -> Path:
    libs = KAFKA_DIR / "libs"
    stamp = KAFKA_DIR / "libs.stamp"
    digest = hashlib.sha256(POM.read_bytes()).hexdigest()
    if libs.is_dir() and stamp.exists() and stamp.read_text() == digest:
        return libs
    if shutil.which("mvn") is None:
        raise SystemExit("[infra] Maven (mvn) is needed to resolve the Kafka broker's jars")
    log("resolving the Apache Kafka broker's jars from Maven Central (first run only)")
    shutil.rmtree(libs, ignore_errors=True)
    subprocess.run(["mvn", "-q", "-B", "-f", str(POM), "dependency:copy-dependencies",
                    "-DincludeScope=runtime", f"-DoutputDirectory={libs}"], check=True)
    stamp.write_text(digest)
    return libs


# Kafka security (docs/adr/0012): clients authenticate on a SASL_PLAINTEXT listener with SCRAM-SHA-512, the KRaft
# StandardAuthorizer checks ACLs (none found = denied); `admin` is the super user of the set-up, topic creation and
# the tests' harness. Each service and each partner of deploy/local/partners.toml is a SCRAM user with the ACLs
# `python -m shared.kafka_security apply` derives. Passwords are generated once into .run/kafka/users/<user> (0600).
# The controller listener (loopback) takes SASL PLAIN with a static `controller` user, so no anonymous connection
# is a super user there either. Storage formatted before this (no stamp) is reformatted: local data only.
KAFKA_SECURITY = "sasl_plaintext+scram-sha-512;controller=plain;authorizer=standard;v1"
KAFKA_SECURITY_STAMP = KAFKA_DIR / "security.stamp"
KAFKA_USERS_DIR = KAFKA_DIR / "users"
KAFKA_ADMIN = "admin"
KAFKA_ACL_STAMP = KAFKA_DIR / "acls.stamp"
PARTNERS_FILE = Path(os.environ.get("SUITE_PARTNERS_FILE", ROOT / "deploy" / "local" / "partners.toml"))


def _secret_file(path: Path) -> str:
    """A generated password, created once (0600, atomically) and read back afterwards."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if not path.exists():
        import secrets
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(secrets.token_urlsafe(24) + "\n")
        try:
            os.link(tmp, path)  # another set-up running at the same time keeps its password
        except FileExistsError:
            pass
        finally:
            tmp.unlink(missing_ok=True)
    return path.read_text().strip()


def kafka_user_password(user: str) -> str:
    return _secret_file(KAFKA_USERS_DIR / user)


def kafka_secured() -> bool:
    """The storage was formatted with the SCRAM admin user and the broker is configured for SASL/ACLs."""
    return KAFKA_SECURITY_STAMP.exists() and KAFKA_SECURITY_STAMP.read_text().strip() == KAFKA_SECURITY


def _kafka_config() -> Path:
    KAFKA_DIR.mkdir(parents=True, exist_ok=True)
    props = KAFKA_DIR / "server.properties"
    admin = kafka_user_password(KAFKA_ADMIN)
    controller = _secret_file(KAFKA_DIR / "controller.secret")
    fd = os.open(props, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)  # it holds the passwords above
    os.fchmod(fd, 0o600)
    os.close(fd)
    props.write_text(f"""# single-node KRaft broker for local development and tests (generated)
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:{KAFKA_CONTROLLER_PORT}
listeners=SASL_PLAINTEXT://127.0.0.1:{KAFKA_PORT},CONTROLLER://127.0.0.1:{KAFKA_CONTROLLER_PORT}
advertised.listeners=SASL_PLAINTEXT://127.0.0.1:{KAFKA_PORT}
controller.listener.names=CONTROLLER
inter.broker.listener.name=SASL_PLAINTEXT
listener.security.protocol.map=CONTROLLER:SASL_PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT
sasl.enabled.mechanisms=SCRAM-SHA-512
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="{KAFKA_ADMIN}" password="{admin}";
sasl.mechanism.controller.protocol=PLAIN
listener.name.controller.sasl.enabled.mechanisms=PLAIN
listener.name.controller.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="controller" password="{controller}" user_controller="{controller}";
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
allow.everyone.if.no.acl.found=false
super.users=User:{KAFKA_ADMIN};User:controller
log.dirs={KAFKA_DIR / 'data'}
num.partitions=6
offsets.topic.replication.factor=1
offsets.topic.num.partitions=6
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=false
log.retention.hours=168
""")
    (KAFKA_DIR / "log4j2.properties").write_text(f"""status = warn
appender.file.type = File
appender.file.name = FILE
appender.file.fileName = {KAFKA_DIR / 'broker.log'}
appender.file.layout.type = PatternLayout
appender.file.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = warn
rootLogger.appenderRef.file.ref = FILE
logger.kafka.name = kafka
logger.kafka.level = info
""")
    return props


def kafka_pid() -> int | None:
    pidfile = KAFKA_DIR / "broker.pid"
    if not pidfile.exists():
        return None
    try:
        pid = int(pidfile.read_text())
        os.kill(pid, 0)
        return pid
    except (ValueError, ProcessLookupError, PermissionError):
        return None


def kafka_start() -> None:
    if port_open(KAFKA_PORT):
        if kafka_secured():
            log(f"Kafka already running on 127.0.0.1:{KAFKA_PORT}")
        else:  # left alone: others may be using it; the switch stops it (local data is reformatted)
            log(f"Kafka already running on 127.0.0.1:{KAFKA_PORT} WITHOUT SASL/ACLs (started before the set-up "
                f"secured it): clients stay on PLAINTEXT; `python deploy/local/infra.py kafka-restart` switches")
        return
    libs = kafka_libs()
    props = _kafka_config()
    cp = f"{libs}/*"
    java = shutil.which("java") or "java"
    if (KAFKA_DIR / "data" / "meta.properties").exists() and not kafka_secured():
        log("Kafka storage was formatted without SASL/SCRAM: reformatting it (local data only)")
        shutil.rmtree(KAFKA_DIR / "data")
        KAFKA_ACL_STAMP.unlink(missing_ok=True)
    if not (KAFKA_DIR / "data" / "meta.properties").exists():
        cluster_id = subprocess.run([java, "-cp", cp, "kafka.tools.StorageTool", "random-uuid"],
                                    check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1]
        scram = f"SCRAM-SHA-512=[name={KAFKA_ADMIN},password={kafka_user_password(KAFKA_ADMIN)}]"
        subprocess.run([java, "-cp", cp, "kafka.tools.StorageTool", "format", "-t", cluster_id, "-c", str(props),
                        "--add-scram", scram], check=True, stdout=subprocess.DEVNULL)
        KAFKA_SECURITY_STAMP.write_text(KAFKA_SECURITY + "\n")
        KAFKA_ACL_STAMP.unlink(missing_ok=True)
        log(f"formatted Kafka storage (cluster {cluster_id}; SCRAM user {KAFKA_ADMIN})")
    log(f"starting Apache Kafka on 127.0.0.1:{KAFKA_PORT} (heap {KAFKA_HEAP})")
    out = open(KAFKA_DIR / "broker.out", "ab")
    proc = subprocess.Popen(
        [java, f"-Xms{KAFKA_HEAP}", f"-Xmx{KAFKA_HEAP}", "-XX:+UseG1GC", "-XX:MaxGCPauseMillis=20",
         "-Djava.awt.headless=true", f"-Dlog4j2.configurationFile={KAFKA_DIR / 'log4j2.properties'}",
         f"-Dkafka.logs.dir={KAFKA_DIR}", "-cp", cp, "kafka.Kafka", str(props)],
        stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True)
    (KAFKA_DIR / "broker.pid").write_text(str(proc.pid))
    (RUN / "kafka.started").write_text(str(time.time()))

    def ready() -> bool:
        if proc.poll() is not None:
            raise SystemExit(f"[infra] Kafka exited with {proc.returncode}; see {KAFKA_DIR / 'broker.out'}")
        return port_open(KAFKA_PORT)

    wait_for(ready, 120, "Kafka")


def kafka_stop() -> None:
    pid = kafka_pid()
    if pid is None:
        return
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            break
        try:  # reap if it is our child
            os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            pass
        time.sleep(0.1)
    else:
        os.kill(pid, signal.SIGKILL)
    wait_for(lambda: not port_open(KAFKA_PORT), 30, "Kafka to close its port")
    (KAFKA_DIR / "broker.pid").unlink(missing_ok=True)
    log("Kafka stopped")


def kafka_client_env() -> dict[str, str]:
    """What .run/env tells the suite's Kafka clients: the admin user for the set-up, tools and tests (each service
    run by deploy/local/run.sh overrides KAFKA_USERNAME with its own user); nothing while the broker is PLAINTEXT."""
    if os.environ.get("KAFKA_BOOTSTRAP_SERVERS") or not kafka_secured():
        return {}
    return {"KAFKA_SECURITY_PROTOCOL": "SASL_PLAINTEXT", "KAFKA_SASL_MECHANISM": "SCRAM-SHA-512",
            "KAFKA_USERNAME": KAFKA_ADMIN, "KAFKA_CREDENTIALS_DIR": str(KAFKA_USERS_DIR)}


def kafka_grant(bootstrap: str) -> None:
    """SCRAM users (the services, the partners) and their ACLs, by `python -m shared.kafka_security apply`;
    skipped while nothing it derives them from changed since the last run (acls.stamp)."""
    sources = [PARTNERS_FILE, ROOT / "shared" / "kafka_security.py", ROOT / "shared" / "topics.py",
               *sorted((ROOT / "shared" / "contracts").glob("*.py")), *sorted((ROOT / "services").glob("*/consumers.py"))]
    digest = hashlib.sha256()
    for path in sources:
        digest.update(str(path).encode() + (path.read_bytes() if path.exists() else b"-"))
    digest.update((KAFKA_DIR / "data" / "meta.properties").read_bytes())
    if KAFKA_ACL_STAMP.exists() and KAFKA_ACL_STAMP.read_text() == digest.hexdigest():
        return
    env = dict(os.environ, PYTHONPATH=str(ROOT), KAFKA_BOOTSTRAP_SERVERS=bootstrap, **kafka_client_env())
    subprocess.run([sys.executable, "-m", "shared.kafka_security", "apply", "--partners", str(PARTNERS_FILE),
                    "--generate-passwords"], check=True, env=env, cwd=ROOT)
    KAFKA_ACL_STAMP.write_text(digest.hexdigest())


def kafka_up() -> str:
    if os.environ.get("KAFKA_BOOTSTRAP_SERVERS"):
        log("KAFKA_BOOTSTRAP_SERVERS is set: using that broker")
        return os.environ["KAFKA_BOOTSTRAP_SERVERS"]
    kafka_start()
    bootstrap = f"127.0.0.1:{KAFKA_PORT}"
    if kafka_secured() and kafka_pid() is not None:
        kafka_grant(bootstrap)
    return bootstrap


def kafka_down() -> None:
    marker = RUN / "kafka.started"
    if os.environ.get("KAFKA_BOOTSTRAP_SERVERS") or not marker.exists():
        return
    kafka_stop()
    marker.unlink(missing_ok=True)


def write_env(db_url: str, bootstrap: str) -> None:
    """.run/env holds the resolved addresses for the Makefile, the services and the tests."""
    RUN.mkdir(parents=True, exist_ok=True)
    (RUN / "env").write_text(f"DATABASE_URL={db_url}\nKAFKA_BOOTSTRAP_SERVERS={bootstrap}\n"
                             + "".join(f"{k}={v}\n" for k, v in pg_client_env(db_url).items())
                             + "".join(f"{k}={v}\n" for k, v in kafka_client_env().items()))


def main(argv: list[str]) -> int:
    cmd = argv[1] if len(argv) > 1 else "up"
    RUN.mkdir(parents=True, exist_ok=True)
    if cmd == "up":
        ensure_chromium()
        db_url = pg_up()
        bootstrap = kafka_up()
        write_env(db_url, bootstrap)
        log(f"PostgreSQL: {db_url}")
        log(f"Kafka:      {bootstrap}")
    elif cmd == "down":
        kafka_down()
        pg_down()
    elif cmd == "browser":
        ensure_chromium()
    elif cmd == "kafka-stop":
        kafka_stop()
    elif cmd == "kafka-start":
        kafka_start()
    elif cmd == "kafka-restart":  # e.g. to switch a broker started before the set-up secured it
        kafka_stop()
        write_env(pg_up(), kafka_up())
    elif cmd == "status":
        log(f"PostgreSQL 127.0.0.1:{PG_PORT}: {'up' if pg_running() else 'down'}")
        log(f"Kafka      127.0.0.1:{KAFKA_PORT}: {'up' if port_open(KAFKA_PORT) else 'down'}")
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
