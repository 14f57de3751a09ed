package id.loket;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** No Docker engine here: the compose file is at least parsed and checked for what a branch server needs. */
class DeploymentFilesTest {

    @Test
    @SuppressWarnings("unchecked")
    void docker_compose_runs_mariadb_11_and_loket_built_from_the_repo_with_volumes() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        assertThat(services).containsKeys("mariadb", "loket");

        Map<String, Object> db = (Map<String, Object>) services.get("mariadb");
        assertThat((String) db.get("image")).startsWith("mariadb:11");
        assertThat((List<String>) db.get("volumes")).anyMatch(v -> v.endsWith(":/var/lib/mysql"));

        Map<String, Object> loket = (Map<String, Object>) services.get("loket");
        assertThat(loket.get("build")).isEqualTo(".");
        Map<String, Object> env = (Map<String, Object>) loket.get("environment");
        assertThat((String) env.get("SPRING_DATASOURCE_URL")).isEqualTo("jdbc:mariadb://mariadb:3306/loket");
        assertThat(((Map<String, Object>) compose.get("volumes"))).containsKeys("loket-db");
        assertThat(Path.of("Dockerfile")).exists();
    }

    @Test
    void the_ci_script_runs_the_readme_test_command() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String ci = Files.readString(Path.of(".ci/run"));
        assertThat(readme).contains("./mvnw verify");
        assertThat(ci).contains("./mvnw -B verify").contains("JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64");
    }
}
