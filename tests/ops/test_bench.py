"""The benchmark's pieces: its page list, its query counter, its summary and how it takes turns between scales."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import requests
from django.db import connection
from django.test.utils import CaptureQueriesContext

from bench.pages import FLOOR, PAGES
from bench.run import bench_environment, measure, parse_args, percentile
from home import roles

ROLES = {"agent": roles.AGENTS, "admin": roles.ADMINISTRATORS}


@pytest.fixture
def counted(settings):
    settings.MIDDLEWARE = ["ops.middleware.QueryCountMiddleware", *settings.MIDDLEWARE]


def test_query_counter_reports_every_query_of_the_request_and_the_server_time(counted, agent_client):
    with CaptureQueriesContext(connection) as queries:
        response = agent_client.get("/")

    assert int(response["X-Query-Count"]) == len(queries)
    assert float(response["X-Server-Time-Ms"]) > 0


def test_the_floor_is_a_single_query_without_login(counted, client, db):
    response = client.get(FLOOR.path)

    assert response.status_code == 200
    assert response["X-Query-Count"] == "1"


@pytest.mark.parametrize("bench_page", PAGES, ids=lambda page: page.name)
def test_every_benchmarked_page_exists_in_the_demo_and_answers(bench_page, client_as):
    path = bench_page.url()

    assert path, f"{bench_page.name} : page absente de la démo"
    assert client_as(ROLES[bench_page.role]).get(path).status_code == 200


def test_percentiles_pick_the_nearest_rank():
    values = list(range(1, 101))

    assert percentile(values, 0.5) in (50, 51)
    assert percentile(values, 0.95) == 95
    assert percentile(values, 0.99) == 99
    assert percentile([7], 0.99) == 7


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's JIT")
def test_postgresql_connections_run_without_jit(db):
    with connection.cursor() as cursor:
        cursor.execute("SHOW jit")
        assert cursor.fetchone()[0] == "off"


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's parallel workers")
def test_postgresql_connections_run_without_parallel_workers(db):
    with connection.cursor() as cursor:
        cursor.execute("SHOW max_parallel_workers_per_gather")
        assert cursor.fetchone()[0] == "0"


def test_bench_summary_flags_each_missed_target(tmp_path, monkeypatch):
    from bench import summary

    header = "| page | chemin | requêtes SQL | p50 (ms) | p95 (ms) | × plancher | p50 client (ms) |\n"
    small = (
        header
        + "| plancher | `/sante/` | 1 | 2.0 | 2.0 | 1.0 | 3.0 |\n| a | `/a/` | 10 | 20.0 | 25.0 | 10.0 | 22.0 |\n"
    )
    large = (
        header
        + "| plancher | `/sante/` | 1 | 2.0 | 2.0 | 1.0 | 3.0 |\n| a | `/a/` | 12 | 40.0 | 45.0 | 20.0 | 42.0 |\n"
    )
    (tmp_path / "scale1-sqlite.md").write_text(small, encoding="utf-8")
    (tmp_path / "scale10-sqlite.md").write_text(large, encoding="utf-8")
    monkeypatch.setattr(summary, "RESULTS", tmp_path)

    row = next(line for line in summary.table().splitlines() if line.startswith("| a |"))

    assert "**10 → 12**" in row  # the query count grew
    assert "| 20.0 (10.0×) |" in row  # within 15 × the floor at scale 1
    assert "**40.0 (20.0×)**" in row  # above it at scale 10
    assert "**2.00**" in row  # scale 10 more than 1.5 × scale 1


@pytest.fixture
def recording_server():
    """A real HTTP server that answers as the bench's middleware does and records each path asked."""
    asked = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server's name
            asked.append(self.path)
            self.send_response(200)
            self.send_header("X-Query-Count", "3" if self.path == "/a/" else "5")
            self.send_header("X-Server-Time-Ms", "2.5" if self.path == "/a/" else "7.0")
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", asked
    server.shutdown()
    server.server_close()


def test_scales_are_measured_in_turns_so_that_they_share_the_same_moments(recording_server):
    base_url, asked = recording_server
    session = requests.Session()

    first, second = measure([(session, f"{base_url}/a/"), (session, f"{base_url}/b/")], count=25, turn=10)

    warm_ups, measured = asked[:6], asked[6:]
    assert warm_ups == ["/a/"] * 3 + ["/b/"] * 3
    turns = [["/a/"] * 10, ["/b/"] * 10, ["/a/"] * 10, ["/b/"] * 10, ["/a/"] * 5, ["/b/"] * 5]
    assert measured == [path for turn in turns for path in turn]
    assert (first["queries"], first["p50"], first["statuses"]) == ("3", 2.5, {200})
    assert (second["queries"], second["p50"], second["statuses"]) == ("5", 7.0, {200})


def test_each_scale_searches_its_own_elasticsearch_index(monkeypatch):
    monkeypatch.setenv("SEARCH_URL", "http://127.0.0.1:9200")
    monkeypatch.setattr(
        "sys.argv", ["run.py", "--scale", "1", "--scale", "10", "--database-url", "sqlite:////b{scale}"]
    )
    args = parse_args()

    small, large = (bench_environment(args, scale) for scale in args.scales)

    assert (small["DATABASE_URL"], large["DATABASE_URL"]) == ("sqlite:////b1", "sqlite:////b10")
    assert small["SEARCH_INDEX_PREFIX"] != large["SEARCH_INDEX_PREFIX"]
    assert small["SEARCH_URL"] == large["SEARCH_URL"] == "http://127.0.0.1:9200"


def test_without_a_search_server_the_bench_uses_the_database_backend(monkeypatch):
    monkeypatch.delenv("SEARCH_URL", raising=False)
    monkeypatch.delenv("SEARCH_INDEX_PREFIX", raising=False)
    monkeypatch.setattr("sys.argv", ["run.py", "--scale", "1"])

    assert "SEARCH_INDEX_PREFIX" not in bench_environment(parse_args(), 1)
