#!/usr/bin/env bash
# Starts a server and the Swing client under Xvfb, plays a short conversation with a file in a room beside other
# rooms and direct messages, and writes docs/screenshots/login.png, chat.png and members.png. Run from anywhere;
# needs xvfb-run (apt-get install xvfb).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -f server/target/quarkus-app/quarkus-run.jar ]; then
  ./mvnw -B -q install -DskipTests -DskipITs
fi
./mvnw -B -q -pl swing-client test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
classpath="swing-client/target/test-classes:swing-client/target/classes:$(cat swing-client/target/test-classpath.txt)"
xvfb-run -a -s "-screen 0 1280x1024x24" \
  java -cp "$classpath" -Dmessenger.server.jar=server/target/quarkus-app/quarkus-run.jar \
  messenger.client.view.ScreenshotTour docs/screenshots
