#!/bin/sh
# Answers every article with {"error": "..."} that reports the limits, working folder and environment the
# plugin runs with. An article containing BURN makes it spin on the CPU; FLOOD makes it write a 3 MB line.
read -r handshake
echo '{"type":"ready","protocol":1}'
while IFS= read -r request; do
    case "$request" in
        *BURN*) while :; do :; done ;;
        *FLOOD*) head -c 3000000 /dev/zero | tr '\0' 'a'; echo ;;
    esac
    printf '{"error":"cpu=%s as=%s fsize=%s cwd=%s env=%s"}\n' "$(ulimit -t)" "$(ulimit -v)" "$(ulimit -f)" \
        "$(pwd)" "$(env | cut -d= -f1 | sort | tr '\n' ' ')"
done
