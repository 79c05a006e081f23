#!/usr/bin/env bash
# Runs the six services (supervisord: a crashed one is restarted, the others go on) on the local PostgreSQL
# and Kafka that `make run` set up.
# Ctrl-C stops the services, then the PostgreSQL and Kafka that infra.py started.
set -u
cd "$(dirname "$0")/../.."
export PYTHONPATH="$PWD"
cleanup() { .venv/bin/python deploy/local/infra.py down; }
trap cleanup EXIT
cat <<MSG

  四联一核 enforcement suite — local
  asset_core     http://127.0.0.1:8001/docs   一核 cases, assets, controls
  dispatch       http://127.0.0.1:8002/docs   执行110
  reward         http://127.0.0.1:8003/docs   法信悬赏
  mediation      http://127.0.0.1:8004/docs   和解中心
  police         http://127.0.0.1:8005/docs   公安联动
  procuratorate  http://127.0.0.1:8006/docs   河长+检察长
  each also serves /healthz /readyz /metrics /openapi.json
  each service's background work (relay, consumers, sweeps) runs beside it as <service>-worker:
  /healthz /readyz /metrics on 8101-8106; API_WORKERS=${API_WORKERS:-1} uvicorn worker(s) per API (API_WORKERS=2 make run)

  pages (Simplified Chinese; staff pages ask you to sign in first: /signin issues a local token)
  四联一核总览   http://127.0.0.1:8001/overview          staff: the article's figures, targets, monthly charts
  案件页         http://127.0.0.1:8001/cases             staff: search by 案号 / party, one case's ledger and timeline
  执行开放日     http://127.0.0.1:8001/open-day          public: the cases the court opened, masked
  悬赏公告       http://127.0.0.1:8003/bounty            public: notices, tips with a receipt code
  线索状态       http://127.0.0.1:8003/bounty/status     public: a tip's status by its receipt code
  $(grep -h . .run/env | tr '\n' ' ')
  token:   make token ROLE=clerk ORG=内0621
  kafka:   SASL/SCRAM, each service its own user; partners (deploy/local/partners.toml) read only their
           partner.<service>.events.v1 streams; passwords in .run/kafka/users/ (0600);
           ACLs: .venv/bin/python -m shared.kafka_security plan
  a crashed service is restarted (supervisord prints it); .venv/bin/supervisorctl -c deploy/local/supervisord.conf status
  Ctrl-C stops everything.

MSG
# Each service connects as its own login role (docs/adr/0011): APP_DATABASE_URL names `{service}_app`, which each
# service turns into its role. Not exported: infra.py down (the trap) treats a set DATABASE_URL as an outside server.
export API_WORKERS="${API_WORKERS:-1}"
app_db_url="$(sed -n 's/^APP_DATABASE_URL=//p' .run/env)"
DATABASE_URL="${app_db_url:-$(sed -n 's/^DATABASE_URL=//p' .run/env)}" .venv/bin/supervisord -c deploy/local/supervisord.conf &
supervisor=$!
# Ctrl-C, or a TERM sent to this script alone (a process manager): the services stop first, then the EXIT trap stops
# PostgreSQL and Kafka — never the infrastructure under services still running.
trap 'kill -TERM "$supervisor" 2>/dev/null' INT TERM
while kill -0 "$supervisor" 2>/dev/null; do wait "$supervisor"; done
