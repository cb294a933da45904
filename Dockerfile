# ecotrack image: the CLI with every stage; docker-compose.yml runs one service per stage from it.
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests package \
 && mkdir -p /out/lib \
 && cp app/target/classpath.txt /out/ \
 && for jar in $(tr ':' ' ' < app/target/classpath.txt); do cp "$jar" /out/lib/; done \
 && cp -r app/target/classes /out/classes

FROM eclipse-temurin:21-jre
WORKDIR /app
COPY --from=build /out/lib /app/lib
COPY --from=build /out/classes /app/classes
COPY examples /app/examples
ENV ECOTRACK_DATA_DIR=/data
ENTRYPOINT ["java", "-Xmx1g", "--enable-native-access=ALL-UNNAMED", "-cp", "/app/classes:/app/lib/*", "io.ecotrack.app.cli.Main"]
