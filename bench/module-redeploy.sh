#!/usr/bin/env bash
# Deploy and undeploy of the online consultations module on a running host under patient-API load: answers counted
# per route and status (only 200/404 on the module's route and 200 on appointments' are expected), deploy and undeploy
# times. Usage: bench/module-redeploy.sh [cycles] [client threads] [ms held in each state]. Numbers go to
# docs/benchmarks.md.
exec "$(dirname "$0")/distribution-main.sh" ModuleRedeployBench "${1:-20}" "${2:-4}" "${3:-1000}"
