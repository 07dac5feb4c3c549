"""`make bench`: the portal under gunicorn with the production settings,
measured page by page, then under load.

    python bench/run.py --scale 1 [--database-url postgres://...] [--requests 100] [--load-seconds 30]

1. prepares the bench database (migrate, load_demo, generate_network --scale N;
   skipped when it is already there), refreshes the planner's statistics
   (VACUUM ANALYZE on PostgreSQL), merges SQLite's full-text segments
   (ops/maintenance.py) and collects the static files;
2. starts gunicorn (gunicorn.conf.py) on a free port of 127.0.0.1 with DEBUG
   off, BENCH_QUERY_COUNT=1 (each response says its SQL query count and server
   time) and plain HTTP allowed on loopback;
3. logs in as the demo agent and the demo administrator;
4. requests each page of bench/pages.py N times: queries per request, server
   time p50/p95 and its ratio to the floor (/sante/, a minimal view);
5. runs 8 clients for 30 s on a mix of those pages: requests per second, p99,
   errors;
6. prints one Markdown table and writes it to bench/results/latest.md (and
   bench/results/scale<N>-<database>.md)."""

import argparse
import datetime
import os
import platform
import socket
import statistics
import subprocess
import sys
import threading
import time
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
    parser.add_argument("--scale", type=float, default=float(os.environ.get("SCALE", "1")))
    parser.add_argument("--database-url", default=os.environ.get("BENCH_DATABASE_URL", ""))
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
    return parser.parse_args()


def bench_environment(args, port=None):
    database_url = args.database_url or f"sqlite:///{WORKDIR / f'bench-scale{args.scale:g}.sqlite3'}"
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
    if port:
        env["GUNICORN_BIND"] = f"127.0.0.1:{port}"
    return env


def manage(env, *arguments, check=True):
    return subprocess.run(  # noqa: S603
        [PYTHON, "manage.py", *arguments], cwd=ROOT, env=env, check=check, capture_output=True, text=True
    )


def prepare(args, env):
    WORKDIR.mkdir(parents=True, exist_ok=True)
    print(f"Base de mesure : {env['DATABASE_URL']}", flush=True)
    manage(env, "migrate", "--noinput", "-v0")
    started = time.perf_counter()
    result = manage(env, "generate_network", "--scale", f"{args.scale:g}", check=False)
    if result.returncode == 0:
        print(result.stdout, end="", flush=True)
        generation = time.perf_counter() - started
    elif "existe déjà" in result.stderr:
        print("Réseau déjà généré dans cette base : réutilisé.", flush=True)
        generation = None
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


def resolve_paths(env, pages):
    """Each page's URL, looked up in the bench database."""
    os.environ.update(env)
    import django

    django.setup()
    from django.db import connections

    resolved = []
    for page in pages:
        path = page.path() if callable(page.path) else page.path
        resolved.append((page, path))
    connections.close_all()
    return resolved


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def measure(session, url, count):
    server_times, client_times, query_counts, statuses = [], [], set(), set()
    try:
        for _ in range(3):  # warm the worker's caches and connections
            session.get(url, timeout=30)
    except requests.RequestException:
        # A page that does not answer in 30 s is reported, not measured 100 times.
        statuses.add("délai dépassé")
        count = 0
    for _ in range(count):
        started = time.perf_counter()
        try:
            response = session.get(url, timeout=30, allow_redirects=False)
        except requests.RequestException:
            statuses.add("délai dépassé")
            break
        client_times.append((time.perf_counter() - started) * 1000)
        statuses.add(response.status_code)
        server_times.append(float(response.headers.get("X-Server-Time-Ms", "nan")))
        query_counts.add(int(response.headers.get("X-Query-Count", "-1")))
    return {
        "queries": "/".join(str(n) for n in sorted(query_counts)),
        "p50": statistics.median(server_times) if server_times else float("nan"),
        "p95": percentile(server_times, 0.95) if server_times else float("nan"),
        "client_p50": statistics.median(client_times) if client_times else float("nan"),
        "statuses": statuses,
    }


def load_run(base_url, sessions_by_role, mix, clients, seconds):
    latencies, errors, lock = [], [], threading.Lock()
    clients_sessions = [{role: log_in(base_url, ACCOUNTS[role]) for role in sessions_by_role} for _ in range(clients)]
    start_line = threading.Barrier(clients + 1)
    stop_at = 0

    def client(number):
        sessions = clients_sessions[number]
        start_line.wait()
        position = number
        mine, my_errors = [], 0
        while time.monotonic() < stop_at:
            role, path = mix[position % len(mix)]
            position += 1
            started = time.perf_counter()
            try:
                response = sessions[role].get(base_url + path, timeout=30, allow_redirects=False)
                failed = response.status_code != 200
            except requests.RequestException:
                failed = True
            mine.append((time.perf_counter() - started) * 1000)
            my_errors += failed
        with lock:
            latencies.extend(mine)
            errors.append(my_errors)

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
        "errors": sum(errors),
    }


def git_revision():
    result = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)  # noqa: S607
    return result.stdout.strip() or "?"


def report(args, env, generation, floor, rows, load):
    vendor = "PostgreSQL" if env["DATABASE_URL"].startswith("postgres") else "SQLite"
    lines = [
        f"# Mesures du portail — échelle {args.scale:g}, {vendor}",
        "",
        f"{datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC, commit {git_revision()}, "
        f"{os.cpu_count()} cœurs, Python {platform.python_version()}, gunicorn (gunicorn.conf.py, "
        f"{env.get('WEB_CONCURRENCY', 'workers par défaut')}), réglages de production, DEBUG désactivé.",
        "",
        f"Génération du réseau (generate_network --scale {args.scale:g}) : "
        + (f"{generation:.0f} s." if generation is not None else "base réutilisée."),
        "",
        f"Temps serveur mesuré par un middleware (BENCH_QUERY_COUNT=1) sur {args.requests} requêtes par page ; "
        "« × plancher » : p50 de la page divisé par le p50 du plancher.",
        "",
        "| page | chemin | requêtes SQL | p50 (ms) | p95 (ms) | × plancher | p50 client (ms) |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for page, path, result in [floor, *rows]:
        if result is None:
            lines.append(f"| {page.name} | — | absente | | | | |")
            continue
        status = "" if result["statuses"] == {200} else f" (HTTP {'/'.join(sorted(map(str, result['statuses'])))})"
        lines.append(
            f"| {page.name}{status} | `{path}` | {result['queries']} | {result['p50']:.1f} | {result['p95']:.1f} "
            f"| {result['p50'] / floor[2]['p50']:.1f} | {result['client_p50']:.1f} |"
        )
    if load is None:
        return "\n".join([*lines, ""]), vendor
    lines += [
        "",
        f"Charge : {args.clients} clients pendant {args.load_seconds:g} s, pages mélangées : "
        f"**{load['rps']:.1f} requêtes/s**, p50 {load['p50']:.0f} ms, **p99 {load['p99']:.0f} ms**, "
        f"**{load['errors']} erreur(s)** sur {load['requests']} requêtes.",
        "",
    ]
    return "\n".join(lines), vendor


def main():
    args = parse_args()
    from bench.pages import FLOOR, PAGES

    port = free_port()
    env = bench_environment(args, port)
    generation = prepare(args, env)
    pages = [page for page in PAGES if not args.only or any(part in page.name for part in args.only)]
    resolved = resolve_paths(env, [FLOOR, *pages])
    base_url = f"http://127.0.0.1:{port}"
    server = start_server(env, base_url)
    try:
        sessions = {
            "anonymous": requests.Session(),
            **{role: log_in(base_url, email) for role, email in ACCOUNTS.items()},
        }
        results = []
        for page, path in resolved:
            if path is None:
                results.append((page, path, None))
                continue
            print(f"… {page.name}", flush=True)
            results.append((page, path, measure(sessions[page.role], base_url + path, args.requests)))
        mix = [(page.role, path) for page, path, result in results if result and page.in_load_mix]
        print(f"… charge : {args.clients} clients, {args.load_seconds:g} s", flush=True)
        load = None
        if args.load_seconds > 0:
            load = load_run(base_url, {role for role, _path in mix}, mix, args.clients, args.load_seconds)
    finally:
        stop_server(server)
    table, vendor = report(args, env, generation, results[0], results[1:], load)
    print()
    print(table)
    RESULTS.mkdir(parents=True, exist_ok=True)
    Path(args.output).write_text(table, encoding="utf-8")
    if not args.only and load is not None:
        (RESULTS / f"scale{args.scale:g}-{vendor.lower()}.md").write_text(table, encoding="utf-8")


if __name__ == "__main__":
    main()
