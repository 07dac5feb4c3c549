"""`make bench`: the portal under gunicorn with the production settings,
measured page by page, then under load.

    python bench/run.py --scale 1 [--scale 10] [--database-url postgres://.../bench_scale{scale}]
                        [--requests 100] [--load-seconds 30]

1. prepares the bench database of each scale (migrate, load_demo, generate_network --scale N;
   skipped when it is already there), refreshes the planner's statistics
   (VACUUM ANALYZE on PostgreSQL), merges SQLite's full-text segments
   (ops/maintenance.py) and collects the static files; with SEARCH_URL, each
   scale has its own Elasticsearch/OpenSearch index, rebuilt when the
   database is reused;
2. starts gunicorn (gunicorn.conf.py) for each scale on a free port of 127.0.0.1 with DEBUG
   off, BENCH_QUERY_COUNT=1 (each response says its SQL query count and server
   time) and plain HTTP allowed on loopback;
3. logs in as the demo agent and the demo administrator;
4. requests each page of bench/pages.py N times: queries per request, server
   time p50/p95 and its ratio to the floor (/sante/, a minimal view). With
   several scales, each page's requests alternate between their servers, so
   that a machine that slows down for a while (other work, a busy neighbour)
   slows every scale alike instead of the one being measured then;
5. runs 8 clients for 30 s on a mix of those pages, one scale after the other:
   requests per second, p99, errors;
6. prints one Markdown table and writes it to bench/results/latest.md (and
   bench/results/scale<N>-<database>.md)."""

import argparse
import datetime
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
RESULTS = ROOT / "bench" / "results"
WORKDIR = ROOT / "tmp" / "bench"
PYTHON = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
ACCOUNTS = {"agent": "agent@somme.fr", "admin": "admin@valdoise.fr"}
BENCH_SECRET_KEY = "bench-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz"  # noqa: S105 — loopback only


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--scale",
        type=float,
        action="append",
        dest="scales",
        help="échelle du réseau (répétable : les pages sont alors mesurées en alternance entre les échelles)",
    )
    parser.add_argument(
        "--database-url",
        default=os.environ.get("BENCH_DATABASE_URL", ""),
        help="base de mesure ; {scale} y est remplacé par l'échelle (obligatoire avec plusieurs échelles)",
    )
    parser.add_argument("--requests", type=int, default=100, help="requêtes par page (100 par défaut)")
    parser.add_argument("--load-seconds", type=float, default=30)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--output", default=str(RESULTS / "latest.md"))
    parser.add_argument(
        "--only",
        action="append",
        default=[],
        help="ne mesurer que les pages dont le nom contient ce texte (répétable ; "
        "le résultat n'est alors écrit que dans --output)",
    )
    args = parser.parse_args()
    args.scales = args.scales or [float(scale) for scale in os.environ.get("SCALE", "1").split()]
    if len(args.scales) > 1 and args.database_url and "{scale}" not in args.database_url:
        parser.error("avec plusieurs échelles, --database-url doit contenir {scale} (une base par échelle)")
    return args


def bench_environment(args, scale, port=None):
    database_url = (
        args.database_url.replace("{scale}", f"{scale:g}") or f"sqlite:///{WORKDIR / f'bench-scale{scale:g}.sqlite3'}"
    )
    env = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        DATABASE_URL=database_url,
        SECRET_KEY=BENCH_SECRET_KEY,
        ALLOWED_HOSTS="127.0.0.1",
        # Plain HTTP on loopback: no HTTPS redirect, cookies without the Secure flag.
        SECURE_SSL_REDIRECT="0",
        SECURE_COOKIES="0",
        SECURE_HSTS_SECONDS="0",
        STATIC_ROOT=str(WORKDIR / "static"),
        MEDIA_ROOT=str(WORKDIR / "media"),
        BENCH_QUERY_COUNT="1",
        LOGIN_RATE_LIMIT="1000/m/ip",
        GUNICORN_ACCESS_LOG="",
        LOG_LEVEL="ERROR",
    )
    if env.get("SEARCH_URL"):
        # One search index per scale: with the same prefix, both scales' servers
        # would search the index written last.
        env["SEARCH_INDEX_PREFIX"] = f"portail_bench{scale:g}_".replace(".", "_")
    if port:
        env["GUNICORN_BIND"] = f"127.0.0.1:{port}"
    return env


def manage(env, *arguments, check=True):
    return subprocess.run(  # noqa: S603
        [PYTHON, "manage.py", *arguments], cwd=ROOT, env=env, check=check, capture_output=True, text=True
    )


def prepare(scale, env):
    WORKDIR.mkdir(parents=True, exist_ok=True)
    print(f"Base de mesure : {env['DATABASE_URL']}", flush=True)
    manage(env, "migrate", "--noinput", "-v0")
    started = time.perf_counter()
    result = manage(env, "generate_network", "--scale", f"{scale:g}", check=False)
    if result.returncode == 0:
        print(result.stdout, end="", flush=True)
        generation = time.perf_counter() - started
    elif "existe déjà" in result.stderr:
        print("Réseau déjà généré dans cette base : réutilisé.", flush=True)
        generation = None
        if env.get("SEARCH_URL"):
            # The search engine's index lives outside the database: it may be
            # missing or hold another run's content.
            print("Index Elasticsearch/OpenSearch reconstruit (update_index).", flush=True)
            manage(env, "update_index", "-v0")
    else:
        sys.exit(result.stderr)
    # A reused database may have gained tables or indexes from new migrations,
    # and earlier runs leave sessions and log entries behind: a settled database,
    # as autovacuum would leave it (ops/maintenance.py).
    manage(env, "shell", "-c", "from ops.maintenance import settle; settle()")
    manage(env, "collectstatic", "--noinput", "-v0")
    return generation


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(env, base_url):
    server = subprocess.Popen(  # noqa: S603
        [GUNICORN, "-c", "gunicorn.conf.py"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit(f"gunicorn s'est arrêté :\n{server.stderr.read().decode()}")
        try:
            if requests.get(f"{base_url}/sante/", timeout=10).status_code == 200:
                return server
        except requests.RequestException:
            pass
        time.sleep(0.5)
    stop_server(server)
    sys.exit("gunicorn n'a pas répondu en 3 minutes.")


def stop_server(server):
    server.terminate()
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        server.kill()


def log_in(base_url, email):
    session = requests.Session()
    session.get(f"{base_url}/comptes/login/", timeout=30)
    response = session.post(
        f"{base_url}/comptes/login/",
        data={"login": email, "password": "Innovation-2019", "csrfmiddlewaretoken": session.cookies["csrftoken"]},
        headers={"Referer": f"{base_url}/comptes/login/"},
        timeout=30,
    )
    if "sessionid" not in session.cookies:
        sys.exit(f"Connexion impossible pour {email} (HTTP {response.status_code}).")
    return session


RESOLVE = """
import json, django
django.setup()
from bench.pages import FLOOR, PAGES
print(json.dumps([page.url() for page in [FLOOR, *PAGES]]))
"""


def resolve_paths(env, pages):
    """Each page's URL, looked up in the bench database (in a process of its
    own: Django is set up for one database per process)."""
    from bench.pages import FLOOR, PAGES

    result = subprocess.run(  # noqa: S603
        [PYTHON, "-c", RESOLVE], cwd=ROOT, env=env, check=False, capture_output=True, text=True
    )
    if result.returncode != 0:
        sys.exit(f"Pages introuvables dans {env['DATABASE_URL']} :\n{result.stderr}")
    paths = dict(zip([FLOOR, *PAGES], json.loads(result.stdout.strip().splitlines()[-1]), strict=True))
    return [(page, paths[page]) for page in pages]


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


class Measure:
    """One page on one server: its requests' SQL query counts and times."""

    def __init__(self, session, url):
        self.session, self.url = session, url
        self.server_times, self.client_times, self.query_counts, self.statuses = [], [], set(), set()
        self.stopped = False

    def warm(self):
        try:
            for _ in range(3):  # the worker's caches and connections
                self.session.get(self.url, timeout=30)
        except requests.RequestException:
            # A page that does not answer in 30 s is reported, not measured 100 times.
            self.timed_out()

    def timed_out(self):
        self.statuses.add("délai dépassé")
        self.stopped = True

    def request(self):
        if self.stopped:
            return
        started = time.perf_counter()
        try:
            response = self.session.get(self.url, timeout=30, allow_redirects=False)
        except requests.RequestException:
            self.timed_out()
            return
        self.client_times.append((time.perf_counter() - started) * 1000)
        self.statuses.add(response.status_code)
        self.server_times.append(float(response.headers.get("X-Server-Time-Ms", "nan")))
        self.query_counts.add(int(response.headers.get("X-Query-Count", "-1")))

    def result(self):
        return {
            "queries": "/".join(str(n) for n in sorted(self.query_counts)),
            "p50": statistics.median(self.server_times) if self.server_times else float("nan"),
            "p95": percentile(self.server_times, 0.95) if self.server_times else float("nan"),
            "client_p50": statistics.median(self.client_times) if self.client_times else float("nan"),
            "statuses": self.statuses,
        }


# Requests in a row to one server before the next one's turn: each server
# keeps its processor caches warm for a while, as a server that is alone does,
# and they still share the same minutes.
TURN = 10


def measure(targets, count, turn=TURN):
    """[(session, url)] measured `count` times each, in turns of `turn`
    requests, so that the targets share the same moments."""
    measures = [Measure(session, url) for session, url in targets]
    for one in measures:
        one.warm()
    for done in range(0, count, turn):
        for one in measures:
            for _ in range(min(turn, count - done)):
                one.request()
    return [one.result() for one in measures]


def load_run(base_url, sessions_by_role, mix, clients, seconds):
    latencies, errors, lock = [], Counter(), threading.Lock()
    clients_sessions = [{role: log_in(base_url, ACCOUNTS[role]) for role in sessions_by_role} for _ in range(clients)]
    start_line = threading.Barrier(clients + 1)
    stop_at = 0

    def client(number):
        sessions = clients_sessions[number]
        start_line.wait()
        position = number
        mine, my_errors = [], Counter()
        while time.monotonic() < stop_at:
            role, path = mix[position % len(mix)]
            position += 1
            started = time.perf_counter()
            try:
                response = sessions[role].get(base_url + path, timeout=30, allow_redirects=False)
                if response.status_code != 200:
                    my_errors[f"HTTP {response.status_code} sur {path}"] += 1
            except requests.RequestException as error:
                my_errors[f"{type(error).__name__} sur {path}"] += 1
            mine.append((time.perf_counter() - started) * 1000)
        with lock:
            latencies.extend(mine)
            errors.update(my_errors)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    stop_at = time.monotonic() + seconds
    started = time.perf_counter()
    start_line.wait()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    return {
        "requests": len(latencies),
        "rps": len(latencies) / elapsed,
        "p50": statistics.median(latencies),
        "p99": percentile(latencies, 0.99),
        "errors": sum(errors.values()),
        "error_kinds": errors,
    }


def git_revision():
    result = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)  # noqa: S607
    return result.stdout.strip() or "?"


@dataclass
class Run:
    """One scale's database, server and measures."""

    scale: float
    env: dict
    base_url: str
    generation: float | None = None
    resolved: list = field(default_factory=list)  # [(page, path or None)]
    sessions: dict = field(default_factory=dict)
    results: list = field(default_factory=list)  # [(page, path, result or None)]
    load: dict | None = None

    @property
    def vendor(self):
        return "PostgreSQL" if self.env["DATABASE_URL"].startswith("postgres") else "SQLite"


def report(args, run):
    others = [f"{other:g}" for other in args.scales if other != run.scale]
    lines = [
        f"# Mesures du portail — échelle {run.scale:g}, {run.vendor}",
        "",
        f"{datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC, commit {git_revision()}, "
        f"{os.cpu_count()} cœurs, Python {platform.python_version()}, gunicorn (gunicorn.conf.py, "
        f"{run.env.get('WEB_CONCURRENCY', 'workers par défaut')}), réglages de production, DEBUG désactivé.",
        "",
        f"Génération du réseau (generate_network --scale {run.scale:g}) : "
        + (f"{run.generation:.0f} s." if run.generation is not None else "base réutilisée."),
        "",
        f"Temps serveur mesuré par un middleware (BENCH_QUERY_COUNT=1) sur {args.requests} requêtes par page"
        + (f", en alternance avec l'échelle {', '.join(others)}" if others else "")
        + " ; « × plancher » : p50 de la page divisé par le p50 du plancher.",
        "",
        "| page | chemin | requêtes SQL | p50 (ms) | p95 (ms) | × plancher | p50 client (ms) |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    floor, *rows = run.results
    for page, path, result in [floor, *rows]:
        if result is None:
            lines.append(f"| {page.name} | — | absente | | | | |")
            continue
        status = "" if result["statuses"] == {200} else f" (HTTP {'/'.join(sorted(map(str, result['statuses'])))})"
        lines.append(
            f"| {page.name}{status} | `{path}` | {result['queries']} | {result['p50']:.1f} | {result['p95']:.1f} "
            f"| {result['p50'] / floor[2]['p50']:.1f} | {result['client_p50']:.1f} |"
        )
    load = run.load
    if load is None:
        return "\n".join([*lines, ""])
    lines += [
        "",
        f"Charge : {args.clients} clients pendant {args.load_seconds:g} s, pages mélangées : "
        f"**{load['rps']:.1f} requêtes/s**, p50 {load['p50']:.0f} ms, **p99 {load['p99']:.0f} ms**, "
        f"**{load['errors']} erreur(s)** sur {load['requests']} requêtes"
        + "".join(f" ; {count} × {kind}" for kind, count in load["error_kinds"].most_common())
        + ".",
        "",
    ]
    return "\n".join(lines)


def measure_pages(runs, pages, count):
    """Each page on every scale's server, their requests in turn."""
    for position, page in enumerate(pages):
        targets = [(run, run.resolved[position][1]) for run in runs]
        print(f"… {page.name}", flush=True)
        measured = iter(
            measure(
                [(run.sessions[page.role], run.base_url + path) for run, path in targets if path is not None], count
            )
        )
        for run, path in targets:
            run.results.append((page, path, next(measured) if path is not None else None))


def main():
    args = parse_args()
    from bench.pages import FLOOR, PAGES

    pages = [FLOOR, *(page for page in PAGES if not args.only or any(part in page.name for part in args.only))]
    runs, servers = [], []
    for scale in args.scales:
        port = free_port()
        run = Run(scale, bench_environment(args, scale, port), f"http://127.0.0.1:{port}")
        run.generation = prepare(scale, run.env)
        run.resolved = resolve_paths(run.env, pages)
        runs.append(run)
    try:
        for run in runs:
            servers.append(start_server(run.env, run.base_url))
            run.sessions = {
                "anonymous": requests.Session(),
                **{role: log_in(run.base_url, email) for role, email in ACCOUNTS.items()},
            }
        measure_pages(runs, pages, args.requests)
        for run in runs:
            mix = [(page.role, path) for page, path, result in run.results if result and page.in_load_mix]
            print(f"… charge, échelle {run.scale:g} : {args.clients} clients, {args.load_seconds:g} s", flush=True)
            if args.load_seconds > 0:
                run.load = load_run(run.base_url, {role for role, _path in mix}, mix, args.clients, args.load_seconds)
    finally:
        for server in servers:
            stop_server(server)
    tables = []
    RESULTS.mkdir(parents=True, exist_ok=True)
    for run in runs:
        table = report(args, run)
        tables.append(table)
        print()
        print(table)
        if not args.only and run.load is not None:
            (RESULTS / f"scale{run.scale:g}-{run.vendor.lower()}.md").write_text(table, encoding="utf-8")
    Path(args.output).write_text("\n".join(tables), encoding="utf-8")


if __name__ == "__main__":
    main()
