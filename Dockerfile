# Branch-server image: builds Loket from this repository (JDK only, no Node) and runs the jar.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline || true
COPY src src
COPY frontend frontend
RUN ./mvnw -B -Pproduction package && cp target/loket-*.jar /loket.jar

FROM eclipse-temurin:25-jre
RUN useradd --system --create-home loket
USER loket
WORKDIR /home/loket
COPY --from=build /loket.jar loket.jar
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=60", "-jar", "loket.jar"]
