#!/bin/sh
# Entrypoint of the suite's image (deploy/Dockerfile).
#   serve [uvicorn options...]   run services.$SERVICE.app:create_app on 0.0.0.0:$PORT (default)
#   migrate                      python -m shared.migrate $SERVICE (every service's database if SERVICE is unset)
#   anything else                exec'd as given (e.g. `python -m shared.topics`)
set -eu

SERVICES="asset_core dispatch reward mediation police procuratorate"

check_service() {
    for s in $SERVICES; do
        [ "$s" = "$1" ] && return 0
    done
    echo "suite-entrypoint: SERVICE='$1' is not one of: $SERVICES" >&2
    exit 64
}

cmd="${1:-serve}"
[ "$#" -gt 0 ] && shift

case "$cmd" in
    serve)
        : "${SERVICE:?SERVICE must name the service to run (one of: $SERVICES)}"
        check_service "$SERVICE"
        export SERVICE_NAME="${SERVICE_NAME:-$SERVICE}"
        # uvicorn reads FORWARDED_ALLOW_IPS from the environment: set it to the ingress' addresses.
        exec uvicorn --factory "services.${SERVICE}.app:create_app" \
            --host 0.0.0.0 --port "${PORT:-8000}" \
            --no-access-log --proxy-headers --timeout-graceful-shutdown 20 "$@"
        ;;
    migrate)
        if [ -n "${SERVICE:-}" ]; then
            check_service "$SERVICE"
            exec python -m shared.migrate "$SERVICE"
        fi
        exec python -m shared.migrate
        ;;
    *)
        exec "$cmd" "$@"
        ;;
esac
