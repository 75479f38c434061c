#!/usr/bin/env bash
# The main job on the embedded defaults: starts galleyd (review queue in SQLite under
# galley-data/), submits the example article pair, and shows the flagged tasks and how an editor
# reviews them. Run scripts/setup.sh first. galleyd keeps running for the review; the last lines
# say how to stop it.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=build/bin
data=galley-data
port_file="$data/galleyd.port"
mkdir -p "$data"

if [ -f "$data/galleyd.pid" ] && kill -0 "$(cat "$data/galleyd.pid")" 2>/dev/null; then
  echo "galleyd is already running (pid $(cat "$data/galleyd.pid"))"
else
  rm -f "$port_file"
  "$bin/galleyd" --listen=127.0.0.1:0 --http-listen=127.0.0.1:0 --port-file="$port_file" \
    --data-dir="$data" --log-level=warn >>"$data/galleyd.log" 2>&1 &
  echo $! >"$data/galleyd.pid"
  for _ in $(seq 100); do [ -s "$port_file" ] && break; sleep 0.1; done
  if [ ! -s "$port_file" ]; then
    echo "galleyd did not start; see $data/galleyd.log" >&2
    exit 1
  fi
  echo "galleyd started (pid $(cat "$data/galleyd.pid"), review queue in $data/galley.db)"
fi
server="127.0.0.1:$(sed -n 1p "$port_file")"
http_port="$(sed -n 2p "$port_file")"

# Authentication is on: galleyd's first start wrote an admin token to $data/admin.token. The
# newsroom system submits with a submitter token, the editor reviews with an editor token
# (created once, kept in files only this user can read).
umask 077
for who in newsroom:submitter kim:editor; do
  name=${who%%:*} role=${who##*:}
  if [ ! -s "$data/$name.token" ]; then
    "$bin/galleyd" token create --data-dir="$data" --name "$name" --role "$role" \
      >"$data/$name.token" 2>/dev/null
  fi
done

echo
echo "== Submitting examples/article.ko.txt + examples/article.en.txt"
"$bin/galley" submit examples/article.ko.txt examples/article.en.txt --server "$server" \
  --external-id example-article --desk city --token-file "$data/newsroom.token"
echo
echo "== The review queue"
"$bin/galley" queue --server "$server" --token-file "$data/kim.token"
cat <<HELP

== Reviewing in the browser
  open http://127.0.0.1:$http_port/ and sign in with kim's editor token:
  $(cat "$data/kim.token")

== Or from the command line (each command is ready to paste; kim's editor token is in
   $data/kim.token, created with: galleyd token create --data-dir $data --name kim --role editor)
  export GALLEY_TOKEN=\$(cat $data/kim.token)
  $bin/galley claim --server $server                   # take the most severe task
  $bin/galley resolve tasks/N --server $server --correct "fixed English"
  $bin/galley resolve tasks/N --server $server --accept
  $bin/galley resolve tasks/N --server $server --dismiss --comment "why it is fine"
  $bin/galley articles --server $server                # states: needs review -> approved
  $bin/galley export articles/1 --server $server --as-format xliff
  $bin/galley queue --server $server --watch           # follow the queue live
  $bin/galleyd token list --data-dir $data             # who may do what

galleyd keeps running; stop it with: kill \$(cat $data/galleyd.pid)
HELP
